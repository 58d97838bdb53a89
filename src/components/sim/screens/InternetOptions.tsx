import * as labels from '../../../facts/labels';
import { areas, ownWords } from '../../../sim/controls';
import type { AdvancedOption, ZoneChoice, ZoneName, ZoneSetting } from '../../../sim/world/types';
import { useEnv } from '../env';
import { Btn, Note } from '../ui';
import { Dlg, Field, ListBox } from '../ui-dialog';
import { Check, Radio } from '../ui-more';
import { Tabs } from '../ui-tabs';

/**
 * インターネットのプロパティ (Internet Options, 2.2.1 step 8, 3.1, 3.17): the tabs 全般 /
 * セキュリティ / 詳細設定, the zones, [サイト(S)] and [レベルのカスタマイズ], the 詳細設定 boxes,
 * [OK] / [キャンセル] / [適用]; with its two sub-dialogs, 信頼済みサイト and セキュリティ設定.
 */

const IO = labels.internetOptions;
const TS = labels.trustedSitesDialog;
const SS = labels.securitySettings;

/** The tab a state of the dialog shows (a sub-dialog sits over the セキュリティ tab). */
function tabOf(state: string): 'general' | 'security' | 'advanced' {
	if (state === 'open.general') return 'general';
	if (state === 'open.advanced') return 'advanced';
	return 'security';
}

const zones: readonly ZoneName[] = ['internet', 'trusted'];
const advanced: readonly AdvancedOption[] = ['smartScreen', 'downloadNotify', 'enhancedProtectedMode'];

export function InternetOptions({ state }: { state: string }) {
	const { pc } = useEnv();
	const ui = pc.context.ui.io;
	const tab = tabOf(state);
	return (
		<Dlg name={areas.internetOptions.name} esc={{ type: 'io.cancel' }} className="sim-dialog--io">
			<Tabs
				label={areas.internetOptions.name}
				choices={[
					{ key: 'general', ev: null, text: '全般', selected: tab === 'general' },
					{ key: 'security', ev: { type: 'io.tab', tab: 'security' }, selected: tab === 'security' },
					{ key: 'advanced', ev: { type: 'io.tab', tab: 'advanced' }, selected: tab === 'advanced' },
				]}
			/>
			<div className="sim-tabpanel">
				{tab === 'general' ? <Note>この練習では [{IO.securityTab.value}] と [{IO.advancedTab.value}] のタブを使います。</Note> : null}
				{tab === 'security' ? (
					<>
						<p>セキュリティ設定を表示または変更するゾーンを選択してください。</p>
						<ListBox label="ゾーン" className="sim-list sim-list--zones" choices={zones.map((zone) => ({ key: zone, ev: { type: 'io.zone', zone }, selected: ui.zone === zone }))} />
						<p className="sim-row sim-end">
							<Btn ev={{ type: 'io.sites.open' }} disabled={ui.zone !== 'trusted'} />
						</p>
						<p className="sim-row sim-end">
							<Btn ev={{ type: 'io.customLevel.open' }} />
						</p>
					</>
				) : null}
				{tab === 'advanced' ? (
					<ul className="sim-plain sim-scrolllist" aria-label="設定">
						{advanced.map((option) => (
							<li key={option}>
								<Check ev={(checked) => ({ type: 'io.advanced.set', option, checked })} checked={ui.advancedDraft[option]} />
							</li>
						))}
					</ul>
				) : null}
			</div>
			<p className="sim-row sim-end">
				<Btn ev={{ type: 'io.ok' }} className="sim-btn sim-btn--primary" />
				<Btn ev={{ type: 'io.cancel' }} />
				<Btn ev={{ type: 'io.apply' }} disabled={tab === 'general'} />
			</p>
		</Dlg>
	);
}

export function TrustedSites() {
	const { pc } = useEnv();
	const io = pc.context.ui.io;
	const options = pc.context.world.internetOptions;
	return (
		<Dlg name={areas.trustedSites.name} esc={{ type: 'io.sites.close' }}>
			<p>{TS.description.value}</p>
			<div className="sim-row sim-bottom">
				<Field ev={(value) => ({ type: 'io.sites.input', value })} value={io.siteInput} wide />
				<Btn ev={{ type: 'io.sites.add' }} />
			</div>
			{io.siteError ? (
				<Note>
					{io.siteError === 'httpsRequired'
						? 'チェックボックスにチェックが付いている間は、「https://」で始まるアドレスしか追加できません。'
						: '「http://」または「https://」で始まるアドレスを入力します。'}
				</Note>
			) : null}
			<p className="sim-label" aria-hidden="true">
				{TS.websites.value}
			</p>
			<div className="sim-row sim-bottom">
				<ListBox
					label={TS.websites.value}
					className="sim-list sim-list--sites"
					choices={options.trustedSites.map((site) => ({ key: site, ev: { type: 'io.sites.select', site }, selected: io.siteSelected === site }))}
				/>
				<Btn ev={{ type: 'io.sites.remove' }} disabled={!io.siteSelected} />
			</div>
			<Check ev={(checked) => ({ type: 'io.sites.requireHttps', checked })} checked={options.requireHttps} />
			<p className="sim-row sim-end">
				<Btn ev={{ type: 'io.sites.close' }} />
			</p>
		</Dlg>
	);
}

const groups: readonly ZoneSetting[] = ['activeScripting', 'scriptSafeActiveX', 'runActiveX'];
const choices: readonly ZoneChoice[] = ['disable', 'enable', 'prompt'];
const groupLabels: Readonly<Record<ZoneSetting, string>> = {
	activeScripting: SS.activeScripting.value,
	scriptSafeActiveX: SS.scriptSafeActiveX.value,
	runActiveX: SS.runActiveX.value,
};

export function CustomLevel() {
	const { pc } = useEnv();
	const io = pc.context.ui.io;
	return (
		<Dlg name={areas.customLevel.name} esc={{ type: 'io.customLevel.cancel' }} initial="input:checked">
			<p className="sim-muted">ゾーン: {io.customZone === 'trusted' ? IO.trustedSitesZone.value : ownWords.internetZone}</p>
			<div className="sim-scrolllist">
				{groups.map((setting) => (
					<fieldset key={setting} className="sim-group">
						<legend>{groupLabels[setting]}</legend>
						{choices.map((value) => (
							<Radio key={value} ev={{ type: 'io.customLevel.set', setting, value }} name={`sim-${setting}`} checked={io.customDraft[setting] === value} />
						))}
					</fieldset>
				))}
			</div>
			<p className="sim-row sim-end">
				<Btn ev={{ type: 'io.customLevel.ok' }} className="sim-btn sim-btn--primary" />
				<Btn ev={{ type: 'io.customLevel.cancel' }} />
			</p>
		</Dlg>
	);
}
