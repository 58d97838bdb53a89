import * as labels from '../../../facts/labels';
import { areas, credentialShownAs, ownWords } from '../../../sim/controls';
import { useEnv } from '../env';
import { Btn, Lnk } from '../ui';
import { Dlg } from '../ui-dialog';
import { Pick, Win } from '../ui-more';

/**
 * Control Panel (コントロールパネル) and Credential Manager (3.9 steps 2–6): [表示方法:] →
 * [カテゴリ], [ユーザアカウント], [Windows 資格情報の管理], the saved credential's [⌵] and 削除,
 * and the confirmation [はい].
 */

const CP = labels.controlPanel;

function Credentials({ confirming }: { confirming: boolean }) {
	const { pc } = useEnv();
	const { world, ui } = pc.context;
	return (
		<>
			<p className="sim-h">{CP.manageWindowsCredentials.value}</p>
			<p className="sim-strong">Windows 資格情報</p>
			{world.credentials.length === 0 ? <p className="sim-muted">Windows 資格情報はありません。</p> : null}
			<ul className="sim-plain">
				{world.credentials.map((c) => {
					const shown = credentialShownAs(c.target);
					const open = ui.cp.expanded === c.target;
					return (
						<li key={c.target}>
							<div role="group" aria-label={shown} aria-description={shown === c.target ? undefined : c.target} className="sim-card">
								<p className="sim-row sim-between">
									<span className="sim-url">{shown}</span>
									<Btn ev={{ type: 'cp.credential.expand', target: c.target }} className="sim-tool" />
								</p>
								{open ? (
									<>
										<p className="sim-small">インターネットまたはネットワークのアドレス: {c.target}</p>
										<p className="sim-small">ユーザー名: {c.user}</p>
										<p className="sim-small">パスワード: ••••••••</p>
										<Btn ev={{ type: 'cp.credential.remove', target: c.target }} className="sim-link-btn" />
									</>
								) : null}
							</div>
						</li>
					);
				})}
			</ul>
			{confirming && ui.cp.removing ? (
				<Dlg name="汎用資格情報の削除" esc={{ type: 'cp.confirm.no' }}>
					<p>{ui.cp.removing}</p>
					<p>この汎用資格情報を完全に削除しますか?</p>
					<p className="sim-row sim-end">
						<Btn ev={{ type: 'cp.confirm.yes' }} className="sim-btn sim-btn--primary" />
						<Btn ev={{ type: 'cp.confirm.no' }} />
					</p>
				</Dlg>
			) : null}
		</>
	);
}

export default function ControlPanel({ state }: { state: string }) {
	const { pc } = useEnv();
	const view = pc.context.world.controlPanelView;
	return (
		<Win name={areas.controlPanel.name} className="sim-win--cp" bar={<Btn ev={{ type: 'cp.close' }} className="sim-btn" />}>
			{state === 'home' ? (
				<>
					<p className="sim-h">コンピューターの設定を調整します</p>
					<Pick
						ev={(value) => ({ type: 'cp.viewBy', value })}
						value={view}
						options={[
							['category', CP.category.value],
							['icons', ownWords.largeIcons],
						]}
					/>
					{view === 'category' ? (
						<ul className="sim-plain">
							<li className="sim-muted">システムとセキュリティ</li>
							<li className="sim-muted">ネットワークとインターネット</li>
							<li>
								<Lnk ev={{ type: 'cp.userAccounts' }} />
							</li>
						</ul>
					) : (
						<ul className="sim-plain sim-grid sim-muted">
							<li>インターネット オプション</li>
							<li>資格情報マネージャー</li>
							<li>ユーザー アカウント</li>
							<li>プログラムと機能</li>
						</ul>
					)}
				</>
			) : null}
			{state === 'userAccounts' ? (
				<>
					<p className="sim-h">{CP.userAccounts.value}</p>
					<p className="sim-strong">資格情報マネージャー</p>
					<Lnk ev={{ type: 'cp.manageCredentials' }} />
				</>
			) : null}
			{state === 'credentials' || state === 'confirmRemove' ? <Credentials confirming={state === 'confirmRemove'} /> : null}
		</Win>
	);
}
