import * as labels from '../../../facts/labels';
import { systemHost } from '../../../facts/urls';
import { areas } from '../../../sim/controls';
import { screenDate } from '../../../sim/world/time';
import type { PersonalCert } from '../../../sim/world/types';
import { useEnv } from '../env';
import { G, paths } from '../glyphs';
import { Btn } from '../ui';
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
		<Dlg name={areas.basicAuth.name} esc={{ type: 'ws.basicAuth.cancel' }} className="sim-dialog--cred sim-fluent">
			<p className="sim-cred-app" translate="no">
				{BA.app.value}
			</p>
			<p>{BA.prompt.value}</p>
			<p>{BA.serverReport.value}</p>
			<p>{BA.warning.value}</p>
			<Field ev={(value) => ({ type: 'ws.basicAuth.input', field: 'user', value })} value={b.user} inside />
			<Field ev={(value) => ({ type: 'ws.basicAuth.input', field: 'password', value })} value={b.password} secret inside />
			<Check ev={(checked) => ({ type: 'ws.basicAuth.remember', checked })} checked={b.remember} />
			<p className="sim-cred-buttons">
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
			<G d={paths.cert} size={32} />
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
			className={confirm ? 'sim-list sim-list--certs' : 'sim-list sim-list--table'}
			choices={certs.map((cert) => ({
				key: String(cert.serial),
				ev: { type: 'ws.picker.select', serial: cert.serial },
				selected: cert.serial === ui.picker.selected,
				text: confirm ? (
					<CertText cert={cert} />
				) : (
					<>
						<span>{cert.issuedTo}</span>
						<span>{cert.issuer}</span>
						<span>{String(cert.serial).padStart(8, '0')}</span>
					</>
				),
			}))}
		/>
	);
	return (
		<Dlg
			name={area.name}
			title={confirm ? BA.title.value : undefined}
			esc={{ type: 'ws.picker.cancel' }}
			initial=".sim-btn--primary"
			className={confirm ? `sim-dialog--cred sim-fluent${state === 'picker.expanded' ? ' sim-dialog--expanded' : ''}` : 'sim-dialog--edge sim-dialog--certs sim-fluent'}
		>
			{confirm ? (
				<>
					<p className="sim-cred-app">{CP.selectTitle.value}</p>
					<p>{CP.prompt.value}</p>
					{selected ? (
						<div className="sim-cert-tile">
							<CertText cert={selected} />
							<span className="sim-link-like">{CP.properties.value}</span>
						</div>
					) : null}
					{state === 'picker.expanded' ? (
						list
					) : certs.length > 1 ? (
						<p>
							<Btn ev={{ type: 'ws.picker.more' }} className="sim-link-btn" />
						</p>
					) : null}
				</>
			) : (
				<>
					<p>サイト {systemHost.value} で資格情報が必要です:</p>
					<p className="sim-table-head" aria-hidden="true">
						<span>サブジェクト</span>
						<span>発行者</span>
						<span>シリアル</span>
					</p>
					{list}
				</>
			)}
			<p className={confirm ? 'sim-cred-buttons' : 'sim-buttons'}>
				{confirm ? null : (
					<button type="button" className="sim-btn sim-fbtn" disabled>
						証明書情報
					</button>
				)}
				<Btn ev={{ type: 'ws.picker.ok' }} className="sim-btn sim-btn--primary" />
				<Btn ev={{ type: 'ws.picker.cancel' }} />
			</p>
		</Dlg>
	);
}
