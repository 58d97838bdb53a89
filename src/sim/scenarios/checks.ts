import { activeTab, requestCounts } from '../world/derive';
import type { CertServiceView, KanagawaScreen, SettingsPage } from '../world/types';
import type { PcSnapshot } from '../pc';
import { certSession } from '../machines/web';

/** Predicates over the PC that steps and goals share. */

export const showsSettings = (page: SettingsPage) => (pc: PcSnapshot): boolean => {
	const p = activeTab(pc.context.world)?.page;
	return p?.kind === 'settings' && p.page === page;
};

export const showsCertService = (view: CertServiceView) => (pc: PcSnapshot): boolean => {
	const p = activeTab(pc.context.world)?.page;
	return p?.kind === 'certService' && p.view === view;
};

export const showsKanagawa = (screen: KanagawaScreen) => (pc: PcSnapshot): boolean => {
	const p = activeTab(pc.context.world)?.page;
	return p?.kind === 'kanagawa' && p.screen === screen;
};

export const inIeMode = (pc: PcSnapshot): boolean => activeTab(pc.context.world)?.ieMode === true;

/** 【発行済み:】 (and 【保留中:】) on the 情報 page for the session's office and certificate. */
export const counts = (pc: PcSnapshot): { pending: number; issued: number } => {
	const s = certSession(pc.context.world);
	return s ? requestCounts(pc.context.world, s.office, s.serial) : { pending: 0, issued: 0 };
};
