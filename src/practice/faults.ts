import { certServiceHttp, certServiceHttps, savedCredentialTarget, systemHost } from '../facts';
import type { PcSnapshot } from '../sim/pc';
import {
	activeTab,
	activeXAllowed,
	addonInstalled,
	hasValidClientCert,
	isLocked,
	isTemporaryCert,
	isValidCert,
	liveIeModePages,
	opensInIeMode,
	trustedSiteEntry,
} from '../sim/world/derive';
import { practiceAccount } from '../sim/world/practice-account';
import { holds, P } from '../sim/scenarios/predicates';
import type { World } from '../sim/world/types';
import type { ScenarioId } from '../sim/scenarios/catalog';

/**
 * Each exercise's fault as a fact of its PC (the text is `itemTexts[id].fault`): it holds on
 * the exercise's starting PC and no longer holds once the learner has fixed it. The hub
 * promises "each exercise starts from a PC with the fault"; the tests hold the engine to it.
 * Engine-side (not in the hub's bundle).
 */

/** The exercises: the problems of chapter 3 (3.3 and 3.8 are procedures, src/practice/items.ts). */
type ExerciseId = Exclude<Extract<ScenarioId, `3-${string}`>, '3-3-get-root-certificate' | '3-8-change-pc'>;

const office = practiceAccount.officeNumber;
const w = (pc: PcSnapshot): World => pc.context.world;

export const exerciseFaults: Readonly<Record<ExerciseId, (pc: PcSnapshot) => boolean>> = {
	// The add-on cannot run: the trusted zone forbids ActiveX for the certificate service.
	'3-1-naraclientcontrol-cannot-install': (pc) =>
		!addonInstalled(w(pc)) && !activeXAllowed(w(pc), trustedSiteEntry(certServiceHttp.value)!),
	// A client certificate of the office is on the PC, and none of them is valid any more.
	'3-2-client-certificate-expired': (pc) =>
		w(pc).certificates.personal.some((c) => c.issuedTo === office) && !hasValidClientCert(w(pc), office),
	'3-5-password-locked': (pc) => isLocked(w(pc).kanagawa.accounts[office]!, w(pc).clock),
	'3-9-login-dialog-missing': (pc) => w(pc).credentials.some((c) => c.target === savedCredentialTarget.value),
	// Entries were added once, and every one has lapsed (30 days), so nothing opens in IE mode.
	'3-10-multiple-offices': (pc) => w(pc).edge.ieModePages.length > 0 && liveIeModePages(w(pc)).length === 0,
	'3-11-not-found': (pc) => activeTab(w(pc))?.page.kind === 'notFound',
	'3-14-windows11-smartscreen': (pc) => !w(pc).reputation.checkAppsAndFiles || !w(pc).reputation.edgeSmartScreen,
	'3-15-password-autosave-off': (pc) => w(pc).edge.passwords.saved.some((p) => p.site === systemHost.value),
	// Not a fault but a doubt: the list of trusted roots has not been looked at.
	'3-16-check-root-certificate': (pc) => !pc.matches({ certManager: 'trustedRoots' }),
	'3-17-ie-mode-reset': (pc) => !opensInIeMode(w(pc), certServiceHttp.value) || !opensInIeMode(w(pc), certServiceHttps.value),
	// Two valid NacaCertRequesters, the picker's default (the newest) is not the one the request was made with,
	// and that one is not chosen yet (3.18 ends when it is: selected under [その他], or in use).
	'3-18-multiple-temporary-certificates': (pc) => {
		const temps = w(pc).certificates.personal.filter((c) => isTemporaryCert(c) && isValidCert(c, w(pc).clock));
		const request = w(pc).certService.requests.find((r) => r.office === office);
		return temps.length > 1 && !!request && temps.at(-1)!.serial !== request.madeWith && !hasValidClientCert(w(pc), office) && !holds(P.is('requestCertChosen', office), pc);
	},
};

export const exerciseIds = Object.keys(exerciseFaults) as ExerciseId[];
