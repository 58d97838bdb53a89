import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { MANUAL_PATH, SHARED_MANUAL_PATH } from './manual-text';

/** The repository's copy of the manual is the shared seed, byte for byte (where the seed is present). */
test.runIf(existsSync(SHARED_MANUAL_PATH))('the manual copied into tests/manual/ is the shared seed', () => {
	expect(readFileSync(MANUAL_PATH, 'utf8')).toBe(readFileSync(SHARED_MANUAL_PATH, 'utf8'));
});
