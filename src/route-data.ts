import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { hasSimulation } from './lib/has-simulation';

/**
 * Pages with a simulation give it the whole content width (issue 14): no table-of-contents column
 * (on those pages it listed only 「概要」 and squeezed the practice screen to ~695 px at 1366×768).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (hasSimulation(route.entry.body)) route.toc = undefined;
});
