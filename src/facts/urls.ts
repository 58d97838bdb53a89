import { fact } from './fact';

/**
 * The certificate service over https: typed in 2.2.4 (all three accesses), 3.10 and 3.18;
 * added first in 2.2.1 steps 7–8 and 3.1 step 6; printed on the certificate letter (2.2.2).
 */
export const certServiceHttps = fact('https://cert.independence-support-kanagawa.jp/certsrv/', [
	'2.2.1', '2.2.2', '2.2.4', '3.1', '3.10', '3.17', '3.18',
]);

/**
 * The certificate service over http: typed in 2.2.2, 2.2.3 and 3.3; added second in 2.2.1
 * and 3.1 (trusted sites, with the https-required box unticked). Typing it in 2.2.4 "changes
 * what follows" (revision 3.1 moved that step from http to https).
 */
export const certServiceHttp = fact('http://cert.independence-support-kanagawa.jp/certsrv/', [
	'2.2.1', '2.2.2', '2.2.3', '3.1', '3.3', '3.17',
]);

/** The system's login page: 3.11's 「正しい URL」. */
export const systemLogin = fact('https://www.independence-support-kanagawa.jp/kkgswebapjg/', ['3.11', '2.3.1']);

/** 2.3.1 step 2 prints the login URL without its final slash (3.11 gives the 正しい URL with it). */
export const systemLoginAsPrinted = fact('https://www.independence-support-kanagawa.jp/kkgswebapjg', ['2.3.1']);

/** 3.11's example of a typo: one k missing after the slash. */
export const systemLoginTypoPath = fact('/kgswebapjg/', ['3.11'], { evidence: '(誤) /kgswebapjg/ (正) /kkgswebapjg/' });
export const systemLoginPath = fact('/kkgswebapjg/', ['3.11']);

/**
 * What the sample letters print. Degraded prints of the letters, shown as printed in the
 * letter's drawing and never offered for copying.
 */
export const letterSystemUrlAsPrinted = fact('https://www.independence-support-kanagawa.jp/kkgswebapj/', ['2.2.2']);
export const letterLoginUrlAsPrinted = fact('https://www.independence-support-kanagawa.jp/kkgswebapi', ['2.3.1']);

/** The trusted-sites list shows the host only, without /certsrv/ (補足 in 2.2.1 and 3.1). */
export const trustedSiteHttp = fact('http://cert.independence-support-kanagawa.jp', ['2.2.1', '3.1']);
export const trustedSiteHttps = fact('https://cert.independence-support-kanagawa.jp', ['2.2.1', '3.1']);
export const trustedSitePathHidden = fact('/certsrv/', ['2.2.1', '3.1'], {
	evidence: '入力した URL の [jp] 以降の [/certsrv/] は表示されません。',
});

export const certServiceHost = fact('cert.independence-support-kanagawa.jp', ['2.2.2', '2.2.4']);
export const systemHost = fact('www.independence-support-kanagawa.jp', ['2.3.1', '3.11']);
/** The host named in 3.18's certificate picker (「サイト … に対する資格情報が必要です:」). */
export const certPickerHost = fact('khvmgcer01.independence-support-kanagawa.jp', ['3.18']);

/** Adobe Acrobat Reader's download page (1.1 ポイント): an outside link, never fetched. */
export const adobeReaderDownload = fact('https://www.adobe.com/jp/acrobat/pdf-reader.html', ['1.1']);

/** The URLs a learner may be asked to type or copy, keyed for tools and checks. */
export const copyableUrls = {
	certServiceHttps,
	certServiceHttp,
	systemLogin,
} as const;
export type CopyableUrlKey = keyof typeof copyableUrls;
