import type { PcEvent } from '../../../src/sim/machines/events';
import { openDialogs } from '../../../src/sim/screens';
import { activeTab } from '../../../src/sim/world/derive';
import type { Scenario } from '../../../src/sim/scenarios/types';
import { act, answer, currentStep, startContext, type Mode, type TrainerContext } from '../../../src/sim/trainer';
import { holds } from '../../../src/sim/scenarios/predicates';
import { practiceAccount, secondPracticeAccount, type PracticeAccount } from '../../../src/sim/world/practice-account';
import { sectionTexts, tableOfContents } from '../manual-text';
import { onScreen, type OnScreen } from './candidates';
import { temporaryCertName } from '../../../src/facts/certificates';

/**
 * A literal reader of the manual (issue 16 point 1): it reads a section's text in order and, for
 * each bracketed name ([設定], 【設定】, **...**), quoted text (「コントロール パネル」) or URL, does
 * what the sentence says with the control on screen that bears that name — nothing from the
 * scenario's steps. What a person does without being told is limited to:
 *
 * - the practice account shown beside a form, when the text says to enter the ID and password;
 * - doing again the click that opened a form the text now fills (2.2.1 step 7 (2));
 * - the simulation's clock buttons, when the text says that days or minutes pass;
 * - logging in to the certificate service as 2.2.2 showed, when its dialog waits and the text goes on;
 * - starting the browser when the text types in its address bar;
 * - a bracketed name not on screen is a heading or a screen's name (「[Internet Explorer の互換性]
 *   (①) — [再起動]」), read and passed;
 * - a branch (「【クライアント証明書が表示された場合】」「《画面に「その他」の表示が無い場合》」, 3.10) is
 *   followed only when the screen shows what it says (the certificates the picker shows, its [その他]);
 * - a reference to some steps of another section (「「2.2.1 …」項番 1.~7.の手順を実施」) is done there;
 * - a list the text names as a whole is done item by item: the URLs registered (「登録されている URL を
 *   選択…削除」), the switches listed under 「下記 2 項目が…(オフ) に切り替え」, the box beside each saved
 *   password; 「インストールされた順に下から表示」 with 「1 回目」 is the bottom certificate (3.18).
 */

export interface Token {
	readonly kind: 'label' | 'quote' | 'url';
	/** The step the token is in speaks of the address bar (「アドレス欄に…入力し」, 「…にアクセス」). */
	readonly address?: boolean;
	readonly name: string;
	/** The sentence the token is in, and the words after it up to the next token. */
	readonly sentence: string;
	readonly after: string;
	readonly section: string;
	/** The numbered step the token is in (「7.」), for a reference to some steps only (「項番 1.~7.の手順を実施」). */
	readonly step?: number;
	/** The screen conditions of the branch the token is in (「【クライアント証明書が表示された場合】」「《…が無い場合》」), outermost first. */
	readonly when?: readonly string[];
}

/** Names compared as a reader compares them: width, spaces, brackets, and the access key 「(A)」 the manual may leave out. */
const norm = (s: string): string =>
	s.normalize('NFKC').replace(/\s+/gu, '').replace(/[▼【】[\]*]/gu, '').replace(/\([A-Z]\)$/u, '').replace(/:$/u, '');

// 「[](このページをお気に入りに追加)」: an icon the OCR lost, its name kept in parentheses (2.3.1 step 4).
const TOKEN = /\[\]\(([^)\n]+)\)|\[([^\]\n]+)\]|【([^】\n]+)】|\*\*([^*\n]+)\*\*|「([^」\n]+)」|<(https?:[^>\s]+)>|(?<=\s)(\.\.\.)(?=\s)/gu;

