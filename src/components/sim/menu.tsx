import type { ReactNode } from 'react';
import type { PcEvent } from '../../sim/machines/events';
import { useControl } from './env';
import { Here } from './ui';

/** An item of a menu. */
export function MenuItem({ ev, icon }: { ev: PcEvent; icon?: ReactNode }) {
	const c = useControl(ev);
	return (
		<>
			<button type="button" role="menuitem" className="sim-menuitem" data-here={c.marked || undefined} onClick={c.send}>
				{icon}
				{c.name}
			</button>
			<Here on={c.marked} />
		</>
	);
}
