import { practiceAccount } from '../world/practice-account';
import { build, ieModeSetUp, newPc } from '../world/start';
import { P } from './predicates';
import { defineScenario } from './define';
import { addonSteps } from './steps/cert-service';

/** 2.2.2: log in to the certificate service over http and install NaRAClientControl. */
export default defineScenario({
	id: '2-2-2-naraclientcontrol',
	section: '2.2.2',
	start: build(newPc(), ieModeSetUp),
	goal: { text: 'NaRAClientControl がインストールされた。', when: P.is('addonInstalled') },
	steps: addonSteps({ launch: true, account: practiceAccount }),
});
