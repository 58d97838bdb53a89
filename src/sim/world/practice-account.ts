import { aa041SampleOfficeNumber, practiceOfficeNumber } from '../../facts/ids';

/**
 * The practice accounts, in one place, shown to the learner beside every form (DESIGN.md
 * "Safe to practise"). The office numbers are the manual's own samples; the passwords are ours,
 * obviously made up, and follow the letters' layout (証明書発行用: 4 大文字・5 小文字・5 数字;
 * 仮パスワード: 4 大文字・4 小文字・4 数字). The new password satisfies the policy of 2.3.1.
 * Nothing a learner types is kept beyond the simulation: saved progress refers to these by
 * reference, and replaces any other password by a stand-in (src/sim/progress.ts).
 */
export interface PracticeAccount {
	/** 事業所番号 = ユーザID = 証明書発行用 ID (3.6, 3.7). */
	readonly officeNumber: string;
	/** 証明書発行用パスワード (the certificate letter of 2.2.2). */
	readonly certPassword: string;
	/** 仮パスワード (the login letter of 2.3.1). */
	readonly temporaryPassword: string;
	/** 本パスワード the learner sets in 2.3.1 step 10. */
	readonly newPassword: string;
}

/** The office of the letters and the portal (1419000001). */
export const practiceAccount: PracticeAccount = {
	officeNumber: practiceOfficeNumber.value,
	certPassword: 'TESTrensh00001',
	temporaryPassword: 'KARIrens0001',
	newPassword: 'Renshu-2025',
};

/** A second office for 3.10 (one PC, several offices): the manual's AA041 sample number. */
export const secondPracticeAccount: PracticeAccount = {
	officeNumber: aa041SampleOfficeNumber.value,
	certPassword: 'TESTrensh00002',
	temporaryPassword: 'KARIrens0002',
	newPassword: 'Renshu-2025b',
};

export const practiceAccounts: readonly PracticeAccount[] = [practiceAccount, secondPracticeAccount];

/** Every practice password: the only typed secrets a saved progress may contain. */
export const practicePasswords: ReadonlySet<string> = new Set(
	practiceAccounts.flatMap((a) => [a.certPassword, a.temporaryPassword, a.newPassword]),
);
