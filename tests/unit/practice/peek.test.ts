import { describe, expect, test } from 'vitest';
import { RECORD_KEY, recordNeededAtStart } from '../../../src/practice/peek';
import { emptyRecord, recordStep, serializeRecord, type SavedProgressData } from '../../../src/practice/record';

/**
 * What a simulation island decides as it starts: read the training record now (progress to
 * resume, or a record or storage the learner must hear about), or only once they make progress.
 */
const storageWith = (text: string | null) => () => ({ getItem: (key: string) => (key === RECORD_KEY ? text : null) });
const progress = { v: 2, scenario: '2-2-1-ie-mode', mode: 'practice', log: [], index: 3, steps: [], wrong: 0, hint: 0, elapsedMs: 0 } as unknown as SavedProgressData;

describe('does a lesson need the training record as it starts?', () => {
	test('no record yet: no (a first visit loads nothing of it)', () => {
		expect(recordNeededAtStart('2-2-1-ie-mode', storageWith(null))).toBe(false);
	});

	test('a record with progress for this lesson: yes, to resume it', () => {
		const text = serializeRecord(recordStep(emptyRecord(), '2-2-1-ie-mode', progress, '2026-11-28T00:00:00.000Z'));
		expect(recordNeededAtStart('2-2-1-ie-mode', storageWith(text))).toBe(true);
	});

	test('a record with progress for other lessons only: no', () => {
		const text = serializeRecord(recordStep(emptyRecord(), '3-9-login-dialog-missing', progress, '2026-11-28T00:00:00.000Z'));
		expect(recordNeededAtStart('2-2-1-ie-mode', storageWith(text))).toBe(false);
	});

	test.each([
		['text that is not JSON', '{not json'],
		['JSON without lessons', '"a string"'],
		['null', 'null'],
	])('a record that cannot be used (%s): yes, so that its reset is said on the page', (_, text) => {
		expect(recordNeededAtStart('2-2-1-ie-mode', storageWith(text))).toBe(true);
	});

	test('storage switched off (no storage, or one that throws): yes, so that the page says progress is not kept', () => {
		expect(recordNeededAtStart('2-2-1-ie-mode', () => null)).toBe(true);
		expect(
			recordNeededAtStart('2-2-1-ie-mode', () => {
				throw new DOMException('blocked', 'SecurityError');
			}),
		).toBe(true);
	});
});

describe('is a record stored at all? (read soon after the start, so a record with a problem is said on every page)', () => {
	test('yes when anything is stored, no when nothing is, or the storage throws (that case is read at the start)', async () => {
		const { recordStored } = await import('../../../src/practice/peek');
		expect(recordStored(storageWith('{"version":1,"lessons":{"journey":{"status":42}}}'))).toBe(true);
		expect(recordStored(storageWith(null))).toBe(false);
		expect(
			recordStored(() => {
				throw new DOMException('blocked', 'SecurityError');
			}),
		).toBe(false);
	});
});
