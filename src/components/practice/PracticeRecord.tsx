import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { recordStore } from '../../practice/browser';
import { keptInBrowser } from '../../practice/messages';
import { lessonStatusLabels, NAME_MAX_LENGTH, PASS_MARK, statusOf, withLearnerName, type TrainingRecord } from '../../practice/record';
import RecordNotice from './RecordNotice';
import { TestResultView } from './TestResults';
import { japaneseDate } from './format';
import { useRecord } from './useRecord';
import './practice.css';

export interface RecordItem {
	readonly id: string;
	readonly heading: string;
	readonly href: string;
}

interface Props {
	/** Every lesson of the hub, in its order (from the page, at build time). */
	readonly items: readonly RecordItem[];
	readonly siteTitle: string;
}

/** The sheet a manager can file: 氏名, date, the lessons passed with their scores; one A4 page. */
function Sheet({ record, items, siteTitle, printedOn }: { record: TrainingRecord; items: readonly RecordItem[]; siteTitle: string; printedOn: string }) {
	const passed = items.filter((i) => statusOf(record, i.id) === 'passed');
	const practised = items.filter((i) => statusOf(record, i.id) === 'practised');
	return (
		<div className="record-sheet">
			<h1>練習の記録</h1>
			<p className="rs-meta">
				<span className="rs-name">氏名: {record.learnerName ?? ''}</span>
				<span>印刷日: {printedOn}</span>
			</p>
			<h2>テストに合格した練習（{passed.length} 件）</h2>
			{passed.length > 0 ? (
				<table>
					<thead>
						<tr>
							<th scope="col">練習</th>
							<th scope="col">最高点</th>
							<th scope="col">合格した日</th>
						</tr>
					</thead>
					<tbody>
						{passed.map((i) => {
							const l = record.lessons[i.id]!;
							return (
								<tr key={i.id}>
									<td>{i.heading}</td>
									<td className="num">{l.bestTestScore ?? ''} 点</td>
									<td className="num">{l.passedAt ? japaneseDate(l.passedAt) : ''}</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			) : (
				<p>テストに合格した練習はまだありません。</p>
			)}
			{practised.length > 0 && (
				<>
					<h2>練習で完了した練習（{practised.length} 件）</h2>
					<p>{practised.map((i) => i.heading).join('、')}</p>
				</>
			)}
			<p className="rs-note">
				{siteTitle}の練習用の画面（シミュレーション）で操作した記録です。テストは 100 点満点で、ミス・ヒント・かかった時間で減点し、{PASS_MARK}{' '}
				点以上を合格としています（このサイトの目安）。記録はこのブラウザの中にだけ保存されたもので、どこにも送信していません。
			</p>
			<div className="rs-check">
				<span>確認者</span>
				<span>確認日</span>
			</div>
		</div>
	);
}

/**
 * The training record page (issue 7): every lesson's status and scores, the last テスト of each
 * with its weak steps, the 氏名 for the printout (kept only in this browser), printing the A4
 * record, and clearing the record after a confirmation.
 */
export default function PracticeRecord({ items, siteTitle }: Props) {
	const id = useId();
	const { record, loaded } = useRecord();
	const [confirming, setConfirming] = useState(false);
	const [said, setSaid] = useState('');
	const [printRoot, setPrintRoot] = useState<HTMLElement | null>(null);
	const clearButton = useRef<HTMLButtonElement>(null);
	const [name, setName] = useState('');

	useEffect(() => setPrintRoot(document.body), []);
	// The field shows the stored name once the record is read in the browser.
	useEffect(() => {
		if (loaded) setName(recordStore.getState().record.learnerName ?? '');
	}, [loaded]);
	// Focus goes back to [記録を消す] when the confirmation closes (ARIA: focus returns where it came from).
	const wasConfirming = useRef(false);
	useEffect(() => {
		if (wasConfirming.current && !confirming) clearButton.current?.focus();
		wasConfirming.current = confirming;
	}, [confirming]);

	const tested = items.filter((i) => record.lessons[i.id]?.lastTest);
	const printedOn = japaneseDate(new Date());

	return (
		<div className="practice-record">
			<RecordNotice />
			<p>{keptInBrowser}</p>

			<h2 id={`${id}-all`}>これまでの練習</h2>
			<table className="practice-table" aria-labelledby={`${id}-all`}>
				<thead>
					<tr>
						<th scope="col">練習</th>
						<th scope="col">状態</th>
						<th scope="col">テストの最高点</th>
						<th scope="col">合格した日</th>
					</tr>
				</thead>
				<tbody>
					{items.map((i) => {
						const l = record.lessons[i.id];
						return (
							<tr key={i.id} data-record-row={i.id}>
								<th scope="row">
									<a href={i.href}>{i.heading}</a>
								</th>
								<td>{loaded ? lessonStatusLabels[statusOf(record, i.id)] : '—'}</td>
								<td>{l?.bestTestScore !== undefined ? `${l.bestTestScore} 点` : '—'}</td>
								<td>{l?.passedAt ? japaneseDate(l.passedAt) : '—'}</td>
							</tr>
						);
					})}
				</tbody>
			</table>

			<h2>テストの結果と見直すとよい手順</h2>
			{tested.length > 0 ? (
				tested.map((i) => <TestResultView key={i.id} lesson={record.lessons[i.id]!} heading={i.heading} headingLevel={3} />)
			) : (
				<p>まだテストの結果はありません。各練習の画面で「テスト」を選ぶと、終わったときの点数とまちがえた手順がここに残ります。</p>
			)}

			<h2>記録を印刷する</h2>
			<div className="practice-field">
				<label htmlFor={`${id}-name`}>氏名（印刷する記録に入ります）</label>
				<input
					id={`${id}-name`}
					type="text"
					autoComplete="name"
					maxLength={NAME_MAX_LENGTH}
					value={name}
					aria-describedby={`${id}-name-hint`}
					onChange={(e) => {
						setName(e.currentTarget.value);
						recordStore.update((r) => withLearnerName(r, e.currentTarget.value));
					}}
				/>
				<p className="practice-hint" id={`${id}-name-hint`}>
					入力した氏名はこのブラウザの中にだけ保存され、どこにも送信されません。空欄のままでも印刷できます（印刷した後に手で書き込めます）。
				</p>
			</div>
			<p>印刷されるのは記録の用紙だけ（A4 1 枚）です。テストに合格した練習と点数、合格した日が載ります。</p>
			<div className="practice-row">
				{/* Hidden until hydrated: without JavaScript it would do nothing. */}
				<button type="button" className="practice-button" hidden={!loaded} onClick={() => window.print()}>
					記録を印刷する
				</button>
			</div>

			<h2>記録を消す</h2>
			<p>このブラウザに保存された練習の記録（状態、途中の進み具合、テストの点数、氏名）をすべて消します。</p>
			{confirming ? (
				<div className="practice-confirm" role="group" aria-labelledby={`${id}-confirm`}>
					<p id={`${id}-confirm`}>本当に記録をすべて消しますか？ 消した記録は元に戻せません。</p>
					<div className="practice-row">
						<button
							type="button"
							className="practice-button danger"
							autoFocus
							onClick={() => {
								recordStore.clear();
								setConfirming(false);
								setName('');
								setSaid('練習の記録を消しました。');
							}}
						>
							消す
						</button>
						<button
							type="button"
							className="practice-button secondary"
							onClick={() => setConfirming(false)}
						>
							やめる
						</button>
					</div>
				</div>
			) : null}
			<div className="practice-row">
				<button
					type="button"
					ref={clearButton}
					className="practice-button danger"
					aria-expanded={confirming}
					hidden={confirming || !loaded}
					onClick={() => {
						setSaid('');
						setConfirming(true);
					}}
				>
					記録を消す
				</button>
			</div>
			<p role="status">{said}</p>

			{printRoot &&
				createPortal(
					<div className="practice-print-root" aria-hidden="true">
						<Sheet record={record} items={items} siteTitle={siteTitle} printedOn={printedOn} />
					</div>,
					printRoot,
				)}
		</div>
	);
}
