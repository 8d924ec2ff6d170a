// End-to-end: the release build in headless Chromium, used as a person would.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STORAGE_KEY, newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();

describe('first start and navigation', () => {
  test('loads with the demo portfolio, every page is reachable, nothing leaves the origin', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url);
    await page.getByText('You are looking at demo data').waitFor();
    assert.equal(await page.getByTestId('total-clients').textContent(), '8');
    await savedStatus(page);
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    assert.equal(stored.schema_version, 3);
    assert.ok(stored.data.portfolio.clients.every((c) => c.demo === true));

    for (const [link, heading, path] of [
      ['Scenarios', 'Scenarios', '/scenarios'],
      ['Retention', 'Retention curves', '/retention'],
      ['Data', 'Data', '/data'],
      ['Settings', 'Settings', '/settings'],
      ['Portfolio', 'Demo agency portfolio', '/'],
    ]) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      assert.equal(new URL(page.url()).pathname, path);
    }
    await page.getByRole('link', { name: 'Balkan Pharma EOOD' }).click();
    await page.getByRole('heading', { level: 1, name: 'Balkan Pharma EOOD' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/client/c3');

    // A deep link and an unknown address.
    await open(page, app.url, '/client/c5');
    await page.getByRole('heading', { level: 1, name: 'Sofia Print House OOD' }).waitFor();
    await open(page, app.url, '/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await open(page, app.url, '/client/c999');
    await page.getByRole('heading', { name: 'Client not found' }).waitFor();

    assert.deepEqual(ctx.foreign, [], 'no request outside the app origin');
    assert.ok(ctx.requests.some((u) => u.endsWith('.wasm')), 'the wasm was loaded from the origin');
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('demo clients go in one click, and Undo brings them back', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url);
    await page.getByRole('button', { name: 'Remove demo clients' }).click();
    await page.getByRole('heading', { name: 'No clients yet' }).waitFor();
    await savedStatus(page);
    await page.reload();
    await page.getByRole('heading', { name: 'No clients yet' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).count().then((n) => assert.equal(n, 0, 'undo is not kept across reloads'));
    // Undo within the session.
    await ctx.close();
    const ctx2 = await newContext(app.browser, app.url);
    const page2 = await ctx2.newPage();
    await open(page2, app.url);
    await page2.getByRole('button', { name: 'Remove demo clients' }).click();
    await page2.getByRole('button', { name: 'Undo' }).click();
    assert.equal(await page2.getByTestId('total-clients').textContent(), '8');
    await ctx2.close();
  });
});

describe('editing', () => {
  test('an edit survives a reload; bad input is explained and not saved', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/client/c1');
    await page.getByLabel('Company').fill('Carpathia Logistics Group SRL');
    await page.getByLabel('Annual revenue').fill('200.000,50');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await savedStatus(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Carpathia Logistics Group SRL' }).waitFor();
    assert.equal(await page.getByLabel('Annual revenue').inputValue(), '200000.5');
    // Profit shown follows from the stored figures: 200,000.5 − 96,000 − 14,500 − care in the
    // last 12 months (read from the explanation, since the 12-month window moves with the date).
    const care = Number((await page.locator('[data-testid=client-scores] li[data-factor=care_cost] .pts').textContent())
      .replace(/[,\s+]/g, '').replace('−', '-'));
    assert.ok(care <= 0);
    const profit = Math.round(200000.5 - 96000 - 14500 + care);
    assert.equal(await page.getByTestId('client-profit').textContent(), new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(profit).replace('-', '−'));

    await page.getByLabel('Annual revenue').fill('lots');
    await page.getByLabel('Company').fill('   ');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('form-errors').waitFor();
    assert.match(await page.locator('#annual_revenue-error').textContent(), /not a number/);
    assert.match(await page.locator('#company-error').textContent(), /Enter the company name/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Carpathia Logistics Group SRL' }).waitFor();
    assert.equal(await page.getByLabel('Annual revenue').inputValue(), '200000.5');
    await ctx.close();
  });

  test('a new client is added and a client is deleted with undo', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url);
    await page.getByRole('link', { name: 'Add client' }).first().click();
    await page.getByLabel('Company').fill('<script>alert(1)</script> Nova SRL');
    await page.getByLabel('Annual revenue').fill('50000');
    await page.getByLabel('Direct cost').fill('60000');
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { level: 1, name: '<script>alert(1)</script> Nova SRL' }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/client\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a random id');
    assert.equal(await page.getByTestId('client-profit').textContent(), '−€10,000');
    await page.getByRole('button', { name: 'Delete client' }).click();
    await page.getByText('Deleted <script>alert(1)</script> Nova SRL.').waitFor();
    assert.equal(await page.getByTestId('total-clients').textContent(), '8');
    await page.getByRole('button', { name: 'Undo' }).click();
    assert.equal(await page.getByTestId('total-clients').textContent(), '9');
    await savedStatus(page);
    await page.reload();
    assert.equal(await page.getByTestId('total-clients').textContent(), '9');
    await ctx.close();
  });
});

