import * as labels from '../../../facts/labels';
import { areas, ownWords } from '../../../sim/controls';
import type { AdvancedOption, ZoneChoice, ZoneName, ZoneSetting } from '../../../sim/world/types';
import { useState, type ReactNode } from 'react';
import { useEnv } from '../env';
import { G, paths } from '../glyphs';
import { Btn } from '../ui';
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

/** The four zones as Internet Options draws them; the lessons use インターネット and 信頼済みサイト. */
const ZONE_ICONS = {
	internet: paths.globe,
	intranet: 'M2.5 3h11v7h-11zM6 13h4M8 10v3',
	trusted: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM5 8l2 2 4-4',
	restricted: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM3.8 3.8l8.4 8.4',
} as const;
function Zone({ icon, text }: { icon: keyof typeof ZONE_ICONS; text: string }) {
	return (
		<>
			<span className={`sim-zone-icon sim-zone-icon--${icon}`}>
				<G d={ZONE_ICONS[icon]} size={32} />
			</span>
			{text}
		</>
	);
}
const ZONE_INFO: Readonly<Record<ZoneName, string>> = {
	internet: '信頼済みゾーンおよび制限付きゾーンに一覧表示されているもの以外のインターネット Web サイト用のゾーンです。',
	trusted: 'このゾーンには、コンピューターやファイルに損害を与えないと信頼している Web サイトが含まれています。',
};

/** A button of a page no lesson uses: drawn, inert. */
const Off = ({ t }: { t: string }) => (
	<button type="button" className="sim-btn" disabled>
		{t}
	</button>
);
const Grp = ({ t, children }: { t: string; children: ReactNode }) => (
	<div className="sim-group sim-igroup" role="group" aria-label={t}>
		<span className="sim-igroup-title">{t}</span>
		{children}
	</div>
);

/** The pages of the tabs no lesson uses, as Internet Options has them (every button inert). */
const INERT: Readonly<Record<string, ReactNode>> = {
	general: (
		<>
			<Grp t="ホーム ページ">
				<p>複数のホーム ページのタブを作成するには、各アドレスを行で分けて入力してください(R)。</p>
				<p className="sim-fakebox">about:blank</p>
				<p className="sim-buttons">
					<Off t="現在のページを使用(C)" />
					<Off t="既定値を使用(F)" />
					<Off t="新しいタブを使用(U)" />
				</p>
			</Grp>
			<Grp t="閲覧の履歴">
				<p>一時ファイル、履歴、Cookie、保存されたパスワード、および Web フォームの情報を削除します。</p>
				<p className="sim-buttons">
					<Off t="削除(D)..." />
					<Off t="設定(S)" />
				</p>
			</Grp>
			<Grp t="デザイン">
				<p className="sim-buttons">
					<Off t="色(O)" />
					<Off t="言語(L)" />
					<Off t="フォント(N)" />
					<Off t="ユーザー補助(E)" />
				</p>
			</Grp>
		</>
	),
	privacy: (
		<>
			<Grp t="設定">
				<p className="sim-buttons">
					<Off t="詳細設定(V)" />
				</p>
			</Grp>
			<Grp t="ポップアップ ブロック">
				<p className="sim-buttons">
					<Off t="ポップアップ ブロックの設定(E)" />
				</p>
			</Grp>
		</>
	),
	content: (
		<>
			<Grp t="証明書">
				<p>暗号化された接続と識別のための証明書を設定します。</p>
				<p className="sim-buttons">
					<Off t="SSL 状態のクリア(S)" />
					<Off t="証明書(C)" />
					<Off t="発行元(B)" />
				</p>
			</Grp>
			<Grp t="オートコンプリート">
				<p className="sim-buttons">
					<Off t="オートコンプリートの設定(I)" />
				</p>
			</Grp>
		</>
	),
	connections: (
		<>
			<p className="sim-buttons">
				<Off t="セットアップ(U)" />
			</p>
			<Grp t="ローカル エリア ネットワーク (LAN) の設定">
				<p className="sim-buttons">
					<Off t="LAN の設定(L)" />
				</p>
			</Grp>
		</>
	),
	programs: (
		<>
			<Grp t="アドオンの管理">
				<p>ブラウザーのアドオンを有効または無効にします。</p>
				<p className="sim-buttons">
					<Off t="アドオンの管理(M)" />
				</p>
			</Grp>
			<Grp t="インターネット プログラム">
				<p className="sim-buttons">
					<Off t="プログラムの設定(P)" />
				</p>
			</Grp>
		</>
	),
};
const TABS: readonly (readonly [string, string])[] = [
	['general', '全般'],
	['security', ''],
	['privacy', 'プライバシー'],
	['content', 'コンテンツ'],
	['connections', '接続'],
	['programs', 'プログラム'],
	['advanced', ''],
];

