import * as labels from '../../facts/labels';
import { certServiceHttp } from '../../facts/urls';
import { practiceAccount } from '../world/practice-account';
import { mistypedIeModePages } from '../world/faults';
import { build, newPc } from '../world/start';
import { P } from './predicates';
import { act, defineScenario, inSection } from './define';
import { closeEdge, openEdgeSettings } from './steps/edge';
import { ieModeSteps } from './steps/ie-mode';

const E = labels.edge;
const IO = labels.internetOptions;
const TS = labels.trustedSitesDialog;
const start = build(newPc(), mistypedIeModePages);

/**
 * 3.17: the IE-mode pages were mistyped, so no banner: delete every entry and trusted site, then
 * 2.2.1 again. The lesson opens on the certificate service as 2.2.2 step 2 reaches it (http,
 * logged in), without 「Internet Explorer モードになっています。…」 under the address bar.
 */
export default defineScenario({
	id: '3-17-ie-mode-reset',
	section: '3.17',
	start,
	prelude: [
		{ type: 'edge.launch' },
		{ type: 'edge.navigate', url: certServiceHttp.value },
		{ type: 'ws.basicAuth.input', field: 'user', value: practiceAccount.officeNumber },
		{ type: 'ws.basicAuth.input', field: 'password', value: practiceAccount.certPassword },
		{ type: 'ws.basicAuth.ok' },
	],
	goal: {
		text: 'IE モード ページと信頼済みサイトが、証明書サービスの正しい 2 つの URL だけになった。',
		when: P.is('ieModeExactly'),
	},
	steps: [
		...openEdgeSettings({ launch: 'open', menuAnchor: 'step-1', settingsAnchor: 'step-2' }),
		act('step-3', `[${E.settings.value}] メニューの [${E.defaultBrowser.value}] をクリックします。`, { type: 'edge.settings.page', page: 'defaultBrowser' }),
		...start.edge.ieModePages.map((p) =>
			act('step-4', `[${E.ieModePages.value}] に登録されている URL（${p.url}）を、[${E.removePage.value}] ボタンで削除します。`, { type: 'edge.ieModePages.remove', url: p.url }),
		),
		act('step-4', `[${E.internetOptions.value}] を選択します。`, { type: 'edge.settings.internetOptions' }),
		act('step-4', `[${IO.securityTab.value}] を選びます。`, { type: 'io.tab', tab: 'security' }),
		act('step-4', `[${IO.trustedSitesZone.value}] をクリックします。`, { type: 'io.zone', zone: 'trusted' }),
		act('step-4', `[${IO.sites.value}] をクリックします。`, { type: 'io.sites.open' }),
		...start.internetOptions.trustedSites.flatMap((site) => [
			act('step-5', `[${TS.websites.value}] に登録されている URL（${site}）を選択します。`, { type: 'io.sites.select', site }),
			act('step-5', `[${TS.remove.value}] で削除します。`, { type: 'io.sites.remove' }),
		]),
		act('step-6', `[${TS.close.value}] をクリックします。`, { type: 'io.sites.close' }),
		act('step-6', `[${IO.title.value}] の [${IO.ok.value}] をクリックします。`, { type: 'io.ok' }),
		closeEdge('step-6', '開いている画面をすべて閉じます。'),
		...inSection('2.2.1', ieModeSteps({ launch: true, alreadyAllowed: true, trustedSites: true })),
	],
});
