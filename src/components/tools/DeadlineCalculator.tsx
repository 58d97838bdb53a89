import { useEffect, useId, useState } from 'react';
import { contactHoursText, contactPhone } from '../../facts';
import {
	ARRIVAL_BEFORE_SENDING,
	arrivalBeforeSending,
	computeDeadline,
	DATE_RANGE,
	dateProblem,
	deadlineDefs,
	reissueTimeline,
	type Deadline,
	type DeadlineKind,
	type ReissueTimeline,
} from '../../tools/deadlines';
import { deskNow, YEAR_END_CLOSURE_TEXT } from '../../tools/contact-desk';
import { buildIcs, ICS_MIME, type IcsEvent } from '../../tools/ics';
import { formatBoth, formatSlashed, parseDate, tokyoDate, toIsoDate, type CalendarDate } from '../../tools/japan-date';
import type { HolidayTable } from '../../tools/holidays';
import { refHref, refLabel } from '../../tools/links';
import { RefLinks } from './RefLinks';
import './tools.css';

type Dates = Partial<Record<DeadlineKind, string>>;

const STATUS_TEXT: Record<Deadline['status'], { label: string; tone: string }> = {
	ok: { label: '期限内', tone: 'ok' },
	soon: { label: 'もうすぐ期限', tone: 'warn' },
	'last-day': { label: '今日が最終日', tone: 'warn' },
	passed: { label: '期限切れ', tone: 'ng' },
};

function remaining(d: Deadline): string {
	if (d.status === 'passed') return `最後に使える日から ${-d.daysLeft} 日過ぎています。`;
	if (d.status === 'last-day') return '今日が最後に使える日です。';
	return `あと ${d.daysLeft} 日です。`;
}

function DeadlineCard({ d }: { d: Deadline }) {
	const s = STATUS_TEXT[d.status];
	const unit = 'days' in d.def.period ? `${d.def.period.days} 日後` : `${d.def.period.years} 年後`;
	return (
		<article className="tool-card" aria-labelledby={`deadline-${d.def.kind}`}>
			<h3 id={`deadline-${d.def.kind}`}>
				<span className="tool-tag" data-tone={s.tone}>
					{s.label}
				</span>
				{d.def.name}
			</h3>
			<dl>
				<dt>期間</dt>
				<dd>{d.def.periodText}</dd>
				<dt>{d.def.startLabel}</dt>
				<dd>{formatBoth(d.start)}</dd>
				<dt>最後に使える日</dt>
				<dd>
					<strong>{formatBoth(d.lastDay)}</strong>（{remaining(d)}）
				</dd>
				<dt>有効期限の日付</dt>
				<dd>
					{formatBoth(d.end)}（{d.def.startLabel}の {unit}）。
					{d.def.shownAs && `${d.def.shownAs}には「${formatSlashed(d.end)}」と表示されます。`}
					この日のうちに使えなくなるため、前の日までに済ませてください。
				</dd>
			</dl>
			{d.status !== 'passed' && !d.lastDayDesk.open && (
				<p>
					最後に使える日は、お問い合わせ窓口の休業日（{d.lastDayDesk.closedBecause}）です。
					{d.lastDeskDay ? `窓口に相談が必要になりそうなら、${formatBoth(d.lastDeskDay)}までに。` : ''}
				</p>
			)}
			{d.status === 'passed' ? (
				<>
					<p>
						<strong>期限が過ぎたら:</strong> {d.def.after.text}
					</p>
					<RefLinks refs={d.def.after.refs} />
				</>
			) : (
				<>
					<p>
						<strong>期限までに:</strong> {d.def.before.text}
					</p>
					<RefLinks refs={d.def.before.refs} />
					<p>
						<strong>期限が過ぎたら:</strong> {d.def.after.text}
					</p>
					<RefLinks refs={d.def.after.refs} />
				</>
			)}
		</article>
	);
}

