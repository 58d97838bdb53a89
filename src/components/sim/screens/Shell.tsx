import { areas } from '../../../sim/controls';
import { screenDate } from '../../../sim/world/time';
import { useEnv } from '../env';
import { BrowserMark, G, paths } from '../glyphs';
import { Btn, Lnk, SITE_DRAG } from '../ui';

/**
 * Windows itself: the desktop (2.3.1's shortcut lands here), the taskbar with the search button
 * [🔍] (3.1, 3.9), the start button of Windows 11 (3.14) and Microsoft Edge, and their pop-ups.
 * The desktop's icons stand in a column at its left; a maximised browser covers them (Screen.tsx
 * draws it restored down while a step is done on the desktop, so something can be dragged onto it).
 * The taskbar carries the one mark that this is the practice PC.
 */

export function Desktop() {
	const { pc, send } = useEnv();
	const shortcuts = pc.context.world.desktop;
	return (
		<section
			aria-label={areas.desktop.name}
			className="sim-desktop"
			onDragOver={(e) => {
				if (e.dataTransfer.types.includes(SITE_DRAG)) e.preventDefault();
			}}
			onDrop={(e) => {
				if (!e.dataTransfer.types.includes(SITE_DRAG)) return;
				e.preventDefault();
				send({ type: 'edge.siteInfo.dragToDesktop' });
			}}
		>
			<ul className="sim-icons">
				{/* The bin every desktop has (drawn only: no lesson opens it). */}
				<li aria-hidden="true">
					<G d="M3.5 4.5h9l-1 10h-7zM2.5 4.5h11M6 2.5h4M6.5 7v5M9.5 7v5" size={32} className="sim-g sim-bin" />
					<span className="sim-icon-label">ごみ箱</span>
				</li>
				{shortcuts.map((s, index) => (
					<li key={`${index}-${s.url}`}>
						<BrowserMark size={32} />
						<Lnk ev={{ type: 'desktop.shortcut.open', index }} dbl className="sim-icon-label" />
					</li>
				))}
			</ul>
		</section>
	);
}

export function Taskbar() {
	const { pc } = useEnv();
	const world = pc.context.world;
	const open = pc.value.shell;
	const running = world.edge.windows.length;
	const [date, time] = [screenDate(world.clock), world.clock.slice(11)];
	return (
		<section aria-label={areas.taskbar.name} className={world.os === 'Windows 11' ? 'sim-taskbar sim-taskbar--w11' : 'sim-taskbar'}>
			{world.os === 'Windows 11' ? (
				<Btn
					ev={open === 'startMenu' ? { type: 'shell.start.close' } : { type: 'shell.start.menu' }}
					context={open !== 'startMenu'}
					show={<G d={paths.start} />}
					className="sim-task"
					title="右クリック（キーボードでは Shift+F10）でメニューを開きます"
				/>
			) : (
				<span className="sim-task" aria-hidden="true">
					<G d={paths.start} />
				</span>
			)}
			<Btn ev={open === 'search' ? { type: 'shell.search.close' } : { type: 'shell.search.open' }} show={<G d={paths.search} />} className="sim-task" />
			<Btn
				ev={running ? { type: 'edge.window.focus', index: running - 1 } : { type: 'edge.launch' }}
				show={<BrowserMark size={24} />}
				className={running ? 'sim-task sim-task--on' : 'sim-task'}
			/>
			<span className="sim-practice-mark" aria-hidden="true">
				練習用パソコン
			</span>
			<span className="sim-clock">
				<span className="sr-only">練習用パソコンの日時 </span>
				<span>{time}</span>
				<span>{date}</span>
			</span>
		</section>
	);
}

