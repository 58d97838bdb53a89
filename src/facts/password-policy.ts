import { fact } from './fact';

/** The password policy of the かながわシステム (2.3.1 step 10 注意, and the AA041 screen). */
export const passwordMinLength = fact(8, ['2.3.1'], { evidence: 'パスワードは半角 8~30 文字で設定します。' });
export const passwordMaxLength = fact(30, ['2.3.1'], { evidence: 'パスワードは半角 8~30 文字で設定します。' });
export const passwordMinKinds = fact(3, ['2.3.1'], {
	evidence: 'パスワードに使用できる文字は、英大文字、英小文字、数字、記号 (以下参照) の 4 種類です。このうち 3 種類を含めて設定してください。',
});
export const passwordKinds = fact(['英大文字', '英小文字', '数字', '記号'] as const, ['2.3.1'], {
	evidence: '英大文字、英小文字、数字、記号',
});
export const passwordCaseSensitive = fact(true, ['2.3.1', '3.6'], { evidence: '英字の大文字・小文字は区別されます。' });
export const passwordNoFullWidth = fact(true, ['3.6'], { evidence: '全角文字は入力できません。半角文字で入力してください。' });

/**
 * The symbols the manual lists (使用できる記号), in its order. The first is the half-width
 * space (半角スペース). The manual prints ¥ where the ASCII backslash is: see `yenKey`.
 */
export const passwordSymbols = fact(
	[' ', '!', '"', '#', '$', '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '?', '@', '[', '¥', ']', '^', '_', '{', '|', '}', '~'] as const,
	['2.3.1'],
	{ evidence: '半角スペース ! " # $ % & () * + , - . / : ; < = > ? @ [¥] ^ _ { | } ~' },
);

/**
 * Our own note, not the manual's: on a Japanese keyboard the ¥ key types U+005C, which
 * Japanese fonts draw as ¥. So a typed U+005C is the manual's ¥.
 */
export const yenKey = fact('\\', ['2.3.1'], {
	evidence: null,
	note: 'Japanese keyboards type U+005C (shown as ¥ in Japanese fonts) for the ¥ key.',
});

/** Characters a Japanese keyboard types that are not in the manual's list. */
export const symbolsNotInList = fact(["'", '`'] as const, ['2.3.1'], {
	evidence: null,
	note: 'Derived: the two printable ASCII symbols missing from the manual\'s list (besides U+005C, the ¥ key).',
});
