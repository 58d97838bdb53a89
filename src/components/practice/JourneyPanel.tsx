import { useId } from 'react';
import journeyData from '../../sim/scenarios/data/journey.json';
import type { Scenario } from '../../sim/scenarios/types';
import { statusLabels } from '../../sim/trainer-core';
import { journeyPlace, waitsAt, type WaitState } from '../../practice/journey';
import { useRecord } from './useRecord';
import { stepHref } from './format';
import './practice.css';

// The compiled lesson (plain data), the same module the simulation island loads for this page.
const journey = journeyData as unknown as Scenario;

const waitStateLabels: Readonly<Record<WaitState, string>> = { ahead: 'この先', now: 'いま', behind: '済' };

/**
 * Beside the whole journey's simulation: the section the learner is in (with its link), what
 * comes next, and the waits and deadlines (issue 7). It follows the training record, which the
 * simulation updates after every step, so it is right after a reload too.
 */
export default function JourneyPanel() {
	const id = useId();
	const { record } = useRecord();
	const progress = record.lessons[journey.id]?.progress;
	const index = progress?.index ?? 0;
	const place = journeyPlace(journey, index, index >= journey.steps.length);
	const waits = waitsAt(journey, index);
	return (
		<section className="journey-panel" aria-labelledby={`${id}-where`}>
			<h2 id={`${id}-where`}>いまの場所</h2>
			{place.current ? (
				<p className="journey-where" data-journey-where="">
					全 {place.stages.length} 節中 {place.currentNumber} 節目:{' '}
					<a href={place.stepHref ?? place.current.href}>{place.current.title}</a>（この節の {place.stepInStage} / {place.stepsInStage} ステップ目）
				</p>
			) : (
				<p className="journey-where" data-journey-where="">
					最後の節まで終わりました。新しいパソコンから最初のログインとログアウトまで、通して練習できました。
				</p>
			)}
			<ol className="journey-stages" aria-label="節の順番">
				{place.stages.map((stage, i) => {
					const state = place.states[i]!;
					return (
						<li key={stage.section} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
							<a href={stage.href} title={stage.title}>
								{stage.section}
							</a>{' '}
							<span>{statusLabels[state]}</span>
						</li>
					);
				})}
			</ol>
			<h3>次にすること</h3>
			<p data-journey-next="">
				{place.next ? (
					<>
						この節が終わったら、次は <a href={place.next.href}>{place.next.title}</a> です。
					</>
				) : place.current ? (
					'この節が最後です。'
				) : (
					'テストでも通して操作してみましょう。'
				)}
			</p>
			<h3>待ち時間と期限</h3>
			<ul className="journey-waits" data-journey-waits="">
				{waits.map((w) => (
					<li key={w.key} data-state={w.state} data-wait={w.key}>
						{w.label}（{waitStateLabels[w.state]}）
						{w.until !== undefined && w.daysLeft !== undefined && (
							<>
								: 練習のパソコンの日付で {w.until} まで（あと {w.daysLeft} 日）
							</>
						)}
						<span className="wait-detail">
							{w.detail}
							{w.control ? `練習では [${w.control}] で練習用のパソコンの時間を進めます。` : ''}
							{(() => {
								const href = stepHref(w.section, w.anchor);
								return href ? (
									<>
										{' '}
										<a href={href}>{w.section} を見る</a>
									</>
								) : null;
							})()}
						</span>
					</li>
				))}
			</ul>
		</section>
	);
}
