import * as labels from '../../facts/labels';
import { javascriptOff } from '../world/faults';
import { build, newPc } from '../world/start';
import { P } from './predicates';
import { defineScenario } from './define';
import { javascriptSteps } from './steps/browser-settings';

/** 1.2.2: JavaScript allowed (this PC starts with it switched off). */
export default defineScenario({
	id: '1-2-2-javascript',
	section: '1.2.2',
	start: build(newPc(), javascriptOff),
	goal: {
		text: `[${labels.edge.javascript.value}] の [${labels.edge.allowedRecommended.value}] がオンになった。`,
		when: P.is('javascriptOn'),
	},
	steps: javascriptSteps({ launch: true, switchOn: true }),
});
