import { browserName, minEdgeVersion, pdfViewer, recommendedResolution, supportedOs } from '../facts';
import type { SectionRef } from './links';

/**
 * This-PC check: what the browser can tell about 1.1's requirements (Windows 10 or 11, Edge
 * 105 or later, 1366 x 768, JavaScript on, a PDF viewer). Pure: it takes what the page
 * observed, so every branch is testable without a browser. Each item is ok, not ok, or cannot
 * tell; a browser that does not say is never guessed to be fine.
 */

export interface UaBrand {
	readonly brand: string;
	readonly version: string;
}

export interface PcObservation {
	readonly userAgent: string;
	/** navigator.userAgentData, with `platformVersion` from getHighEntropyValues(['platformVersion']). */
	readonly uaData?: {
		readonly platform?: string;
		readonly brands?: readonly UaBrand[];
		readonly platformVersion?: string;
	} | null;
	/** screen.width / screen.height (CSS pixels). */
	readonly screen?: { readonly width: number; readonly height: number } | null;
	readonly devicePixelRatio?: number;
	/** navigator.pdfViewerEnabled. */
	readonly pdfViewerEnabled?: boolean;
	/** True when this check runs in the page: JavaScript is on. */
	readonly javascript: boolean;
}

export type PcStatus = 'ok' | 'ng' | 'unknown';
export type PcItemId = 'os' | 'browser' | 'screen' | 'javascript' | 'pdf';

export interface PcItem {
	readonly id: PcItemId;
	readonly label: string;
	/** The manual's requirement (1.1). */
	readonly requirement: string;
	readonly status: PcStatus;
	/** What the browser told, in plain Japanese. */
	readonly detail: string;
	/** Where the manual says how to fix it (shown unless ok). */
	readonly refs: readonly SectionRef[];
}

const [win10, win11] = supportedOs.value;
const osText = `${win10.replace('Windows', 'Windows ')} または ${win11.replace('Windows', 'Windows ')}`;

function checkOs(o: PcObservation): PcItem {
	const base = { id: 'os' as const, label: 'OS', requirement: osText, refs: [{ number: '1.1' }] as const };
	const platform = o.uaData?.platform ?? '';
	if (platform === 'Windows' && o.uaData?.platformVersion) {
		const major = Number.parseInt(o.uaData.platformVersion.split('.')[0] ?? '', 10);
		if (major >= 13) return { ...base, status: 'ok', detail: 'Windows 11 です。' };
		if (major >= 1 && major <= 10) return { ...base, status: 'ok', detail: 'Windows 10 です。' };
		if (major === 0) return { ...base, status: 'ng', detail: 'Windows 10 より前の Windows（Windows 8.1 以前）のようです。' };
	}
	const ua = o.userAgent;
	const other = /Android/.test(ua) || platform === 'Android'
		? 'Android'
		: /iPhone|iPad/.test(ua) || platform === 'iOS'
			? 'iPhone / iPad'
			: /CrOS/.test(ua) || platform === 'Chrome OS'
				? 'Chrome OS'
				: /Mac OS X|Macintosh/.test(ua) || platform === 'macOS'
					? 'macOS'
					: /Linux/.test(ua) || platform === 'Linux'
						? 'Linux'
						: null;
	if (other) return { ...base, status: 'ng', detail: `Windows ではありません（${other}）。かながわシステムは ${osText} で使います。` };
	if (platform === 'Windows' || /Windows/.test(ua)) {
		return {
			...base,
			status: 'unknown',
			detail: 'Windows ですが、バージョンはこのブラウザからは分かりません。Windows の [設定] の [システム] → [バージョン情報] で確認できます。',
		};
	}
	return { ...base, status: 'unknown', detail: 'OS はこのブラウザからは分かりません。' };
}

