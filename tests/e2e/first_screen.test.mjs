// End-to-end: the first screen. The portfolio is drawn by a small module of its own before the
// full app has arrived (src/ui/first.rs, src/web/first-screen.js); what the reader does meanwhile
// is not lost: the last click is carried out by the full app, and typing is held back rather than
// forgotten. Other addresses, a document to migrate and another language are handled too, and the
// download before the first figure stays within its budget.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, STORAGE_KEY, newContext, withApp } from './harness.mjs';

const app = withApp();
const FULL_WASM = '/retention-calculator_bg.wasm';

/** A context whose full app's WebAssembly is held back while `hold()` is in force, until `release()`. */
async function heldBack(options = {}) {
  const ctx = await newContext(app.browser, app.url, options);
  let gate = null;
  let open = () => {};
  let asked = false;
  await ctx.route(`**${FULL_WASM}`, async (route) => {
    asked = true;
    await gate;
    await route.continue();
  });
  const hold = () => (gate = new Promise((ok) => (open = ok)));
  hold();
  return { ctx, hold, release: () => open(), asked: () => asked };
}

/** What a reader sees of the portfolio under `root`: the cards, the warnings, the table's rows. */
const seen = (page, root) => page.evaluate((root) => {
  const at = document.querySelector(root);
  const text = (sel) => [...at.querySelectorAll(sel)].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
  return { title: text('h1'), nav: text('nav a'), cards: text('.cards .card'), rows: text('tbody tr').slice(0, 20) };
}, root);

