import { NAME_MAX_LENGTH, type RepairedField } from './record';
import type { StorageProblem } from './storage';

/**
 * What the learner reads when the training record could not be read or kept: calm, what happened
 * in plain words, what is still kept, and that practice goes on. Shown in a status region
 * (never a console error), the same on every page that shows the record (issue 17).
 */
export const problemMessages: Readonly<Record<StorageProblem, string>> = {
	garbage: 'このブラウザに保存されていた練習の記録が読み取れなかったため、記録を新しく始めました。練習はこのまま続けられます。',
	schema: 'このブラウザに保存されていた練習の記録の一部が読み取れませんでした。読み取れた記録はそのまま残っています。練習はこのまま続けられます。',
	newer:
		'このブラウザの練習の記録は、このサイトの新しい版で保存されたものです。このページは古い版のため、分かる部分だけを表示しています。保存されている記録は変更しません。ページを再読み込みすると新しい版で開き、記録をそのまま使えます。練習はできますが、再読み込みするまでの練習は記録に残りません。',
	older: 'このブラウザの練習の記録は、このサイトの古い版で保存されたものです。読み取れた部分だけを残しました。練習はこのまま続けられます。',
	unavailable:
		'このブラウザでは、サイトのデータを保存できない設定になっています。練習はできますが、記録はこのページを閉じると消えます。',
	quota:
		'ブラウザの保存領域がいっぱいのため、練習の記録を保存できません。保存されている記録は消さずに残してありますが、最近の練習は入っていないことがあります。練習は続けられますが、このページを閉じると最近の練習は記録に残りません。',
	writeFailed:
		'練習の記録を保存できませんでした。保存されている記録は消さずに残してありますが、最近の練習は入っていないことがあります。練習は続けられますが、このページを閉じると最近の練習は記録に残りません。',
};

/** The heading of the message. */
export const problemTitle = '練習の記録について';

/** Said wherever the record is shown: what is kept, where, and that nothing is sent. */
export const keptInBrowser = '練習の記録は、このパソコンのこのブラウザの中にだけ保存され、どこにも送信されません。';

/** A lesson as the learner knows it, from its id: 「2.2.1 の練習」, 「通しの練習」; an id we cannot read as itself. */
export function lessonLabel(id: string): string {
	if (id === 'journey') return '通しの練習';
	const number = /^(\d+(?:-\d+)*)-[a-z]/u.exec(id)?.[1];
	return number ? `${number.replaceAll('-', '.')} の練習` : `「${id}」の練習`;
}

const fieldLabels: Readonly<Record<string, string>> = {
	learnerName: '氏名',
	lessons: '練習ごとの記録',
	progress: '途中の進み具合',
	bestTestScore: 'テストの最高点',
	passedAt: '合格した日',
	lastTest: '前回のテストの結果',
	weakSteps: '見直すとよい手順',
	updatedAt: '最後に練習した日時',
};

export interface ProblemDetail {
	readonly problems: readonly StorageProblem[];
	readonly dropped: readonly string[];
	readonly repaired: readonly RepairedField[];
}

/**
 * The message's paragraphs: one per problem, and for a record read in part, which lessons were
 * left out and which fields were set back (so the learner knows exactly what is gone).
 */
export function problemParagraphs({ problems, dropped, repaired }: ProblemDetail): string[] {
	const out: string[] = [];
	for (const p of problems) {
		out.push(problemMessages[p]);
		if (p !== 'schema' && p !== 'older') continue;
		if (dropped.length > 0) out.push(`読み取れなかったため外した記録: ${dropped.map(lessonLabel).join('、')}。`);
		const emptied = repaired.filter((r) => !r.cut).map((r) => (r.lesson ? `${lessonLabel(r.lesson)}の${fieldLabels[r.field] ?? r.field}` : (fieldLabels[r.field] ?? r.field)));
		if (emptied.length > 0) out.push(`読み取れなかったため空にした項目: ${[...new Set(emptied)].join('、')}。`);
		if (repaired.some((r) => r.cut)) out.push(`氏名が長すぎたため、${NAME_MAX_LENGTH} 文字までにしました。`);
	}
	return out;
}
