import { fact } from './fact';

/** The certificate authority that issues every certificate of the manual. */
export const caName = fact('KANAGAWA KOKUHOREN CA', ['2.2.4', '3.16', '3.18']);
/** The temporary client certificate's name: every one is called this (3.18). */
export const temporaryCertName = fact('NacaCertRequester', ['2.2.4', '2.3.1', '3.10', '3.18']);
export const rootCertName = fact('ルート証明書（CA証明書）', ['2.2', '2.2.3'], { evidence: 'ルート証明書（CA証明書）' });
export const addonName = fact('NaRAClientControl', ['2.2.2', '3.1']);
/** The saved Windows credential that hides the login dialog (3.9). */
export const savedCredentialTarget = fact('Microsoft_winInet_cert.independence-support-kanagawa.jp:443/Login - LDAP', ['3.9']);

/** 3.18's sample validity: a temporary certificate valid from its issue day to 10 days later. */
export const sampleTemporaryCertValidity = fact({ from: '2023/03/20', to: '2023/03/30' }, ['3.18'], {
	evidence: '有効期間: 2023/03/20 から 2023/03/30',
});
/** 2.2.1's sample IE-mode pages table: an entry expires 30 days after the day it was added. */
export const sampleIeModePageDates = fact({ added: '2023/10/17', expires: '2023/11/16' }, ['2.2.1'], {
	evidence: '2023/10/17\t2023/11/16',
});
