import { canPc, startPc, stepPc, type PcSnapshot } from './pc';
import { readFile, writeFile } from 'node:fs/promises';
import { isScenarioId, scenarioIds } from './scenarios/catalog';
import { compileScenario, loadAllScenarioSources, loadScenarioSource } from './scenarios/sources';
import { goalReached } from './scenarios/play';
import { holds } from './scenarios/predicates';
import type { Scenario } from './scenarios/types';
import { openDialogs } from './screens';
import { diff } from './world/diff';

/**
 * npm run sim -- list          every scenario: id, section, number of steps, title
 * npm run sim -- check         plays every scenario's own steps; exit 1 if a goal is not reached
 *                              (or if a compiled data/<id>.json is out of date)
 * npm run sim -- play <id>     the prelude and each step, and what it changed in the world and on screen
 * npm run sim -- build         compiles every scenario into data/<id>.json (what pages load)
 */

const dataFile = (id: string) => new URL(`./scenarios/data/${id}.json`, import.meta.url);

async function compiledIsCurrent(s: Scenario): Promise<boolean> {
	try {
		return (await readFile(dataFile(s.id), 'utf8')) === compileScenario(s);
	} catch {
		return false;
	}
}

interface Run {
	readonly reached: boolean;
	readonly problems: string[];
}

function run(scenario: Scenario): Run {
	let pc = startPc(scenario.start);
	const problems: string[] = [];
	for (const event of scenario.prelude ?? []) {
		if (!canPc(pc, event)) problems.push(`prelude: the PC cannot take ${JSON.stringify(event)}`);
		pc = stepPc(pc, event);
	}
	if (goalReached(scenario, pc)) problems.push('the goal already holds where the lesson opens');
	scenario.steps.forEach((step, i) => {
		const where = `#${i + 1} ${step.section}${step.anchor ? `#${step.anchor}` : ''}`;
		if (step.kind === 'action') {
			if (!canPc(pc, step.event)) problems.push(`${where} the PC cannot take ${step.event.type}: ${step.text}`);
			pc = stepPc(pc, step.event);
		} else if (!holds(step.when, pc)) {
			problems.push(`${where} not as the step says: ${step.text}`);
		}
	});
	return { reached: goalReached(scenario, pc), problems };
}

function list(scenarios: readonly Scenario[]): void {
	for (const s of scenarios) console.log(`${s.id.padEnd(40)} ${String(s.section).padEnd(9)} ${String(s.steps.length).padStart(4)} steps  ${s.title}`);
}

async function check(scenarios: readonly Scenario[]): Promise<number> {
	let failed = 0;
	for (const s of scenarios) {
		const r = run(s);
		if (!(await compiledIsCurrent(s))) r.problems.push(`data/${s.id}.json is out of date: npm run sim -- build`);
		const ok = r.reached && r.problems.length === 0;
		if (!ok) failed++;
		console.log(`${ok ? 'reached    ' : 'NOT REACHED'} ${s.id} (${s.section}, ${s.steps.length} steps)`);
		for (const p of r.problems) console.log(`    ${p}`);
	}
	console.log(`\n${scenarios.length - failed} of ${scenarios.length} scenarios reach their goal.`);
	return failed === 0 ? 0 : 1;
}

/** What an event changed: on screen, in the world, in the open dialogs' scratch state. */
function changes(before: PcSnapshot, after: PcSnapshot): string[] {
	return [
		...diff(openDialogs(before), openDialogs(after), 'screen'),
		...diff(before.context.world, after.context.world, 'world'),
		...diff(before.context.ui, after.context.ui, 'ui'),
	];
}

function play(scenario: Scenario): number {
	console.log(`${scenario.title} (${scenario.section}) — ${scenario.goal.text}\n`);
	let pc = startPc(scenario.start);
	if (scenario.prelude?.length) {
		console.log('Prelude (before the lesson opens; not steps):');
		for (const event of scenario.prelude) {
			const before = pc;
			console.log(`     ${JSON.stringify(event)}${canPc(pc, event) ? '' : ' (the PC cannot take this event now)'}`);
			pc = stepPc(pc, event);
			for (const c of changes(before, pc)) console.log(`       ${c}`);
		}
		console.log('');
	}
	scenario.steps.forEach((step, i) => {
		const where = `${step.section}${step.anchor ? ` #${step.anchor}` : ''}`;
		const t = step.target;
		const target = `${t.role} 「${t.name}」${t.nth !== undefined ? ` (nth ${t.nth})` : ''}${t.within ? ` in ${t.within.role} 「${t.within.name}」` : ''}`;
		console.log(`${String(i + 1).padStart(3)}. [${where}] ${step.text}`);
		if (step.kind === 'check') {
			console.log(`     see ${target}: ${holds(step.when, pc) ? 'as the step says' : 'NOT as the step says'}`);
			return;
		}
		console.log(`     ${step.do} ${target}${step.value !== undefined ? ` ← ${JSON.stringify(step.value)}` : ''} → ${JSON.stringify(step.event)}`);
		const before = pc;
		if (!canPc(pc, step.event)) console.log('     (the PC cannot take this event now)');
		pc = stepPc(pc, step.event);
		for (const c of changes(before, pc)) console.log(`       ${c}`);
	});
	const reached = goalReached(scenario, pc);
	console.log(`\n${reached ? 'Goal reached' : 'Goal NOT reached'}: ${scenario.goal.text}`);
	return reached ? 0 : 1;
}

async function main(args: readonly string[]): Promise<number> {
	const [command, id] = args;
	if (command === 'list') {
		list(await loadAllScenarioSources());
		return 0;
	}
	if (command === 'check') return check(await loadAllScenarioSources());
	if (command === 'build') {
		for (const s of await loadAllScenarioSources()) await writeFile(dataFile(s.id), compileScenario(s));
		console.log(`Compiled ${scenarioIds.length} scenarios into src/sim/scenarios/data/.`);
		return 0;
	}
	if (command === 'play') {
		if (!isScenarioId(id)) {
			console.error(`Unknown scenario ${id ?? '(none)'}. One of:\n  ${scenarioIds.join('\n  ')}`);
			return 2;
		}
		return play(await loadScenarioSource(id));
	}
	console.error('Usage: npm run sim -- list | check | play <id> | build');
	return 2;
}

process.exitCode = await main(process.argv.slice(2));
