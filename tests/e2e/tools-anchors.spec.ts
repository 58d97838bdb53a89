import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { DIST } from './site';
import { messages } from '../../src/data/messages';
import { urlPurposes, urlSteps } from '../../src/tools/url-steps';
import { deadlineDefs } from '../../src/tools/deadlines';
import { refHref, type SectionRef } from '../../src/tools/links';

/**
 * The tools answer with links to sections and steps that only exist once a user acts (React
 * renders them), so the build's link check never sees them: every one is checked here against
 * the built pages.
 */
const refs: Array<[string, SectionRef]> = [
	...messages.flatMap((m) => m.sections.map((r) => [`message ${m.id}`, r] as [string, SectionRef])),
	...urlSteps.map((s) => [`URL step ${s.id}`, s.ref] as [string, SectionRef]),
	...urlPurposes.flatMap((p) => [...p.typedIn, ...p.addedIn].map((r) => [`URL ${p.key}`, r] as [string, SectionRef])),
	...deadlineDefs.flatMap((d) => [...d.before.refs, ...d.after.refs].map((r) => [`deadline ${d.kind}`, r] as [string, SectionRef])),
];

test('every section and step anchor the tools link to exists in the built site', () => {
	const missing: string[] = [];
	for (const [who, ref] of refs) {
		const href = refHref(ref);
		const [path, hash] = href.split('#');
		const file = join(DIST, path!, 'index.html');
		if (!existsSync(file)) {
			missing.push(`${who}: ${href} (no page)`);
			continue;
		}
		if (hash && !readFileSync(file, 'utf8').includes(` id="${hash}"`)) missing.push(`${who}: ${href} (no anchor)`);
	}
	expect(missing).toEqual([]);
});
