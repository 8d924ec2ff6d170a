// Take README screenshots of the release build: `node tests/e2e/screenshots.mjs [outdir]`.
import { launch, newContext, open, serveDist, savedStatus } from './harness.mjs';

const out = process.argv[2] ?? 'docs/screenshots';
const server = await serveDist();
const browser = await launch();
try {
  const ctx = await newContext(browser, server.url);
  const page = await ctx.newPage();
  await open(page, server.url);
  await savedStatus(page);
  await page.screenshot({ path: `${out}/portfolio.png`, fullPage: true });
  await open(page, server.url, '/client/c2');
  await page.screenshot({ path: `${out}/client.png`, fullPage: true });
  await open(page, server.url, '/scenarios');
  await page.getByRole('button', { name: 'New scenario' }).first().click();
  await page.getByLabel('Name').fill('Care programme');
  await page.locator('#sc-care_spend').fill('2000');
  await page.getByRole('button', { name: 'New scenario' }).first().click();
  await page.getByLabel('Name').fill('Price rise 5%');
  await page.locator('#sc-price_change').fill('5');
  await page.locator('#sc-retention').fill('82');
  await page.getByRole('tab', { name: 'Care programme' }).click();
  await savedStatus(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${out}/scenarios.png`, fullPage: true });
  await open(page, server.url, '/data');
  await page.locator('#tx-file').setInputFiles(new URL('../fixtures/cdnow/CDNOW_sample.txt', import.meta.url).pathname);
  await page.locator('#tx-customer').selectOption('1');
  await page.locator('#tx-date').selectOption('2');
  await page.locator('#tx-amount').selectOption('4');
  await page.locator('#tx-qty').selectOption('3');
  await page.locator('#tx-datefmt').selectOption('YYYYMMDD');
  await page.getByRole('button', { name: 'Read all lines' }).click();
  await page.getByTestId('tx-summary').waitFor();
  await page.locator('#tx-cal').fill('1997-09-30');
  await page.getByRole('button', { name: 'Import and fit the models' }).click();
  await page.getByTestId('fit-bgnbd').waitFor();
  await page.screenshot({ path: `${out}/purchases.png`, fullPage: true });
  await page.evaluate(() => localStorage.setItem('retention-calculator', '{"schema_version":3,"rev'));
  await page.reload();
  await page.getByTestId('recovery').waitFor();
  await page.screenshot({ path: `${out}/recovery.png`, fullPage: true });
  await ctx.close();
} finally {
  await browser.close();
  await server.close();
}