function ReissueCard({ r }: { r: ReissueTimeline }) {
	return (
		<article className="tool-card" aria-labelledby="deadline-reissue">
			<h3 id="deadline-reissue">パスワードの再発行依頼</h3>
			<dl>
				<dt>送付した日</dt>
				<dd>{formatBoth(r.sent)}</dd>
				<dt>連合会に届く日</dt>
				<dd>
					{formatBoth(r.arrival)}
					{r.arrivalAssumed && '（早くても送付の翌日として計算。郵便の配達日数によって遅くなります）'}
				</dd>
				<dt>{r.byPost ? 'パスワードの発送' : 'お知らせを確認する日'}</dt>
				<dd>
					<strong>{formatBoth(r.checkFrom)}</strong>ごろから（受領した日から概ね 1 週間後）
				</dd>
			</dl>
			<p>
				{r.byPost
					? '返信用封筒を同封した場合、パスワードは簡易書留で郵送されます。事業所に届くまでにさらに時間がかかります。'
					: '連合会はアップロードが終わったことを知らせません。送付から 1 週間を目安に、電子請求受付システムの「お知らせ」を確認してください。'}
			</p>
			<p>
				<strong>当月の請求:</strong> {r.billingMessage}
				{r.byPost && ' 郵送で受け取る場合は、さらに時間がかかります。'}
			</p>
			<p>依頼をすると現在のパスワードは初期化され、新しいパスワードが届くまでログインできません。</p>
			<RefLinks refs={[{ number: '3.19' }]} />
		</article>
	);
}

function icsEvents(deadlines: readonly Deadline[], reissue: ReissueTimeline | null, origin: string): IcsEvent[] {
	const events: IcsEvent[] = deadlines.map((d) => {
		const ref = d.def.after.refs[0]!;
		return {
			uid: `${d.def.kind}-${toIsoDate(d.start)}@kanagawa-setup-practice`,
			date: d.lastDay,
			summary: `【かながわシステム】${d.def.name}：使えるのはこの日まで`,
			description: `${d.def.periodText}（${d.def.startLabel}: ${formatSlashed(d.start)}）。有効期限の日付は ${formatSlashed(d.end)}。期限が過ぎたら: ${d.def.after.text} ${refLabel(ref)}`,
			url: origin + refHref(ref),
			alarmDaysBefore: d.def.remindDaysBefore,
		};
	});
	if (reissue) {
		events.push({
			uid: `reissue-${toIsoDate(reissue.sent)}@kanagawa-setup-practice`,
			date: reissue.checkFrom,
			summary: reissue.byPost
				? '【かながわシステム】再発行パスワードの郵送を待つ（受領から概ね 1 週間）'
				: '【かながわシステム】電子請求受付システムの「お知らせ」で再発行パスワードを確認',
			description: `パスワード再発行依頼を ${formatSlashed(reissue.sent)} に送付。受領から概ね 1 週間後にアップロードされます（連合会からの連絡はありません）。`,
			url: origin + refHref({ number: '3.19' }),
		});
	}
	return events;
}

