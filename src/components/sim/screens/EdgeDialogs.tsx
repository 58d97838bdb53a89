import * as labels from '../../../facts/labels';
import { areas } from '../../../sim/controls';
import { FAVORITES_BAR } from '../../../sim/machines/context';
import { useEnv } from '../env';
import { Btn } from '../ui';
import { Dlg, Field } from '../ui-dialog';
import { Pick } from '../ui-more';

/** Edge's own dialogs: ページの追加 (2.2.1 step 7) and the favourite just added (2.3.1 step 5). */

const E = labels.edge;

export function AddPage() {
	const { pc } = useEnv();
	return (
		<Dlg name={areas.addPage.name} esc={{ type: 'edge.addPage.cancel' }} className="sim-dialog--edge sim-fluent">
			<Field ev={(value) => ({ type: 'edge.addPage.input', value })} value={pc.context.ui.addPage} wide />
			<p className="sim-buttons">
				<Btn ev={{ type: 'edge.addPage.confirm' }} className="sim-btn sim-btn--primary" />
				<Btn ev={{ type: 'edge.addPage.cancel' }} />
			</p>
		</Dlg>
	);
}

export function AddFavorite() {
	const { pc } = useEnv();
	const folder = pc.context.ui.favoriteFolder;
	return (
		<Dlg name={E.addToFavorites.value} esc={{ type: 'edge.favorite.cancel' }} initial="select" className="sim-dialog--edge sim-fluent">
			<Pick
				ev={(value) => ({ type: 'edge.favorite.folder', folder: value })}
				value={folder}
				options={[
					[FAVORITES_BAR, FAVORITES_BAR],
					[E.otherFavorites.value, E.otherFavorites.value],
				]}
			/>
			<p className="sim-buttons">
				<Btn ev={{ type: 'edge.favorite.done' }} className="sim-btn sim-btn--primary" />
				<Btn ev={{ type: 'edge.favorite.cancel' }} />
			</p>
		</Dlg>
	);
}