/** 詳細設定's list: headings and boxes as Internet Explorer lists them; the three of 3.1 are live. */
const ADVANCED: readonly (readonly [string, readonly (string | AdvancedOption)[]])[] = [
	['アクセシビリティ', ['システム キャレットをフォーカスの変更と同時に移動する', '新しいウィンドウとタブのズーム レベルをリセットする']],
	['ブラウズ', ['サード パーティ製のブラウザー拡張を有効にする*', 'スクリプトのデバッグを使用しない (Internet Explorer)', 'スムーズ スクロールを使用する']],
	['セキュリティ', ['DOM ストレージを有効にする', 'smartScreen', 'downloadNotify', 'enhancedProtectedMode', 'サーバーの証明書失効を確認する*']],
];
const LIVE: readonly string[] = ['smartScreen', 'downloadNotify', 'enhancedProtectedMode'];

const advanced: readonly AdvancedOption[] = ['smartScreen', 'downloadNotify', 'enhancedProtectedMode'];

export function InternetOptions({ state }: { state: string }) {
	const { pc } = useEnv();
	const ui = pc.context.ui.io;
	const tab = tabOf(state);
	// A tab no lesson uses shows its page, inert, until a tab of the model is chosen again.
	const [inert, setInert] = useState<{ key: string; under: string } | null>(null);
	const shown = inert && inert.under === state ? inert.key : tab;
	const zones: readonly (readonly [string, ZoneName | null, keyof typeof ZONE_ICONS])[] = [
		['internet', 'internet', 'internet'],
		['intranet', null, 'intranet'],
		['trusted', 'trusted', 'trusted'],
		['restricted', null, 'restricted'],
	];
	const zone = ui.zone;
	return (
		<Dlg name={areas.internetOptions.name} esc={{ type: 'io.cancel' }} className="sim-dialog--io">
			<Tabs
				label={areas.internetOptions.name}
				onLocal={(key) => setInert({ key, under: state })}
				choices={TABS.map(([key, text]) => ({
					key,
					ev: key === 'security' || key === 'advanced' ? { type: 'io.tab', tab: key } : null,
					text: text || undefined,
					selected: shown === key,
				}))}
			/>
			<div className="sim-tabpanel sim-iopanel">
				{INERT[shown] ?? null}
				{shown === 'security' ? (
					<>
						<p>セキュリティ設定を表示または変更するゾーンを選択してください。</p>
						<ListBox
							label="ゾーン"
							className="sim-list sim-list--zones"
							choices={zones.map(([key, z, icon]) => ({
								key,
								ev: z ? { type: 'io.zone', zone: z } : null,
								selected: z !== null && zone === z,
								text: <Zone icon={icon} text={z ? (z === 'trusted' ? IO.trustedSitesZone.value : ownWords.internetZone) : icon === 'intranet' ? 'ローカル イントラネット' : '制限付きサイト'} />,
							}))}
						/>
						<div className="sim-zoneinfo">
							<p>
								<span className="sim-strong">{zone === 'trusted' ? IO.trustedSitesZone.value : ownWords.internetZone}</span>
								<br />
								{ZONE_INFO[zone]}
							</p>
							<Btn ev={{ type: 'io.sites.open' }} disabled={zone !== 'trusted'} />
						</div>
						<Grp t="このゾーンのセキュリティのレベル(L)">
							<p className="sim-strong">カスタム</p>
							<p>カスタム設定</p>
							<p>- 設定を変更するには、[レベルのカスタマイズ] をクリックします</p>
							<p>- 推奨設定を使用するには、[既定のレベル] をクリックします</p>
							<p className="sim-buttons">
								<Btn ev={{ type: 'io.customLevel.open' }} show="レベルのカスタマイズ(C)..." />
								<Off t="既定のレベル(D)" />
							</p>
						</Grp>
						<p className="sim-buttons">
							<Off t="すべてのゾーンを既定のレベルにリセットする(R)" />
						</p>
					</>
				) : null}
				{shown === 'advanced' ? (
					<>
						<p>設定</p>
						<ul className="sim-plain sim-scrolllist" aria-label="設定">
							{ADVANCED.map(([head, items]) => (
								<li key={head}>
									<span className="sim-strong">{head}</span>
									<ul className="sim-plain sim-indent">
										{items.map((item) =>
											LIVE.includes(item) ? (
												<li key={item}>
													<Check ev={(checked) => ({ type: 'io.advanced.set', option: item as AdvancedOption, checked })} checked={ui.advancedDraft[item as AdvancedOption]} />
												</li>
											) : (
												<li key={item}>
													<label className="sim-check">
														<input type="checkbox" disabled defaultChecked />
														<span>{item}</span>
													</label>
												</li>
											),
										)}
									</ul>
								</li>
							))}
						</ul>
						<p className="sim-small">*コンピューターの再起動後に有効になります</p>
						<p className="sim-buttons">
							<Off t="詳細設定を復元(R)" />
						</p>
					</>
				) : null}
			</div>
			<p className="sim-buttons">
				<Btn ev={{ type: 'io.ok' }} className="sim-btn sim-btn--primary" />
				<Btn ev={{ type: 'io.cancel' }} />
				<Btn ev={{ type: 'io.apply' }} show="適用(A)" disabled={tab === 'general'} />
			</p>
		</Dlg>
	);
}

