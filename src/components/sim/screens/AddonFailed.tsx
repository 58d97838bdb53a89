import { addonFailed } from '../../../facts/messages';
import { Btn, Note } from '../ui';
import { Dlg } from '../ui-dialog';

/**
 * 「アドオンが実行できませんでした」 over the certificate service (→ 3.1): apart from the other
 * pop-ups (CertServicePopups.tsx) because 3.1 opens on it, and its page loads only what it shows
 * (issue 14's budget).
 */
export default function AddonFailed() {
	return (
		<Dlg name={addonFailed.value} role="alertdialog" esc={{ type: 'cs.addonFailed.close' }}>
			<Note>インターネット オプションのセキュリティ設定を見直します（3.1）。</Note>
			<p className="sim-row sim-end">
				<Btn ev={{ type: 'cs.addonFailed.close' }} className="sim-btn sim-btn--primary" />
			</p>
		</Dlg>
	);
}
