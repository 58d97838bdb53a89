import type { StorageProblem } from './storage';

/**
 * What the learner reads when the training record could not be kept: calm, what happened in
 * plain words, and that practice goes on. Shown in a status region (never a console error).
 */
export const problemMessages: Readonly<Record<StorageProblem, string>> = {
	garbage: 'このブラウザに保存されていた練習の記録が読み取れなかったため、記録を新しく始めました。練習はこのまま続けられます。',
	schema: 'このブラウザに保存されていた練習の記録の形式が合わなかったため、記録を新しく始めました。練習はこのまま続けられます。',
	newer: 'このブラウザの練習の記録は、このサイトの新しい版で保存されたもので、読み取れませんでした。記録を新しく始めました。練習はこのまま続けられます。',
	older: 'このブラウザの練習の記録は、このサイトの古い版で保存されたもので、読み取れませんでした。記録を新しく始めました。練習はこのまま続けられます。',
	unavailable:
		'このブラウザでは、サイトのデータを保存できない設定になっています。練習はできますが、記録はこのページを閉じると消えます。',
	quota: 'ブラウザの保存領域がいっぱいのため、練習の記録を保存できませんでした。練習は続けられますが、記録はこのページを閉じると消えます。',
	writeFailed: '練習の記録を保存できませんでした。練習は続けられますが、記録はこのページを閉じると消えます。',
};

/** The heading of the message. */
export const problemTitle = '練習の記録について';

/** Said wherever the record is shown: what is kept, where, and that nothing is sent. */
export const keptInBrowser = '練習の記録は、このパソコンのこのブラウザの中にだけ保存され、どこにも送信されません。';
