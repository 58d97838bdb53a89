import { useEffect, useId, useRef, useState, type SubmitEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
	reissueBoxCertificate,
	reissueBoxLogin,
	reissueBoxesRequest,
	reissueCheckNote,
	reissueExample,
	reissueFields,
	reissueFormLead,
	reissueFormLead2,
	reissueFormSystemName,
	reissueFormTitle,
	reissueSealNote,
} from '../../facts';
import {
	asksCommunityLifeSupport,
	blankNote,
	dateBlankReason,
	emptyReissueForm,
	FIELD_LABELS,
	formDate,
	MAX_LENGTH,
	normalizeOfficeNumber,
	returnEnvelope,
	sheetText,
	validateReissue,
	type ReissueField,
	type ReissueForm as Form,
	type YesNo,
} from '../../tools/reissue';
import { reissueTimeline } from '../../tools/deadlines';
import { isCut } from '../../tools/long-text';
import { formatBoth, tokyoDate, toIsoDate } from '../../tools/japan-date';
import { CutNote, longBox } from './long-box';
import './tools.css';

/** The sheet in the manual's layout (3.19), from the facts; blank where the user left a field empty. */
function Sheet({ form }: { form: Form }) {
	const date = formDate(form.date);
	const [reasonTop, reasonBottom] = reissueFields.reason.value.split('(');
	const rows: Array<{ label: string; value: string; seal?: boolean }> = [
		{ label: reissueFields.officeNumber.value, value: sheetText(normalizeOfficeNumber(form.officeNumber), 'officeNumber') },
		{ label: reissueFields.address.value, value: sheetText(form.address, 'address') },
		{ label: reissueFields.officeName.value, value: sheetText(form.officeName, 'officeName') },
		{ label: reissueFields.representative.value, value: sheetText(form.representative, 'representative'), seal: true },
		{ label: reissueFields.phone.value, value: sheetText(form.phone.normalize('NFKC'), 'phone') },
		{ label: reissueFields.personInCharge.value, value: sheetText(form.personInCharge, 'personInCharge') },
	];
	const box = (checked: boolean) => (checked ? '☑' : '☐');
	return (
		<div className="reissue-sheet">
			<p className="rs-system">{reissueFormSystemName.value}</p>
			<p className="rs-title">{reissueFormTitle.value}</p>
			<p className="rs-lead">
				{reissueFormLead.value}
				<br />
				{reissueFormLead2.value}
			</p>
			<p className="rs-ki">記</p>
			<p className="rs-check-note">{reissueCheckNote.value}</p>
			<div className="rs-boxes">
				<div>
					<p>
						<span className="rs-box">{box(form.certificate)}</span>
						{reissueBoxCertificate.value}
					</p>
					<p>
						<span className="rs-box">{box(form.login)}</span>
						{reissueBoxLogin.value}
					</p>
				</div>
				<p className="rs-request">{reissueBoxesRequest.value}</p>
			</div>
			<div className="rs-reason">
				<div className="rs-reason-label">
					{reasonTop}
					<br />({reasonBottom}
				</div>
				<div className="rs-reason-text">{sheetText(form.reason, 'reason')}</div>
			</div>
			<p className="rs-date">
				令和 <span className="rs-date-part">{date?.year ?? ''}</span> 年 <span className="rs-date-part">{date?.month ?? ''}</span> 月{' '}
				<span className="rs-date-part">{date?.day ?? ''}</span> 日
			</p>
			<p className="rs-addressee">{reissueFields.addressee.value}</p>
			<div className="rs-fields">
				{rows.map((r) => (
					<div className="rs-row" key={r.label}>
						<span className="rs-label">・ {r.label}</span>
						<span className="rs-value">{r.value}</span>
						{r.seal && (
							<span className="rs-seal">{reissueFields.seal.value}</span>
						)}
					</div>
				))}
			</div>
		</div>
	);
}

function Field({
	id,
	field,
	error,
	hint,
	children,
}: {
	id: string;
	field: ReissueField;
	error?: string | undefined;
	hint?: ReactNode;
	children: ReactNode;
}) {
	return (
		<div className="tool-field">
			<label htmlFor={`${id}-${field}`}>{FIELD_LABELS[field]}</label>
			{hint && (
				<p className="tool-hint" id={`${id}-${field}-hint`}>
					{hint}
				</p>
			)}
			{children}
			{error && (
				<p className="tool-error" id={`${id}-${field}-error`}>
					{error}
				</p>
			)}
		</div>
	);
}

const TEXT_FIELDS: ReadonlyArray<{ field: ReissueField; type: 'text' | 'tel'; hint: string; autoComplete: string }> = [
	{ field: 'address', type: 'text', hint: `記載例: ${reissueExample.value.address}`, autoComplete: 'street-address' },
	{ field: 'officeName', type: 'text', hint: `記載例: ${reissueExample.value.officeName}`, autoComplete: 'organization' },
	{ field: 'representative', type: 'text', hint: `記載例: ${reissueExample.value.representative}`, autoComplete: 'off' },
	{ field: 'phone', type: 'tel', hint: `記載例: ${reissueExample.value.phone}`, autoComplete: 'tel' },
	{ field: 'personInCharge', type: 'text', hint: `記載例: ${reissueExample.value.personInCharge}`, autoComplete: 'name' },
];

function YesNoChoice({ id, legend, hint, value, onChange, withUnknown }: { id: string; legend: string; hint?: string; value: YesNo; onChange: (v: YesNo) => void; withUnknown?: boolean }) {
	const options: Array<[YesNo, string]> = [
		['yes', 'はい'],
		['no', 'いいえ'],
		...(withUnknown ? ([['unknown', '分からない']] as Array<[YesNo, string]>) : []),
	];
	return (
		<fieldset aria-describedby={hint ? `${id}-hint` : undefined}>
			<legend>{legend}</legend>
			{hint && (
				<p className="tool-hint" id={`${id}-hint`}>
					{hint}
				</p>
			)}
			<div className="tool-row">
				{options.map(([v, label]) => (
					<span className="tool-choice" key={v}>
						<input type="radio" id={`${id}-${v}`} name={id} value={v} checked={value === v} onChange={() => onChange(v)} />
						<label htmlFor={`${id}-${v}`}>{label}</label>
					</span>
				))}
			</div>
		</fieldset>
	);
}

/** The reissue request form of 3.19: filled in here, printed on one A4 sheet, stamped and posted. Nothing is stored or sent. */
export default function ReissueForm() {
	const id = useId();
	const [form, setForm] = useState<Form>(emptyReissueForm);
	const [touched, setTouched] = useState<Partial<Record<ReissueField, boolean>>>({});
	const [attempted, setAttempted] = useState(false);
	const [communityLifeSupport, setCommunityLifeSupport] = useState<YesNo>('unknown');
	const [canLogIn, setCanLogIn] = useState<YesNo>('unknown');
	const [today, setToday] = useState<ReturnType<typeof tokyoDate> | null>(null);
	const summaryRef = useRef<HTMLDivElement>(null);

	// The form's date defaults to today in Japan, read in the browser after hydration.
	useEffect(() => {
		const t = tokyoDate(new Date());
		setToday(t);
		setForm((f) => (f.date ? f : { ...f, date: toIsoDate(t) }));
	}, []);

	const errors = validateReissue(form);
	const errorFields = Object.keys(errors) as ReissueField[];
	const shown = (field: ReissueField) => (attempted || touched[field] ? errors[field] : undefined);
	const set = (field: ReissueField, value: string | boolean) => setForm((f) => ({ ...f, [field]: value }));
	const touch = (field: ReissueField) => setTouched((t) => ({ ...t, [field]: true }));
	// A long paste shows its start only (issue 17); all of it is checked against the field's limit.
	const boxFor = (field: ReissueField) => {
		const clear = { label: `${FIELD_LABELS[field]}を消す`, onClick: () => set(field, '') };
		const { box, note } = longBox(form[field] as string, (v) => set(field, v), { clear: clear.label, checked: Infinity, verb: '確かめる' });
		return { box, cut: note && <CutNote id={`${id}-${field}-cut`} note={note} clear={clear} /> };
	};
	const cutId = (field: ReissueField) => (typeof form[field] === 'string' && isCut(form[field]) ? `${id}-${field}-cut` : '');
	const describedBy = (field: ReissueField, hint: boolean) =>
		[hint ? `${id}-${field}-hint` : '', shown(field) ? `${id}-${field}-error` : '', cutId(field)].filter(Boolean).join(' ') || undefined;

	const envelope = returnEnvelope({ officeNumber: form.officeNumber, communityLifeSupport, canLogInToClaimSystem: canLogIn });
	const postedToday = today ? reissueTimeline({ sent: today, byPost: envelope.needed === true }) : null;
	const reiwa = formDate(form.date);
	const reason = boxFor('reason');
	const blanks = blankNote(form);
	const dateBlank = dateBlankReason(form.date);

	const onSubmit = (e: SubmitEvent<HTMLFormElement>) => {
		e.preventDefault();
		setAttempted(true);
		if (errorFields.length > 0) {
			// Errors are summarised at the top and focus moves there, so they are read out first.
			window.setTimeout(() => summaryRef.current?.focus(), 0);
			return;
		}
		window.print();
	};

	const focusField = (field: ReissueField) => {
		const target = document.getElementById(field === 'certificate' ? `${id}-certificate` : `${id}-${field}`);
		target?.focus();
	};

	return (
		<section className="tool not-content" aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`}>再発行依頼書を作る</h2>
			{attempted && errorFields.length > 0 && (
				<div className="tool-error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby={`${id}-summary-title`}>
					<h3 id={`${id}-summary-title`}>入力内容を確認してください（{errorFields.length} 件）</h3>
					<ul className="tool-list">
						{errorFields.map((f) => (
							<li key={f}>
								<a
									href={`#${id}-${f}`}
									onClick={(e) => {
										e.preventDefault();
										focusField(f);
									}}
								>
									{FIELD_LABELS[f]}
								</a>
								: {errors[f]}
							</li>
						))}
					</ul>
				</div>
			)}
			<form onSubmit={onSubmit} noValidate autoComplete="off">
				<fieldset aria-describedby={shown('certificate') ? `${id}-certificate-error` : undefined}>
					<legend>再発行するパスワード {reissueCheckNote.value}</legend>
					<div className="tool-choice">
						<input
							type="checkbox"
							id={`${id}-certificate`}
							checked={form.certificate}
							aria-invalid={shown('certificate') ? true : undefined}
							onChange={(e) => {
								set('certificate', e.target.checked);
								touch('certificate');
							}}
						/>
						<label htmlFor={`${id}-certificate`}>{reissueBoxCertificate.value}（証明書発行用パスワード）</label>
					</div>
					<div className="tool-choice">
						<input
							type="checkbox"
							id={`${id}-login`}
							checked={form.login}
							aria-invalid={shown('certificate') ? true : undefined}
							onChange={(e) => {
								set('login', e.target.checked);
								touch('certificate');
							}}
						/>
						<label htmlFor={`${id}-login`}>{reissueBoxLogin.value}（かながわシステムのユーザ ID・パスワード）</label>
					</div>
					{shown('certificate') && (
						<p className="tool-error" id={`${id}-certificate-error`}>
							{errors.certificate}
						</p>
					)}
				</fieldset>

				<Field id={id} field="reason" error={shown('reason')} hint={`記載例: ${reissueExample.value.reason}（${MAX_LENGTH.reason} 文字まで）`}>
					<textarea
						id={`${id}-reason`}
						rows={3}
						{...reason.box}
						// A long unbroken line takes Chromium seconds to wrap (issue 17): shown unwrapped past what fits the form many times over.
						wrap={form.reason.length > 1000 ? 'off' : 'soft'}
						aria-describedby={describedBy('reason', true)}
						aria-invalid={shown('reason') ? true : undefined}
						onBlur={() => touch('reason')}
					/>
					{reason.cut}
				</Field>

				<Field id={id} field="date" error={shown('date')} hint={reiwa ? `用紙には「令和 ${reiwa.year} 年 ${reiwa.month} 月 ${reiwa.day} 日」と印刷します。` : (dateBlank ?? '記入する日。用紙には令和で印刷します。')}>
					<input
						id={`${id}-date`}
						type="date"
						value={form.date}
						aria-describedby={describedBy('date', true)}
						aria-invalid={shown('date') ? true : undefined}
						onChange={(e) => set('date', e.target.value)}
						onBlur={() => touch('date')}
					/>
				</Field>

				<Field id={id} field="officeNumber" error={shown('officeNumber')} hint={`半角数字 10 桁（全角で入力しても半角に直します）。記載例: ${reissueExample.value.officeNumber}`}>
					<input
						id={`${id}-officeNumber`}
						type="text"
						inputMode="numeric"
						value={form.officeNumber}
						aria-describedby={describedBy('officeNumber', true)}
						aria-invalid={shown('officeNumber') ? true : undefined}
						onChange={(e) => set('officeNumber', e.target.value)}
						onBlur={() => {
							set('officeNumber', normalizeOfficeNumber(form.officeNumber));
							touch('officeNumber');
						}}
					/>
				</Field>

				{TEXT_FIELDS.map(({ field, type, hint, autoComplete }) => {
					const { box, cut } = boxFor(field);
					return (
						<Field key={field} id={id} field={field} error={shown(field)} hint={hint}>
							<input
								id={`${id}-${field}`}
								type={type}
								className="tool-wide"
								{...box}
								autoComplete={autoComplete}
								aria-describedby={describedBy(field, true)}
								aria-invalid={shown(field) ? true : undefined}
								onBlur={() => touch(field)}
							/>
							{cut}
						</Field>
					);
				})}

				<h3>返信用封筒が必要か確かめる</h3>
				{asksCommunityLifeSupport(form.officeNumber) && (
					<YesNoChoice
						id={`${id}-community`}
						legend="地域生活支援事業所ですか"
						hint="事業所番号の頭 2 桁が 14 以外（神奈川県外）の事業所だけが答えます。"
						value={communityLifeSupport}
						onChange={setCommunityLifeSupport}
						withUnknown
					/>
				)}
				<YesNoChoice
					id={`${id}-claim`}
					legend="電子請求受付システムにログインできますか"
					value={canLogIn}
					onChange={setCanLogIn}
				/>
				<p className="tool-status" role="status" data-tone={envelope.needed === true ? 'warn' : envelope.needed === false ? 'ok' : undefined}>
					{envelope.message}
				</p>
				{envelope.reasons.length > 0 && (
					<ul className="tool-list" aria-label="返信用封筒が必要な理由">
						{envelope.reasons.map((r) => (
							<li key={r}>{r}</li>
						))}
					</ul>
				)}
				{postedToday && today && (
					<p>
						今日（{formatBoth(today)}）郵送すると、連合会に届くのは早くても {formatBoth(postedToday.arrival)} です。{postedToday.billingMessage}
						{envelope.needed === true
							? ' 返信用封筒で郵送されるため、受け取りまでにさらに時間がかかります。'
							: ` 新しいパスワードは ${formatBoth(postedToday.checkFrom)} ごろから「お知らせ」で確認します。`}
					</p>
				)}

				<p className="tool-status" role="status" data-reissue-blanks="">
					{blanks ?? ''}
				</p>
				<div className="tool-row">
					<button type="submit" className="tool-button">
						確認して印刷する
					</button>
					{/* 3.19: blanks can be filled in by hand, so a part-filled form prints as it is. */}
					<button type="button" className="tool-button tool-button--quiet" onClick={() => window.print()}>
						空欄のまま印刷する
					</button>
					<span className="tool-hint">
						印刷した用紙に{reissueFields.seal.value}を押印して郵送します（記載例の注記: {reissueSealNote.value}）。
					</span>
				</div>
			</form>

			<h3>印刷イメージ（A4 1 枚）</h3>
			<div className="reissue-preview">
				<Sheet form={form} />
			</div>
			<PrintCopy form={form} />
		</section>
	);
}

/** The copy that is printed: a direct child of <body>, so the print stylesheet can hide everything else. */
function PrintCopy({ form }: { form: Form }) {
	const [body, setBody] = useState<HTMLElement | null>(null);
	useEffect(() => setBody(document.body), []);
	if (!body) return null;
	return createPortal(
		<div className="reissue-print-root" aria-hidden="true">
			<Sheet form={form} />
		</div>,
		body,
	);
}
