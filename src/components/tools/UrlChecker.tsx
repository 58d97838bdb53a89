import { useId, useState, type SubmitEvent } from 'react';
import type { CopyableUrlKey } from '../../facts';
import { checkUrl, describeDiff, MAX_INPUT_LENGTH, type DiffPart, type UrlCheckResult, type UrlIssue } from '../../tools/url-check';
import { urlPurpose, urlPurposes, urlSteps } from '../../tools/url-steps';
import { refLabel } from '../../tools/links';
import { visibleChar } from '../../tools/char-names';
import { CopyButton, RefLinks } from './RefLinks';
import { CutNote, longBox } from './long-box';
import './tools.css';

const SEVERITY: Record<UrlIssue['severity'], { label: string; tone: string }> = {
	error: { label: '要修正', tone: 'ng' },
	warning: { label: '注意', tone: 'warn' },
	info: { label: '参考', tone: 'info' },
};

function RightUrl({ urlKey }: { urlKey: CopyableUrlKey }) {
	const p = urlPurpose(urlKey);
	return (
		<li>
			<span className="tool-legend">{p.name}</span>
			<div className="tool-row">
				<code className="tool-url" translate="no">
					{p.url}
				</code>
				<CopyButton text={p.url} label={`正しい URL「${p.url}」をコピー`} />
			</div>
		</li>
	);
}

/** The typed text with each difference marked by shape (box, strike-through, dashed box); described in words below. */
function Diff({ parts }: { parts: readonly DiffPart[] }) {
	const descriptions = describeDiff(parts);
	if (descriptions.length === 0) return null;
	return (
		<>
			<h3>1 文字ずつの比較</h3>
			<p className="tool-diff" aria-hidden="true">
				{parts.map((p, i) => {
					const text = Array.from(p.kind === 'missing' ? p.expected : p.typed).map(visibleChar).join('');
					if (p.kind === 'same') return <span key={i}>{text}</span>;
					return (
						<span key={i} className={`diff-${p.kind}`}>
							{text}
						</span>
					);
				})}
			</p>
			<ul className="tool-legend-list" aria-hidden="true">
				<li>
					<span className="diff-wrong">a</span> 太枠・波線: 違う文字
				</li>
				<li>
					<span className="diff-extra">a</span> 取り消し線: 不要な文字
				</li>
				<li>
					<span className="diff-missing">a</span> 点線枠: 抜けている文字（正しい文字を表示）
				</li>
				<li>␣ 半角スペース □ 全角スペース ⏎ 改行</li>
			</ul>
			<ul className="tool-list">
				{descriptions.map((d, i) => (
					<li key={i}>{d}</li>
				))}
			</ul>
		</>
	);
}

function Details({ result }: { result: UrlCheckResult }) {
	if (result.status === 'empty') return null;
	const bothCert = !result.step && result.target && result.target.key !== 'systemLogin';
	const rightKeys: CopyableUrlKey[] =
		result.status === 'unrelated'
			? urlPurposes.map((p) => p.key)
			: result.step
				? [result.target!.key]
				: bothCert
					? ['certServiceHttps', 'certServiceHttp']
					: [result.target!.key];
	const meantOther = result.meant && result.target && result.meant !== result.target.key && result.status !== 'unrelated';
	return (
		<div>
			{result.issues.length > 0 && (
				<>
					<h3>{result.status === 'correct' ? '確認したこと' : '直すところ'}</h3>
					<ul className="tool-list">
						{result.issues.map((issue, i) => (
							<li key={i}>
								<span className="tool-tag" data-tone={SEVERITY[issue.severity].tone}>
									{SEVERITY[issue.severity].label}
								</span>
								{issue.message}
								{issue.refs && <RefLinks refs={issue.refs} />}
							</li>
						))}
					</ul>
				</>
			)}
			{result.status !== 'unrelated' && result.meant && (
				<p>
					{meantOther
						? `入力した URL は「${urlPurpose(result.meant).name}」の URL に近いものです。`
						: `入力した URL は「${urlPurpose(result.meant).name}」の URL のつもりと判断しました。`}
					{result.step && `手順: ${refLabel(result.step.ref)}`}
				</p>
			)}
			<h3>正しい URL（コピーして使えます）</h3>
			<ul className="tool-refs">
				{rightKeys.map((k) => (
					<RightUrl key={k} urlKey={k} />
				))}
			</ul>
			{result.diff && result.status === 'mistakes' && <Diff parts={result.diff} />}
			{result.step && <RefLinks refs={[result.step.ref]} label="この手順のページ" />}
		</div>
	);
}

/** Past this length the box stops wrapping lines (a URL is far shorter; see the textarea). */
const LONG_INPUT = 1000;

/** URL checker: paste or type the URL you entered, pick the step, and see what is wrong. */
export default function UrlChecker() {
	const id = useId();
	const [text, setText] = useState('');
	const { box, note } = longBox(text, setText, { clear: '消す', checked: MAX_INPUT_LENGTH, verb: '確かめる' });
	const [step, setStep] = useState('');
	const [result, setResult] = useState<UrlCheckResult | null>(null);

	const run = (value: string, stepId: string) => setResult(checkUrl(value, stepId || undefined));
	const onSubmit = (e: SubmitEvent<HTMLFormElement>) => {
		e.preventDefault();
		run(text, step);
	};
	const tone = !result || result.status === 'empty' ? undefined : result.status === 'correct' ? 'ok' : 'ng';

	return (
		<section className="tool not-content" aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`}>URL チェッカー</h2>
			<form onSubmit={onSubmit}>
				<div className="tool-field">
					<label htmlFor={`${id}-url`}>入力した URL</label>
					<p className="tool-hint" id={`${id}-url-hint`}>
						アドレス欄などに入力した URL を、そのまま貼り付けるか入力します（Ctrl + Enter でも確かめられます）。
					</p>
					<textarea
						id={`${id}-url`}
						className="tool-url-input"
						rows={2}
						{...box}
						// Chromium takes seconds to wrap a long unbroken line (30,000 letters: about 1 s, issue 17):
						// long input is shown unwrapped (it scrolls); it is all checked all the same.
						wrap={text.length > LONG_INPUT ? 'off' : 'soft'}
						aria-describedby={note ? `${id}-url-hint ${id}-url-cut` : `${id}-url-hint`}
						autoComplete="off"
						autoCapitalize="off"
						spellCheck={false}
						onKeyDown={(e) => {
							if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
								e.preventDefault();
								run(text, step);
							}
						}}
					/>
					{note && <CutNote id={`${id}-url-cut`} note={note} />}
				</div>
				<div className="tool-field">
					<label htmlFor={`${id}-step`}>どの手順で入力しましたか</label>
					<select
						id={`${id}-step`}
						className="tool-wide"
						value={step}
						onChange={(e) => {
							setStep(e.target.value);
							if (result) run(text, e.target.value);
						}}
					>
						<option value="">分からない（入力した URL から判断する）</option>
						{urlSteps.map((s) => (
							<option key={s.id} value={s.id}>
								{refLabel(s.ref)}：{s.what}
							</option>
						))}
					</select>
				</div>
				<div className="tool-row">
					<button type="submit" className="tool-button">
						確かめる
					</button>
					<button
						type="button"
						className="tool-button tool-button--quiet"
						onClick={() => {
							setText('');
							setResult(null);
						}}
					>
						消す
					</button>
				</div>
			</form>
			<p className="tool-status" role="status" data-tone={tone}>
				{result ? result.summary : ''}
			</p>
			{result && <Details result={result} />}
		</section>
	);
}
