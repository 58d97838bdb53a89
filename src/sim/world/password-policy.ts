import { passwordMaxLength, passwordMinKinds, passwordMinLength, passwordSymbols, yenKey } from '../../facts/password-policy';

/**
 * The policy of 2.3.1 step 10 as the AA041 screen applies it: 半角 8~30 文字, at least 3 of the
 * 4 kinds (英大文字, 英小文字, 数字, the listed 記号), nothing else. The same verdict as the
 * password checker's (src/tools/password-check.ts; a test holds them together), without its
 * messages, so the simulation stays small.
 */
// The manual's ¥ is what the ¥ key types (U+005C); the yen sign U+00A5, pasted from elsewhere, is
// another character that a password typed at the login screen never holds (as the checker says).
const symbols = new Set<string>([...passwordSymbols.value.filter((c) => c !== '\u00a5'), yenKey.value]);

function kindOf(ch: string): number {
	if (ch >= 'A' && ch <= 'Z') return 0;
	if (ch >= 'a' && ch <= 'z') return 1;
	if (ch >= '0' && ch <= '9') return 2;
	return symbols.has(ch) ? 3 : -1;
}

export function meetsPasswordPolicy(password: string): boolean {
	const chars = Array.from(password);
	if (chars.length < passwordMinLength.value || chars.length > passwordMaxLength.value) return false;
	const kinds = chars.map(kindOf);
	return !kinds.includes(-1) && new Set(kinds).size >= passwordMinKinds.value;
}
