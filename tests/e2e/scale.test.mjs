// Purchase histories at real scale: every customer kept (in IndexedDB), counted, exported and
// still there after a reload; a refused IndexedDB write leaves the previous history intact.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { newContext, open, savedStatus, seeded, withApp } from './harness.mjs';

const app = withApp();

/** A deterministic history of `customers` customers, one to five purchases each. */
function history(customers, prefix = 'u') {
  const rand = seeded(11);
  const day = (n) => new Date(Date.UTC(2024, 0, 1) + n * 86400000).toISOString().slice(0, 10);
  const lines = ['customer,date,amount'];
  for (let c = 0; c < customers; c++) {
    let t = Math.floor(rand() * 300);
    const n = 1 + Math.floor(rand() * 5);
    for (let k = 0; k < n && t < 700; k++) {
      lines.push(`${prefix}${c},${day(t)},${(5 + rand() * 95).toFixed(2)}`);
      t += 5 + Math.floor(rand() * 120);
    }
  }
  return lines.join('\n');
}

async function importHistory(page, name, text) {
  await open(page, app.url, '/data');
  await page.locator('#tx-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Read all lines' }).click();
  await page.getByTestId('tx-summary').getByText('Ready to import').waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Import and fit the models' }).click();
}

const customersShown = async (page) =>
  (await page.getByTestId('customer-pages').textContent()).match(/of ([\d,]+)/)[1].replace(/,/g, '');

describe('purchase histories at real scale', () => {
  test('25,000 customers: every one kept, counted, exported and still there after a reload', { timeout: 300_000 }, async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await importHistory(page, 'shop-25k.csv', history(25_000));
    await page.getByTestId('fit-bgnbd').waitFor({ timeout: 120_000 });
    await page.getByTestId('customer-pages').waitFor({ timeout: 60_000 });
    assert.equal(await customersShown(page), '25000');
    await savedStatus(page);

    // The main document stays small: the customers are in IndexedDB, named by the document.
    const doc = await page.evaluate(() => JSON.parse(localStorage.getItem('retention-calculator')));
    assert.deepEqual(doc.data.purchases.summary, []);
    assert.equal(doc.data.purchases.bulk.customers, 25_000);
    assert.ok(JSON.stringify(doc).length < 200_000, `document of ${JSON.stringify(doc).length} characters`);

    // "Likely active" is the sum of P(alive) over every customer, as exported.
    const alive = Number(await page.getByTestId('likely-active').getAttribute('data-value'));
    assert.ok(alive > 0, `likely active: ${alive}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const lines = (await readFile(await download.path())).toString('utf8').trim().split('\n');
    assert.equal(lines.length, 25_001, 'the header and every customer');
    const pAlive = lines.slice(1).reduce((sum, l) => sum + Number(l.split(',')[5]), 0);
    assert.ok(Math.abs(pAlive - alive) < 0.05, `exported Σ P(alive) ${pAlive} vs shown ${alive}`);

    // Search reaches every customer, not only the first page.
    await page.locator('#pu-search').fill('u24999');
    assert.equal(await page.getByTestId('customer-table').locator('tbody tr').count(), 1);
    assert.equal(await customersShown(page), '1');

    // After a reload, every customer is read back from IndexedDB.
    await page.reload();
    await page.getByTestId('customer-pages').waitFor({ timeout: 60_000 });
    assert.equal(await customersShown(page), '25000');
    assert.equal(Number(await page.getByTestId('likely-active').getAttribute('data-value')).toFixed(6), alive.toFixed(6));
    await open(page, app.url, '/data');
    assert.match(await page.getByTestId('bulk-health').textContent(), /25,000 customers/);
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('an IndexedDB write refused for lack of space leaves the previous history intact and says so', { timeout: 180_000 }, async () => {
    // The service worker is kept out so that the import worker's script goes through the route below.
    const ctx = await newContext(app.browser, app.url, { serviceWorkers: 'block' });
    // Once `refuse` is set, the import worker's IndexedDB refuses every write as over quota.
    let refuse = false;
    await ctx.route('**/worker-loader.js', async (route) => {
      const response = await route.fetch();
      const patch = `(() => { const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      })();\n`;
      await route.fulfill({ response, body: (refuse ? patch : '') + (await response.text()) });
    });
    const page = await ctx.newPage();
    await importHistory(page, 'first.csv', history(300, 'a'));
    await page.getByTestId('customer-pages').waitFor({ timeout: 60_000 });
    await savedStatus(page);
    const before = await page.evaluate(() => JSON.parse(localStorage.getItem('retention-calculator')).data.purchases);

    refuse = true;
    await importHistory(page, 'second.csv', history(900, 'b'));
    await page.getByText('storage for this site is full').first().waitFor({ timeout: 60_000 });
    await open(page, app.url, '/purchases');
    await page.getByTestId('customer-pages').waitFor({ timeout: 60_000 });
    assert.equal(await customersShown(page), '300', 'the previous history, all of it');
    assert.match(await page.locator('.lead').textContent(), /first\.csv/);
    const after = await page.evaluate(() => JSON.parse(localStorage.getItem('retention-calculator')).data.purchases);
    assert.deepEqual(after.bulk, before.bulk, 'the document still names the first history');
    await ctx.close();
  });
});
