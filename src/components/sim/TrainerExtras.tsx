import * as labels from '../../facts/labels';
import { practiceAccounts } from '../../sim/world/practice-account';
import { SCORE, type Score } from '../../sim/trainer-core';
import { useEnv } from './env';
import { placeHref } from './text';

/** Shown only at some moments (a finished テスト, a password form): loaded when first shown. */

const minutes = (ms: number) => `${Math.floor(ms / 60000)} 分 ${Math.round((ms % 60000) / 1000)} 秒`;

/** テスト's result, the engine's `score()` (src/sim/practice.ts). */
export function Result({ score: s, pageSection, slugs }: { score: Score; pageSection: string | undefined; slugs: Readonly<Record<string, string>> }) {
	return (
		<section className="sim-result" aria-label="テストの結果">
			<p className="sim-h">テストの結果: {s.points} 点（100 点満点）</p>
			<p className="sim-strong">
				{s.passed ? '合格' : '不合格'}（{SCORE.passMark} 点以上で合格）
			</p>
			<ul>
				<li>違う操作: {s.mistakes} 回</li>
				<li>ヒント: {s.hints} 回</li>
				<li>
					かかった時間: {minutes(s.elapsedMs)}（目安 {minutes(s.parMs)}、時間による減点 {s.timePenalty} 点）
				</li>
			</ul>
			{s.weakSteps.length > 0 ? (
				<>
					<p className="sim-strong">見直すとよい手順</p>
					<ul>
						{s.weakSteps.map((w) => {
							const href = placeHref(w, pageSection, slugs);
							return (
								<li key={w.index}>
									{href ? <a href={href}>{w.text}</a> : w.text}（違う操作 {w.mistakes} 回、ヒント {w.hints} 回）
								</li>
							);
						})}
					</ul>
				</>
			) : (
				<p>すべての手順を、ヒントなしで間違えずに操作できました。</p>
			)}
		</section>
	);
}

/** Where a password is typed, the practice account of the manual's sample, beside the form. */
export function AccountNote({ where }: { where: 'certService' | 'system' }) {
	const { pc } = useEnv();
	const { world } = pc.context;
	const basicAuth = where === 'certService';
	const offices = new Set([...Object.keys(world.certService.offices), ...Object.keys(world.kanagawa.accounts)]);
	const accounts = practiceAccounts.filter((a) => offices.has(a.officeNumber));
	const K = labels.kanagawaSystem;
	return (
		<div className="sim-account">
			<p className="sim-strong">練習用アカウント（入力した内容は保存・送信されません）</p>
			{accounts.map((a) => (
				<dl key={a.officeNumber}>
					<dt>事業所番号（{basicAuth ? labels.basicAuthDialog.userName.value : K.userId.value}）</dt>
					<dd translate="no">{a.officeNumber}</dd>
					{basicAuth ? (
						<>
							<dt>証明書発行用パスワード</dt>
							<dd translate="no">{a.certPassword}</dd>
						</>
					) : (
						<>
							<dt>仮パスワード</dt>
							<dd translate="no">{a.temporaryPassword}</dd>
							<dt>本パスワード（新しいパスワード）</dt>
							<dd translate="no">{a.newPassword}</dd>
						</>
					)}
				</dl>
			))}
		</div>
	);
}
