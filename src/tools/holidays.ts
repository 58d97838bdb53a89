import holidayJp from '@holiday-jp/holiday_jp';

/**
 * Japanese public holidays (祝日, 振替休日, 国民の休日) from the maintained @holiday-jp/holiday_jp
 * data set, never a hand-typed list. Read at build time by the tool pages and handed to the
 * islands as a small table, so the browser does not download the whole 1970–2050 data set.
 */
export interface HolidayTable {
	/** First and last years the table covers; outside them a day's holiday status is unknown. */
	readonly firstYear: number;
	readonly lastYear: number;
	/** 'YYYY-MM-DD' → the holiday's Japanese name. */
	readonly days: Readonly<Record<string, string>>;
}

interface HolidayEntry {
	readonly date: string;
	readonly name: string;
}

/** 令和 (2019) onwards: every date the tools deal with is a date of the manual's era or later. */
export function japaneseHolidays(firstYear = 2019): HolidayTable {
	const entries = Object.values(holidayJp.holidays as Record<string, HolidayEntry>);
	const years = entries.map((h) => Number(h.date.slice(0, 4)));
	const lastYear = Math.max(...years);
	const days: Record<string, string> = {};
	for (const h of entries) if (Number(h.date.slice(0, 4)) >= firstYear) days[h.date] = h.name;
	return { firstYear, lastYear, days };
}
