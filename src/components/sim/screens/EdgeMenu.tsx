import { areas } from '../../../sim/controls';
import { G, paths } from '../glyphs';
import { MenuItem, PopupMenu } from '../menu';

/** Edge's [...] menu (loaded when it first opens): the items as Edge lists them, [設定] the lessons' step. */

const E = {
	more: 'M3 8h.1M8 8h.1M13 8h.1',
	star: 'M8 2l1.8 3.9 4.2.5-3.1 2.9.8 4.2L8 11.4l-3.7 2.1.8-4.2L2 6.4l4.2-.5z',
	ie: 'M4.5 8.5h7a3.5 3.5 0 1 0-1 2.5M1.5 12.5c1 1.5 6-1 10-6s4.5-7 2.5-6.5',
	tab: 'M1.5 3.5h13v10h-13zM1.5 6h5V3.5',
	window: 'M1.5 2.5h13v11h-13zM1.5 5h13',
	private: 'M1.5 2.5h13v11h-13zM5 9a1.5 1.5 0 1 0 0 .1M11 9a1.5 1.5 0 1 0 0 .1M6.5 9h3',
	history: 'M8 2a6 6 0 1 1-6 6M8 4.5V8l2.5 1.5M2 3v3h3',
	download: 'M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13.5h10',
	apps: 'M2 2h5v5H2zM9 2h5v5H9zM2 9h5v5H2zM9 9h5v5H9z',
	ext: 'M6 2.5h3v2a1 1 0 0 0 2 0v-2h2.5V13H2.5V6.5h2a1 1 0 0 0 0-2h-2v-2z',
	print: 'M4.5 6V2.5h7V6M3 6h10v5.5h-2M3 6v5.5h2M5 9.5h6V14H5z',
	find: 'M6.5 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM9.8 9.8L14 14',
	help: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.3-.8.7-.8 1.4M8 11.3v.1',
	exit: 'M6 2.5H2.5v11H6M10 5l3 3-3 3M13 8H6',
} as const;

/** [...]'s items as Edge lists them; only [設定] is a lesson's step, the others are drawn and do nothing. */
const MENU: readonly (readonly [string, string, string?] | null)[] = [
	[E.tab, '新しいタブ', 'Ctrl+T'],
	[E.window, '新しいウィンドウ', 'Ctrl+N'],
	[E.private, '新しい InPrivate ウィンドウ', 'Ctrl+Shift+N'],
	null,
	[E.star, 'お気に入り', 'Ctrl+Shift+O'],
	[E.history, '履歴', 'Ctrl+H'],
	[E.download, 'ダウンロード', 'Ctrl+J'],
	[E.apps, 'アプリ'],
	[E.ext, '拡張機能'],
	null,
	[E.print, '印刷', 'Ctrl+P'],
	[E.find, 'ページ内の検索', 'Ctrl+F'],
	[E.ie, 'Internet Explorer モードで再読み込みする'],
	[E.more, 'その他のツール'],
	null,
];
const MENU_END: readonly (readonly [string, string])[] = [
	[E.help, 'ヘルプとフィードバック'],
	[E.exit, 'Microsoft Edge を閉じる'],
];

function Inert({ d, text, kbd }: { d: string; text: string; kbd?: string }) {
	return (
		<button type="button" role="menuitem" className="sim-menuitem">
			<G d={d} />
			{text}
			{kbd ? <kbd>{kbd}</kbd> : null}
		</button>
	);
}

export default function EdgeMenu() {
	return (
		<PopupMenu label={areas.edgeMenu.name} className="sim-popup--menu" close={{ type: 'edge.menu.close' }}>
			{MENU.map((m, i) => (m ? <Inert key={m[1]} d={m[0]} text={m[1]} kbd={m[2]} /> : <span key={i} className="sim-menusep" role="separator" />))}
			<div className="sim-menu-zoom" role="none">
				<span aria-hidden="true">ズーム</span>
				<span aria-hidden="true">− 100% +</span>
			</div>
			<span className="sim-menusep" role="separator" />
			<MenuItem ev={{ type: 'edge.settings.open' }} icon={<G d={paths.gear} />} />
			{MENU_END.map((m) => (
				<Inert key={m[1]} d={m[0]} text={m[1]} />
			))}
		</PopupMenu>
	);
}

