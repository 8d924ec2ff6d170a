// End-to-end: import the CDNOW purchase history through the UI, fit the models, see the
// published parameters, export the per-customer CSV, reload and find it kept.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { newContext, open, pageWidthFits, savedStatus, seeded, withApp } from './harness.mjs';

const FIXTURE = join(resolve(import.meta.dirname, '..'), 'fixtures', 'cdnow', 'CDNOW_sample.txt');
const app = withApp();

describe('purchase histories', () => {
  test('import CDNOW, fit, see the published parameters, export the CSV', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url, '/data');
    const panel = page.getByTestId('transaction-import');
    await page.locator('#tx-file').setInputFiles(FIXTURE);
    await panel.getByText('CDNOW_sample.txt').first().waitFor();
    // Columns: master id, sample id, date (YYYYMMDD), CDs, dollars. Key by the sample id.
    await page.locator('#tx-delim').selectOption({ label: 'Spaces' });
    await page.locator('#tx-customer').selectOption('1');
    await page.locator('#tx-date').selectOption('2');
    await page.locator('#tx-amount').selectOption('4');
    await page.locator('#tx-qty').selectOption('3');
    await page.locator('#tx-datefmt').selectOption('YYYYMMDD');
    const preview = page.getByTestId('tx-preview');
    await preview.getByText('1 Jan 1997').first().waitFor();
    assert.equal(await preview.locator('tbody tr').first().locator('td').first().textContent(), '0001');
    await panel.getByRole('button', { name: 'Read all lines' }).click();
    await page.getByTestId('tx-summary').getByText('Ready to import 6,919 purchases of 2,357 customers').waitFor();
    assert.equal(await page.locator('#tx-obs').inputValue(), '1998-06-30');
    await page.locator('#tx-cal').fill('1997-09-30');
    await panel.getByRole('button', { name: 'Import and fit the models' }).click();

    await page.getByRole('heading', { level: 1, name: 'Purchases' }).waitFor();
    assert.equal(await pageWidthFits(page), true, 'the charts and their hidden figure tables fit the window');
    const bg = await page.getByTestId('fit-bgnbd').textContent();
    assert.match(bg, /r = 0\.24[23]\d*, α = 4\.41\d*, a = 0\.79[23]\d*, b = 2\.42\d*/, bg);
    assert.match(bg, /[−-]9,582\.[34]/, bg);
    const pareto = await page.getByTestId('fit-pareto').textContent();
    assert.match(pareto, /r = 0\.55[23]\d*, α = 10\.5\d*, s = 0\.60[56]\d*, β = 11\.6\d*/, pareto);
    const gg = await page.getByTestId('fit-gamma').textContent();
    assert.match(gg, /p = 6\.2\d*, q = 3\.7\d*, γ = 15\.4\d*/, gg);
    await page.getByTestId('holdout').getByText('repeat purchases').waitFor();
    assert.ok(await page.getByTestId('palive-heatmap').locator('rect').count() > 100);
    assert.equal(await page.getByTestId("customer-table").locator("tbody tr").count(), 25);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = (await readFile(await download.path())).toString('utf8').trim().split('\n');
    assert.equal(csv[0], 'customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv,problem');
    assert.equal(csv.length, 2358);
    const first = csv.find((l) => l.startsWith('0001,'));
    const [, x, tx, T, , pAlive] = first.split(',').map(Number);
    assert.deepEqual([x, Math.round(tx * 100) / 100, Math.round(T * 100) / 100], [2, 30.43, 38.86], first);
    assert.ok(pAlive > 0 && pAlive < 1, first);

    await savedStatus(page);
    await page.reload();
    assert.match(await page.getByTestId('fit-bgnbd').textContent(), /r = 0\.24/);
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('a file that is not a purchase history is explained and nothing is kept', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/data');
    await page.locator('#tx-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello\n') });
    await page.getByTestId('tx-error').waitFor();
    await page.locator('#tx-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv',
      buffer: Buffer.from('customer;date;amount\nA;2025-01-03;10,50\nB;not a date;3\nC;2025-02-01;=cmd\n') });
    await page.getByRole('button', { name: 'Read all lines' }).click();
    const summary = page.getByTestId('tx-summary');
    await summary.getByText('Ready to import 1 purchase of 1 customer').waitFor();
    await summary.getByText('Line 3:').waitFor();
    await summary.getByText('Line 4:').waitFor();
    await open(page, app.url, '/purchases');
    await page.getByText('No purchase history yet').waitFor();
    await ctx.close();
  });
});

describe('purchase history and the portfolio', () => {
  test("a client found in the imported history shows the model's view and a purchase-model risk factor", async () => {
    // A synthetic history: 300 shop customers plus two of the demo clients' ids, one buying
    // steadily to the end, one who stopped early.
    const rand = seeded(7);
    const lines = ['customer,date,amount'];
    const day = (n) => new Date(Date.UTC(2025, 0, 1) + n * 86400000).toISOString().slice(0, 10);
    for (let c = 0; c < 300; c++) {
      let t = Math.floor(rand() * 200);
      const stop = 200 + Math.floor(rand() * 500);
      while (t < Math.min(stop, 700)) {
        lines.push(`s${c},${day(t)},${(10 + rand() * 90).toFixed(2)}`);
        t += 10 + Math.floor(rand() * 80);
      }
    }
    for (let t = 0; t <= 700; t += 30) lines.push(`c1,${day(t)},120.00`);
    for (let t = 0; t <= 120; t += 30) lines.push(`c5,${day(t)},80.00`);
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/data');
    await page.locator('#tx-file').setInputFiles({ name: 'shop.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.getByRole('button', { name: 'Read all lines' }).click();
    await page.getByTestId('tx-summary').getByText('302 customers').waitFor();
    await page.getByRole('button', { name: 'Import and fit the models' }).click();
    await page.getByTestId('fit-bgnbd').waitFor();
    await savedStatus(page);

    await open(page, app.url, '/client/c5');
    const card = page.getByTestId('client-purchase-model');
    await card.waitFor();
    assert.match(await card.textContent(), /still buying at \d+%/);
    const factor = page.getByTestId('client-scores').locator('li[data-factor=purchase_model]');
    await factor.waitFor();
    assert.match(await factor.textContent(), /still buys at \d+(\.\d)?%/);
    // The steady buyer is judged more likely active than the one who stopped.
    const pct = async (id) => {
      await open(page, app.url, `/client/${id}`);
      return Number((await page.getByTestId('client-purchase-model').textContent()).match(/still buying at (\d+)%/)[1]);
    };
    assert.ok((await pct('c1')) > (await pct('c5')));
    await ctx.close();
  });
});
