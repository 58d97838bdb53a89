import {
	kanagawaOfficePrefix,
	officeNumberDigits,
	reissueBoxCertificate,
	reissueBoxLogin,
	reissueExample,
	reissueFields,
	reissueReturnEnvelopeCases,
} from '../facts';
import { parseDate, REIWA_START, compareDates, toReiwa, reiwaYearText, type CalendarDate } from './japan-date';

/**
 * The password reissue request of 3.19 (【証明書・ログイン】パスワード再発行依頼), filled in on
 * screen and printed: the fields, their checks, and whether a stamped return envelope for
 * 簡易書留 must go with it. The form is printed and stamped with the office seal (届出印), so
 * nothing here is ever sent anywhere.
 */

export interface ReissueForm {
	readonly certificate: boolean;
	readonly login: boolean;
	readonly reason: string;
	/** 'YYYY-MM-DD' from the date field (or typed: 2025/2/3, 令和7年2月3日). */
	readonly date: string;
	readonly officeNumber: string;
	readonly address: string;
	readonly officeName: string;
	readonly representative: string;
	readonly phone: string;
	readonly personInCharge: string;
}

export type ReissueField = keyof ReissueForm;

export const emptyReissueForm: ReissueForm = {
	certificate: false,
	login: false,
	reason: '',
	date: '',
	officeNumber: '',
	address: '',
	officeName: '',
	representative: '',
	phone: '',
	personInCharge: '',
};

/** The form's labels, as the manual's form prints them (3.19). */
export const FIELD_LABELS: Record<ReissueField, string> = {
	certificate: reissueBoxCertificate.value,
	login: reissueBoxLogin.value,
	reason: reissueFields.reason.value,
	date: '日付（令和）',
	officeNumber: reissueFields.officeNumber.value,
	address: reissueFields.address.value,
	officeName: reissueFields.officeName.value,
	representative: reissueFields.representative.value,
	phone: reissueFields.phone.value,
	personInCharge: reissueFields.personInCharge.value,
};

/** Longest text that still fits its line of the printed A4 form. */
export const MAX_LENGTH: Partial<Record<ReissueField, number>> = {
	reason: 120,
	address: 60,
	officeName: 40,
	representative: 30,
	phone: 20,
	personInCharge: 30,
};

/** Full-width digits and hyphens folded (NFKC); spaces removed. */
export function normalizeOfficeNumber(text: string): string {
	return text.normalize('NFKC').replace(/[\s-]/g, '');
}

export function normalizePhone(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[ー‐‑–—―−]/g, '-')
		.replace(/\s+/g, '')
		.trim();
}

export type ReissueErrors = Partial<Record<ReissueField, string>>;

function required(value: string): boolean {
	return value.normalize('NFKC').trim() !== '';
}

export function validateOfficeNumber(text: string): string | undefined {
	const digits = officeNumberDigits.value;
	const n = normalizeOfficeNumber(text);
	if (n === '') return `事業所番号を入力してください（半角数字 ${digits} 桁）。`;
	if (!/^\d+$/.test(n)) return `事業所番号は数字だけで入力してください（半角数字 ${digits} 桁）。`;
	if (n.length !== digits) return `事業所番号は ${digits} 桁です。いまは ${n.length} 桁です。`;
	return undefined;
}

export function validatePhone(text: string): string | undefined {
	const n = normalizePhone(text);
	if (n === '') return '電話番号を入力してください。';
	if (!/^[\d()-]+$/.test(n)) return `電話番号は数字とハイフンで入力してください（例: ${reissueExample.value.phone}）。`;
	const count = n.replace(/\D/g, '').length;
	if (count < 10 || count > 11) return `電話番号の数字が ${count} 桁です。市外局番から 10 桁または 11 桁で入力してください。`;
	return undefined;
}

export function validateReissueDate(text: string): string | undefined {
	if (!required(text)) return '日付を入力してください。';
	const date = parseDate(text);
	if (!date) return '日付が正しくありません。年・月・日を確認してください。';
	if (compareDates(date, REIWA_START) < 0) return '令和より前の日付です（令和は 2019年5月1日から）。記入する日の日付を入力してください。';
	return undefined;
}

/** Every field's error, in the form's order; an empty object when the form can be printed. */
export function validateReissue(form: ReissueForm): ReissueErrors {
	const errors: ReissueErrors = {};
	if (!form.certificate && !form.login) {
		errors.certificate = `再発行するパスワードを選んでください（${reissueBoxCertificate.value}、${reissueBoxLogin.value} のどちらか、または両方）。`;
	}
	if (!required(form.reason)) errors.reason = '事由（原因）を入力してください（例: パスワードを紛失した、PC の破損で確認できなくなった）。';
	const dateError = validateReissueDate(form.date);
	if (dateError) errors.date = dateError;
	const officeError = validateOfficeNumber(form.officeNumber);
	if (officeError) errors.officeNumber = officeError;
	for (const field of ['address', 'officeName', 'representative'] as const) {
		if (!required(form[field])) errors[field] = `${FIELD_LABELS[field]}を入力してください。`;
	}
	const phoneError = validatePhone(form.phone);
	if (phoneError) errors.phone = phoneError;
	if (!required(form.personInCharge)) errors.personInCharge = `${FIELD_LABELS.personInCharge}を入力してください。`;
	for (const [field, max] of Object.entries(MAX_LENGTH) as Array<[ReissueField, number]>) {
		const value = form[field];
		if (typeof value === 'string' && !errors[field] && Array.from(value).length > max) {
			errors[field] = `${FIELD_LABELS[field]}は ${max} 文字までにしてください（用紙の 1 行に収まるように）。いまは ${Array.from(value).length} 文字です。`;
		}
	}
	return errors;
}

