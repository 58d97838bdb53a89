import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { areas } from '../../sim/controls';
import type { Step } from '../../sim/scenarios/types';
import { useEnv } from './env';
import { focusCalmly } from './focus';
import { Frame, type WindowFrame } from './frame';
import { isPageBar, layout, type Layer, type WindowKind } from './layers';
import { Desktop, Taskbar } from './screens/Shell';

/**
 * The virtual PC's screen: the desktop, the windows, the dialogs over them and the taskbar, drawn
 * from the snapshot (layers.ts says what is open). A modal dialog makes what lies beneath inert.
 * The views of programs not on the screen yet are loaded when they first open.
 */

const named = <K extends string>(load: () => Promise<Record<K, unknown>>, key: K) =>
	lazy(async () => ({ default: (await load())[key] as (props: { state: string }) => ReactNode }));

const InternetOptions = named(() => import('./screens/InternetOptions'), 'InternetOptions');
const TrustedSites = named(() => import('./screens/InternetOptions'), 'TrustedSites');
const CustomLevel = named(() => import('./screens/InternetOptions'), 'CustomLevel');
const AddPage = named(() => import('./screens/EdgeDialogs'), 'AddPage');
const AddFavorite = named(() => import('./screens/EdgeDialogs'), 'AddFavorite');
const BasicAuth = named(() => import('./screens/WindowsSecurity'), 'BasicAuth');
const CertPicker = named(() => import('./screens/WindowsSecurity'), 'CertPicker');
const LogoutConfirm = named(() => import('./screens/Kanagawa'), 'LogoutConfirm');
const Edge = lazy(() => import('./screens/Edge'));
const SearchPanel = named(() => import('./screens/ShellPopups'), 'SearchPanel');
const StartMenu = named(() => import('./screens/ShellPopups'), 'StartMenu');
const CertServicePopups = lazy(() => import('./screens/CertServicePopups'));
const AddonFailed = lazy(() => import('./screens/AddonFailed'));
const CertServicePopup = ({ state }: { state: string }) => (state === 'addonFailed' ? <AddonFailed /> : <CertServicePopups state={state} />);
const CertManager = lazy(() => import('./screens/CertManager'));
const ControlPanel = lazy(() => import('./screens/ControlPanel'));
const Windows11 = lazy(() => import('./screens/Windows11'));

const dialogViews = {
	internetOptions: InternetOptions,
	trustedSites: TrustedSites,
	customLevel: CustomLevel,
	addPage: AddPage,
	addFavorite: AddFavorite,
	basicAuth: BasicAuth,
	picker: CertPicker,
	certService: CertServicePopup,
	certManager: CertManager,
	logoutConfirm: LogoutConfirm,
} as const;

const loading = <p className="sim-muted sim-loading">読み込んでいます…</p>;

function Window({ kind, state }: { kind: WindowKind; state: string }) {
	if (kind === 'edge') return <Edge />;
	if (kind === 'controlPanel') return <ControlPanel state={state} />;
	return <Windows11 state={state} />;
}

function Dialog({ layer }: { layer: Layer }) {
	const View = dialogViews[layer.kind];
	return <View state={layer.state} />;
}

/** A step done on the desktop (2.3.1's drag onto it and the look at the new shortcut, a double-click on a shortcut). */
const onDesktop = (step: Step | undefined) =>
	!!step && (step.target.within?.name === areas.desktop.name || (step.kind === 'action' && step.to?.name === areas.desktop.name));

