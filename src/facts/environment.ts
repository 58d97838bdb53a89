import { fact } from './fact';

/** 1.1 システムの動作保証環境. */
export const supportedOs = fact(['Windows10', 'Windows11'] as const, ['1.1'], { evidence: 'OS : Windows10、または Windows11' });
export const recommendedResolution = fact({ width: 1366, height: 768 }, ['1.1'], { evidence: '推奨モニタ解像度 : 1366 x 768' });
export const needsInternet = fact(true, ['1.1'], { evidence: 'インターネットに接続できること' });
export const browserName = fact('Microsoft Edge (chromium 版)', ['1.1']);
export const minEdgeVersion = fact(105, ['1.1', '1.2.1'], { evidence: 'バージョン 105 (「105.X.X.X」) 以降' });
export const pdfViewer = fact('PDF ビューワー (推奨 : Adobe Acrobat Reader)', ['1.1']);
export const recommendedPdfViewer = fact('Adobe Acrobat Reader', ['1.1']);
/** Browser and certificate settings are per Windows login user (1.2, 2.2 ポイント). */
export const settingsPerWindowsUser = fact(true, ['1.2', '2.2'], {
	evidence: ['ブラウザの設定は、WindowsOS のログインユーザ毎に行う必要があります。', '電子証明書の設定は、WindowsOSのログインユーザ毎に行う必要があります。'],
});
