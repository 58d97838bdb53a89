import { newPc } from '../world/start';
import { P } from './predicates';
import { defineScenario } from './define';
import { ieModeSteps } from './steps/ie-mode';

/** 2.2.1: allow reloading in IE mode, add the two URLs as IE-mode pages and as trusted sites. */
export default defineScenario({
	id: '2-2-1-ie-mode',
	section: '2.2.1',
	start: newPc(),
	goal: {
		text: '証明書サービスの 2 つの URL が、IE モード ページと信頼済みサイトに登録された。',
		when: P.is('ieModeReady'),
	},
	steps: ieModeSteps({ launch: true, trustedSites: true }),
});
