import { fact } from './fact';

/** The edition of the manual this site follows (表紙, 改版履歴). */
export const manualTitle = fact('環境設定マニュアル', ['about']);
export const manualAudience = fact('対象：事業所', ['about']);
export const manualVersion = fact('3.2', ['revisions'], { evidence: '3.2\t2025/2/3' });
export const manualDate = fact('2025/2/3', ['revisions']);
export const systemName = fact('かながわシステム', ['about']);
export const systemFullName = fact('かながわ自立支援給付費等支払システム', ['about']);
export const federationName = fact('神奈川県国民健康保険団体連合会', ['about', 'contact']);
export const federationShortName = fact('連合会', ['about']);
export const electronicClaimSystem = fact('電子請求受付システム', ['about', '3.19']);
/** The manual's screens are Windows 10 (マニュアル中の画面・操作について). */
export const manualScreensOs = fact('Windows 10', ['about'], {
	evidence: 'マニュアル中の画面、操作は Windows 10 を使用した場合で説明しています。',
});
