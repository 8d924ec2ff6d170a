// End-to-end: a summary import (no transactions). donations.csv (22 aggregated histories of
// 11,104 donors, yearly occasions) fitted by BG/BB shows the published parameters; a CRM summary
// in weeks with demo clients' ids gives a client page the chance of an order before the next
// planned contact; a transaction history counted per year is fitted by BG/BB too.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { newContext, open, savedStatus, seeded, withApp } from './harness.mjs';

const DONATIONS = join(resolve(import.meta.dirname, '..'), 'fixtures', 'donations', 'donations.csv');
const app = withApp();

describe('new purchase models', () => {
  test('import donations.csv as a summary by year, fit BG/BB, see the published parameters', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url, '/data');
    const panel = page.getByTestId('summary-import');
    await panel.getByTestId('summary-unit').selectOption('occasions-years');
    await panel.getByTestId('summary-file').setInputFiles(DONATIONS);
    await panel.getByTestId('summary-read').getByText('22 rows read, for 11,104 customers.').waitFor();
    await panel.getByTestId('summary-use').click();
    const row = page.getByTestId('fit-bgbb');
    await row.waitFor();
    const params = await row.getByTestId('bgbb-params').textContent();
    const value = (name) => Number(params.match(new RegExp(`${name} = ([0-9.]+)`))[1]);
    // Fader, Hardie & Shang (2010): α = 1.204, β = 0.750, γ = 0.657, δ = 2.783.
    assert.equal(value('α').toFixed(3), '1.204', params);
    assert.equal(value('β').toFixed(3), '0.750', params);
    assert.equal(value('γ').toFixed(3), '0.657', params);
    assert.equal(value('δ').toFixed(3), '2.783', params);
    // Standard errors beside them.
    assert.match(await row.getByTestId('fit-se').textContent(), /α ± 0\.069/);
    // P(alive next year) of the donor who gave in every year: 93%.
    const table = page.getByTestId('occasion-table');
    const last = table.locator('tbody tr').filter({ hasText: '1,203' });
    assert.match(await last.textContent(), /93%/);
    await savedStatus(page);
    await page.reload();
    await page.getByTestId('fit-bgbb').waitFor();
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('import a transaction history counted per year and see the BG/BB fit', async () => {
    // 500 donors first giving between 2018 and 2021; each year an alive donor gives with their
    // own chance, and drops out with their own chance.
    const rand = seeded(7);
    const lines = ['donor,date,amount'];
    for (let c = 0; c < 500; c++) {
      const first = 2018 + Math.floor(rand() * 4);
      const p = 0.2 + rand() * 0.7;
      const drop = rand() * 0.5;
      const day = (y) => `${y}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      lines.push(`g${c},${day(first)},${(10 + rand() * 90).toFixed(2)}`);
      for (let y = first + 1; y <= 2024; y++) {
        if (rand() < drop) break;
        if (rand() < p) lines.push(`g${c},${day(y)},${(10 + rand() * 90).toFixed(2)}`);
      }
    }
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url, '/data');
    await page.locator('#tx-file').setInputFiles({ name: 'gifts.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.getByTestId('tx-read-all').click();
    await page.getByTestId('tx-summary').getByText('500 customers').waitFor();
    // Continuous time by default; per year explains itself and asks no calibration period.
    assert.equal(await page.getByTestId('tx-time').inputValue(), 'continuous');
    assert.match(await page.getByTestId('tx-time-hint').textContent(), /any day/);
    await page.getByTestId('tx-time').selectOption('years');
    assert.match(await page.getByTestId('tx-time-hint').textContent(), /renewals, seasons, donations/);
    assert.equal(await page.locator('#tx-cal').count(), 0);
    // The last gift (days 1–28 of a month in 2024) is inside 2024: that year would be left out.
    assert.match(await page.getByTestId('tx-partial-occasion').textContent(), /Set the observation end to 31 Dec 2024 to count it/);
    // One whole year observed is refused in words.
    await page.locator('#tx-obs').fill('2018-12-31');
    await page.getByTestId('tx-import').click();
    await page.getByTestId('tx-error').getByText(/only 1 whole year observed up to/).waitFor();
    await page.locator('#tx-obs').fill('2024-12-31');
    assert.equal(await page.getByTestId('tx-partial-occasion').count(), 0);
    await page.getByTestId('tx-import').click();
    const row = page.getByTestId('fit-bgbb');
    await row.waitFor();
    const params = await row.getByTestId('bgbb-params').textContent();
    for (const name of ['α', 'β', 'γ', 'δ']) {
      const m = params.match(new RegExp(`${name} = ([0-9.]+)`));
      assert.ok(m && Number(m[1]) > 0, params);
    }
    assert.match(await row.getByTestId('fit-se').textContent(), /α ± \d/);
    assert.match(await page.locator('.lead').first().textContent(), /gifts\.csv: [\d,]+ purchases by 500 customers, counted per year from/);
    // P(alive), expected gifts ahead and DERT for every history.
    const table = page.getByTestId('occasion-table');
    await table.waitFor();
    assert.ok((await table.locator('tbody tr').count()) > 5);
    assert.match(await table.locator('tbody tr').first().textContent(), /\d+%/);
    await savedStatus(page);
    await page.reload();
    await page.getByTestId('fit-bgbb').waitFor();
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test("a summary with clients' ids gives the chance of an order before the next planned contact", async () => {
    const rand = seeded(11);
    const lines = ['customer_id,frequency,recency,T,monetary_value'];
    for (let c = 0; c < 400; c++) {
      const T = 20 + Math.floor(rand() * 33);
      const rate = rand() * 0.4;
      const alive = 5 + rand() * 60;
      let x = 0;
      let last = 0;
      for (let t = 1; t <= Math.min(T, alive); t++) if (rand() < rate) { x += 1; last = t; }
      lines.push(`s${c},${x},${last},${T},${x ? (20 + rand() * 40).toFixed(2) : 0}`);
    }
    lines.push('c1,12,50,52,80.00', 'c5,1,3,52,40.00');
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url, '/data');
    const panel = page.getByTestId('summary-import');
    await panel.getByTestId('summary-unit').selectOption('weeks');
    // A row that breaks a rule is named by its line.
    const bad = [...lines.slice(0, 3), 'x1,0,4,10,0'].join('\n');
    await panel.getByTestId('summary-file').setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await panel.getByTestId('summary-row-errors').getByText('Line 4: no repeat purchase, so recency must be 0 (got 4)').waitFor();
    await panel.getByTestId('summary-file').setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await panel.getByTestId('summary-read').getByText('402 rows read, for 402 customers.').waitFor();
    await panel.getByTestId('summary-use').click();
    await page.getByTestId('fit-mbgnbd').waitFor();
    await page.getByTestId('fit-bgnbd').waitFor();
    await savedStatus(page);
    // Probabilities for any horizon, per customer and model.
    await page.locator('#pc-id').fill('c1');
    await page.locator('#pc-days').fill('60');
    const chances = page.getByTestId('chance-table');
    await chances.waitFor();
    assert.equal(await chances.locator('tbody tr').count(), 3, 'BG/NBD, Pareto/NBD and MBG/NBD');
    assert.match(await chances.locator('tbody tr').first().textContent(), /BG\/NBD\d+%\d+%\d+%/);

    await open(page, app.url, '/client/c1');
    const card = page.getByTestId('client-order-chance');
    await card.waitFor();
    // The demo client has no contact dated after today yet.
    if ((await card.getAttribute('data-state')) === 'none-planned') {
      assert.match(await card.textContent(), /No contact is planned/);
    }
    const soon = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
    const interactions = page.getByTestId('records-interactions');
    await interactions.getByLabel('Date').fill(soon);
    await interactions.getByLabel('Note').fill('Planned review');
    await interactions.getByRole('button', { name: 'Add' }).click();
    await page.locator('[data-testid=client-order-chance][data-state=planned]').waitFor();
    const text = await card.textContent();
    assert.match(text, /Chance of at least one order before then: \d+%/);
    const chance = Number(await card.getByTestId('order-chance').getAttribute('data-value'));
    assert.ok(chance > 0.3 && chance < 1, `a steady buyer is likely to order within a month (${chance})`);
    assert.match(text, /90% interval \d+%–\d+%/);
    assert.deepEqual(errors, []);
    await ctx.close();
  });
});
