import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { buildSidebar } from './src/sidebar';
import contentSecurityPolicy from './src/integrations/csp';
import { clientFacts } from './src/integrations/client-facts';
import { islandChunks } from './src/integrations/island-chunks';
import { xstateWithoutDevtools } from './src/integrations/xstate-without-devtools';
import relaxedSearchBundle from './src/integrations/relaxed-search';
import { pagefindRanking } from './src/search/pagefind-options';

export default defineConfig({
	// Overridable so that several builds (parallel work, the benchmark's baseline) do not share dist/.
	outDir: process.env.DIST_DIR ?? './dist',
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	// Pages are addressed by their slug with a trailing slash, as the short links are.
	trailingSlash: 'always',
	// The manual's labels are quoted exactly ([...], "Login - LDAP"): no typographic quotes or ellipses.
	vite: {
		// Browser bundles carry a fact's value only, not its sections and evidence (src/integrations/client-facts.ts).
		// Islands in a few well-compressed chunks (src/integrations/island-chunks.ts), without XState's devtools adapter.
		plugins: [clientFacts(), islandChunks(), xstateWithoutDevtools()],
		...(process.env.SOURCEMAP ? { build: { sourcemap: true } } : {}),
		resolve: {
			// Starlight's search box, built with our query normalisation (src/search/pagefind-ui.ts).
			alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/search/pagefind-ui.ts', import.meta.url)) }],
		},
	},
	markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
	integrations: [
		starlight({
			title: 'かながわシステム 環境設定 練習サイト',
			description:
				'かながわシステム 環境設定マニュアル（事業所向け）の全節を、読んで・見て・練習できるサイト。',
			defaultLocale: 'root',
			locales: { root: { label: '日本語', lang: 'ja' } },
			sidebar: buildSidebar(),
			customCss: ['./src/styles/site.css'],
			components: {
				Footer: './src/components/overrides/Footer.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				PageFrame: './src/components/overrides/PageFrame.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				// Site data blocked: Starlight's theme scripts read localStorage outside try (issue 17).
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
			},
			// Pages with a simulation drop the table of contents: the practice screen takes the width (issue 14).
			routeMiddleware: './src/route-data.ts',
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: true, errorOnInvalidHashes: true })],
			lastUpdated: false,
			pagefind: { ranking: pagefindRanking },
			pagination: true,
		}),
		react(),
		relaxedSearchBundle(),
		// Last, so that it hashes the final HTML (after Starlight and Pagefind are done with it).
		contentSecurityPolicy(),
	],
});
