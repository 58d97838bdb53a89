import { clientCertValidityYears } from '../../facts/periods';
import { systemLogin } from '../../facts/urls';
import { ieModePagesRenewed } from '../world/faults';
import { practiceAccount } from '../world/practice-account';
import { build, later, readyPc } from '../world/start';
import { P } from './predicates';
import { defineScenario, inSection } from './define';
import { clientCertSteps } from './steps/cert-service';

/**
 * 3.2: the client certificate expired after 3 years: 2.2.4 again (the IE-mode pages were renewed
 * beforehand). The lesson opens on 3.2's 「以下のような画面」: the system's address typed, no
 * certificate left to offer, so the page is not shown.
 */
export default defineScenario({
	id: '3-2-client-certificate-expired',
	section: '3.2',
	start: build(readyPc(), later({ days: 365 * clientCertValidityYears.value + 1 }), ieModePagesRenewed),
	prelude: [{ type: 'edge.launch' }, { type: 'edge.navigate', url: systemLogin.value }],
	goal: {
		text: '新しいクライアント証明書がインストールされた。',
		when: P.is('validClientCert', practiceAccount.officeNumber),
	},
	redoes: ['2.2.4'],
	steps: inSection('2.2.4', clientCertSteps(practiceAccount, { launch: 'open' })),
});
