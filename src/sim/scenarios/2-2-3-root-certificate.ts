import { caName } from '../../facts/certificates';
import { practiceAccount } from '../world/practice-account';
import { addonInstalled, build, ieModeSetUp, newPc } from '../world/start';
import { P } from './predicates';
import { defineScenario } from './define';
import { rootSteps } from './steps/cert-service';

/** 2.2.3: the root certificate from [CA 証明書インストール] (the browser was closed after 2.2.2: log in again). */
export default defineScenario({
	id: '2-2-3-root-certificate',
	section: '2.2.3',
	start: build(newPc(), ieModeSetUp, addonInstalled),
	goal: {
		text: `[信頼されたルート証明機関] に [${caName.value}] の証明書がインストールされ、ブラウザをすべて閉じた。`,
		when: P.all(P.is('rootInstalled'), P.is('edgeClosed')),
	},
	steps: rootSteps({ launch: true, login: practiceAccount, close: true }),
});
