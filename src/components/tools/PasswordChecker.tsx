import { useId, useState, type KeyboardEvent } from 'react';
import { passwordMaxLength, passwordMinKinds, passwordMinLength } from '../../facts';
import { checkPassword, KIND_LABELS, PASSWORD_KINDS } from '../../tools/password-check';
import { CutNote, longBox } from './long-box';
import './tools.css';

/**
 * Password checker. The candidate lives only in this component's state: no storage, no
 * network, no logging; the live region announces the verdict, never the password.
 */
export default function PasswordChecker() {
	const id = useId();
	const [password, setPassword] = useState('');
	const [reveal, setReveal] = useState(false);
	const [capsLock, setCapsLock] = useState<boolean | undefined>(undefined);
	const report = checkPassword(password, { reveal, capsLock });
	const { box, note } = longBox(password, setPassword, { clear: '消す', checked: Infinity, verb: '確かめる' });
	const started = password.length > 0;
	const min = passwordMinLength.value;
	const max = passwordMaxLength.value;

	// Where the browser can tell (KeyboardEvent.getModifierState), 3.6 注意 ④: Caps Lock types capitals.
	const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
		if (typeof e.getModifierState === 'function') setCapsLock(e.getModifierState('CapsLock'));
	};

	const summary = !started
		? ''
		: report.ok
			? `条件を満たしています（${report.length} 文字、${report.kindCount} 種類）。`
			: `条件を満たしていません（直すところ ${report.problems.length} 件）。`;
	const lengthOk = report.length >= min && report.length <= max;

	return (
		<section className="tool not-content" aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`}>パスワードチェッカー</h2>
			<form onSubmit={(e) => e.preventDefault()} autoComplete="off">
				<div className="tool-field">
					<label htmlFor={`${id}-pw`}>新しいパスワードの候補</label>
					<p className="tool-hint" id={`${id}-pw-hint`}>
						入力した文字はこのページの中だけで確かめ、保存も送信もしません。確かめ終わったら [消す] を押してください。
					</p>
					<div className="tool-row">
						<input
							id={`${id}-pw`}
							type={reveal ? 'text' : 'password'}
							{...box}
							// Not "new-password": that invites the browser to suggest a password and offer to save this one (3.15 asks to turn saving off).
							autoComplete="off"
							data-1p-ignore=""
							data-lpignore="true"
							autoCapitalize="off"
							autoCorrect="off"
							spellCheck={false}
							aria-describedby={note ? `${id}-pw-hint ${id}-pw-cut` : `${id}-pw-hint`}
							onKeyDown={onKey}
							onKeyUp={onKey}
						/>
						<button type="button" className="tool-button tool-button--quiet" aria-pressed={reveal} onClick={() => setReveal((r) => !r)}>
							パスワードを表示
						</button>
						<button type="button" className="tool-button tool-button--quiet" onClick={() => setPassword('')}>
							消す
						</button>
					</div>
					{note && <CutNote id={`${id}-pw-cut`} note={note} />}
				</div>
			</form>
			<p className="tool-status" role="status" data-tone={!started ? undefined : report.ok ? 'ok' : 'ng'}>
				{summary}
			</p>
			{capsLock && (
				<p className="tool-error" role="alert">
					Caps Lock がオンです。英字が大文字で入力されます。
				</p>
			)}
			<h3 id={`${id}-rules`}>条件ごとの結果</h3>
			<table aria-labelledby={`${id}-rules`}>
				<thead>
					<tr>
						<th scope="col">条件</th>
						<th scope="col">結果</th>
					</tr>
				</thead>
				<tbody>
					<tr>
						<th scope="row">
							半角 {min}～{max} 文字
						</th>
						<td>
							<span className="tool-tag" data-tone={!started ? undefined : lengthOk ? 'ok' : 'ng'}>
								{!started ? '未入力' : lengthOk ? 'OK' : 'NG'}
							</span>
							{report.length} 文字
						</td>
					</tr>
					<tr>
						<th scope="row">
							{PASSWORD_KINDS.map((k) => KIND_LABELS[k]).join('、')}のうち {passwordMinKinds.value} 種類以上
						</th>
						<td>
							<span className="tool-tag" data-tone={!started ? undefined : report.kindCount >= passwordMinKinds.value ? 'ok' : 'ng'}>
								{!started ? '未入力' : report.kindCount >= passwordMinKinds.value ? 'OK' : 'NG'}
							</span>
							{report.kindCount} 種類
							<ul className="tool-refs" aria-label="使われている文字の種類">
								{PASSWORD_KINDS.map((k) => (
									<li key={k}>
										{report.kinds[k] ? '✓ あり' : '－ なし'}: {KIND_LABELS[k]}
									</li>
								))}
							</ul>
						</td>
					</tr>
					<tr>
						<th scope="row">使えない文字がない（全角文字、一覧にない記号）</th>
						<td>
							{(() => {
								const bad = report.problems.some((p) => p.code === 'full-width' || p.code === 'yen-sign' || p.code === 'unlisted-symbol' || p.code === 'not-allowed');
								return (
									<span className="tool-tag" data-tone={!started ? undefined : bad ? 'ng' : 'ok'}>
										{!started ? '未入力' : bad ? 'NG' : 'OK'}
									</span>
								);
							})()}
						</td>
					</tr>
				</tbody>
			</table>
			{started && report.problems.length > 0 && (
				<>
					<h3>直すところ</h3>
					<ul className="tool-list">
						{report.problems.map((p) => (
							<li key={p.code}>
								<span className="tool-tag" data-tone="ng">
									要修正
								</span>
								{p.message}
							</li>
						))}
					</ul>
				</>
			)}
			{started && (
				<>
					<h3>注意</h3>
					<ul className="tool-list">
						{report.notes.map((n) => (
							<li key={n.code}>
								<span className="tool-tag" data-tone={n.severity === 'warning' ? 'warn' : 'info'}>
									{n.severity === 'warning' ? '注意' : '参考'}
								</span>
								{n.message}
							</li>
						))}
					</ul>
				</>
			)}
		</section>
	);
}
