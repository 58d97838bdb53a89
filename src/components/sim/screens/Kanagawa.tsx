import * as labels from '../../../facts/labels';
import { forcedLogout, loggedOut, logoutConfirm, passwordExpired, passwordExpiredCaution, passwordLocked, savedPasswordNotice } from '../../../facts/messages';
import { passwordMaxLength, passwordMinKinds, passwordMinLength } from '../../../facts/password-policy';
import { temporaryPasswordValidityDays } from '../../../facts/periods';
import { samplePortalNotices } from '../../../facts/portal';
import { areas } from '../../../sim/controls';
import type { KanagawaError } from '../../../sim/machines/context';
import type { KanagawaScreen } from '../../../sim/world/types';
import { useEnv } from '../env';
import { Btn, Lnk } from '../ui';
import { Dlg, Field } from '../ui-dialog';

/**
 * The かながわシステム (かながわ自立支援給付費等支払システム): the login screen (2.3.1 step 9, 3.5),
 * AA041 with the new password (step 10), the portal with [ログアウト] and its confirmation
 * (2.3.2), 「ログアウトしました。」 and the forced logout of a saved deep link (2.3.1 注意).
 */

const K = labels.kanagawaSystem;

/** Why the system refused, in words: the manual's message where it prints one, ours otherwise. */
const errors: Readonly<Record<KanagawaError, string>> = {
	locked: passwordLocked.value,
	wrongPassword: 'ユーザIDまたはパスワードが違います。',
	temporaryExpired: `仮パスワードの有効期限（発行日から${temporaryPasswordValidityDays.value}日）が過ぎています。再発行を依頼します（3.19）。`,
	currentWrong: '現在のパスワードが違います。',
	confirmMismatch: '新しいパスワードと新しいパスワード (確認) が一致しません。',
	policy: `新しいパスワードは半角 ${passwordMinLength.value}~${passwordMaxLength.value} 文字で、英大文字・英小文字・数字・記号のうち ${passwordMinKinds.value} 種類を含めます。`,
};

function KsError() {
	const { pc } = useEnv();
	const error = pc.context.ui.ks.error;
	return error ? <p className="sim-error">{errors[error]}</p> : null;
}

function Screen({ screen }: { screen: KanagawaScreen }) {
	const { pc } = useEnv();
	const ks = pc.context.ui.ks;
	switch (screen) {
		case 'login':
			return (
				<>
					<p className="sim-h">{K.login.value}</p>
					<KsError />
					<Field ev={(value) => ({ type: 'ks.input', field: 'user', value })} value={ks.user} />
					<Field ev={(value) => ({ type: 'ks.input', field: 'password', value })} value={ks.password} secret />
					<p>
						<Btn ev={{ type: 'ks.login' }} className="sim-btn sim-btn--primary" />
					</p>
					<p className="sim-small">{savedPasswordNotice.value}</p>
				</>
			);
		case 'aa041':
			return (
				<>
					<p className="sim-error">{passwordExpired.value}</p>
					<p className="sim-small">{passwordExpiredCaution.value}</p>
					<KsError />
					<p className="sim-muted">{K.userId.value}: {ks.user}</p>
					<Field ev={(value) => ({ type: 'ks.input', field: 'current', value })} value={ks.current} secret />
					<Field ev={(value) => ({ type: 'ks.input', field: 'next', value })} value={ks.next} secret />
					<Field ev={(value) => ({ type: 'ks.input', field: 'confirm', value })} value={ks.confirm} secret />
					<p>
						<Btn ev={{ type: 'ks.change' }} className="sim-btn sim-btn--primary" />
					</p>
				</>
			);
		case 'portal': {
			const office = Object.keys(pc.context.world.kanagawa.accounts)[0];
			return (
				<>
					<p className="sim-row sim-between">
						<span>
							{K.loggedInAs.value} {office}
						</span>
						<span className="sim-link-like">{K.manualsDownload.value}</span>
						<Lnk ev={{ type: 'ks.logout' }} className="sim-btn" />
					</p>
					<ul className="sim-plain sim-row">
						{K.portalMenu.value.map((item) => (
							<li key={item} className="sim-tag-like">
								{item}
							</li>
						))}
					</ul>
					<p className="sim-strong">{K.notices.value}</p>
					<ul className="sim-plain sim-small">
						{samplePortalNotices.value.slice(0, 3).map((n) => (
							<li key={n.date}>
								{n.date} {n.sender} {n.title}
							</li>
						))}
					</ul>
				</>
			);
		}
		case 'loggedOut':
			return <p className="sim-strong">{loggedOut.value}</p>;
		case 'forcedLogout':
			return <p className="sim-error">{forcedLogout.value}</p>;
	}
}

export default function KanagawaPage({ screen }: { screen: KanagawaScreen }) {
	return (
		<section aria-label={areas.kanagawa.name} className="sim-site sim-site--ks">
			<p className="sim-site-head">{K.screenTitle.value}</p>
			<div className="sim-site-main">
				<Screen screen={screen} />
			</div>
		</section>
	);
}

export function LogoutConfirm() {
	return (
		<Dlg name={areas.logoutConfirm.name} esc={{ type: 'ks.logoutConfirm.cancel' }} initial=".sim-btn--primary" className="sim-dialog--edge sim-fluent">
			<p>{logoutConfirm.value}</p>
			<p className="sim-buttons">
				<Btn ev={{ type: 'ks.logoutConfirm.ok' }} className="sim-btn sim-btn--primary" />
				<Btn ev={{ type: 'ks.logoutConfirm.cancel' }} />
			</p>
		</Dlg>
	);
}

