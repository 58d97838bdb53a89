import { useState } from 'react';
import * as labels from '../../../facts/labels';
import { areas } from '../../../sim/controls';
import { screenDate } from '../../../sim/world/time';
import { useEnv } from '../env';
import { G, paths } from '../glyphs';
import { Btn } from '../ui';
import { Dlg } from '../ui-dialog';
import { Tabs } from '../ui-tabs';

/** Edge's certificate manager, 証明書 (2.2.4 step 4, 3.16): [個人] and [信頼されたルート証明機関], [閉じる]; its other four tabs drawn with their lists empty. */

const CM = labels.certManager;
const TABS: readonly (readonly [string, string])[] = [
	['personal', ''],
	['others', 'ほかの人'],
	['intermediate', '中間証明機関'],
	['trustedRoots', ''],
	['publishers', '信頼された発行元'],
	['untrusted', '信頼されない発行元'],
];
const Off = ({ t }: { t: string }) => (
	<button type="button" className="sim-btn" disabled>
		{t}
	</button>
);

export default function CertManager({ state }: { state: string }) {
	const { pc } = useEnv();
	const stores = pc.context.world.certificates;
	const [inert, setInert] = useState<{ key: string; under: string } | null>(null);
	const shown = inert && inert.under === state ? inert.key : state;
	const certs = shown === 'trustedRoots' ? stores.trustedRoots : shown === 'personal' ? stores.personal : [];
	return (
		<Dlg name={areas.certManager.name} esc={{ type: 'cm.close' }} className="sim-dialog--wide sim-dialog--cm">
			<p className="sim-row">
				目的(N):<span className="sim-fakebox">&lt;すべて&gt;</span>
			</p>
			<Tabs
				label={areas.certManager.name}
				onLocal={(key) => setInert({ key, under: state })}
				choices={TABS.map(([key, text]) => ({
					key,
					ev: key === 'personal' || key === 'trustedRoots' ? { type: 'cm.tab', tab: key } : null,
					text: text || undefined,
					selected: shown === key,
				}))}
			/>
			<div className="sim-tabpanel sim-cm-panel">
				<table className="sim-table">
					<thead>
						<tr>
							<th scope="col">{CM.issuedTo.value}</th>
							<th scope="col">{CM.issuedBy.value}</th>
							<th scope="col">{CM.expires.value}</th>
							<th scope="col">フレンドリ名</th>
						</tr>
					</thead>
					<tbody>
						{certs.map((c, i) => (
							<tr key={`${i}-${c.issuedTo}`}>
								<td>
									<span className="sim-row">
										<G d={paths.cert} />
										{c.issuedTo}
									</span>
								</td>
								<td>{c.issuer}</td>
								<td>{screenDate(c.to)}</td>
								<td>&lt;なし&gt;</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<p className="sim-buttons sim-cm-buttons">
				<Off t="インポート(I)..." />
				<Off t="エクスポート(E)..." />
				<Off t="削除(R)" />
				<Off t="詳細設定(A)" />
			</p>
			<div className="sim-group sim-igroup" role="group" aria-label="証明書の目的">
				<span className="sim-igroup-title">証明書の目的</span>
				<p className="sim-buttons">
					<Off t="表示(V)" />
				</p>
			</div>
			<p className="sim-buttons">
				<Btn ev={{ type: 'cm.close' }} show="閉じる(C)" />
			</p>
		</Dlg>
	);
}
