import { systemLogin } from '../../facts/urls';
import { edgeOnSystem } from '../world/faults';
import { readyPc, build } from '../world/start';
import { P } from './predicates';
import { defineScenario } from './define';
import { logoutSteps } from './steps/system';

/** 2.3.2: log out from the portal. */
export default defineScenario({
	id: '2-3-2-logout',
	section: '2.3.2',
	start: build(readyPc(), edgeOnSystem(systemLogin.value, 'portal')),
	goal: { text: '「ログアウトしました。」と表示された。', when: P.page('kanagawa', 'loggedOut') },
	steps: logoutSteps(),
});
