import fc from 'fast-check';
import { expect, test } from 'vitest';
import { passwordSymbols } from '../../../src/facts';
import { checkPassword } from '../../../src/tools/password-check';
import { meetsPasswordPolicy } from '../../../src/sim/world/password-policy';
import { practiceAccounts } from '../../../src/sim/world/practice-account';

const alphabet = ['A', 'z', 'Q', 'b', '0', '9', ...passwordSymbols.value, '\\', "'", '`', 'Ａ', 'あ', '\t', 'é'];

test('the AA041 screen and the password checker give the same verdict on any password', () => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 34 }), (chars) => {
			const pw = chars.join('');
			expect(meetsPasswordPolicy(pw)).toBe(checkPassword(pw).ok);
		}),
		{ numRuns: 3000 },
	);
});

test('the practice new passwords satisfy the policy; the letters’ temporary ones are only 3 kinds too', () => {
	for (const a of practiceAccounts) {
		expect(meetsPasswordPolicy(a.newPassword)).toBe(true);
		expect(meetsPasswordPolicy(a.temporaryPassword)).toBe(true);
	}
	expect(meetsPasswordPolicy('abcdefgh')).toBe(false);
	expect(meetsPasswordPolicy('Abc1234')).toBe(false);
});