/** The tokens of a section's text, in order, sentence by sentence. */
export function tokens(section: string, text: string): Token[] {
	const out: Token[] = [];
	let address = false;
	let turnOn = false;
	let turnOff = false;
	let step: number | undefined;
	// 3.10 step 1 (1): branches on what the picker shows, 【…場合】 and, inside, 《…場合》.
	let branch: string[] = [];
	for (const line of text.split(/(?<=。)|\n/u)) {
		// Bold that wraps a whole instruction (2.2.2 step 3) is emphasis, not a control's name.
		const sentence = line.replace(/\*\*([^*]*[、。][^*]*)\*\*/gu, '$1');
		// A numbered step starts a new context; its words about the address bar hold until the next one.
		const numbered = /^\s*(\d+)\.\s/u.exec(sentence);
		if (numbered) {
			address = false;
			turnOn = false;
			turnOff = false;
			step = Number(numbered[1]);
		}
		// A numbered step or sub-step 「- (2)」 ends the branches; a heading opens one at its level.
		if (numbered || /^\s*-?\s*\(\d+\)\s/u.test(sentence)) branch = [];
		const heading = /^[-・\s]*(【|《)([^】》]+?場合)[^】》]*(】|》)/u.exec(sentence);
		if (heading) {
			branch = heading[1] === '【' ? [heading[2]!] : [...branch.slice(0, 1), heading[2]!];
			continue;
		}
		if (/アドレス欄|にアクセス|URL で証明書サービスにログイン/u.test(sentence)) address = true;
		// 3.14 step 5: 「以下の項目を「オン」にします。」 then the items, one a line.
		if (/以下の項目を「オン」に/u.test(sentence)) {
			turnOn = true;
			continue;
		}
		// 3.15 step 1: 「下記 2 項目が (オン) になっている場合は、 (オフ) に切り替えてください。」 then the items, 「① …(①)」 a line.
		if (/下記\s*\d+\s*項目が.*\(オフ\)\s*に切り替え/u.test(sentence)) {
			turnOff = true;
			continue;
		}
		const item = turnOn || turnOff ? /^[-・\s]*(?:\d\s+)?(.+?)\s*\(\d\)\s*$/u.exec(sentence) : null;
		if (item) {
			out.push({ kind: 'label', name: item[1]!.replace(/^[-・\s]+/u, ''), sentence, after: turnOn ? 'を「オン」にします' : 'を「オフ」に切り替えます', section });
			continue;
		}
		if (turnOff && sentence.trim()) turnOff = false;
		// 削除 printed without brackets (3.1 step 5, 3.9 step 5, 3.15 step 2: 「削除をクリック」「削除(2)をクリック」).
		// キャンセル too (3.10 step 1 (1): 「…存在しない状態のため、キャンセルをクリックします（⑤）」).
		const bare = /(?:^|[、\s)])(削除|キャンセル)\s*(?:\(\d\)\s*)?をクリック/u.exec(sentence);
		const found = [...sentence.matchAll(TOKEN)];
		const start = out.length;
		found.forEach((m, i) => {
			const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? '').trim();
			const end = (m.index ?? 0) + m[0].length;
			const after = sentence.slice(end, found[i + 1]?.index ?? sentence.length);
			const kind = m[6] ? 'url' : m[5] !== undefined ? (/^https?:/u.test(name) ? 'url' : 'quote') : 'label';
			const bare = name.replace(/^<|>$/gu, '');
			out.push({ kind: /^https?:\/\//u.test(bare) ? 'url' : kind, name: /^https?:\/\//u.test(bare) ? bare : name, sentence, after, section, address });
		});
		// 3.18 step 3: 「インストールされた順に下から表示されますので、[その他] から適切な証明書を選択」: the one
		// installed first (the request's, 「[その他] で選択した 1 回目の仮クライアント証明書」) is the bottom one.
		if (/インストールされた順に下から表示/u.test(sentence) && /選択/u.test(sentence)) out.push({ kind: 'label', name: '(いちばん下の証明書)', sentence, after: 'を選択', section });
		// 3.15 step 2: 「パスワードの隣にあるチェックボックス(①)をクリック」: the box beside each listed entry.
		if (/隣にあるチェックボックス/u.test(sentence)) out.push({ kind: 'label', name: '(隣のチェックボックス)', sentence, after: 'をクリック', section });
		if (bare) out.push({ kind: 'label', name: bare[1]!, sentence, after: 'をクリック', section });
		// 3.17 steps 4–5: every entry deleted (「登録されている URL を、 ボタンを押して削除」「削除ボタンで全て削除」; the icon lost in the OCR).
		// 3.1 step 5: 「既に登録されている URL がある場合は、登録されている URL を選択 (①) して、削除をクリック」: each one listed.
		if (/ボタンを押して削除|削除ボタンで全て削除|登録されている URL を選択.*削除/u.test(sentence)) out.push({ kind: 'label', name: '(全て削除)', sentence, after: '', section });
		// 「ブラウザ（Microsoft Edge）を起動」: the program is named in parentheses, not brackets.
		if (/起動し|起動します/u.test(sentence) && /Microsoft Edge/u.test(sentence)) {
			out.splice(out.length - found.length, 0, { kind: 'label', name: 'Microsoft Edge', sentence, after: 'を起動', section });
		}
		if (/ブラウザを(すべて|全て|一度)?閉じ|全てのブラウザを閉じ|すべてのブラウザを閉じ|画面をすべて閉じ/u.test(sentence)) {
			out.push({ kind: 'label', name: '閉じる(すべて)', sentence, after: '', section });
		}
		// The ID and password of the letters: the practice account shown beside the form.
		// 2.3.1 step 3: the certificate named by the office number (the account beside the PC gives it).
		if (/事業所番号\s*10\s*桁の証明書を選択/u.test(sentence)) out.splice(out.length - found.length + 1, 0, { kind: 'label', name: '(事業所の証明書)', sentence, after: '', section });
		if (/(ID|ユーザ\s*ID|ユーザー名).*パスワード.*入力|パスワード.*を入力|再度ログインして/u.test(sentence)) {
			out.splice(out.length - found.length, 0, { kind: 'label', name: '(アカウント)', sentence, after: '', section });
			// 3.5: 「再度ログインしてください」: the form's own [ログイン] after the ID and password.
			if (/再度ログインして/u.test(sentence)) out.push({ kind: 'label', name: 'ログイン', sentence, after: 'をクリック', section });
		}
		for (let n = start; n < out.length; n++) out[n] = { ...out[n]!, ...(step === undefined ? {} : { step }), ...(branch.length ? { when: branch } : {}) };
		// 「連合会での承認作業を待ちます」 (3.10 step 2 (10)): days, as 2.2.4 says (承認には数日).
		const wait = /(\d+)\s*分以上|数日|承認作業を待ち/u.exec(sentence);
		// 「30 分以上時間を空けてから、再度ログイン」: the time first.
		if (wait) out.splice(/空けてから/u.test(sentence) ? start : out.length, 0, { kind: 'label', name: '(待つ)', sentence, after: wait[0] === '承認作業を待ち' ? '数日' : wait[0], section });
	}
	return out;
}