export function Screen() {
	const { pc, interactive, marked, held } = useEnv();
	const l = layout(pc, held);
	// The browser is maximised, as on a Windows 10 PC (the manual's screenshots): it covers the
	// desktop above the taskbar. While a step is done on the desktop it is drawn restored down (a
	// person restores the window to see the desktop), and stays so after it: what was just made
	// there (2.3.1's shortcut) stays in sight. Its □ maximises or restores it, and that choice holds
	// until the browser is closed.
	const [chosen, setChosen] = useState<boolean | null>(null);
	const edgeOpen = l.windows.includes('edge');
	const desktopStep = onDesktop(marked);
	useEffect(() => {
		if (!edgeOpen) setChosen(null);
		else if (desktopStep) setChosen(false);
	}, [edgeOpen, desktopStep]);
	const edgeFrame: WindowFrame = useMemo(() => {
		const maximised = chosen ?? !desktopStep;
		return { maximised, toggle: () => setChosen(!maximised) };
	}, [chosen, desktopStep]);
	const open = pc.value as Record<string, unknown>;
	const ref = useRef<HTMLDivElement>(null);
	const before = useRef<readonly WindowKind[]>(l.windows);
	// A window that opens takes the focus, as on Windows (the address bar for Edge).
	// The window's view may still be loading (its chunk comes when it first opens, over an office's
	// network perhaps seconds later): wait for it, across renders, unless the learner has moved the
	// focus meanwhile (up to 10 s of frames: a window closed before its view came is not waited for).
	const pending = useRef<{ kind: WindowKind; opener: Element | null; tries: number; frame: number } | null>(null);
	useEffect(() => {
		const fresh = l.windows.filter((w) => !before.current.includes(w));
		before.current = l.windows;
		// Unless a dialog that opened with it has the focus already.
		if (!interactive || fresh.length === 0 || l.modalFrom >= 0) return;
		if (pending.current) cancelAnimationFrame(pending.current.frame);
		const job = { kind: fresh.at(-1)!, opener: document.activeElement, tries: 0, frame: 0 };
		pending.current = job;
		const attempt = () => {
			if (pending.current !== job) return;
			// The learner moved the focus while the view was loading (to [全画面で練習], say): it stays there.
			if (document.activeElement !== job.opener && document.activeElement !== document.body) {
				pending.current = null;
				return;
			}
			const win = ref.current?.querySelector<HTMLElement>(`[data-window="${job.kind}"]`);
			const target = win?.querySelector<HTMLElement>('[data-autofocus]') ?? win?.querySelector<HTMLElement>('a[tabindex="0"], button:not([disabled]), input, select');
			if (target) {
				pending.current = null;
				focusCalmly(target);
			} else if (job.tries++ < 600) job.frame = requestAnimationFrame(attempt);
			else pending.current = null;
		};
		attempt();
	});
	useEffect(() => () => cancelAnimationFrame(pending.current?.frame ?? 0), []);
	return (
		// What the stage's CSS lays out differently is said here, on the elements it styles (no `:has()`:
		// tests/unit/sim-views/stage-css.test.ts says why).
		<div className="sim-screen" ref={ref} data-os={pc.context.world.os === 'Windows 11' ? 'w11' : undefined}>
			<div className="sim-base" inert={l.modalFrom >= 0 || undefined}>
				<Desktop />
				<div className="sim-windows">
					{l.windows.map((kind) => (
						<div
							key={kind}
							data-window={kind}
							data-maximised={(kind === 'edge' && edgeFrame.maximised) || undefined}
							className={`sim-window-slot sim-window-slot--${kind}`}
						>
							<Suspense fallback={loading}>
								{kind === 'edge' ? (
									<Frame.Provider value={edgeFrame}>
										<Window kind={kind} state={String(open[kind] ?? '')} />
									</Frame.Provider>
								) : (
									<Window kind={kind} state={String(open[kind] ?? '')} />
								)}
							</Suspense>
						</div>
					))}
				</div>
				{l.shell ? <Suspense fallback={null}>{l.shell === 'search' ? <SearchPanel state="search" /> : <StartMenu state="startMenu" />}</Suspense> : null}
				<Taskbar />
			</div>
			{l.dialogs.map((layer, i) => (
				<div
					key={layer.kind}
					className={layer.modal ? 'sim-layer sim-layer--modal' : 'sim-layer'}
					inert={i < l.modalFrom || undefined}
					data-bar={isPageBar(layer) ? (edgeOpen && edgeFrame.maximised ? 'maximised' : 'window') : undefined}
				>
					<Suspense fallback={loading}>
						<Dialog layer={layer} />
					</Suspense>
				</div>
			))}
		</div>
	);
}
