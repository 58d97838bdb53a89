import { notFound } from '../../facts/messages';
import { systemLogin } from '../../facts/urls';
import { areas } from '../controls';
import { edgeOnSystem, mistypedLoginUrl } from '../world/faults';
import { build, readyPc } from '../world/start';
import { P } from './predicates';
import { act, defineScenario } from './define';

/** 3.11: 「Not Found」 after a mistyped address (/kgswebapjg/): type the correct URL. */
export default defineScenario({
	id: '3-11-not-found',
	section: '3.11',
	start: build(readyPc(), edgeOnSystem(mistypedLoginUrl, 'notFound')),
	goal: { text: '正しい URL でログイン画面が表示された。', when: P.page('kanagawa', 'login') },
	// 3.11's fix is 2.3.1 step 2 with the correct URL.
	redoes: ['2.3.1'],
	steps: [
		{
			text: `「${notFound.value}」と表示されています。入力した URL を確認します。`,
			see: { role: 'text', name: notFound.value, within: areas.edge },
			when: P.page('notFound'),
		},
		act('step-2', `アドレス欄に正しい URL「${systemLogin.value}」を入力し、Enter キーを押します。`, { type: 'edge.navigate', url: systemLogin.value }, '2.3.1'),
	],
});
