import { section as sectionOf, sectionPath } from '../../sections';

/** Small formatters shared by the practice views (Japanese, Asia/Tokyo). */

/** 「2 分 05 秒」. */
export function duration(ms: number): string {
	const s = Math.round(ms / 1000);
	const m = Math.floor(s / 60);
	return m > 0 ? `${m} 分 ${String(s % 60).padStart(2, '0')} 秒` : `${s} 秒`;
}

/** 「2025年5月1日」 (a stored ISO timestamp, shown in Japan's calendar). */
export function japaneseDate(iso: string | Date): string {
	return new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** `step-2-3` → 「手順 2 (3)」, the manual's own way of numbering a sub-step. */
export function stepName(anchor: string | undefined): string | null {
	const m = anchor ? /^step-(\d+)(?:-(\d+))?$/u.exec(anchor) : null;
	if (!m) return null;
	return m[2] ? `手順 ${m[1]} (${m[2]})` : `手順 ${m[1]}`;
}

/** The link to a step on its section's page (or to the page when the step has no number). */
export function stepHref(section: string, anchor?: string): string | null {
	try {
		return `${sectionPath(sectionOf(section))}${anchor ? `#${anchor}` : ''}`;
	} catch {
		return null;
	}
}
