import * as labels from '../../facts/labels';
import { reputationOff } from '../world/faults';
import { build, newPc } from '../world/start';
import { P } from './predicates';
import { act, defineScenario } from './define';

const W = labels.windows11;

/**
 * 3.14: on Windows 11, reputation-based protection on (アプリとファイルの確認, Microsoft Edge の
 * SmartScreen). The lesson opens on Windows 11's 設定 at 評価ベースの保護設定 with both switches
 * off (the screen of step 5, where the setting shows); step 1 opens 設定 again from the start
 * button, at its first page, so the learner walks the manual's whole way there.
 */
export default defineScenario({
	id: '3-14-windows11-smartscreen',
	section: '3.14',
	start: build(newPc({ os: 'Windows 11' }), reputationOff),
	prelude: [
		{ type: 'shell.start.menu' },
		{ type: 'shell.start.settings' },
		...(['privacy', 'windowsSecurity', 'appBrowser', 'reputation'] as const).map((page) => ({ type: 'w11.page', page }) as const),
	],
	goal: {
		text: `[${W.checkAppsAndFiles.value}] と [${W.edgeSmartScreen.value}] がオンになった。`,
		when: P.is('reputationOn'),
	},
	steps: [
		act('step-1', `タスクバーの [${W.startButton.value}] を右クリックします。`, { type: 'shell.start.menu' }),
		act('step-1', `[${W.settings.value}] をクリックします。`, { type: 'shell.start.settings' }),
		act('step-2', `左メニューの【${W.privacyAndSecurity.value}】をクリックします。`, { type: 'w11.page', page: 'privacy' }),
		act('step-2', `右メニューの【${W.windowsSecurity.value}】をクリックします。`, { type: 'w11.page', page: 'windowsSecurity' }),
		act('step-3', `【${W.appAndBrowserControl.value}】をクリックします。`, { type: 'w11.page', page: 'appBrowser' }),
		act('step-4', `「${W.reputationProtection.value}」項目内にある「${W.reputationProtectionSettings.value}」をクリックします。`, { type: 'w11.page', page: 'reputation' }),
		act('step-5', `[${W.checkAppsAndFiles.value}] を「${W.on.value}」にします。`, { type: 'w11.set', setting: 'checkAppsAndFiles', on: true }),
		act('step-5', `[${W.edgeSmartScreen.value}] を「${W.on.value}」にします。`, { type: 'w11.set', setting: 'edgeSmartScreen', on: true }),
	],
});
