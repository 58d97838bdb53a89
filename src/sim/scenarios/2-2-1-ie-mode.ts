import { certServiceHttp, certServiceHttps } from '../../facts';
import { ieModeAllowed, liveIeModePages, trustedSiteEntry } from '../world/derive';
import { newPc } from '../world/start';
import type { World } from '../world/types';
import { defineScenario } from './define';
import { ieModeSteps } from './steps/ie-mode';

const urls = [certServiceHttps.value, certServiceHttp.value];

/** 2.2.1 done: reloading in IE mode allowed and applied, both URLs live IE-mode pages and trusted sites. */
export function ieModeReady(world: World): boolean {
	const pages = liveIeModePages(world).map((p) => p.url);
	const trusted = world.internetOptions.trustedSites;
	return ieModeAllowed(world) && urls.every((u) => pages.includes(u) && trusted.includes(trustedSiteEntry(u)!));
}

/** 2.2.1: allow reloading in IE mode, add the two URLs as IE-mode pages and as trusted sites. */
export default defineScenario({
	id: '2-2-1-ie-mode',
	title: 'IE モードでサイトの再読み込みを許可する',
	section: '2.2.1',
	start: newPc(),
	goal: {
		text: '証明書サービスの 2 つの URL が、IE モード ページと信頼済みサイトに登録された。',
		reached: (pc) => ieModeReady(pc.context.world),
	},
	steps: ieModeSteps({ launch: true, trustedSites: true }),
});