describe('first screen', () => {
  test('the portfolio is drawn before the full app arrives; its search works, and what was done meanwhile is carried over', async () => {
    // (No service worker: a reload it controlled would be a warm start, which has no first screen.)
    const { ctx, hold, release, asked } = await heldBack({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.goto(app.url + '/', { firstScreen: true });
    await page.locator('#first [data-testid=total-clients]').waitFor();
    assert.equal(await page.locator('#first [data-testid=total-clients]').textContent(), '8', 'the demo portfolio, drawn in full');
    assert.equal(await page.locator('#app').count(), 0, 'the full app is not there yet');
    assert.equal(await page.locator('#shell').count(), 0, 'the static shell is gone');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/retention-calculator.js')));
    assert.ok(asked(), 'the full app is fetched once the first screen is drawn');

    // The search works on the first screen, and the full app takes it over.
    const rows = (root) => page.locator(`${root} table tbody tr`).allTextContents();
    const all = (await rows('#first')).length;
    await page.locator('#first input[type=search]').first().pressSequentially('Balkan');
    await page.waitForFunction(() => document.querySelectorAll('#first table tbody tr').length === 1);
    const filtered = await rows('#first');
    assert.ok(all > 1 && filtered[0].includes('Balkan Pharma'), `${all} rows, then ${filtered}`);
    release();
    await page.waitForSelector('#app:not([hidden])', { state: 'attached' });
    assert.equal(await page.locator('#first').count(), 0, 'the full app took the first screen’s place');
    assert.equal(await page.locator('#app input[type=search]').first().inputValue(), 'Balkan');
    await page.waitForFunction(() => document.querySelectorAll('#app table tbody tr').length === 1);
    assert.deepEqual(await rows('#app'), filtered);

    // A click on Scenarios waits for the full app, which then carries it out.
    hold();
    await page.reload({ firstScreen: true });
    await page.locator('#first a.nav-link[href="/scenarios"]').click();
    assert.equal(new URL(page.url()).pathname, '/', 'nothing happens on the first screen itself');
    assert.equal(await page.locator('#first').getAttribute('aria-busy'), 'true', 'the held click is shown');
    release();
    await page.waitForURL('**/scenarios');
    await page.locator('#app h1').first().waitFor();

    // A client's row in a filtered table: the full app opens that client.
    hold();
    await page.goto(app.url + '/', { firstScreen: true });
    await page.locator('#first input[type=search]').first().pressSequentially('Danubia');
    await page.waitForFunction(() => document.querySelectorAll('#first table tbody tr').length === 1);
    const link = page.locator('#first table tbody a[href^="/client/"]').first();
    const company = (await link.textContent()).trim();
    const href = await link.getAttribute('href');
    await link.click();
    release();
    await page.waitForURL(`**${href}`);
    await page.getByRole('heading', { name: company }).first().waitFor();

    // The full app works as ever: an edit is saved.
    await page.goto(app.url + '/');
    await page.getByRole('button', { name: 'Remove demo clients' }).click();
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? '{}').data?.portfolio?.clients?.length === 0, STORAGE_KEY);
    await ctx.close();
  });

  test('a saved document with every field is drawn as the full app draws it, in its language', async () => {
    // (No service worker: a reload it controlled would be a warm start, which has no first screen.)
    const { ctx, hold, release } = await heldBack({ locale: 'bg-BG', serviceWorkers: 'block' });
    const page = await ctx.newPage();
    // A Bulgarian browser: the demo's first screen speaks Bulgarian.
    await page.goto(app.url + '/', { firstScreen: true });
    await page.locator('#first [data-testid=total-clients]').waitFor();
    assert.equal(await page.locator('#first a.nav-link').first().textContent(), 'Портфолио');
    release();
    await page.waitForSelector('#app:not([hidden])', { state: 'attached' });

    // The pinned document (every field filled, Romanian chosen in Settings) read from storage.
    const fixture = readFileSync(join(import.meta.dirname, '../fixtures/store_v3.json'), 'utf8').trim();
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, fixture]);
    hold();
    await page.reload({ firstScreen: true });
    await page.locator('#first [data-testid=total-clients]').waitFor();
    const first = await seen(page, '#first');
    assert.equal(first.title[0], 'Northwind Agency');
    assert.equal(first.nav[0], 'Portofoliu', 'the language chosen in Settings, not the browser’s');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), fixture, 'the first screen wrote nothing');
    release();
    await page.waitForSelector('#app:not([hidden])', { state: 'attached' });
    assert.deepEqual(await seen(page, '#app'), first, 'the full app shows what the first screen showed');
    await ctx.close();
  });

  test('another address, a document to migrate or a warm start goes straight to the full app', async () => {
    const ctx = await newContext(app.browser, app.url);
    await ctx.addInitScript(() => {
      window.__firstSeen = false;
      new MutationObserver(() => { if (document.getElementById('first')) window.__firstSeen = true; })
        .observe(document, { childList: true, subtree: true });
    });
    const page = await ctx.newPage();
    await page.goto(app.url + '/client/c3');
    await page.locator('#app h1').first().waitFor();
    assert.equal(await page.evaluate(() => window.__firstSeen), false, 'no first screen on a client’s page');

    const v2 = JSON.stringify({
      schema_version: 2, revision: 4, saved_at: '2026-11-01T10:00:00Z',
      data: { portfolio: { name: 'Older agency', currency: 'EUR', clients: [{ id: 'c9', company: 'Kept Ltd', annual_revenue: 5000 }] } },
    });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, v2]);
    await page.goto(app.url + '/');
    await page.getByRole('heading', { name: 'Older agency' }).waitFor();
    assert.equal(await page.evaluate(() => window.__firstSeen), false, 'the migration is the full app’s');
    assert.equal(await page.locator('[data-testid=total-clients]').textContent(), '1');

    // A warm start: once the service worker controls the page every file is in its cache, and the
    // full app comes at once.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      }
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Older agency' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.start), 'app');
    assert.equal(await page.evaluate(() => window.__firstSeen), false, 'no first screen on a warm start');
    await ctx.close();
  });

  test('a full app that cannot be loaded is said in words, with a reload', async () => {
    const ctx = await newContext(app.browser, app.url, { locale: 'ro-RO' });
    await ctx.route(`**${FULL_WASM}`, (route) => route.abort('internetdisconnected'));
    const page = await ctx.newPage();
    await page.goto(app.url + '/', { firstScreen: true });
    await page.locator('#first [data-testid=total-clients]').waitFor();
    const box = page.getByRole('alert').filter({ hasText: 'Restul aplicației' });
    await box.waitFor();
    assert.equal(await box.getByRole('button').textContent(), 'Reîncărcați');
    assert.equal(await page.locator('#first [data-testid=total-clients]').textContent(), '8', 'the first screen stays');
    await ctx.unroute(`**${FULL_WASM}`);
    await box.getByRole('button').click();
    await page.waitForSelector('#app:not([hidden])', { state: 'attached' });
    await ctx.close();
  });

  test('what is fetched before the first figure stays within 350 kB gzipped (WebAssembly and JavaScript)', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (!window.__fr && document.querySelector('[data-testid=total-clients]')) window.__fr = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(app.url + '/');
    const before = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= window.__fr).map((e) => new URL(e.name).pathname));
    const code = before.filter((p) => p.endsWith('.js') || p.endsWith('.wasm'));
    assert.ok(code.some((p) => p.endsWith('.wasm')) && !code.includes(FULL_WASM), `the first screen's module only: ${code}`);
    const gz = code.reduce((sum, p) => sum + gzipSync(readFileSync(join(DIST, p)), { level: 9 }).length, 0);
    assert.ok(gz <= 350_000, `${(gz / 1000).toFixed(1)} kB gzipped before the first figure: ${code.join(', ')}`);
    await ctx.close();
  });
});
