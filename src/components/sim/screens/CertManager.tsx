import * as labels from '../../../facts/labels';
import { areas } from '../../../sim/controls';
import { screenDate } from '../../../sim/world/time';
import { useEnv } from '../env';
import { Btn } from '../ui';
import { Dlg } from '../ui-dialog';
import { Tabs } from '../ui-tabs';

/** Edge's certificate manager, 証明書 (2.2.4 step 4, 3.16): [個人] and [信頼されたルート証明機関], [閉じる]. */

const CM = labels.certManager;

export default function CertManager({ state }: { state: string }) {
	const { pc } = useEnv();
	const stores = pc.context.world.certificates;
	const certs = state === 'trustedRoots' ? stores.trustedRoots : stores.personal;
	return (
		<Dlg name={areas.certManager.name} esc={{ type: 'cm.close' }} className="sim-dialog--wide">
			<Tabs
				label={areas.certManager.name}
				choices={[
					{ key: 'personal', ev: { type: 'cm.tab', tab: 'personal' }, selected: state === 'personal' },
					{ key: 'trustedRoots', ev: { type: 'cm.tab', tab: 'trustedRoots' }, selected: state === 'trustedRoots' },
				]}
			/>
			<div className="sim-tabpanel">
				<table className="sim-table">
					<thead>
						<tr>
							<th scope="col">{CM.issuedTo.value}</th>
							<th scope="col">{CM.issuedBy.value}</th>
							<th scope="col">{CM.expires.value}</th>
						</tr>
					</thead>
					<tbody>
						{certs.map((c, i) => (
							<tr key={`${i}-${c.issuedTo}`}>
								<td>{c.issuedTo}</td>
								<td>{c.issuer}</td>
								<td>{screenDate(c.to)}</td>
							</tr>
						))}
					</tbody>
				</table>
				{certs.length === 0 ? <p className="sim-muted">証明書はありません。</p> : null}
			</div>
			<p className="sim-row sim-end">
				<Btn ev={{ type: 'cm.close' }} />
			</p>
		</Dlg>
	);
}
