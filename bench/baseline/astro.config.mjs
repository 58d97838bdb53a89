// A bare Starlight site from the same Starlight version as ours: the baseline that the budget
// tests and `npm run bench` compare our pages with. Same locale, same built-in features.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	outDir: process.env.BASELINE_DIST ?? './dist',
	cacheDir: process.env.BASELINE_CACHE ?? './node_modules/.astro',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'Baseline',
			defaultLocale: 'root',
			locales: { root: { label: '日本語', lang: 'ja' } },
		}),
	],
});
