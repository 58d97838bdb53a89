import * as labels from '../../../facts/labels';
import { addonName } from '../../../facts/certificates';
import { issuedLabel, pendingLabel } from '../../../facts/messages';
import { areas } from '../../../sim/controls';
import { certSession, sessionTemporaryCert } from '../../../sim/machines/web';
import { isIssued, requestCounts, visibleRequests } from '../../../sim/world/derive';
import { screenDate } from '../../../sim/world/time';
import type { CertServiceView } from '../../../sim/world/types';
import { useEnv } from '../env';
import { Btn, Lnk } from '../ui';

/**
 * The certificate service (証明書サービス, 2.2.2–2.2.4, 3.9, 3.10, 3.18) in Edge's tab: the left menu
 * [情報] / [証明書要求] / [証明書確認] / [ダウンロード] and its pages: the 【保留中:】 and 【発行済み:】
 * counts, the choice of certificate, [要求の作成], the [要求一覧] with its 【タスク】, [CA 証明書
 * インストール] with [こちらを], and the [証明書インストール] screens.
 */

const CS = labels.certService;
const menu = ['info', 'certRequest', 'certCheck', 'download'] as const;

function Count({ label, n }: { label: string; n: number }) {
	return (
		<p role="group" aria-label={label} className="sim-count">
			<span className="sim-strong">{label}</span> <span>{n}件</span>
		</p>
	);
}

function Body({ view, requestId }: { view: CertServiceView; requestId: number | undefined }) {
	const { pc } = useEnv();
	const world = pc.context.world;
	const session = certSession(world);
	if (!session) return null;
	switch (view) {
		case 'info': {
			const counts = requestCounts(world, session.office, session.serial);
			return (
				<>
					<p className="sim-h">{CS.info.value}</p>
					<Count label={pendingLabel.value} n={counts.pending} />
					<Count label={issuedLabel.value} n={counts.issued} />
				</>
			);
		}
		case 'certRequest':
			return (
				<>
					<p className="sim-h">{CS.certRequest.value}</p>
					<ul className="sim-plain">
						<li>
							<Lnk ev={{ type: 'cs.requestType', kind: 'temporary' }} />
						</li>
						{sessionTemporaryCert(world) !== null ? (
							<li>
								<Lnk ev={{ type: 'cs.requestType', kind: 'client' }} />
							</li>
						) : null}
					</ul>
				</>
			);
		case 'createTemporary':
		case 'createClient':
			return (
				<section aria-label={areas.createRequest.name}>
					<p className="sim-h">{CS.createRequest.value}</p>
					<p className="sim-strong">{view === 'createTemporary' ? CS.temporaryClientCert.value : CS.clientCert.value}</p>
					<p className="sim-muted">（各項目は入力せずに空白のままにします）</p>
					<Btn ev={{ type: 'cs.createRequest.ok' }} className="sim-btn sim-btn--primary" />
				</section>
			);
		case 'certCheck': {
			const requests = visibleRequests(world, session.office, session.serial);
			return (
				<>
					<p className="sim-h">{CS.certCheck.value}</p>
					<table aria-label={areas.requestList.name} className="sim-table">
						<caption className="sim-strong">{CS.requestList.value}</caption>
						<thead>
							<tr>
								<th scope="col">要求 ID</th>
								<th scope="col">要求日時</th>
								<th scope="col">状態</th>
								<th scope="col">{CS.task.value}</th>
							</tr>
						</thead>
						<tbody>
							{requests.map((r) => {
								const issued = isIssued(r, world.clock);
								return (
									<tr key={r.id}>
										<td>{r.id}</td>
										<td>{screenDate(r.requestedAt)}</td>
										<td>{issued ? '発行済み' : '保留中'}</td>
										<td>{issued ? <Btn ev={{ type: 'cs.task.install', requestId: r.id }} /> : '—'}</td>
									</tr>
								);
							})}
						</tbody>
					</table>
					{requests.length === 0 ? <p className="sim-muted">表示する要求はありません。</p> : null}
				</>
			);
		}
		case 'download':
			return (
				<>
					<p className="sim-h">{CS.download.value}</p>
					<Lnk ev={{ type: 'cs.caInstall' }} />
				</>
			);
		case 'caInstall':
			return world.addons.includes(addonName.value) ? (
				<section aria-label={areas.certInstall.name}>
					<p className="sim-h">{CS.certInstallScreen.value}</p>
					<Btn ev={{ type: 'cs.install' }} className="sim-btn sim-btn--primary" />
				</section>
			) : (
				<>
					<p className="sim-h">{CS.caCertInstall.value}</p>
					<p>
						{addonName.value} をインストールするには <Lnk ev={{ type: 'cs.here' }} /> クリックしてください。
					</p>
				</>
			);
		case 'addonPreparing':
			return (
				<>
					<p className="sim-h">{CS.caCertInstall.value}</p>
					<p>{addonName.value} のインストール準備をしています…</p>
				</>
			);
		case 'clientInstall':
			return (
				<section aria-label={areas.certInstall.name}>
					<p className="sim-h">{CS.certInstallScreen.value}</p>
					<p>要求 ID {requestId}</p>
					<Btn ev={{ type: 'cs.install' }} className="sim-btn sim-btn--primary" />
				</section>
			);
	}
}

export default function CertServicePage({ view, requestId }: { view: CertServiceView; requestId: number | undefined }) {
	const { pc } = useEnv();
	const session = certSession(pc.context.world);
	return (
		<section aria-label={areas.certService.name} className="sim-site sim-site--cs">
			<p className="sim-site-head">
				{CS.title.value}
				{session ? <span className="sim-muted"> ユーザー: {session.office}</span> : null}
			</p>
			<div className="sim-site-cols">
				<ul className="sim-plain sim-sidemenu">
					{menu.map((item) => (
						<li key={item}>
							<Lnk ev={{ type: 'cs.menu', item }} />
						</li>
					))}
				</ul>
				<div className="sim-site-main">
					<Body view={view} requestId={requestId} />
				</div>
			</div>
		</section>
	);
}
