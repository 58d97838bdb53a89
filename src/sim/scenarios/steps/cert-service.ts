import * as labels from '../../../facts/labels';
import { caName, rootCertName } from '../../../facts/certificates';
import { ieModeBanner, issuedLabel, oneItem } from '../../../facts/messages';
import { approvalTakesDays } from '../../../facts/periods';
import { certServiceHttp, certServiceHttps } from '../../../facts/urls';
import { areas, seeTargets } from '../../controls';
import type { PracticeAccount } from '../../world/practice-account';
import { isIssued, visibleRequests } from '../../world/derive';
import { certSession } from '../../machines/web';
import { P } from '../predicates';
import { act, teach } from '../define';
import type { Diagnosis, StepSpec } from '../types';
import { closeEdge, launchEdge, launchStep, openEdgeSettings, type Launch } from './edge';

const CS = labels.certService;
const BA = labels.basicAuthDialog;
const CP = labels.certPicker;
const E = labels.edge;
const CM = labels.certManager;

/** The login dialog (2.2.2 step 3, 2.2.4 step 1 …): user ID, password, [OK]. */
export function certServiceLogin(anchor: string, a: PracticeAccount): StepSpec[] {
	const teaching = { diagnoses: rememberTrap };
	return [
		teach(act(anchor, `[${BA.userName.value}] に証明書発行用パスワードに記載のユーザ ID を入力します。`, { type: 'ws.basicAuth.input', field: 'user', value: a.officeNumber }), teaching),
		teach(act(anchor, `[${BA.password.value}] に証明書発行用パスワードを入力します。`, { type: 'ws.basicAuth.input', field: 'password', value: a.certPassword }), teaching),
		teach(act(anchor, `[${BA.ok.value}] をクリックします。`, { type: 'ws.basicAuth.ok' }), teaching),
	];
}

/**
 * 資格情報を記憶する, the trap 3.9 exists for: what ticking it will cause, and the way back
 * (issue 16 point 3). Beside every step of the login dialog, since it can be ticked at any of them.
 */
export const rememberTrap: readonly Diagnosis[] = [
	{
		on: { type: 'ws.basicAuth.remember', checked: true },
		say: `[${BA.remember.value}] にチェックを付けました。このまま [${BA.ok.value}] を押すと、ユーザ ID とパスワードが Windows に保存され、次から証明書サービスのログイン画面が表示されなくなります（3.9 の症状です）。チェックを外してから進めてください。`,
	},
	{
		on: { type: 'ws.basicAuth.ok' },
		after: P.is('credentialSaved'),
		say: `[${BA.remember.value}] にチェックを付けたままログインしたので、資格情報が Windows に保存されました。次からログイン画面が表示されません。元に戻すには、3.9 の手順で保存された資格情報を削除し、開いているブラウザをすべて閉じてから、もう一度アクセスします。`,
	},
];

export interface AddonOptions {
	readonly launch: boolean;
	readonly account: PracticeAccount;
}

/** 2.2.2: log in to the certificate service over http and install NaRAClientControl. */
export function addonSteps(options: AddonOptions): StepSpec[] {
	return [
		...(options.launch ? [launchEdge('step-1')] : []),
		act('step-2', `アドレス欄に「${certServiceHttp.value}」を入力し、証明書サービスにアクセスします。`, { type: 'edge.navigate', url: certServiceHttp.value }),
		{
			anchor: 'step-2',
			text: `アドレス欄の下に「${ieModeBanner.value}」と表示されていることを確認します。`,
			see: seeTargets.ieModeBanner,
			when: P.is('inIeMode'),
			// Issue 16 point 6: 「必ず…確認してから、次の手順に進んでください」 (2.2.2 step 2 補足): the learner
			// looks and answers, and the login dialog opens only then, so the message is not behind it.
			ask: {
				question: `アドレス欄の下に「${ieModeBanner.value}」と表示されていますか？`,
				answers: ['はい', 'いいえ'],
				right: 'はい',
				wrong: 'アドレス欄のすぐ下の行を、もう一度見てください。このメッセージがあれば、IE モードで開いています。',
				holdsLoginDialog: true,
			},
		},
		...certServiceLogin('step-3', options.account),
		act('step-4', `左メニューの [${CS.download.value}] をクリックします。`, { type: 'cs.menu', item: 'download' }),
		act('step-5', `[${CS.caCertInstall.value}] をクリックします。`, { type: 'cs.caInstall' }),
		act('step-6', `[${CS.here.value}] をクリックします。`, { type: 'cs.here' }),
		{
			anchor: 'step-7',
			text: `${CS.installPopup.value}が表示されるまで待機します。`,
			see: { role: 'button', name: CS.install.value, within: areas.installPopup },
			when: P.dialog('certService', 'installBar'),
		},
		act('step-8', `${CS.installPopup.value}画面で [${CS.install.value}] をクリックします。`, { type: 'cs.bar.install' }),
		act('step-9', `【${CS.installConfirm.value}】をクリックします。`, { type: 'cs.installScreen.install' }),
		act('step-10', `インストールが完了したら、【${CS.closeX.value}】をクリックしてこの画面を閉じます。`, { type: 'cs.installDone.close' }),
	];
}

