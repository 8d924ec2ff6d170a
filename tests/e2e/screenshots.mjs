// Take README screenshots of the release build in English and Romanian:
// `node tests/e2e/screenshots.mjs [outdir]` writes <page>.png and <page>.ro.png.
// Selectors use ids and roles' positions, not words, so one script serves every language.
import { launch, newContext, open, savedStatus, serveDist } from './harness.mjs';

const out = process.argv[2] ?? 'docs/screenshots';
const server = await serveDist();
const browser = await launch();

async function saved(page) {
  await page.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.dataset.state === 'saved');
}

async function shoot(locale, suffix) {
  const ctx = await newContext(browser, server.url, { locale });
  const page = await ctx.newPage();
  await open(page, server.url);
  await saved(page);
  // First start opens the score help; show the pages as a returning user sees them.
  await page.locator('[data-testid=score-help] summary').click();
  await page.screenshot({ path: `${out}/portfolio${suffix}.png`, fullPage: true });
  await open(page, server.url, '/client/c2');
  await page.screenshot({ path: `${out}/client${suffix}.png`, fullPage: true });
  await open(page, server.url, '/scenarios');
  const newScenario = page.locator('div.page-head button.primary');
  await newScenario.click();
  await page.locator('#scenario-name').fill(locale.startsWith('ro') ? 'Program de îngrijire' : 'Care programme');
  await page.locator('#sc-care_spend').fill('2000');
  await newScenario.click();
  await page.locator('#scenario-name').fill(locale.startsWith('ro') ? 'Preț +5%' : 'Price rise 5%');
  await page.locator('#sc-price_change').fill('5');
  await page.locator('#sc-retention').fill('82');
  await page.getByRole('tab').nth(1).click();
  await saved(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${out}/scenarios${suffix}.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, server.url, '/data');
  await page.locator('#tx-file').setInputFiles(new URL('../fixtures/cdnow/CDNOW_sample.txt', import.meta.url).pathname);
  await page.locator('#tx-customer').selectOption('1');
  await page.locator('#tx-date').selectOption('2');
  await page.locator('#tx-amount').selectOption('4');
  await page.locator('#tx-qty').selectOption('3');
  await page.locator('#tx-datefmt').selectOption('YYYYMMDD');
  await page.locator('[data-testid=tx-read-all]').click();
  await page.getByTestId('tx-summary').waitFor();
  await page.locator('#tx-cal').fill('1997-09-30');
  await page.locator('[data-testid=tx-import]').click();
  await page.getByTestId('fit-bgnbd').waitFor();
  await page.screenshot({ path: `${out}/purchases${suffix}.png`, fullPage: true });
  await page.evaluate(() => localStorage.setItem('retention-calculator', '{"schema_version":3,"rev'));
  await page.reload();
  await page.getByTestId('recovery').waitFor();
  await page.screenshot({ path: `${out}/recovery${suffix}.png`, fullPage: true });
  await ctx.close();
}

/** The risk backtest with three demo clients lost on known days, and the client brief on a phone. */
async function shootBacktestAndPhone() {
  const ctx = await newContext(browser, server.url, { locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  await ctx.clock.install({ time: new Date('2026-11-20T10:00:00') });
  const page = await ctx.newPage();
  for (const [id, day] of [['c5', '2026-10-15'], ['c2', '2026-09-01'], ['c8', '2026-06-30']]) {
    await open(page, server.url, `/client/${id}`);
    await page.getByLabel('Journey stage').selectOption('lost');
    await page.getByLabel('Date lost').fill(day);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await savedStatus(page);
  }
  await open(page, server.url, '/settings');
  const section = page.getByTestId('risk-backtest');
  await section.getByTestId('roc-chart').locator('svg[role=img]').waitFor();
  await section.screenshot({ path: `${out}/backtest.png` });
  await ctx.close();
  const phone = await newContext(browser, server.url, { locale: 'ro-RO', viewport: { width: 390, height: 844 } });
  const p = await phone.newPage();
  await open(p, server.url, '/client/c2');
  await p.getByTestId('save-status').waitFor();
  await p.screenshot({ path: `${out}/client.phone.ro.png` });
  await phone.close();
}

try {
  await shoot('en-GB', '');
  await shoot('ro-RO', '.ro');
  await shootBacktestAndPhone();
} finally {
  await browser.close();
  await server.close();
}
