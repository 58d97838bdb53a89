import { addonFailed } from '../../../facts/messages';
import { Btn } from '../ui';
import { Dlg } from '../ui-dialog';

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
				<span className="sim-msg-warn" aria-hidden="true">
					<svg width="32" height="32" viewBox="0 0 16 16" focusable="false">
						<path d="M8 1.2l7 13.3H1z" fill="#ffb900" stroke="#7a5a00" strokeWidth="0.6" strokeLinejoin="round" />
						<path d="M8 5.5v4.5M8 11.8v.8" stroke="#000" strokeWidth="1.4" />
					</svg>
				</span>
				<p>{addonFailed.value}</p>
			</div>
			<p className="sim-row sim-end">
				<Btn ev={{ type: 'cs.addonFailed.close' }} className="sim-btn sim-btn--primary" />
			</p>
		</Dlg>
	);
}