/** The sections a lesson's page tells the reader to follow: its own, and those it sends to (「…」の手順を実施). */
export function sectionsOf(section: string, all = sectionTexts()): string[] {
	const order = tableOfContents().map((e) => e.number);
	const text = all.get(section) ?? '';
	const out = [section];
	const range = /「(\d\.\d+(?:\.\d+)?)[^」]*」から「(\d\.\d+(?:\.\d+)?)[^」]*」の手順/u.exec(text);
	if (range) {
		const from = order.indexOf(range[1]!);
		const to = order.indexOf(range[2]!);
		out.push(...order.slice(from, to + 1).filter((n) => !order.some((m) => m.startsWith(`${n}.`))));
		return out;
	}
	// Not 「…の手順を実施済み」 (done before), nor 「初めて…場合には、必ず「2.2 …」の手順を実施」 (3.10 注意: another case).
	for (const m of text.matchAll(/^.*「(\d\.\d+(?:\.\d+)?)\s[^」]*」の手順を(再度)?実施(?!済)/gmu)) if (!/初めて/u.test(m[0])) out.push(m[1]!);
	// 「再度、電子証明書を取得する手順を行います。」 with the procedure named on the next line (3.1 step 18: 「… 「2.2.2 …」参照」).
	for (const m of text.matchAll(/手順を行います。\s*\n[^\n「]*「(\d\.\d+\.\d+)\s[^」]*」\s*参照/gu)) if (!out.includes(m[1]!)) out.push(m[1]!);
	// A section whose steps only point to chapter 2 (3.2: 「…を更新します。👉 「2.2.4 …」参照」) is done by following them.
	const ownControls = tokens(section, text).some((t) => t.kind === 'label' && !t.name.startsWith('('));
	if (!ownControls) for (const m of text.matchAll(/「(2\.\d+\.\d+)\s[^」]*」\s*参照/gu)) if (!out.includes(m[1]!)) out.push(m[1]!);
	return out;
}

export interface ReadResult {
	readonly ctx: TrainerContext;
	readonly done: string[];
	readonly passed: string[];
}

