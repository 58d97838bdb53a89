import { describe, expect, test } from 'vitest';
import { labels } from '../../../src/facts';
import { controlFor } from '../../../src/sim/controls';
import { pcInput } from '../../../src/sim/pc';
import { newPc } from '../../../src/sim/world/start';
import type { ZoneChoice } from '../../../src/sim/world/types';

/** The view draws every control with the engine's name for it: none may be a code word. */
describe('the three choices of each セキュリティ設定 group (3.1 steps 10–13)', () => {
	const ctx = pcInput(newPc());
	const name = (value: ZoneChoice) => controlFor({ type: 'io.customLevel.set', setting: 'runActiveX', value }, ctx).target;
	test('are named in Japanese as Windows shows them, [有効にする] as the manual writes it', () => {
		expect(name('enable').name).toBe(labels.securitySettings.enable.value);
		expect(name('disable').name).toBe('無効にする');
		expect(name('prompt').name).toBe('ダイアログを表示する');
	});
	test('are radio buttons of the group named by the setting', () => {
		for (const value of ['enable', 'disable', 'prompt'] as const) {
			expect(name(value).role).toBe('radio');
			expect(name(value).within).toEqual({ role: 'group', name: labels.securitySettings.runActiveX.value });
		}
		expect(new Set((['enable', 'disable', 'prompt'] as const).map((v) => name(v).name)).size).toBe(3);
	});
});
