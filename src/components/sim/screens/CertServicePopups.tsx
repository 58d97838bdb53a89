import * as labels from '../../../facts/labels';
import { addonName, caName } from '../../../facts/certificates';
import { executionStatusTitle, executionSucceeded } from '../../../facts/messages';
import { areas } from '../../../sim/controls';
import { MenuItem, PopupMenu } from '../menu';
import { Btn } from '../ui';
import { Dlg } from '../ui-dialog';
import { G, paths, WarnMark } from '../glyphs';

/** The bar's [▼] (its own glyph: glyphs.tsx keeps the frames' and the taskbar's). */
const CHEVRON = 'M4 6l4 4 4-4';

/**
 * What pops up over the certificate service: NaRAClientControl's インストールポップアップ with
 * [インストール] and [▼] → [すべてのユーザーに対してインストール (A)] (2.2.2 step 8), 【インストールする】
 * (step 9) and its completion with 【×】 (step 10) (「アドオンが実行できませんでした」, 3.1's start, is
 * AddonFailed.tsx, so that 3.1 loads only it), the
 * root certificate's セキュリティ警告 with 【はい】 and its completion (2.2.3), the temporary and
 * client certificates' completions and 【実行ステータス】 (2.2.4).
 */

const CS = labels.certService;

function InstallMenu() {
	return (
		<PopupMenu label={CS.installMenu.value} className="sim-popup--inline" close={{ type: 'cs.bar.menu' }}>
			<MenuItem ev={{ type: 'cs.bar.installForAllUsers' }} />
		</PopupMenu>
	);
}

function Done({ name }: { name: string }) {
	return (
		<Dlg name={name} esc={{ type: 'cs.done.ok' }} className="sim-dialog--msg">
			<p className="sim-iconrow">
				<span className="sim-msg-icon sim-msg-icon--info" aria-hidden="true">
					i
				</span>
				{name}のインストールが完了しました。
			</p>
			<p className="sim-buttons">
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
				// `--bar-menu`: the [▼] menu stands above the bar (a step's picture makes room for it).
				<Dlg name={areas.installPopup.name} className={state === 'installMenu' ? 'sim-dialog--bar sim-dialog--bar-menu' : 'sim-dialog--bar'}>
					<p>このサイトは、アドオン「{addonName.value}」をインストールしようとしています。</p>
					<div className="sim-splitbtn">
						<Btn ev={{ type: 'cs.bar.install' }} className="sim-btn" />
						<Btn ev={{ type: 'cs.bar.menu' }} show={<G d={CHEVRON} size={10} />} className="sim-btn sim-btn--arrow" />
						{state === 'installMenu' ? <InstallMenu /> : null}
					</div>
					<span className="sim-bar-x" aria-hidden="true">
						<G d={paths.close} size={10} />
					</span>
				</Dlg>
			);
		case 'installScreen':
			return (
				<Dlg name={addonName.value} title="Internet Explorer - セキュリティの警告" className="sim-dialog--msg">
					<p className="sim-strong">このソフトウェアをインストールしますか?</p>
					<div className="sim-iconrow">
						<span className="sim-msg-shield" aria-hidden="true">
							<G d={paths.shield} size={32} />
						</span>
						<p>
							名前: <span className="sim-strong">{addonName.value}</span>
						</p>
					</div>
					<p className="sim-buttons">
						<Btn ev={{ type: 'cs.installScreen.install' }} show="インストールする(I)" className="sim-btn sim-btn--primary" />
						<button type="button" className="sim-btn" disabled>
							インストールしない(D)
						</button>
					</p>
				</Dlg>
			);
		case 'installDone':
			return (
				<Dlg
					name={addonName.value}
					esc={{ type: 'cs.installDone.close' }}
					className="sim-dialog--msg"
					close={<Btn ev={{ type: 'cs.installDone.close' }} show={<G d={paths.close} size={10} />} className="sim-btn" />}
				>
					<p>{addonName.value} のインストールが完了しました。</p>
				</Dlg>
			);
		case 'securityWarning':
			return (
				<Dlg name={areas.securityWarning.name} esc={{ type: 'cs.securityWarning.no' }} className="sim-dialog--msg sim-dialog--warn">
					<div className="sim-iconrow">
						<WarnMark />
						<div>
							<p>発行者が次であると主張する証明機関 (CA) から証明書をインストールしようとしています:</p>
							<p>{caName.value}</p>
							<p>証明書が実際に「{caName.value}」からのものであるかどうかを検証できません。</p>
							<p>この証明書をインストールしますか?</p>
						</div>
					</div>
					<p className="sim-buttons">
						<Btn ev={{ type: 'cs.securityWarning.yes' }} show="はい(Y)" className="sim-btn sim-btn--primary" />
						<Btn ev={{ type: 'cs.securityWarning.no' }} show="いいえ(N)" />
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