describe('storage safety', () => {
  test('a corrupted store opens the recovery screen, is downloadable and never overwritten', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url);
    await savedStatus(page);
    const garbage = '{"schema_version":2,"revision":5,"data":{"portfolio":{"clients":[{"id":"c1"';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, garbage]);
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved data could not be opened' }).waitFor();
    assert.match(await page.locator('.problem').textContent(), /not readable JSON/);
    // Navigating around does not write over it.
    await open(page, app.url, '/settings');
    await page.getByTestId('recovery').waitFor();
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), garbage);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the saved text' }).click(),
    ]);
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    assert.equal(Buffer.concat(chunks).toString('utf8'), garbage, 'the download is the stored text, byte for byte');

    await page.getByRole('button', { name: 'Start fresh…' }).click();
    await page.getByRole('button', { name: 'Yes, start fresh' }).click();
    await page.getByText('You are looking at demo data').waitFor();
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    assert.equal(stored.schema_version, 3);
    await ctx.close();
  });

  test('a store from a newer version is refused with an explanation', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const newer = '{"schema_version":99,"revision":1,"data":{}}';
    await ctx.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, [STORAGE_KEY, newer]);
    await open(page, app.url);
    await page.getByText('newer version of Retention Calculator').waitFor();
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), newer);
    await ctx.close();
  });

  test('a failed write is explained, keeps the previous save and the typed data, and Retry saves', async () => {
    const ctx = await newContext(app.browser, app.url);
    // Make writes throw like a full quota while window.__full is true.
    await ctx.addInitScript(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.call(this, k, v);
      };
    });
    const page = await ctx.newPage();
    await open(page, app.url, '/client/c2');
    await savedStatus(page);
    const before = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
    await page.evaluate(() => { window.__full = true; });
    await page.getByLabel('Company').fill('Danubia Foods Holding SA');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const banner = page.getByTestId('save-error');
    await banner.waitFor();
    assert.match(await banner.textContent(), /storage for this app is full/);
    assert.equal(await page.getByTestId('save-status').textContent(), 'Not saved');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), before, 'previous save intact');
    // The edit is still on screen, in the form and the portfolio.
    await page.getByRole('heading', { level: 1, name: 'Danubia Foods Holding SA' }).waitFor();
    await page.evaluate(() => { window.__full = false; });
    await page.getByRole('button', { name: 'Retry saving' }).click();
    await savedStatus(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Danubia Foods Holding SA' }).waitFor();
    await ctx.close();
  });
});

describe('two tabs', () => {
  test('a change in one tab appears in the other, and a conflict is never settled silently', async () => {
    const ctx = await newContext(app.browser, app.url);
    await ctx.addInitScript(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.call(this, k, v);
      };
    });
    const a = await ctx.newPage();
    await open(a, app.url);
    await savedStatus(a);
    const b = await ctx.newPage();
    await open(b, app.url, '/settings');
    await savedStatus(b);

    // Tab A renames the portfolio; tab B shows it without a reload.
    await a.goto(app.url + '/settings');
    await a.getByLabel('Portfolio name').fill('Key accounts');
    await savedStatus(a);
    await b.getByText('Updated with changes saved in another tab.').waitFor();
    assert.equal(await b.getByLabel('Currency').inputValue(), 'EUR');
    await b.getByRole('link', { name: 'Portfolio' }).click();
    await b.getByRole('heading', { level: 1, name: 'Key accounts' }).waitFor();

    // Tab B cannot save (quota) and has an unsaved edit; tab A saves another one.
    await b.evaluate(() => { window.__full = true; });
    await b.getByRole('button', { name: 'Remove demo clients' }).click();
    await b.getByTestId('save-error').waitFor();
    await a.getByLabel('Currency').selectOption('RON');
    await savedStatus(a);
    const conflict = b.getByTestId('conflict');
    await conflict.waitFor();
    assert.equal(await b.getByTestId('total-clients').textContent(), '0', "tab B's edit is still on screen");
    // B keeps its own version, knowingly; A then receives it.
    await b.evaluate(() => { window.__full = false; });
    await b.getByRole('button', { name: "Keep this tab's version" }).click();
    await savedStatus(b);
    await a.getByRole('link', { name: 'Portfolio' }).click();
    await a.getByRole('heading', { name: 'No clients yet' }).waitFor();
    await ctx.close();
  });
});
