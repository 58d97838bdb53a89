import { canPc, startPc, stepPc } from './pc';
import type { Scenario } from './scenarios/types';
const ids = process.argv.slice(2);
for (const id of ids) {
  const sc: Scenario = (await import(`./scenarios/${id}.ts`)).default;
  let pc = startPc(sc.start); let bad = 0;
  sc.steps.forEach((st, i) => {
    if (st.kind === 'action') { if (!canPc(pc, st.event)) { bad++; console.log(`  ${id} #${i} ILLEGAL`, st.text, JSON.stringify(st.event), JSON.stringify(pc.value)); } pc = stepPc(pc, st.event); }
    else if (!st.holds(pc)) { bad++; console.log(`  ${id} #${i} CHECK FAILS`, st.text); }
  });
  console.log(id, sc.steps.length, 'steps', sc.goal.reached(pc) ? 'GOAL' : 'no goal', bad ? `${bad} bad` : '');
}
