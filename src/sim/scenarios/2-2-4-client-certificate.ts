import { practiceAccount } from '../world/practice-account';
import { addonInstalled, build, ieModeSetUp, newPc, rootCertInstalled } from '../world/start';
import { P } from './predicates';
import { defineScenario } from './define';
import { clientCertSteps } from './steps/cert-service';

/** 2.2.4: a temporary certificate, a client-certificate request, days of waiting, the client certificate. */
export default defineScenario({
	id: '2-2-4-client-certificate',
	section: '2.2.4',
	start: build(newPc(), ieModeSetUp, addonInstalled, rootCertInstalled),
	goal: {
		text: `事業所番号 ${practiceAccount.officeNumber} のクライアント証明書（有効期間 3 年）がインストールされた。`,
		when: P.is('validClientCert', practiceAccount.officeNumber),
	},
	steps: clientCertSteps(practiceAccount, { launch: true }),
});
