import { PASS_MARK, type LessonRecord } from '../../practice/record';
import { duration, japaneseDate, stepHref, stepName } from './format';
import './practice.css';

/**
 * The result of a lesson's last テスト, as the engine scored it (src/sim/trainer.ts `score()`,
 * kept in the training record; nothing is recomputed here): the points, the mistakes, the hints
 * and the time, and the weak steps with links to where the manual explains them.
 */
export function TestResultView({ lesson, heading, headingLevel = 3 }: { lesson: LessonRecord; heading: string; headingLevel?: 2 | 3 | 4 }) {
	const t = lesson.lastTest;
	if (!t) return null;
	const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
	const passed = t.points >= PASS_MARK;
	return (
		<section className="test-result" aria-label={`${heading} のテストの結果`}>
			<H>{heading}</H>
			<p className="test-result-points">
				{t.points} 点（{passed ? '合格' : `合格は ${PASS_MARK} 点以上`}）
			</p>
			<dl>
				<dt>ミス</dt>
				<dd>{t.mistakes} 回</dd>
				<dt>ヒント</dt>
				<dd>{t.hints} 回</dd>
				<dt>かかった時間</dt>
				<dd>
					{duration(t.elapsedMs)}
					{t.timePenalty > 0 ? `（時間による減点 ${t.timePenalty} 点）` : ''}
				</dd>
				<dt>日付</dt>
				<dd>{japaneseDate(t.at)}</dd>
				{lesson.bestTestScore !== undefined && (
					<>
						<dt>これまでの最高点</dt>
						<dd>{lesson.bestTestScore} 点</dd>
					</>
				)}
			</dl>
			{lesson.weakSteps.length > 0 ? (
				<>
					<p>見直すとよい手順（まちがいやヒントの多い順）:</p>
					<ul>
						{lesson.weakSteps.map((w) => {
							const href = stepHref(w.section, w.anchor);
							const name = `${w.section}${stepName(w.anchor) ? ` ${stepName(w.anchor)}` : ''}`;
							return (
								<li key={w.index}>
									{href ? <a href={href}>{name}</a> : name}: {w.text}（ミス {w.mistakes} 回・ヒント {w.hints} 回）
								</li>
							);
						})}
					</ul>
				</>
			) : (
				<p>まちがえた手順はありませんでした。</p>
			)}
		</section>
	);
}
