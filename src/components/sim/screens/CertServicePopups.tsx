import { useRef } from 'react';
import * as labels from '../../../facts/labels';
import { addonName, caName } from '../../../facts/certificates';
import { addonFailed, executionStatusTitle, executionSucceeded } from '../../../facts/messages';
import { areas } from '../../../sim/controls';
import { useEnv } from '../env';
import { useTakeFocus } from '../focus';
import { MenuItem } from '../menu';
import { Btn, Note } from '../ui';
import { Dlg } from '../ui-dialog';

/**
 * What pops up over the certificate service: NaRAClientControl's インストールポップアップ with
 * [インストール] and [▼] → [すべてのユーザーに対してインストール (A)] (2.2.2 step 8), 【インストールする】
 * (step 9) and its completion with 【×】 (step 10), 「アドオンが実行できませんでした」 (→ 3.1), the
 * root certificate's セキュリティ警告 with 【はい】 and its completion (2.2.3), the temporary and
 * client certificates' completions and 【実行ステータス】 (2.2.4).
 */

const CS = labels.certService;

function InstallMenu() {
	const ref = useRef<HTMLDivElement>(null);
	useTakeFocus(ref);
	const { send } = useEnv();
	return (
		<div
			ref={ref}
			role="menu"
			aria-label={CS.installMenu.value}
			className="sim-popup sim-popup--inline"
			onKeyDown={(e) => {
				if (e.key === 'Escape') {
					e.stopPropagation();
					send({ type: 'cs.bar.menu' });
				}
			}}
		>
			<MenuItem ev={{ type: 'cs.bar.installForAllUsers' }} />
		</div>
	);
}

function Done({ name }: { name: string }) {
	return (
		<Dlg name={name} esc={{ type: 'cs.done.ok' }}>
			<p>{name}のインストールが完了しました。</p>
			<p className="sim-row sim-end">
				<Btn ev={{ type: 'cs.done.ok' }} className="sim-btn sim-btn--primary" />
			</p>
		</Dlg>
	);
}

export default function CertServicePopup({ state }: { state: string }) {
	switch (state) {
		case 'installBar':
		case 'installMenu':
			return (
				<Dlg name={areas.installPopup.name} className="sim-dialog--bar">
					<p>このサイトは、アドオン「{addonName.value}」をインストールしようとしています。</p>
					<p className="sim-row">
						<Btn ev={{ type: 'cs.bar.install' }} className="sim-btn sim-btn--primary" />
						<Btn ev={{ type: 'cs.bar.menu' }} />
					</p>
					{state === 'installMenu' ? <InstallMenu /> : null}
				</Dlg>
			);
		case 'installScreen':
			return (
				<Dlg name={addonName.value}>
					<p>{addonName.value} をインストールしますか?</p>
					<p className="sim-row sim-end">
						<Btn ev={{ type: 'cs.installScreen.install' }} className="sim-btn sim-btn--primary" />
					</p>
				</Dlg>
			);
		case 'installDone':
			return (
				<Dlg name={addonName.value} esc={{ type: 'cs.installDone.close' }}>
					<p className="sim-row sim-between">
						<span>{addonName.value} のインストールが完了しました。</span>
						<Btn ev={{ type: 'cs.installDone.close' }} className="sim-btn sim-close" />
					</p>
				</Dlg>
			);
		case 'addonFailed':
			return (
				<Dlg name={addonFailed.value} role="alertdialog" esc={{ type: 'cs.addonFailed.close' }}>
					<Note>インターネット オプションのセキュリティ設定を見直します（3.1）。</Note>
					<p className="sim-row sim-end">
						<Btn ev={{ type: 'cs.addonFailed.close' }} className="sim-btn sim-btn--primary" />
					</p>
				</Dlg>
			);
		case 'securityWarning':
			return (
				<Dlg name={areas.securityWarning.name} esc={{ type: 'cs.securityWarning.no' }}>
					<p>証明機関 (CA) {caName.value} の証明書をインストールしようとしています。</p>
					<p>この証明書をインストールしますか?</p>
					<p className="sim-row sim-end">
						<Btn ev={{ type: 'cs.securityWarning.yes' }} className="sim-btn sim-btn--primary" />
						<Btn ev={{ type: 'cs.securityWarning.no' }} />
					</p>
				</Dlg>
			);
		case 'rootDone':
			return <Done name={areas.rootDone.name} />;
		case 'temporaryDone':
			return <Done name={areas.temporaryDone.name} />;
		case 'clientDone':
			return <Done name={areas.clientDone.name} />;
		case 'status':
			return (
				<Dlg name={executionStatusTitle.value} esc={{ type: 'cs.status.ok' }}>
					<p>
						{CS.createRequest.value}: {executionSucceeded.value}
					</p>
					<p className="sim-row sim-end">
						<Btn ev={{ type: 'cs.status.ok' }} className="sim-btn sim-btn--primary" />
					</p>
				</Dlg>
			);
		default:
			return null;
	}
}
