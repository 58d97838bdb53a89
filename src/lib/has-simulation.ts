/** Whether a page's MDX source places a practice simulation (`<Simulation … />`, src/components/sim/Simulation.astro). */
export function hasSimulation(body: string | undefined): boolean {
	return /<Simulation[\s/>]/u.test(body ?? '');
}