/** The date as the form prints it: 令和 年 月 日, each part separately; null if not a 令和 date. */
export function formDate(text: string): { year: string; month: string; day: string } | null {
	const date: CalendarDate | null = parseDate(text);
	const r = date ? toReiwa(date) : null;
	return r ? { year: reiwaYearText(r.year), month: String(r.month), day: String(r.day) } : null;
}

/**
 * Why the form's date prints blank, when it does: the sheet has 「令和 年 月 日」 only, so a date
 * before 令和 (or one that cannot be read) cannot be written on it.
 */
export function dateBlankReason(text: string): string | undefined {
	if (!required(text)) return undefined;
	const date = parseDate(text);
	if (!date) return '日付が読み取れないため、用紙の日付は空欄で印刷されます。';
	if (compareDates(date, REIWA_START) < 0) {
		return '令和より前の日付（令和は 2019年5月1日から）は、用紙の「令和 年 月 日」に書けないため、日付は空欄で印刷されます。記入する日の日付を入力するか、印刷した後に手で書き込んでください。';
	}
	return undefined;
}

/** The sheet's fields in its order, with what the sheet calls them. */
const SHEET_FIELDS: readonly ReissueField[] = ['certificate', 'reason', 'date', 'officeNumber', 'address', 'officeName', 'representative', 'phone', 'personInCharge'];

/** The fields that print blank: left empty, or a date the sheet cannot hold. */
export function blankFields(form: ReissueForm): ReissueField[] {
	return SHEET_FIELDS.filter((field) => {
		if (field === 'certificate') return !form.certificate && !form.login;
		if (field === 'date') return formDate(form.date) === null;
		const value = form[field];
		return typeof value === 'string' && !required(value);
	});
}

/** Said before a print with blanks (3.19's form is filled by hand where it is blank). */
export function blankNote(form: ReissueForm): string | undefined {
	const blank = blankFields(form);
	if (blank.length === 0) return undefined;
	return `空欄のまま印刷される欄（${blank.length} 件）: ${blank.map((f) => FIELD_LABELS[f]).join('、')}。印刷した後に手で書き込めます。`;
}

/** Past this, the sheet shows a value cut (it cannot fit the line anyway); the check still sees all of it. */
export function sheetText(value: string, field: ReissueField): string {
	const max = MAX_LENGTH[field] ?? 40;
	const chars = Array.from(value.slice(0, (max + 1) * 2));
	return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}

/* ---------- The return envelope (返信用封筒) ---------- */

export type YesNo = 'yes' | 'no' | 'unknown';

export interface EnvelopeAnswers {
	readonly officeNumber: string;
	/** 地域生活支援事業所 ですか. */
	readonly communityLifeSupport: YesNo;
	/** 電子請求受付システム にログインできますか. */
	readonly canLogInToClaimSystem: YesNo;
}

export interface EnvelopeVerdict {
	/** true: enclose it; false: not needed; null: cannot tell yet (an answer is missing). */
	readonly needed: boolean | null;
	/** The manual's cases (reissueReturnEnvelopeCases) that apply. */
	readonly reasons: readonly string[];
	readonly message: string;
}

/**
 * 3.19: a stamped return envelope for 簡易書留, addressed to the registered office address, is
 * needed when the office is outside Kanagawa (office number not starting with 14, except
 * 地域生活支援事業所) or cannot log in to 電子請求受付システム; only they get the password by post.
 */
export function returnEnvelope(answers: EnvelopeAnswers): EnvelopeVerdict {
	const [outsideCase, cannotLoginCase] = reissueReturnEnvelopeCases.value;
	const number = normalizeOfficeNumber(answers.officeNumber);
	const numberKnown = validateOfficeNumber(answers.officeNumber) === undefined;
	const outsideKanagawa = numberKnown ? !number.startsWith(kanagawaOfficePrefix.value) : null;
	const reasons: string[] = [];
	if (answers.canLogInToClaimSystem === 'no') reasons.push(cannotLoginCase);
	let outsideApplies: boolean | null;
	if (outsideKanagawa === null) outsideApplies = null;
	else if (!outsideKanagawa) outsideApplies = false;
	else if (answers.communityLifeSupport === 'unknown') outsideApplies = null;
	else outsideApplies = answers.communityLifeSupport === 'no';
	if (outsideApplies) reasons.push(outsideCase);

	if (reasons.length > 0) {
		return {
			needed: true,
			reasons,
			message: '返信用封筒が必要です。簡易書留代金分の切手を貼り、宛先に事業所の住所（事業所届出住所）を書いた返信用封筒を同封してください。パスワードは郵送で届きます。',
		};
	}
	if (outsideApplies === null || answers.canLogInToClaimSystem === 'unknown') {
		return {
			needed: null,
			reasons,
			message:
				outsideKanagawa === null
					? '事業所番号（10 桁）と、下の質問への答えから判定します。'
					: '下の質問に答えると判定します。',
		};
	}
	return {
		needed: false,
		reasons,
		message: '返信用封筒は不要です。新しいパスワードは電子請求受付システムの「お知らせ」にアップロードされます。',
	};
}

/** Whether the 地域生活支援事業所 question matters: only for an office number not starting with 14. */
export function asksCommunityLifeSupport(officeNumber: string): boolean {
	const n = normalizeOfficeNumber(officeNumber);
	return validateOfficeNumber(officeNumber) !== undefined || !n.startsWith(kanagawaOfficePrefix.value);
}
