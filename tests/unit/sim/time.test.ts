import { describe, expect, test } from 'vitest';
import {
	certServiceHttp,
	lockoutMinutes,
	passwordLocked,
	passwordValidityDays,
	sampleIeModePageDates,
	sampleTemporaryCertValidity,
	systemLogin,
	temporaryClientCertValidityDays,
	temporaryPasswordValidityDays,
} from '../../../src/facts';
import { certSession } from '../../../src/sim/machines/web';
import { openDialogs } from '../../../src/sim/screens';
import {
	hasValidClientCert,
	ieModePageExpires,
	liveIeModePages,
	opensInIeMode,
	periods,
	pickerCandidates,
	requestCounts,
	rootInstalled,
} from '../../../src/sim/world/derive';
import { accountLocked, edgeOnSystem } from '../../../src/sim/world/faults';
import { practiceAccount as A } from '../../../src/sim/world/practice-account';
import {
	addonInstalled,
	build,
	certificatesReady,
	clientCertRequested,
	edgeOpen,
	ieModeSetUp,
	newPc,
	passwordChanged,
	readyPc,
	rootCertInstalled,
	temporaryCertInstalled,
} from '../../../src/sim/world/start';
import { addMinutes, endOf, fromScreenDate, screenDate } from '../../../src/sim/world/time';
import type { World } from '../../../src/sim/world/types';
import { play, tab } from './helpers';

/** The world at a moment: one minute before, or exactly at, a boundary. */
const at = (w: World, clock: string): World => ({ ...w, clock });
const justBefore = (t: string) => addMinutes(t, -1);

describe('the validity rule, from the manual’s own samples', () => {
	test('a temporary certificate issued 2023/03/20 shows 有効期間 2023/03/20 から 2023/03/30', () => {
		const from = fromScreenDate(sampleTemporaryCertValidity.value.from, '10:00');
		expect(screenDate(endOf(from, periods.temporaryCert))).toBe(sampleTemporaryCertValidity.value.to);
	});

	test('an IE-mode page added 2023/10/17 shows 有効期限 2023/11/16', () => {
		const added = fromScreenDate(sampleIeModePageDates.value.added, '09:00');
		expect(screenDate(ieModePageExpires({ url: certServiceHttp.value, added }))).toBe(sampleIeModePageDates.value.expires);
	});
});

describe(`the temporary certificate: ${temporaryClientCertValidityDays.value} days`, () => {
	const w = build(newPc(), ieModeSetUp, addonInstalled, rootCertInstalled, temporaryCertInstalled);
	const cert = w.certificates.personal[0]!;

	test('is offered by the picker until the minute before it ends, and no longer at its end', () => {
		expect(cert.to).toBe(endOf(cert.from, { days: 10 }));
		expect(pickerCandidates(at(w, justBefore(cert.to))).map((c) => c.serial)).toEqual([cert.serial]);
		expect(pickerCandidates(at(w, cert.to))).toEqual([]);
	});

	test('after it ends, the certificate service asks for no certificate: straight to the login dialog (2.2.4 3(1) 補足)', () => {
		const before = play(build(at(w, justBefore(cert.to)), edgeOpen), [{ type: 'edge.navigate', url: 'https://cert.independence-support-kanagawa.jp/certsrv/' }]);
		expect(openDialogs(before).windowsSecurity).toBe('picker.collapsed');
		const after = play(build(at(w, cert.to), edgeOpen), [{ type: 'edge.navigate', url: 'https://cert.independence-support-kanagawa.jp/certsrv/' }]);
		expect(openDialogs(after).windowsSecurity).toBe('basicAuth');
	});
});

describe('approval of a client-certificate request: 保留中 until the moment it is approved', () => {
	const w = build(newPc(), ieModeSetUp, addonInstalled, rootCertInstalled, temporaryCertInstalled, clientCertRequested(A.officeNumber));
	const request = w.certService.requests[0]!;

	test('one minute before: 保留中 1件, 発行済み 0件; at the moment: 発行済み 1件', () => {
		expect(requestCounts(at(w, justBefore(request.approvesAt)), A.officeNumber, request.madeWith)).toEqual({ pending: 1, issued: 0 });
		expect(requestCounts(at(w, request.approvesAt), A.officeNumber, request.madeWith)).toEqual({ pending: 0, issued: 1 });
	});
});

describe(`IE-mode pages: ${periods.ieModePage.days} days`, () => {
	const w = build(newPc(), ieModeSetUp, edgeOpen);
	const expires = ieModePageExpires(w.edge.ieModePages[0]!);

	test('listed and opening in IE mode until the minute before the end, gone at the end', () => {
		expect(liveIeModePages(at(w, justBefore(expires)))).toHaveLength(2);
		expect(opensInIeMode(at(w, justBefore(expires)), certServiceHttp.value)).toBe(true);
		expect(liveIeModePages(at(w, expires))).toHaveLength(0);
		expect(opensInIeMode(at(w, expires), certServiceHttp.value)).toBe(false);
	});

	test('the banner shows on the certificate service the minute before, and not at the end', () => {
		const go = [{ type: 'edge.navigate', url: certServiceHttp.value }] as const;
		expect(tab(play(at(w, justBefore(expires)), go))?.ieMode).toBe(true);
		expect(tab(play(at(w, expires), go))?.ieMode).toBe(false);
	});
});

