import { systemLogin } from '../../facts';
import { edgeOnSystem } from '../world/faults';
import { readyPc, build } from '../world/start';
import { showsKanagawa } from './checks';
import { defineScenario } from './define';
import { logoutSteps } from './steps/system';

/** 2.3.2: log out from the portal. */
export default defineScenario({
	id: '2-3-2-logout',
	title: 'システムからログアウトする',
	section: '2.3.2',
	start: build(readyPc(), edgeOnSystem(systemLogin.value, 'portal')),
	goal: { text: '「ログアウトしました。」と表示された。', reached: showsKanagawa('loggedOut') },
	steps: logoutSteps(),
});
