import * as labels from '../../facts/labels';
import { caName } from '../../facts/certificates';
import { areas } from '../controls';
import { addonInstalled, build, ieModeSetUp, newPc, rootCertInstalled } from '../world/start';
import { P } from './predicates';
import { act, defineScenario } from './define';
import { openEdgeSettings } from './steps/edge';

const E = labels.edge;
const CM = labels.certManager;

/**
 * 3.16: [証明書の管理] → [信頼されたルート証明機関]: KANAGAWA KOKUHOREN CA is there. Not a fault
 * but a doubt: the lesson opens where the checking begins, Edge started (step 1).
 */
export default defineScenario({
	id: '3-16-check-root-certificate',
	section: '3.16',
	start: build(newPc(), ieModeSetUp, addonInstalled, rootCertInstalled),
	prelude: [{ type: 'edge.launch' }],
	goal: {
		text: `[${CM.trustedRootsTab.value}] に [${caName.value}] があることを確かめた。`,
		when: P.all(P.dialog('certManager', 'trustedRoots'), P.is('rootInstalled')),
	},
	steps: [
		...openEdgeSettings({ launch: 'open', menuAnchor: 'step-1', settingsAnchor: 'step-2' }),
		act('step-3', `[${E.settings.value}] メニューの [${E.privacySearchServices.value}] をクリックします。`, { type: 'edge.settings.page', page: 'privacy' }),
		act('step-4', `[${E.security.value}] の [${E.manageCertificates.value}] をクリックします。`, { type: 'edge.settings.manageCertificates' }),
		act('step-5', `[${CM.trustedRootsTab.value}] タブをクリックします。`, { type: 'cm.tab', tab: 'trustedRoots' }),
		{
			anchor: 'step-5',
			text: `[${CM.issuedTo.value}] に [${caName.value}] があることを確認します。`,
			see: { role: 'cell', name: caName.value, within: areas.certManager },
			when: P.all(P.dialog('certManager', 'trustedRoots'), P.is('rootInstalled')),
		},
	],
});