function account(ctx: TrainerContext): PracticeAccount {
	// 3.10: the second office is the one whose certificate is made (the account beside the form names both).
	return ctx.scenario.id.startsWith('3-10') ? secondPracticeAccount : practiceAccount;
}

/** The values a person types where the manual says to enter the ID and password (the practice account beside the form). */
function accountEvents(ctx: TrainerContext): PcEvent[] {
	const a = account(ctx);
	const { ui, world } = ctx.pc.context;
	const temporary = world.kanagawa.accounts[a.officeNumber]?.password.kind === 'temporary';
	const events: PcEvent[] = [
		{ type: 'ws.basicAuth.input', field: 'user', value: a.officeNumber },
		{ type: 'ws.basicAuth.input', field: 'password', value: a.certPassword },
		{ type: 'ks.input', field: 'user', value: a.officeNumber },
		{ type: 'ks.input', field: 'password', value: temporary ? a.temporaryPassword : a.newPassword },
		{ type: 'ks.input', field: 'current', value: a.temporaryPassword },
		{ type: 'ks.input', field: 'next', value: a.newPassword },
		{ type: 'ks.input', field: 'confirm', value: a.newPassword },
	];
	const filled = (e: PcEvent): boolean => {
		if (e.type === 'ws.basicAuth.input') return ui.basicAuth[e.field] === e.value;
		if (e.type === 'ks.input') return ui.ks[e.field] === e.value;
		return false;
	};
	// The form on screen: Windows セキュリティ's login dialog, or the system's login / AA041 page.
	const dialog = openDialogs(ctx.pc).windowsSecurity === 'basicAuth';
	const page = activeTab(world)?.page;
	const system = page?.kind === 'kanagawa' && (page.screen === 'login' || page.screen === 'aa041');
	const shown = (e: PcEvent): boolean => (e.type === 'ws.basicAuth.input' ? dialog : system && (page.screen === 'aa041') === (e.type === 'ks.input' && e.field !== 'user' && e.field !== 'password'));
	return events.filter((e) => shown(e) && !filled(e) && onScreen(ctx.pc, [], [e]).length > 0);
}

/**
 * Whether a branch's condition (「仮クライアント証明書が表示された場合」「画面に「その他」の表示が有る場合」) is what
 * the screen shows: the certificates the picker shows (the selected tile, or the list under [その他]) and whether
 * it offers [その他]. A condition the reader does not know is taken as met.
 */
function branchHolds(condition: string, pc: TrainerContext['pc']): boolean {
	const shown = onScreen(pc);
	const more = shown.some((o) => o.event.type === 'ws.picker.more');
	const picker = openDialogs(pc).windowsSecurity?.startsWith('picker') ?? false;
	const { ui, world } = pc.context;
	const ids = picker ? (more ? [ui.picker.selected] : ui.picker.options) : [];
	const names = ids.map((serial) => world.certificates.personal.find((c) => c.serial === serial)?.issuedTo ?? '');
	if (/その他.*(有る|ある)/u.test(condition)) return picker && more;
	if (/その他.*(無い|ない)/u.test(condition)) return picker && !more;
	if (/仮クライアント証明書が表示された/u.test(condition)) return names.includes(temporaryCertName.value);
	if (/クライアント証明書が表示された/u.test(condition)) return names.some((n) => n !== '' && n !== temporaryCertName.value);
	return true;
}

const isClick = (o: OnScreen): boolean => o.control.do === 'click' || o.control.do === 'dblclick' || o.control.do === 'rightClick';

/** What the sentence asks of a named control that can be set (checked, chosen). */
function wanted(o: OnScreen, t: Token, next: Token | undefined): boolean {
	const c = o.control;
	const off = /チェックを外|\(オフ\)\s*に|「オフ」に/u;
	if (c.do === 'uncheck') return off.test(t.after);
	if (c.do === 'check') return !off.test(t.after);
	if (c.do === 'select') return next !== undefined && norm(c.value ?? '') === norm(next.name);
	if (c.do === 'fill') return false;
	return true;
}

/** The ways a person gets a named control onto the screen without being told: the form again, the clock. */
function helpers(ctx: TrainerContext, recent: readonly PcEvent[], clock: readonly PcEvent[]): PcEvent[] {
	return [...recent.slice(-3).reverse(), ...clock].filter((e, i, all) => all.findIndex((x) => JSON.stringify(x) === JSON.stringify(e)) === i && onScreen(ctx.pc, [], [e]).some((o) => o.event === e));
}

