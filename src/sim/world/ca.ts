import { caName } from '../../facts/certificates';
import { periods } from './derive';
import { addDays, endOf, type IsoDateTime, type Period } from './time';
import type { CertRequest, World } from './types';

/**
 * What the certificate authority (KANAGAWA KOKUHOREN CA) does to the world: issue a certificate
 * into the PC's personal store, take a client-certificate request (approved `approvalDays`
 * later: 「数日」), install its root certificate. Shared by the machines and the starting worlds.
 */

export function issueCert(w: World, issuedTo: string, from: IsoDateTime, period: Period): World {
	const cert = { serial: w.certService.nextSerial, issuedTo, issuer: caName.value, from, to: endOf(from, period) };
	return {
		...w,
		certificates: { ...w.certificates, personal: [...w.certificates.personal, cert] },
		certService: { ...w.certService, nextSerial: w.certService.nextSerial + 1 },
	};
}

export function addRequest(w: World, office: string, madeWith: number): World {
	const id = w.certService.requests.reduce((max, r) => Math.max(max, r.id), 0) + 1;
	const request: CertRequest = { id, office, madeWith, requestedAt: w.clock, approvesAt: addDays(w.clock, w.certService.approvalDays) };
	return { ...w, certService: { ...w.certService, requests: [...w.certService.requests, request] } };
}

/**
 * The client certificate a request produced: valid 3 years from its approval (発行日).
 * Installing the same certificate again changes nothing (a certificate store keeps one copy).
 */
export function installClientCert(w: World, request: CertRequest): World {
	const present = w.certificates.personal.some((c) => c.issuedTo === request.office && c.from === request.approvesAt);
	return present ? w : issueCert(w, request.office, request.approvesAt, periods.clientCert);
}

export function installRootCert(w: World): World {
	const from = w.certService.caFrom;
	if (w.certificates.trustedRoots.some((r) => r.issuedTo === caName.value && r.from === from)) return w;
	return {
		...w,
		certificates: {
			...w.certificates,
			trustedRoots: [...w.certificates.trustedRoots, { issuedTo: caName.value, issuer: caName.value, from, to: endOf(from, periods.rootCert) }],
		},
	};
}
