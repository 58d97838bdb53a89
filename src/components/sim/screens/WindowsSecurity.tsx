import * as labels from '../../../facts/labels';
import { systemHost } from '../../../facts/urls';
import { areas } from '../../../sim/controls';
import { screenDate } from '../../../sim/world/time';
import type { PersonalCert } from '../../../sim/world/types';
import { useEnv } from '../env';
import { Btn, Note } from '../ui';
import { Dlg, Field, ListBox } from '../ui-dialog';
import { Check } from '../ui-more';

/**
 * Windows セキュリティ: the certificate service's login (2.2.2 step 3, 2.2.4; with
 * [資格情報を記憶する], 3.9) and the certificate pickers — [証明書の確認] of the certificate
 * service with its tile and [その他] (2.2.4, 3.10, 3.18: the first installed at the bottom) and
 * Edge's [認証用の証明書の選択] of the system (2.3.1).
 */

const BA = labels.basicAuthDialog;
const CP = labels.certPicker;

export function BasicAuth() {
	const { pc } = useEnv();
	const b = pc.context.ui.basicAuth;
	return (
		<Dlg name={areas.basicAuth.name} esc={{ type: 'ws.basicAuth.cancel' }}>
			<p className="sim-muted" translate="no">
				{BA.app.value}
			</p>
			<p>{BA.prompt.value}</p>
			<p>{BA.serverReport.value}</p>
			<p>{BA.warning.value}</p>
			<Field ev={(value) => ({ type: 'ws.basicAuth.input', field: 'user', value })} value={b.user} />
			<Field ev={(value) => ({ type: 'ws.basicAuth.input', field: 'password', value })} value={b.password} secret />
			<Check ev={(checked) => ({ type: 'ws.basicAuth.remember', checked })} checked={b.remember} />
			{b.failed ? <Note>ユーザー名またはパスワードが違います。証明書発行用パスワードの通知書のものを入力します。</Note> : null}
			<p className="sim-row sim-end">
				<Btn ev={{ type: 'ws.basicAuth.ok' }} className="sim-btn sim-btn--primary" />
				<Btn ev={{ type: 'ws.basicAuth.cancel' }} />
			</p>
		</Dlg>
	);
}

/** A certificate as the picker shows it: 発行先, 発行者, 有効期間. */
function CertText({ cert }: { cert: PersonalCert }) {
	return (
		<span className="sim-cert">
			<span className="sim-strong">{cert.issuedTo}</span>
			<span>
				{CP.issuer.value}: {cert.issuer}
			</span>
			<span>
				{CP.validity.value}: {screenDate(cert.from)} {CP.validityRange.value} {screenDate(cert.to)}
			</span>
		</span>
	);
}

export function CertPicker({ state }: { state: string }) {
	const { pc } = useEnv();
	const { world, ui } = pc.context;
	const certs = ui.picker.options.map((serial) => world.certificates.personal.find((c) => c.serial === serial)).filter((c): c is PersonalCert => !!c);
	const selected = certs.find((c) => c.serial === ui.picker.selected);
	const confirm = ui.picker.kind === 'confirm';
	const area = confirm ? areas.certConfirm : areas.authCertSelect;
	const list = (
		<ListBox
			label={confirm ? areas.pickerList.name : areas.authCertList.name}
			className="sim-list sim-list--certs"
			choices={certs.map((cert) => ({ key: String(cert.serial), ev: { type: 'ws.picker.select', serial: cert.serial }, selected: cert.serial === ui.picker.selected, text: <CertText cert={cert} /> }))}
		/>
	);
	return (
		<Dlg name={area.name} esc={{ type: 'ws.picker.cancel' }} initial=".sim-btn--primary">
			{confirm ? (
				<>
					<p className="sim-strong">{CP.selectTitle.value}</p>
					<p>{CP.prompt.value}</p>
					{selected ? (
						<div className="sim-card sim-cert-tile">
							<CertText cert={selected} />
							<span className="sim-link-like">{CP.properties.value}</span>
						</div>
					) : null}
					{state === 'picker.expanded' ? (
						<>
							<p className="sim-muted">{CP.orderNote.value}</p>
							{list}
						</>
					) : certs.length > 1 ? (
						<p>
							<Btn ev={{ type: 'ws.picker.more' }} />
						</p>
					) : null}
				</>
			) : (
				<>
					<p>サイト {systemHost.value} で資格情報が必要です:</p>
					{list}
				</>
			)}
			<p className="sim-row sim-end">
				<Btn ev={{ type: 'ws.picker.ok' }} className="sim-btn sim-btn--primary" />
				<Btn ev={{ type: 'ws.picker.cancel' }} />
			</p>
		</Dlg>
	);
}