/** Reads the sections of a lesson and does what they say; returns the trainer at the end. */
export function readLesson(scenario: Scenario, mode: Mode, sections: readonly string[], clock: readonly PcEvent[]): ReadResult {
	const all = sectionTexts();
	let ctx = startContext(scenario, mode);
	const done: string[] = [];
	const passed: string[] = [];
	const opened: PcEvent[] = [];
	const send = (e: PcEvent, why: string) => {
		const before = JSON.stringify(openDialogs(ctx.pc));
		ctx = act(ctx, e);
		done.push(`${why} → ${JSON.stringify(e)}`);
		if (JSON.stringify(openDialogs(ctx.pc)) !== before && e.type !== 'clock.advance') opened.push(e);
	};
	// 「☛ 「2.2.1 …」項番 1.~7.の手順を実施」 (3.10 補足): those steps, there, before what follows.
	const list = sections.flatMap((s) =>
		tokens(s, all.get(s) ?? '').flatMap((t) => {
			const part = t.kind === 'quote' ? /^(\d\.\d+\.\d+)\s/u.exec(t.name) : null;
			const range = part ? /^\s*項番\s*(\d+)\.\s*~\s*(\d+)\.\s*の手順を実施/u.exec(t.after) : null;
			if (!part || !range) return [t];
			const [from, to] = [Number(range[1]), Number(range[2])];
			return tokens(part[1]!, all.get(part[1]!) ?? '').filter((x) => x.step !== undefined && x.step >= from && x.step <= to);
		}),
	);
	for (let i = 0; i < list.length && !ctx.finished; i++) {
		const t = list[i]!;
		// A branch whose condition the screen does not meet (3.10 step 1 (1)) is not this PC's: read and passed.
		if (t.when && !t.when.every((c) => branchHolds(c, ctx.pc))) {
			passed.push(`${t.section}: ${t.name} (${t.when.join(' / ')})`);
			continue;
		}
		// An active check on screen (「105 以降ですか？」) where the text says to confirm: answer what the screen shows.
		const asking = currentStep(ctx);
		if (asking?.kind === 'check' && asking.ask && /確認/u.test(t.sentence)) {
			ctx = answer(ctx, holds(asking.when, ctx.pc) ? asking.ask.right : (asking.ask.answers.find((x) => x !== asking.ask!.right) ?? ''));
			done.push(`${asking.ask.question} → ${asking.ask.right}`);
		}
		const next = list[i + 1];
		const attempt = (): boolean => {
			if (t.name === '(待つ)') {
				const e = clock.find((c) => (t.after === '数日' ? c.type === 'clock.advance' && !!(c as { days?: number }).days : c.type === 'clock.advance' && String((c as { minutes?: number }).minutes) === /\d+/u.exec(t.after)?.[0]));
				if (!e) return false;
				send(e, t.after);
				return true;
			}
			if (t.name === '(アカウント)') {
				const events = accountEvents(ctx);
				if (events.length === 0) return false;
				for (const e of events) send(e, 'アカウント');
				return true;
			}
			if (t.name === '閉じる(すべて)') {
				let any = false;
				for (let n = 0; n < 6; n++) {
					const close = onScreen(ctx.pc).find((o) => o.event.type === 'edge.window.close' || o.event.type === 'io.ok' || o.event.type === 'io.sites.close' || o.event.type === 'cp.close');
					if (!close) break;
					send(close.event, t.sentence);
					any = true;
				}
				return any;
			}
			// A quoted field name (「ユーザ名」欄に, 「この Web サイトをゾーンに追加する」に) is where, not what, to type.
			if (t.kind === 'url' || (t.kind === 'quote' && /入力/u.test(t.after) && !/^\s*(欄|に)/u.test(t.after))) {
				const typing = onScreen(ctx.pc, [t.name]).filter((o) => o.control.do === 'fill' && 'value' in o.control && o.control.value === t.name);
				const prefer = t.address ? ['edge.navigate'] : ['shell.search.input', 'edge.addPage.input', 'io.sites.input'];
				typing.sort((a, b) => prefer.indexOf(a.event.type) - prefer.indexOf(b.event.type));
				const pick = typing.find((o) => prefer.includes(o.event.type));
				if (!pick) return false;
				send(pick.event, t.name);
				return true;
			}
			if (t.name === '(全て削除)') {
				let any = false;
				for (let n = 0; n < 12; n++) {
					const shown = onScreen(ctx.pc);
					const remove = shown.find((o) => o.event.type === 'edge.ieModePages.remove');
					const site = shown.find((o) => o.event.type === 'io.sites.select');
					if (remove) send(remove.event, t.sentence);
					else if (site) {
						send(site.event, t.sentence);
						send({ type: 'io.sites.remove' }, t.sentence);
					} else break;
					any = true;
				}
				return any;
			}
			if (t.name === '(隣のチェックボックス)') {
				const boxes = onScreen(ctx.pc).filter((o) => o.event.type === 'edge.passwords.select' && o.control.do === 'check');
				for (const b of boxes) send(b.event, t.sentence);
				return boxes.length > 0;
			}
			if (t.name === '(いちばん下の証明書)') {
				const bottom = onScreen(ctx.pc).filter((o) => o.event.type === 'ws.picker.select').at(-1);
				if (!bottom) return false;
				send(bottom.event, t.sentence);
				return true;
			}
			if (t.name === '(事業所の証明書)') {
				const office = onScreen(ctx.pc).find((o) => o.event.type === 'ws.picker.select' && o.control.target.name === account(ctx).officeNumber);
				if (!office) return false;
				send(office.event, t.sentence);
				return true;
			}
			// 「[🔒] (サイト情報の表示) アイコン」: the icon, then its name in parentheses.
			const alt = /^\s*\(([^)\d][^)]*)\)/u.exec(t.after)?.[1];
			const names = [norm(t.name), ...(alt ? [norm(alt)] : [])];
			const shown = onScreen(ctx.pc);
			// An option of a list the text names on its own (「[その他のお気に入り] を選択」).
			const option = shown.find((o) => o.control.do === 'select' && norm(o.control.value ?? '') === norm(t.name) && /選択/u.test(t.after + t.sentence));
			const named = shown.filter((o) => names.includes(norm(o.control.target.name)) && wanted(o, t, next));
			if (named.length === 0 && option) {
				send(option.event, t.name);
				return true;
			}
			if (named.length === 0) return false;
			// 「[アクティブ スクリプト] で [有効にする]」: the option of the setting the sentence names just before it.
			const before = list.slice(0, i).filter((x) => x.sentence === t.sentence).map((x) => norm(x.name));
			const inGroup = named.find((o) => o.control.target.within?.role === 'group' && before.includes(norm(o.control.target.within.name)));
			if (inGroup) {
				send(inGroup.event, t.name);
				return true;
			}
			const inDialog = named.find((o) => o.control.target.within?.role === 'dialog');
			const pick = named.find((o) => isClick(o) || o.control.do !== 'select') ?? named[0]!;
			const chosen = inDialog ?? pick;
			send(chosen.event, t.name);
			if (chosen.control.do === 'select') i += 1;
			return true;
		};
		if (attempt()) continue;
		// The login dialog the text does not mention again (2.2.3, 2.2.4: as 2.2.2 step 3 showed): the practice account, [OK].
		if (openDialogs(ctx.pc).windowsSecurity === 'basicAuth') {
			for (const e of accountEvents(ctx)) send(e, '(2.2.2 と同じくログイン)');
			send({ type: 'ws.basicAuth.ok' }, '(2.2.2 と同じくログイン)');
			if (attempt()) continue;
		}
		// Not on screen: perhaps after doing again what opened the form, or after time passes.
		let helped = false;
		if (t.kind !== 'label' || /入力|クリック|選択/u.test(t.after)) {
			// Starting the browser to type in its address bar (2.2.4 step 1 starts there) is one of them.
			for (const h of helpers(ctx, opened, t.address ? [{ type: 'edge.launch' }] : [])) {
				const saved = ctx;
				const doneLen = done.length;
				send(h, `(もう一度) ${t.name}`);
				if (attempt()) {
					helped = true;
					break;
				}
				ctx = saved;
				done.length = doneLen;
			}
		}
		if (!helped) passed.push(`${t.section}: ${t.name}`);
	}
	return { ctx, done, passed };
}