function download(text: string, filename: string): void {
	// A Blob made here and saved by the browser: the dates never leave this PC.
	const url = URL.createObjectURL(new Blob([text], { type: ICS_MIME }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function DateField({
	id,
	label,
	hint,
	value,
	onChange,
	error,
}: {
	id: string;
	label: string;
	hint: string;
	value: string;
	onChange: (v: string) => void;
	error?: string | undefined;
}) {
	return (
		<div className="tool-field">
			<label htmlFor={id}>{label}</label>
			<p className="tool-hint" id={`${id}-hint`}>
				{hint}
			</p>
			<input
				id={id}
				type="date"
				value={value}
				min={`${DATE_RANGE.from}-01-01`}
				max={`${DATE_RANGE.to}-12-31`}
				aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
				aria-invalid={error ? true : undefined}
				onChange={(e) => onChange(e.target.value)}
			/>
			{error && (
				<p className="tool-error" id={`${id}-error`}>
					{error}
				</p>
			)}
		</div>
	);
}

/** Deadline calculator: dates the user knows → each deadline of the manual, in Japan dates. */
export default function DeadlineCalculator({ holidays }: { holidays: HolidayTable }) {
	const id = useId();
	const [now, setNow] = useState<Date | null>(null);
	const [dates, setDates] = useState<Dates>({});
	const [sent, setSent] = useState('');
	const [arrived, setArrived] = useState('');
	const [byPost, setByPost] = useState(false);

	// "Today" is the browser's clock, read after hydration (never at build time), as a Japan date.
	useEffect(() => {
		setNow(new Date());
		const timer = window.setInterval(() => setNow(new Date()), 60_000);
		return () => window.clearInterval(timer);
	}, []);

	const today: CalendarDate | null = now ? tokyoDate(now) : null;
	const desk = now ? deskNow(now, holidays) : null;

	const deadlines: Deadline[] = [];
	if (today) {
		for (const def of deadlineDefs) {
			const text = dates[def.kind] ?? '';
			const start = dateProblem(text) ? null : parseDate(text);
			if (start) deadlines.push(computeDeadline(def.kind, start, today, holidays));
		}
	}
	const sentError = dateProblem(sent);
	const arrivedError = dateProblem(arrived);
	const sentDate = sentError ? null : parseDate(sent);
	const arrivedDate = arrivedError ? null : parseDate(arrived);
	const arrivalError = arrivedError ?? (sentDate && arrivedDate && arrivalBeforeSending(sentDate, arrivedDate) ? ARRIVAL_BEFORE_SENDING : undefined);
	const reissue = sentDate && !arrivalError ? reissueTimeline({ sent: sentDate, arrived: arrivedDate, byPost }) : null;

	const passed = deadlines.filter((d) => d.status === 'passed').length;
	const near = deadlines.filter((d) => d.status === 'soon' || d.status === 'last-day').length;
	const count = deadlines.length + (reissue ? 1 : 0);
	const summary =
		count === 0
			? ''
			: `${count} 件の期限を計算しました。${passed ? `期限切れ ${passed} 件。` : ''}${near ? `もうすぐ期限 ${near} 件。` : ''}`;

	return (
		<section className="tool not-content" aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`}>期限の計算</h2>
			{/* Today is known only in the browser: nothing is said until then (without JavaScript, never). */}
			{today ? (
				<p>
					今日（日本時間）: <strong>{formatBoth(today)}</strong>
				</p>
			) : null}
			{desk && (
				<p>
					お問い合わせ窓口（{contactPhone.value}、{contactHoursText.value}）:{' '}
					{desk.openNow
						? '今は受付時間内です。'
						: desk.nextOpenIsToday
							? '今日はこの後、受付時間になります。'
							: `今は受付時間外です${desk.todayClosedBecause ? `（今日は${desk.todayClosedBecause}）` : ''}。次に受け付けるのは ${formatBoth(desk.nextOpen)} です。`}
					（年末年始は {YEAR_END_CLOSURE_TEXT} として計算しています）
				</p>
			)}
			<form onSubmit={(e) => e.preventDefault()}>
				<fieldset>
					<legend>分かっている日付を入力（分かるものだけ）</legend>
					{deadlineDefs.map((def) => (
						<DateField
							key={def.kind}
							id={`${id}-${def.kind}`}
							label={def.startLabel}
							hint={`${def.name}: ${def.periodText}。${def.startHint}。`}
							value={dates[def.kind] ?? ''}
							onChange={(v) => setDates((d) => ({ ...d, [def.kind]: v }))}
							error={dateProblem(dates[def.kind] ?? '')}
						/>
					))}
				</fieldset>
				<fieldset>
					<legend>パスワードの再発行依頼（3.19）</legend>
					<DateField
						id={`${id}-sent`}
						label="再発行依頼を郵送した日"
						hint="連合会宛に「パスワード再発行依頼」を郵送した日（これから送るなら送る予定の日）。"
						value={sent}
						onChange={setSent}
						error={sentError}
					/>
					<DateField
						id={`${id}-arrived`}
						label="連合会に届いた日（分かれば）"
						hint="分からなければ空けておきます。早くても郵送の翌日として計算します。"
						value={arrived}
						onChange={setArrived}
						error={arrivalError}
					/>
					<div className="tool-choice">
						<input id={`${id}-post`} type="checkbox" checked={byPost} onChange={(e) => setByPost(e.target.checked)} />
						<label htmlFor={`${id}-post`}>返信用封筒を同封した（パスワードを郵送で受け取る）</label>
					</div>
				</fieldset>
			</form>
			<p className="tool-status" role="status" data-tone={passed ? 'ng' : near ? 'warn' : count ? 'ok' : undefined}>
				{summary}
			</p>
			{deadlines.map((d) => (
				<DeadlineCard key={d.def.kind} d={d} />
			))}
			{reissue && <ReissueCard r={reissue} />}
			{count === 0 ? (
				<p>日付を入力すると、ここに期限と、期限までにすること・過ぎたときにすることを表示します。</p>
			) : (
				<div className="tool-row">
					<button
						type="button"
						className="tool-button"
						onClick={() => download(buildIcs(icsEvents(deadlines, reissue, window.location.origin), new Date()), 'kanagawa-system-deadlines.ics')}
					>
						カレンダーに追加（.ics ファイルを保存）
					</button>
					<span className="tool-hint">最後に使える日を終日の予定として保存します。ファイルはこのパソコンの中で作ります。</span>
				</div>
			)}
		</section>
	);
}
