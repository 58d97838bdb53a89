import { minEdgeVersion } from '../../facts/environment';
import { newPc } from '../world/start';
import { P } from './predicates';
import { defineScenario } from './define';
import { versionSteps } from './steps/browser-settings';

/** 1.2.1: look up Edge's version on [Microsoft Edge について]. */
export default defineScenario({
	id: '1-2-1-browser-version',
	section: '1.2.1',
	start: newPc(),
	goal: {
		text: `[バージョン情報] で、Microsoft Edge のバージョンが ${minEdgeVersion.value} 以降であることを確かめた。`,
		when: P.all(P.page('settings', 'about'), P.is('edgeUpToDate')),
	},
	steps: versionSteps({ launch: true }),
});
