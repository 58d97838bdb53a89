import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// One worker per core: vitest's default leaves one core free (a single worker on CI's two).
		maxWorkers: availableParallelism(),
	},
});