export interface RootOptions {
	readonly launch: boolean;
	/** The browser was closed since 2.2.2: the login dialog comes back (2.2.2 step 3). */
	readonly login?: PracticeAccount;
	/** Close every browser at the end (step 7). */
	readonly close: boolean;
}

/** 2.2.3: the root certificate (CA 証明書) from [ダウンロード] → [CA 証明書インストール]. */
export function rootSteps(options: RootOptions): StepSpec[] {
	return [
		...(options.launch ? [launchEdge('step-1')] : []),
		act('step-2', `アドレス欄に「${certServiceHttp.value}」を入力し、証明書サービスにアクセスします。`, { type: 'edge.navigate', url: certServiceHttp.value }),
		...(options.login ? certServiceLogin('step-2', options.login) : []),
		act('step-3', `左メニューの [${CS.download.value}] をクリックします。`, { type: 'cs.menu', item: 'download' }),
		act('step-3', `[${CS.caCertInstall.value}] をクリックします。`, { type: 'cs.caInstall' }),
		act('step-4', `[${CS.install.value}] をクリックします。`, { type: 'cs.install' }),
		act('step-5', `${CS.securityWarning.value}の画面で【${CS.securityWarningYes.value}】をクリックします。`, { type: 'cs.securityWarning.yes' }),
		act('step-6', `${rootCertName.value}のインストールが完了したことを確認し、[${CS.ok.value}] をクリックします。`, { type: 'cs.done.ok' }),
		...(options.close ? [closeEdge('step-7')] : []),
	];
}

/** Open the certificate service over https; with a picker, take its selection (the newest). */
function openHttps(anchor: string, picker: boolean): StepSpec[] {
	return [
		act(anchor, `アドレス欄に「${certServiceHttps.value}」を入力し、証明書サービスにアクセスします。`, { type: 'edge.navigate', url: certServiceHttps.value }),
		...(picker ? [act(anchor, `[${CP.confirmTitle.value}] 画面が表示されるので [${CP.ok.value}] をクリックします。`, { type: 'ws.picker.ok' })] : []),
	];
}

/** 2.2.4 step 1: with no certificate of the CA on the PC yet, straight to the login dialog. */
export function clientCertStep1(a: PracticeAccount, options: { launch: Launch }): StepSpec[] {
	return [...launchStep(options.launch, 'step-1'), ...openHttps('step-1', false), ...certServiceLogin('step-1', a)];
}

/** 2.2.4 step 2: a temporary certificate, then a client-certificate request made with it. */
export function clientCertStep2(a: PracticeAccount): StepSpec[] {
	return [
		act('step-2-1', `左メニューの [${CS.certRequest.value}] をクリックします。`, { type: 'cs.menu', item: 'certRequest' }),
		act('step-2-1', `[${CS.temporaryClientCert.value}] の各項目は空白のまま、[${CS.createRequest.value}] 画面の [${CS.ok.value}] をクリックします。`, {
			type: 'cs.createRequest.ok',
		}),
		act('step-2-2', `${CS.temporaryClientCert.value}のインストールが完了したことを確認し、[${CS.ok.value}] をクリックします。`, { type: 'cs.done.ok' }),
		closeEdge('step-2-3', `${CS.temporaryClientCert.value}を使用するため、ブラウザをすべて閉じます。`),
		launchEdge('step-2-3'),
		...openHttps('step-2-3', true),
		...certServiceLogin('step-2-4', a),
		...requestClientCert('step-2-5', 'step-2-6', 'step-2-7', 'step-2-8'),
		closeEdge('step-2-9', 'ブラウザを閉じて、連合会での承認作業を待ちます。'),
		act('step-2-9', `連合会の承認には${approvalTakesDays.value}かかります。時間を進めます。`, { type: 'clock.advance', days: 3 }),
	];
}

