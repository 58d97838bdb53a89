import { minEdgeVersion } from '../../facts';
import { majorVersion } from '../world/derive';
import { newPc } from '../world/start';
import { showsSettings } from './checks';
import { defineScenario } from './define';
import { versionSteps } from './steps/browser-settings';

/** 1.2.1: look up Edge's version on [Microsoft Edge について]. */
export default defineScenario({
	id: '1-2-1-browser-version',
	title: 'ブラウザのバージョンを確認する',
	section: '1.2.1',
	start: newPc(),
	goal: {
		text: `[バージョン情報] で、Microsoft Edge のバージョンが ${minEdgeVersion.value} 以降であることを確かめた。`,
		reached: (pc) => showsSettings('about')(pc) && majorVersion(pc.context.world.edge.version) >= minEdgeVersion.value,
	},
	steps: versionSteps({ launch: true }),
});
