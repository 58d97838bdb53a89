import { addonFailed } from '../../../facts/messages';
import { Btn } from '../ui';
import { Dlg } from '../ui-dialog';
import { WarnMark } from '../glyphs';

/**
 * 「アドオンが実行できませんでした」 over the certificate service (→ 3.1): the page's own message
 * box, as Internet Explorer titles one (what to do is said beside the screen, notes.tsx). Apart
 * from the other pop-ups (CertServicePopups.tsx) because 3.1 opens on it, and its page loads only
 * what it shows (issue 14's budget).
 */
export default function AddonFailed() {
	return (
		<Dlg name={addonFailed.value} title="Web ページからのメッセージ" role="alertdialog" esc={{ type: 'cs.addonFailed.close' }} className="sim-dialog--msg">
			<div className="sim-iconrow">
				<WarnMark />
				<p>{addonFailed.value}</p>
			</div>
			<p className="sim-row sim-end">
				<Btn ev={{ type: 'cs.addonFailed.close' }} className="sim-btn sim-btn--primary" />
			</p>
		</Dlg>
	);
}