function checkBrowser(o: PcObservation): PcItem {
	const min = minEdgeVersion.value;
	const base = { id: 'browser' as const, label: 'ブラウザ', requirement: `${browserName.value} バージョン ${min} 以降` };
	const edgeOk = (version: number) =>
		version >= min
			? { ...base, status: 'ok' as const, detail: `Microsoft Edge バージョン ${version} です。`, refs: [{ number: '1.2.1' }] as const }
			: {
					...base,
					status: 'ng' as const,
					detail: `Microsoft Edge バージョン ${version} です。バージョン ${min} 以降に更新してください。`,
					refs: [{ number: '1.2.1' }, { number: '1.1' }] as const,
				};
	const brands = o.uaData?.brands;
	if (brands && brands.length > 0) {
		const edge = brands.find((b) => b.brand === 'Microsoft Edge');
		if (edge) return edgeOk(Number.parseInt(edge.version, 10) || 0);
		const chrome = brands.some((b) => b.brand === 'Google Chrome');
		return {
			...base,
			status: 'ng',
			detail: `${chrome ? 'Google Chrome' : 'Microsoft Edge 以外のブラウザ'}です。かながわシステムは Microsoft Edge で使います。`,
			refs: [{ number: '1.1' }],
		};
	}
	const ua = o.userAgent;
	const edg = /\bEdg\/(\d+)/.exec(ua);
	if (edg) return edgeOk(Number(edg[1]));
	if (/\bEdge\/\d+/.test(ua)) {
		return { ...base, status: 'ng', detail: 'Microsoft Edge レガシー版です。chromium 版にアップデートしてください。', refs: [{ number: '1.1' }] };
	}
	const name = /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome 系のブラウザ' : /Safari\//.test(ua) ? 'Safari' : null;
	if (name) return { ...base, status: 'ng', detail: `${name}です。かながわシステムは Microsoft Edge で使います。`, refs: [{ number: '1.1' }] };
	return { ...base, status: 'unknown', detail: 'ブラウザの種類はこのブラウザからは分かりません。', refs: [{ number: '1.2.1' }] };
}

function checkScreen(o: PcObservation): PcItem {
	const { width: w, height: h } = recommendedResolution.value;
	const base = { id: 'screen' as const, label: 'モニタ解像度', requirement: `推奨 ${w} x ${h}`, refs: [{ number: '1.1' }] as const };
	const s = o.screen;
	if (!s || !(s.width > 0) || !(s.height > 0)) return { ...base, status: 'unknown', detail: '画面の大きさはこのブラウザからは分かりません。' };
	const ratio = o.devicePixelRatio && o.devicePixelRatio > 0 ? o.devicePixelRatio : 1;
	const pw = Math.round(s.width * ratio);
	const ph = Math.round(s.height * ratio);
	// Landscape or portrait: the longer side against 1366, the shorter against 768.
	const [long, short] = pw >= ph ? [pw, ph] : [ph, pw];
	if (long >= w && short >= h) {
		const scaled = Math.round(s.width) < w || Math.round(s.height) < h;
		return {
			...base,
			status: 'ok',
			detail: `${pw} x ${ph} です。${scaled ? `表示の拡大（${Math.round(ratio * 100)}%）のため、画面は ${Math.round(s.width)} x ${Math.round(s.height)} 相当の広さで表示されます。` : ''}`,
		};
	}
	return { ...base, status: 'ng', detail: `${pw} x ${ph} で、推奨の ${w} x ${h} より小さい画面です。画面の一部が見切れることがあります。` };
}

function checkJavascript(o: PcObservation): PcItem {
	const base = { id: 'javascript' as const, label: 'JavaScript', requirement: 'JavaScript のアクセスを許可', refs: [{ number: '1.2.2' }] as const };
	return o.javascript
		? { ...base, status: 'ok', detail: 'このブラウザでは JavaScript が有効です（このチェックが動いています）。' }
		: { ...base, status: 'ng', detail: 'JavaScript が無効です。' };
}

function checkPdf(o: PcObservation): PcItem {
	const base = { id: 'pdf' as const, label: 'PDF ビューワー', requirement: pdfViewer.value, refs: [{ number: '1.1' }] as const };
	if (o.pdfViewerEnabled === true) {
		return { ...base, status: 'ok', detail: 'このブラウザで PDF を表示できます。Adobe Acrobat Reader が入っているかは、ブラウザからは分かりません。' };
	}
	return { ...base, status: 'unknown', detail: 'PDF ビューワーがあるかは、このブラウザからは分かりません。' };
}

export function checkPc(observation: PcObservation): PcItem[] {
	return [checkOs(observation), checkBrowser(observation), checkScreen(observation), checkJavascript(observation), checkPdf(observation)];
}

export const PC_STATUS_LABELS: Record<PcStatus, string> = {
	ok: '満たしています',
	ng: '満たしていません',
	unknown: '分かりません',
};
