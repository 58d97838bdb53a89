/**
 * What changed between two JSON values, as `path: before → after` lines (arrays by index,
 * objects by key). For `npm run sim -- play` and for test messages.
 */
export function diff(before: unknown, after: unknown, path = ''): string[] {
	if (before === after) return [];
	const bothObjects = typeof before === 'object' && before !== null && typeof after === 'object' && after !== null;
	if (!bothObjects || Array.isArray(before) !== Array.isArray(after)) {
		return [`${path || '(root)'}: ${show(before)} → ${show(after)}`];
	}
	const a = before as Record<string, unknown>;
	const b = after as Record<string, unknown>;
	const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
	return keys.flatMap((k) => diff(a[k], b[k], path ? `${path}.${k}` : k));
}

function show(value: unknown): string {
	if (value === undefined) return '—';
	const text = JSON.stringify(value);
	return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