describe(`the lockout: 3 failures, ${lockoutMinutes.value} minutes (3.5)`, () => {
	const onLogin = build(readyPc(), edgeOnSystem(systemLogin.value, 'login'));
	const loginWith = (password: string) =>
		[
			{ type: 'ks.input', field: 'user', value: A.officeNumber },
			{ type: 'ks.input', field: 'password', value: password },
			{ type: 'ks.login' },
		] as const;

	test(`three wrong passwords in a row lock the account with 「${passwordLocked.value}」`, () => {
		const pc = play(onLogin, [...loginWith('wrong-1'), ...loginWith('wrong-2'), ...loginWith('wrong-3')]);
		const account = pc.context.world.kanagawa.accounts[A.officeNumber]!;
		expect(account.lockedUntil).toBe(endOf(onLogin.clock, periods.lockout));
		expect(pc.context.ui.ks.error).toBe('locked');
	});

	test('two wrong passwords do not lock it; the right one then logs in', () => {
		const pc = play(onLogin, [...loginWith('wrong-1'), ...loginWith('wrong-2'), ...loginWith(A.newPassword)]);
		expect(tab(pc)?.page).toEqual({ kind: 'kanagawa', screen: 'portal' });
	});

	test('the right password is refused the minute before the lock ends, accepted at its end', () => {
		const locked = build(onLogin, accountLocked(A));
		const until = locked.kanagawa.accounts[A.officeNumber]!.lockedUntil!;
		const early = play(at(locked, justBefore(until)), loginWith(A.newPassword));
		expect(early.context.ui.ks.error).toBe('locked');
		expect(tab(early)?.page).toEqual({ kind: 'kanagawa', screen: 'login' });
		const onTime = play(at(locked, until), loginWith(A.newPassword));
		expect(tab(onTime)?.page).toEqual({ kind: 'kanagawa', screen: 'portal' });
	});

	test('time moves only when told: 30 minutes later by the clock control', () => {
		const locked = build(onLogin, accountLocked(A));
		const pc = play(locked, [{ type: 'clock.advance', minutes: lockoutMinutes.value }, ...loginWith(A.newPassword)]);
		expect(tab(pc)?.page).toEqual({ kind: 'kanagawa', screen: 'portal' });
	});
});

describe(`passwords: ${temporaryPasswordValidityDays.value} days from issue, ${passwordValidityDays.value} days from change`, () => {
	const ready = build(newPc(), ...certificatesReady());
	const onLogin = (w: World) => build(w, edgeOnSystem(systemLogin.value, 'login'));
	const loginWith = (password: string) =>
		[
			{ type: 'ks.input', field: 'user', value: A.officeNumber },
			{ type: 'ks.input', field: 'password', value: password },
			{ type: 'ks.login' },
		] as const;

	test('the temporary password leads to AA041 until the minute before it lapses; at 180 days it is refused', () => {
		const account = ready.kanagawa.accounts[A.officeNumber]!;
		const end = endOf(account.password.kind === 'temporary' ? account.password.issuedAt : '', periods.temporaryPassword);
		expect(tab(play(onLogin(at(ready, justBefore(end))), loginWith(A.temporaryPassword)))?.page).toEqual({ kind: 'kanagawa', screen: 'aa041' });
		const late = play(onLogin(at(ready, end)), loginWith(A.temporaryPassword));
		expect(tab(late)?.page).toEqual({ kind: 'kanagawa', screen: 'login' });
		expect(late.context.ui.ks.error).toBe('temporaryExpired');
	});

	test('the real password opens the portal until the minute before 180 days; then AA041 asks for a new one', () => {
		const changed = build(ready, passwordChanged(A));
		const end = endOf(changed.clock, periods.password);
		expect(tab(play(onLogin(at(changed, justBefore(end))), loginWith(A.newPassword)))?.page).toEqual({ kind: 'kanagawa', screen: 'portal' });
		expect(tab(play(onLogin(at(changed, end)), loginWith(A.newPassword)))?.page).toEqual({ kind: 'kanagawa', screen: 'aa041' });
	});
});

describe('the client certificate: 3 years; the root certificate: 10 years', () => {
	const ready = readyPc();
	const office = ready.certificates.personal.find((c) => c.issuedTo === A.officeNumber)!;
	const root = ready.certificates.trustedRoots[0]!;

	test('the client certificate is valid the minute before its third anniversary, not at it', () => {
		expect(office.to).toBe(endOf(office.from, { years: 3 }));
		expect(hasValidClientCert(at(ready, justBefore(office.to)), A.officeNumber)).toBe(true);
		expect(hasValidClientCert(at(ready, office.to), A.officeNumber)).toBe(false);
	});

	test('with it expired, the system shows the certificate error of 3.2 instead of the login screen', () => {
		const go = [{ type: 'edge.navigate', url: systemLogin.value }] as const;
		const before = play(build(at(ready, justBefore(office.to)), edgeOpen), go);
		expect(openDialogs(before).windowsSecurity).toBe('picker.expanded');
		const after = play(build(at(ready, office.to), edgeOpen), go);
		expect(openDialogs(after).windowsSecurity).toBeNull();
		expect(tab(after)?.page).toEqual({ kind: 'certError' });
	});

	test('the root certificate counts as installed until its tenth anniversary', () => {
		expect(root.to).toBe(endOf(root.from, { years: 10 }));
		expect(rootInstalled(at(ready, justBefore(root.to)))).toBe(true);
		expect(rootInstalled(at(ready, root.to))).toBe(false);
	});
});

test('certSession is only known on the certificate service', () => {
	expect(certSession(readyPc())).toBeNull();
});
