import { fact } from './fact';

/** User ID and certificate-issuance ID are both the 10-digit office number (3.6, 3.7). */
export const officeNumberDigits = fact(10, ['2.3.1', '3.6', '3.7'], { evidence: '事業所番号 10 桁の証明書を選択し' });
export const userIdIsOfficeNumber = fact(true, ['3.6'], { evidence: 'ユーザ ID は事業所番号と同じです。' });
export const certIdIsOfficeNumber = fact(true, ['3.7'], { evidence: '証明書発行用 ID は事業所番号と同じです。' });
/** The two IDs have separate passwords that are not interchangeable (the certificate letter). */
export const passwordsNotInterchangeable = fact(true, ['2.2.2'], {
	evidence: 'かながわ自立支援給付費等支払システムにログインするための「ユーザID」と「パスワード」ではないことにご留意ください。',
});

/** The practice account: the sample office number of the manual's letters and portal. */
export const practiceOfficeNumber = fact('1419000001', ['2.2.2', '2.3.1']);
/** The office number on the manual's AA041 screen. */
export const aa041SampleOfficeNumber = fact('1461000002', ['2.3.1']);
/** The office number in the reissue form's example (記載例). */
export const reissueSampleOfficeNumber = fact('9999999999', ['3.19']);
/** Kanagawa's office numbers start with 14 (3.19). */
export const kanagawaOfficePrefix = fact('14', ['3.19'], { evidence: '事業所番号の頭 2 桁が 14 以外' });
/** The letters' issue dates (サンプル). */
export const sampleCertLetterDate = fact('2024年 9月 8日', ['2.2.2']);
export const sampleLoginLetterDate = fact('2022年9月8日', ['2.3.1']);
