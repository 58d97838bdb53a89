import { canPc, startPc, stepPc } from './pc';
import { isScenarioId, loadAllScenarios, loadScenario, scenarioIds } from './scenarios/catalog';
import type { Scenario } from './scenarios/types';
import { openDialogs } from './screens';
import { diff } from './world/diff';

/**
 * npm run sim -- list          every scenario: id, section, number of steps, title
 * npm run sim -- check         plays every scenario's own steps; exit 1 if a goal is not reached
 * npm run sim -- play <id>     each step, and what it changed in the world and on screen
 */

interface Run {
	readonly reached: boolean;
	readonly problems: string[];
}

function run(scenario: Scenario): Run {
	let pc = startPc(scenario.start);
	const problems: string[] = [];
	scenario.steps.forEach((step, i) => {
		const where = `#${i + 1} ${step.section}${step.anchor ? `#${step.anchor}` : ''}`;
		if (step.kind === 'action') {
			if (!canPc(pc, step.event)) problems.push(`${where} the PC cannot take ${step.event.type}: ${step.text}`);
			pc = stepPc(pc, step.event);
		} else if (!step.holds(pc)) {
			problems.push(`${where} not as the step says: ${step.text}`);
		}
	});
	return { reached: scenario.goal.reached(pc), problems };
}

function list(scenarios: readonly Scenario[]): void {
	for (const s of scenarios) console.log(`${s.id.padEnd(40)} ${String(s.section).padEnd(9)} ${String(s.steps.length).padStart(4)} steps  ${s.title}`);
}

function check(scenarios: readonly Scenario[]): number {
	let failed = 0;
	for (const s of scenarios) {
		const r = run(s);
		const ok = r.reached && r.problems.length === 0;
		if (!ok) failed++;
		console.log(`${ok ? 'reached    ' : 'NOT REACHED'} ${s.id} (${s.section}, ${s.steps.length} steps)`);
		for (const p of r.problems) console.log(`    ${p}`);
	}
	console.log(`\n${scenarios.length - failed} of ${scenarios.length} scenarios reach their goal.`);
	return failed === 0 ? 0 : 1;
}

function play(scenario: Scenario): number {
	console.log(`${scenario.title} (${scenario.section}) — ${scenario.goal.text}\n`);
	let pc = startPc(scenario.start);
	scenario.steps.forEach((step, i) => {
		const where = `${step.section}${step.anchor ? ` #${step.anchor}` : ''}`;
		const t = step.target;
		const target = `${t.role} 「${t.name}」${t.nth !== undefined ? ` (nth ${t.nth})` : ''}${t.within ? ` in ${t.within.role} 「${t.within.name}」` : ''}`;
		console.log(`${String(i + 1).padStart(3)}. [${where}] ${step.text}`);
		if (step.kind === 'check') {
			console.log(`     see ${target}: ${step.holds(pc) ? 'as the step says' : 'NOT as the step says'}`);
			return;
		}
		console.log(`     ${step.do} ${target}${step.value !== undefined ? ` ← ${JSON.stringify(step.value)}` : ''} → ${JSON.stringify(step.event)}`);
		const before = pc;
		if (!canPc(pc, step.event)) console.log('     (the PC cannot take this event now)');
		pc = stepPc(pc, step.event);
		const changes = [
			...diff(openDialogs(before), openDialogs(pc), 'screen'),
			...diff(before.context.world, pc.context.world, 'world'),
			...diff(before.context.ui, pc.context.ui, 'ui'),
		];
		for (const c of changes) console.log(`       ${c}`);
	});
	const reached = scenario.goal.reached(pc);
	console.log(`\n${reached ? 'Goal reached' : 'Goal NOT reached'}: ${scenario.goal.text}`);
	return reached ? 0 : 1;
}

async function main(args: readonly string[]): Promise<number> {
	const [command, id] = args;
	if (command === 'list') {
		list(await loadAllScenarios());
		return 0;
	}
	if (command === 'check') return check(await loadAllScenarios());
	if (command === 'play') {
		if (!isScenarioId(id)) {
			console.error(`Unknown scenario ${id ?? '(none)'}. One of:\n  ${scenarioIds.join('\n  ')}`);
			return 2;
		}
		return play(await loadScenario(id));
	}
	console.error('Usage: npm run sim -- list | check | play <id>');
	return 2;
}

process.exitCode = await main(process.argv.slice(2));
