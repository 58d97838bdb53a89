import { useEffect, useId, useState } from 'react';
import { checkPc, PC_STATUS_LABELS, type PcObservation, type PcStatus } from '../../tools/pc-check';
import { RefLinks } from './RefLinks';
import './tools.css';

interface UaDataLike {
	platform?: string;
	brands?: ReadonlyArray<{ brand: string; version: string }>;
	getHighEntropyValues?: (hints: string[]) => Promise<{ platformVersion?: string }>;
}

const TONE: Record<PcStatus, string> = { ok: 'ok', ng: 'ng', unknown: 'warn' };

/** What this browser tells about itself, read once in the page; nothing is sent anywhere. */
function observe(): PcObservation {
	const uaData = (navigator as Navigator & { userAgentData?: UaDataLike }).userAgentData;
	return {
		userAgent: navigator.userAgent,
		uaData: uaData ? { platform: uaData.platform ?? '', brands: uaData.brands ?? [] } : null,
		screen: { width: window.screen.width, height: window.screen.height },
		devicePixelRatio: window.devicePixelRatio,
		pdfViewerEnabled: (navigator as Navigator & { pdfViewerEnabled?: boolean }).pdfViewerEnabled,
		javascript: true,
	};
}

/** This-PC check against 1.1: ok / not ok / cannot tell, with the section that fixes it. */
export default function PcCheck() {
	const id = useId();
	const [observation, setObservation] = useState<PcObservation | null>(null);
	const [mounted, setMounted] = useState(false);

	useEffect(() => setMounted(true), []);
	useEffect(() => {
		setObservation(observe());
		// Windows 10 and 11 are told apart only by the high-entropy platformVersion (13+ is Windows 11).
		const uaData = (navigator as Navigator & { userAgentData?: UaDataLike }).userAgentData;
		uaData
			?.getHighEntropyValues?.(['platformVersion'])
			.then((v) =>
				setObservation((o) => (o && o.uaData ? { ...o, uaData: { ...o.uaData, ...(v.platformVersion ? { platformVersion: v.platformVersion } : {}) } } : o)),
			)
			.catch(() => undefined);
	}, []);

	const items = observation ? checkPc(observation) : [];
	const count = (s: PcStatus) => items.filter((i) => i.status === s).length;
	const summary = observation
		? `${items.length} 項目中、満たしている ${count('ok')}、満たしていない ${count('ng')}、分からない ${count('unknown')}。`
		: '';

	return (
		<section className="tool not-content" aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`}>このパソコンの確認結果</h2>
			<p className="tool-status" role="status" data-tone={!observation ? undefined : count('ng') ? 'ng' : count('unknown') ? 'warn' : 'ok'}>
				{summary}
			</p>
			{!observation ? (
				// Said only once the check runs: without JavaScript it never would (the page says so instead).
				mounted ? <p>確認しています…</p> : null
			) : (
				<table>
					<thead>
						<tr>
							<th scope="col">項目</th>
							<th scope="col">必要な環境（1.1）</th>
							<th scope="col">結果</th>
						</tr>
					</thead>
					<tbody>
						{items.map((item) => (
							<tr key={item.id}>
								<th scope="row">{item.label}</th>
								<td>{item.requirement}</td>
								<td>
									<span className="tool-tag" data-tone={TONE[item.status]}>
										{PC_STATUS_LABELS[item.status]}
									</span>
									{item.detail}
									{item.status !== 'ok' && <RefLinks refs={item.refs} label={`${item.label}の確かめ方・直し方`} />}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</section>
	);
}
