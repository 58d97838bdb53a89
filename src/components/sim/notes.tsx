import { lazy, Suspense, type ReactNode } from 'react';
import type { PcSnapshot } from '../../sim/pc';
import { openDialogs } from '../../sim/screens';
import { activeTab } from '../../sim/world/derive';
import { useEnv } from './env';

/**
 * What the simulation explains about the screen after a wrong path (a cancelled login, a site
 * that does not answer, a refused trusted site …): our words, shown in the step's callout beside
 * the PC's screen, never inside a drawn window (issue 14: the real screens carry no such notes).
 * A pure reading of the snapshot; the comparison of a mistyped address (練習) loads when needed.
 * The callout shows it while the trainer has no hint of its own to give (one hint area).
 */

const WrongUrl = lazy(() => import('./screens/WrongUrl'));

function words(pc: PcSnapshot): string | null {
	const { ui, world } = pc.context;
	const o = openDialogs(pc);
	if (o.windowsSecurity === 'basicAuth' && ui.basicAuth.failed) return 'ユーザー名またはパスワードが違います。証明書発行用パスワードの通知書のものを入力します。';
	if (o.certService === 'addonFailed') return 'アドオンが実行できませんでした。インターネット オプションのセキュリティ設定を見直します（3.1）。';
	if (o.internetOptions === 'open.trustedSites' && ui.io.siteError)
		return ui.io.siteError === 'httpsRequired'
			? '追加されませんでした。チェックボックスにチェックが付いている間は、「https://」で始まるアドレスしか追加できません。'
			: '追加されませんでした。「http://」または「https://」で始まるアドレスを入力します。';
	if (o.windowsSecurity || o.certService || o.internetOptions) return null;
	const tab = activeTab(world);
	switch (tab?.page.kind) {
		case 'unauthorized':
			return 'ログイン画面で [キャンセル] を押したため、証明書サービスは表示されません。もう一度アドレス欄から開き直します。';
		case 'certError':
			return 'クライアント証明書が選ばれなかったため、かながわシステムは表示されません（3.2、3.4）。';
		case 'unreachable':
			return '練習用のパソコンは、マニュアルに出てくる 2 つのサイトにだけつながります。入力したアドレスを確かめてください。';
		default:
			return null;
	}
}

/** The note on the screen as it is now, with the mistyped address compared (練習), or nothing. */
export function ScreenNote(): ReactNode {
	const { pc, expectedUrl } = useEnv();
	const text = words(pc);
	const tab = activeTab(pc.context.world);
	const mistyped =
		expectedUrl && tab && (tab.page.kind === 'notFound' || tab.page.kind === 'unreachable') && tab.address !== expectedUrl && !openDialogs(pc).windowsSecurity ? tab.address : null;
	if (!text && !mistyped) return null;
	return (
		<div className="sim-screennote">
			{text ? <p>{text}</p> : null}
			{mistyped && expectedUrl ? (
				<Suspense fallback={null}>
					<WrongUrl typed={mistyped} expected={expectedUrl} />
				</Suspense>
			) : null}
		</div>
	);
}