export function TrustedSites() {
	const { pc } = useEnv();
	const io = pc.context.ui.io;
	const options = pc.context.world.internetOptions;
	return (
		<Dlg name={areas.trustedSites.name} esc={{ type: 'io.sites.close' }} className="sim-dialog--ts">
			<p className="sim-iconrow">
				<span className="sim-zone-icon sim-zone-icon--trusted">
					<G d={ZONE_ICONS.trusted} size={32} />
				</span>
				{TS.description.value}
			</p>
			<div className="sim-row sim-bottom">
				<Field ev={(value) => ({ type: 'io.sites.input', value })} value={io.siteInput} wide />
				<Btn ev={{ type: 'io.sites.add' }} />
			</div>
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
			<p className="sim-buttons">
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

/** Where each setting sits in the tree (its heading), as the real dialog lists them. */
const TREE: readonly (readonly [string, readonly ZoneSetting[]])[] = [
	['ActiveX コントロールとプラグイン', ['runActiveX', 'scriptSafeActiveX']],
	['スクリプト', ['activeScripting']],
];

export function CustomLevel() {
	const { pc } = useEnv();
	const io = pc.context.ui.io;
	return (
		<Dlg name={areas.customLevel.name} esc={{ type: 'io.customLevel.cancel' }} initial="input:checked" className="sim-dialog--cl">
			<p>設定</p>
			<div className="sim-scrolllist sim-tree">
				<p className="sim-tree-head">
					<G d={paths.gear} /> .NET Framework
				</p>
				<p className="sim-tree-off">XAML ブラウザー アプリケーション</p>
				{TREE.map(([head, settings]) => (
					<div key={head}>
						<p className="sim-tree-head">
							<G d={paths.gear} /> {head}
						</p>
						{settings.map((setting) => (
							<fieldset key={setting} className="sim-group sim-tree-group">
								<legend>{groupLabels[setting]}</legend>
								{choices.map((value) => (
									<Radio key={value} ev={{ type: 'io.customLevel.set', setting, value }} name={`sim-${setting}`} checked={io.customDraft[setting] === value} />
								))}
							</fieldset>
						))}
					</div>
				))}
				<p className="sim-tree-head">
					<G d={paths.gear} /> ダウンロード
				</p>
				<p className="sim-tree-off">ファイルのダウンロード</p>
			</div>
			<Grp t="カスタム設定のリセット">
				<p className="sim-buttons">
					<span className="sim-fakebox">リセット先(R): 中高 (既定)</span>
					<Off t="リセット(E)..." />
				</p>
			</Grp>
			<p className="sim-buttons">
				<Btn ev={{ type: 'io.customLevel.ok' }} className="sim-btn sim-btn--primary" />
				<Btn ev={{ type: 'io.customLevel.cancel' }} />
			</p>
		</Dlg>
	);
}
