import { caName } from '../../facts/certificates';
import { practiceAccount } from '../world/practice-account';
import { build, ieModeSetUp, newPc } from '../world/start';
import { P } from './predicates';
import { defineScenario, inSection } from './define';
import { addonSteps, rootSteps } from './steps/cert-service';

/** 3.3: NaRAClientControl (2.2.2), then the root certificate (2.2.3). */
export default defineScenario({
	id: '3-3-get-root-certificate',
	section: '3.3',
	start: build(newPc(), ieModeSetUp),
	goal: { text: `ルート証明書（${caName.value}）がインストールされた。`, when: P.is('rootInstalled') },
	redoes: ['2.2.2', '2.2.3'],
	steps: [
		...inSection('2.2.2', addonSteps({ launch: true, account: practiceAccount })),
		...inSection('2.2.3', rootSteps({ launch: false, close: true })),
	],
});
