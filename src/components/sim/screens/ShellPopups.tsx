import { areas } from '../../../sim/controls';
import { searchResults } from '../../../sim/machines/shell';
import { useEnv } from '../env';
import { MenuItem, PopupMenu } from '../menu';
import { Dlg, Field, ListBox } from '../ui-dialog';
import { G, paths } from '../glyphs';

/** The taskbar's pop-ups (Windows search, 3.1 and 3.9; the start button's menu, 3.14) and menu items: loaded when first opened. */

/** Windows search: what is typed finds the manual's search words (インターネット オプション, コントロール パネル). */
export function SearchPanel() {
	const { pc } = useEnv();
	const typed = pc.context.ui.search;
	const found = searchResults(typed);
	return (
		<Dlg name="Windows の検索" title="すべて　アプリ　ドキュメント　ウェブ　その他" esc={{ type: 'shell.search.close' }} className="sim-popup sim-popup--search">
			<div className="sim-search-results">
				{found.length > 0 ? (
					<>
						<p className="sim-sr-label">最も一致する検索結果</p>
						<ListBox
							label="検索結果"
							choices={found.map((app, i) => ({
								key: app,
								ev: { type: 'shell.search.choose', app },
								selected: i === 0,
								text: (
									<>
										<G d={app === 'internetOptions' ? paths.globe : paths.gear} size={i === 0 ? 32 : 20} />
										<span>
											{app === 'internetOptions' ? 'インターネット オプション' : 'コントロール パネル'}
											<br />
											<span className="sim-sr-label">コントロール パネル</span>
										</span>
									</>
								),
							}))}
						/>
					</>
				) : (
					<p className="sim-muted">{typed ? '一致するものはありません。' : '最近'}</p>
				)}
			</div>
			<div className="sim-search-box">
				<G d={paths.search} />
				<Field ev={(value) => ({ type: 'shell.search.input', value })} value={typed} inside />
			</div>
		</Dlg>
	);
}

/** 3.14: the start button's right-click menu, with [設定]. */
export function StartMenu() {
	return (
		<PopupMenu label={areas.startMenu.name} className="sim-popup--start" close={{ type: 'shell.start.close' }}>
			{['アプリと機能', 'モビリティ センター', '電源オプション', 'イベント ビューアー', 'システム', 'デバイス マネージャー', 'ネットワーク接続', 'ディスクの管理', 'コンピューターの管理', 'ターミナル', 'タスク マネージャー'].map((t) => (
				<button key={t} type="button" role="menuitem" className="sim-menuitem">
					{t}
				</button>
			))}
			<MenuItem ev={{ type: 'shell.start.settings' }} />
			{['エクスプローラー', '検索', 'ファイル名を指定して実行', 'シャットダウンまたはサインアウト', 'デスクトップ'].map((t) => (
				<button key={t} type="button" role="menuitem" className="sim-menuitem">
					{t}
				</button>
			))}
		</PopupMenu>
	);
}