/** 2.2.4 step 2 (5)–(8) and 3.10 step 2 (6)–(9): the client-certificate request. */
export function requestClientCert(menu: string, ok: string, status: string, list: string): StepSpec[] {
	return [
		act(menu, `左メニューの [${CS.certRequest.value}] をクリックします。`, { type: 'cs.menu', item: 'certRequest' }),
		act(menu, `[${CS.clientCert.value}] をクリックします。`, { type: 'cs.requestType', kind: 'client' }),
		act(ok, `[${CS.clientCert.value}] の各項目は空白のまま [${CS.ok.value}] をクリックします。`, { type: 'cs.createRequest.ok' }),
		act(status, `[${CS.ok.value}] をクリックします（【${labels.certService.createRequest.value}】の結果【正常終了しました】）。`, { type: 'cs.status.ok' }),
		{
			anchor: list,
			text: `[${CS.certCheck.value}] 画面の [${CS.requestList.value}] に、要求したクライアント証明書が表示されていることを確認します。`,
			see: areas.requestList,
			when: P.all(P.page('certService', 'certCheck'), P.is('requestListed')),
		},
	];
}

/** 2.2.4 step 3 (and 3.10 step 3): install the approved client certificate. */
export function clientCertStep3(a: PracticeAccount, anchors = { open: 'step-3-1', login: 'step-3-1', issued: 'step-3-2', task: 'step-3-3', install: 'step-3-4', done: 'step-3-5' }): StepSpec[] {
	return [
		launchEdge(anchors.open),
		...openHttps(anchors.open, true),
		...certServiceLogin(anchors.login, a),
		...issuedOne(anchors.issued),
		...installIssued(anchors),
	];
}

/** 【情報】画面の【発行済み:】が【1件】. */
export function issuedOne(anchor: string): StepSpec[] {
	return [
		{
			anchor,
			text: `【${CS.info.value}】画面の【${issuedLabel.value}】が【${oneItem.value}】となっていることを確認します。`,
			see: { role: 'group', name: issuedLabel.value, within: areas.certService },
			value: oneItem.value,
			when: P.all(P.page('certService', 'info'), P.is('issued', 1)),
		},
	];
}

export function installIssued(anchors: { task: string; install: string; done: string }): StepSpec[] {
	return [
		act(anchors.task, `左メニューの [${CS.certCheck.value}] をクリックします。`, { type: 'cs.menu', item: 'certCheck' }),
		act(anchors.task, `【${CS.task.value}】の【${CS.install.value}】をクリックします。`, (ctx) => {
			const s = certSession(ctx.world);
			const shown = s ? visibleRequests(ctx.world, s.office, s.serial).filter((r) => isIssued(r, ctx.world.clock)) : [];
			return { type: 'cs.task.install', requestId: shown.at(-1)?.id ?? 0 };
		}),
		act(anchors.install, `[${CS.install.value}] をクリックします。`, { type: 'cs.install' }),
		act(anchors.done, `クライアント証明書のインストールが完了したことを確認し、[${CS.ok.value}] をクリックします。`, { type: 'cs.done.ok' }),
	];
}

/** 2.2.4 step 4: [証明書の管理] → [個人]: the office's certificate, issuer KANAGAWA KOKUHOREN CA, 3 years. */
export function clientCertStep4(a: PracticeAccount): StepSpec[] {
	return [
		...openEdgeSettings({ launch: false, menuAnchor: 'step-4-1', settingsAnchor: 'step-4-2' }),
		act('step-4-3', `[${E.settings.value}] メニューの [${E.privacySearchServices.value}] をクリックします。`, { type: 'edge.settings.page', page: 'privacy' }),
		act('step-4-4', `[${E.security.value}] の [${E.manageCertificates.value}] をクリックします。`, { type: 'edge.settings.manageCertificates' }),
		{
			anchor: 'step-4-5',
			text: `[${CM.personalTab.value}] タブで、[${CM.issuedTo.value}] が事業所番号、[${CM.issuedBy.value}] が [${caName.value}] の証明書があることを確認します。`,
			see: { role: 'cell', name: a.officeNumber, within: areas.certManager },
			when: P.all(P.dialog('certManager', 'personal'), P.is('validClientCert', a.officeNumber)),
		},
		act('step-4-5', `[${CM.close.value}] をクリックします。`, { type: 'cm.close' }),
	];
}

/** The whole of 2.2.4 for one office, from a PC with no certificate of the CA. */
export function clientCertSteps(a: PracticeAccount, options: { launch: Launch }): StepSpec[] {
	return [...clientCertStep1(a, options), ...clientCertStep2(a), ...clientCertStep3(a), ...clientCertStep4(a)];
}
