import { readFileSync } from 'node:fs';
import { test, expect, axeViolations } from './fixtures';
import { hydrated } from './tools-support';
import { ARRIVAL_BEFORE_SENDING } from '../../src/tools/deadlines';

/** Issue 10: the deadline calculator, by keyboard, in Japan dates, with an .ics download. */

test.beforeEach(async ({ page }) => {
	// Wednesday 5 November 2025, 10:00 in Tokyo (01:00 UTC): the desk is open.
	await page.clock.setFixedTime(new Date('2025-11-05T01:00:00Z'));
	await page.goto('/tools/deadlines/');
	await hydrated(page, 'DeadlineCalculator');
});

test('IE-mode pages added on a date: the last usable day, the holiday on it, what to do, and a calendar file', async ({ page }) => {
	const tool = page.locator('section.tool');
	await expect(tool).toContainText('今日（日本時間）: 令和7年（2025年）11月5日（水）');
	await expect(tool).toContainText('今は受付時間内です');

	// The date field's segments follow the browser's locale, so the value is filled, not typed digit by digit.
	const added = page.getByLabel('IE モード ページに追加した日');
	await added.fill('2025-10-07');
	await expect(page.getByRole('status').filter({ hasText: '期限を計算しました' })).toHaveText('1 件の期限を計算しました。もうすぐ期限 1 件。');
	const card = page.getByRole('article', { name: /IE モード ページ/ });
	// 10/7 + 30 days = 11/6 (有効期限); the last usable day is 11/5, today.
	await expect(card).toContainText('今日が最終日');
	await expect(card).toContainText('令和7年（2025年）11月5日（水）');
	await expect(card).toContainText('「2025/11/06」と表示されます');

	// Added on 10/5: the last day is 11/3, a holiday (文化の日), two days ago.
	await added.fill('2025-10-05');
	await expect(card).toContainText('最後に使える日から 2 日過ぎています。');
	await expect(card).toContainText('2.2.1 の手順 1.～7. をやり直します');
	await expect(card.getByRole('link', { name: '2.2.1 IE モードでサイトの再読み込みを許可する' })).toBeVisible();

	// Tab from the date fields to the download button and press Enter: an .ics file made in the page.
	const button = page.getByRole('button', { name: 'カレンダーに追加（.ics ファイルを保存）' });
	await button.focus();
	const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(download.suggestedFilename()).toBe('kanagawa-system-deadlines.ics');
	const ics = readFileSync((await download.path())!, 'utf8');
	expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
	expect(ics).toContain('DTSTART;VALUE=DATE:20251103\r\n');
	expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:【かながわシステム】Edge の IE モード ページ（証明書サービスの 2 つの URL）：使えるのはこの日まで');
	expect(await axeViolations(page)).toEqual([]);
});

test('a last usable day on a holiday names it and the open day before', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2025-10-20T01:00:00Z'));
	await page.reload();
	await hydrated(page, 'DeadlineCalculator');
	await page.getByLabel('IE モード ページに追加した日').fill('2025-10-05');
	const card = page.getByRole('article', { name: /IE モード ページ/ });
	await expect(card).toContainText('あと 14 日です。');
	await expect(card).toContainText('お問い合わせ窓口の休業日（祝日（文化の日））です');
	await expect(card).toContainText('令和7年（2025年）10月31日（金）までに');
});

test("the manual's sample: a temporary certificate issued 2023/03/20 is usable until 3/29, 有効期限 3/30", async ({ page }) => {
	await page.getByLabel('仮クライアント証明書の発行日').fill('2023-03-20');
	const card = page.getByRole('article', { name: /仮クライアント証明書/ });
	await expect(card).toContainText('令和5年（2023年）3月29日（水）');
	await expect(card).toContainText('「2023/03/30」と表示されます');
	await expect(card).toContainText('期限切れ');
});

test('a reissue request posted on the 8th: arrives on the 9th at the earliest and misses the month', async ({ page }) => {
	await page.getByLabel('再発行依頼を郵送した日').fill('2025-12-08');
	const card = page.getByRole('article', { name: 'パスワードの再発行依頼' });
	await expect(card).toContainText('令和7年（2025年）12月9日（火）（早くても送付の翌日として計算');
	await expect(card).toContainText('基本的に12月の請求には間に合いません');
	await expect(card).toContainText('令和7年（2025年）12月16日（火）ごろから');
	await page.getByLabel('連合会に届いた日（分かれば）').fill('2025-12-01');
	await expect(page.getByText(ARRIVAL_BEFORE_SENDING)).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('on a Saturday the desk says when it opens next', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2025-11-08T01:00:00Z'));
	await page.reload();
	await hydrated(page, 'DeadlineCalculator');
	await expect(page.locator('section.tool')).toContainText('今日は土曜日');
	await expect(page.locator('section.tool')).toContainText('次に受け付けるのは 令和7年（2025年）11月10日（月）');
});

/** Issue 17: the root certificate's 10 years, and every date the calculator cannot use is explained. */
test('the root certificate is calculated, and year 9999 or an arrival before posting gets a reason', async ({ page }) => {
	await page.getByLabel('ルート証明書の発行日').fill('2024-05-10');
	await expect(page.getByRole('article', { name: /ルート証明書/u })).toContainText('2034');
	await page.getByLabel('ルート証明書の発行日').fill('9999-01-01');
	await expect(page.locator('section.tool')).toContainText('この計算は 2000 年から 2099 年までの日付に対応しています（入力された年: 9999 年）');
	await page.getByLabel('再発行依頼を郵送した日').fill('2025-11-05');
	await page.getByLabel('連合会に届いた日（分かれば）').fill('2025-11-01');
	await expect(page.locator('section.tool')).toContainText('届いた日が郵送した日より前になっています');
});
