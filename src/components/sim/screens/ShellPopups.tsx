import { useRef } from 'react';
import { areas } from '../../../sim/controls';
import { searchResults } from '../../../sim/machines/shell';
import { useEnv } from '../env';
import { useTakeFocus } from '../focus';
import { MenuItem } from '../menu';
import { Dlg, Field, ListBox } from '../ui-dialog';

/** The taskbar's pop-ups (Windows search, 3.1 and 3.9; the start button's menu, 3.14) and menu items: loaded when first opened. */

/** Windows search: what is typed finds the manual's search words (インターネット オプション, コントロール パネル). */
export function SearchPanel() {
	const { pc } = useEnv();
	const typed = pc.context.ui.search;
	const found = searchResults(typed);
	return (
		<Dlg name="Windows の検索" esc={{ type: 'shell.search.close' }} className="sim-popup sim-popup--search">
			<Field ev={(value) => ({ type: 'shell.search.input', value })} value={typed} wide />
			{found.length > 0 ? (
				<ListBox label="検索結果" choices={found.map((app, i) => ({ key: app, ev: { type: 'shell.search.choose', app }, selected: i === 0 }))} />
			) : (
				<p className="sim-muted">{typed ? '一致するものはありません。' : '検索する言葉を入力します。'}</p>
			)}
		</Dlg>
	);
}

/** 3.14: the start button's right-click menu, with [設定]. */
export function StartMenu() {
	const { send } = useEnv();
	const ref = useRef<HTMLDivElement>(null);
	useTakeFocus(ref);
	return (
		<div
			ref={ref}
			role="menu"
			aria-label={areas.startMenu.name}
			className="sim-popup sim-popup--start"
			onKeyDown={(e) => {
				if (e.key === 'Escape') send({ type: 'shell.start.close' });
			}}
		>
			<MenuItem ev={{ type: 'shell.start.settings' }} />
		</div>
	);
}

