// End-to-end: the purchase import runs in a Web Worker. CDNOW imported through it (offline, under
// the app's Content-Security-Policy) gives the published parameters; a large generated history can
// be cancelled midway (reading or fitting) and the study imported before stays; and the page's
// main thread never runs a task over 200 ms while the large history is read and fitted.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { newContext, open, savedStatus, seeded, withApp } from './harness.mjs';

const CDNOW = join(resolve(import.meta.dirname, '..'), 'fixtures', 'cdnow', 'CDNOW_sample.txt');
const app = withApp();

/**
 * A purchase history of `rows` purchases in two years (2023–2024), generated with a fixed seed:
 * customers join in the first year, buy at their own pace and drop out after a purchase at their own
 * rate, so the models have something to find.
 */
function largeHistory(rows) {
  const rand = seeded(20240601);
  const start = Date.UTC(2023, 0, 1);
  const day = (n) => new Date(start + n * 86400000).toISOString().slice(0, 10);
  const lines = ['customer,date,amount'];
  for (let c = 0; lines.length <= rows; c++) {
    let t = Math.floor(rand() * 365);
    const gap = 5 + Math.floor(rand() * 60);
    const drop = 0.05 + rand() * 0.3;
    while (t < 730 && lines.length <= rows) {
      lines.push(`shop-${c},${day(t)},${(5 + rand() * 95).toFixed(2)}`);
      if (rand() < drop) break;
      t += 1 + Math.floor(rand() * 2 * gap);
    }
  }
  return `${lines.join('\n')}\n`;
}

const ROWS = 300_000;
let largeFile = null;
/** The large history, written once to a temporary file (setInputFiles reads it from there). */
async function large() {
  if (!largeFile) {
    const dir = await mkdtemp(join(tmpdir(), 'retention-worker-'));
    largeFile = { dir, path: join(dir, 'large-history.csv') };
    await writeFile(largeFile.path, largeHistory(ROWS));
  }
  return largeFile.path;
}

/** Record the stages the import shows, in order (a stage is recorded once when it starts). */
async function recordStages(page) {
  await page.evaluate(() => {
    window.__stages = [];
    const note = () => {
      const stage = document.querySelector('[data-testid=tx-work]')?.dataset.stage;
      if (stage && window.__stages.at(-1) !== stage) window.__stages.push(stage);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-stage'] });
  });
}

/** Choose CDNOW, map its columns as in purchases.test.mjs, and read it all. */
async function readCdnow(page) {
  await page.locator('#tx-file').setInputFiles(CDNOW);
  await page.getByTestId('transaction-import').getByText('CDNOW_sample.txt').first().waitFor();
  await page.locator('#tx-delim').selectOption({ label: 'Spaces' });
  await page.locator('#tx-customer').selectOption('1');
  await page.locator('#tx-date').selectOption('2');
  await page.locator('#tx-amount').selectOption('4');
  await page.locator('#tx-qty').selectOption('3');
  await page.locator('#tx-datefmt').selectOption('YYYYMMDD');
  await page.getByTestId('tx-read-all').click();
  await page.getByTestId('tx-summary').getByText('Ready to import 6,919 purchases of 2,357 customers').waitFor();
}

async function importCdnow(page) {
  await open(page, app.url, '/data');
  await readCdnow(page);
  await page.locator('#tx-cal').fill('1997-09-30');
  await page.getByTestId('tx-import').click();
  await page.getByRole('heading', { level: 1, name: 'Purchases' }).waitFor();
  await savedStatus(page);
}

/** The CDNOW study is the one shown on the Purchases page. */
async function cdnowIsShown(page) {
  await open(page, app.url, '/purchases');
  await page.getByTestId('fit-bgnbd').waitFor();
  assert.match(await page.locator('.lead').textContent(), /CDNOW_sample\.txt/);
  assert.match(await page.getByTestId('fit-bgnbd').textContent(), /r = 0\.24[23]\d*, α = 4\.41\d*, a = 0\.79[23]\d*, b = 2\.42\d*/);
}

describe('the import worker', () => {
  test('CDNOW imported offline through the worker, under the policy, gives the published parameters', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    const violations = [];
    const workers = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    page.on('worker', (w) => workers.push(w.url()));
    await open(page, app.url, '/data');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
    assert.match(policy, /worker-src 'self'(;|$)/, 'workers from this origin only');
    assert.doesNotMatch(policy, /blob:[^;]*(script|worker)|(script|worker)-src[^;]*(blob:|data:|https?:)/);
    // The worker's files are in the offline cache.
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith('retention-calculator-')));
      return Promise.all(['/worker-loader.js', '/worker.js', '/worker_bg.wasm'].map(async (f) => Boolean(await cache.match(f))));
    });
    assert.deepEqual(cached, [true, true, true]);

    await ctx.setOffline(true);
    await page.reload();
    await page.getByTestId('transaction-import').waitFor();
    await recordStages(page);
    await readCdnow(page);
    await page.locator('#tx-cal').fill('1997-09-30');
    await page.getByTestId('tx-import').click();
    await page.getByRole('heading', { level: 1, name: 'Purchases' }).waitFor();
    const bg = await page.getByTestId('fit-bgnbd').textContent();
    assert.match(bg, /r = 0\.24[23]\d*, α = 4\.41\d*, a = 0\.79[23]\d*, b = 2\.42\d*/, bg);
    assert.match(bg, /[−-]9,582\.[34]/, bg);
    assert.match(await page.getByTestId('fit-pareto').textContent(), /r = 0\.55[23]\d*, α = 10\.5\d*, s = 0\.60[56]\d*, β = 11\.6\d*/);
    assert.match(await page.getByTestId('fit-gamma').textContent(), /p = 6\.2\d*, q = 3\.7\d*, γ = 15\.4\d*/);
    await page.getByTestId('holdout').getByText('repeat purchases').waitFor();
    const stages = await page.evaluate(() => window.__stages);
    assert.equal(stages[0], 'reading', stages.join(' '));
    // One worker read the file and, holding it, fitted the models.
    assert.deepEqual(workers, [`${app.url}/worker-loader.js`]);
    assert.deepEqual(ctx.foreign, []);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('pasted text is read by the worker, in chunks, with its row errors', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url, '/data');
    // More than one chunk (2 MiB) of pasted text, with lines split between chunks and two bad rows.
    const lines = ['client;dată;sumă'];
    for (let i = 0; lines.length < 90_000; i++) lines.push(`Ștefan-${i % 5000};2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')};${i % 100},50`);
    lines.splice(10, 0, 'X;not a date;1');
    lines.push('Y;2025-01-01;-3');
    const text = lines.join('\n');
    assert.ok(Buffer.byteLength(text) > 2 * 1024 * 1024);
    await page.getByText('Paste transactions').click();
    // As a paste does: the whole text at once (Playwright's fill types a textarea's lines one by
    // one, which takes minutes for this much).
    await page.getByLabel('Pasted transactions').evaluate((box, value) => {
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.getByRole('button', { name: 'Use the pasted text' }).click();
    await page.getByTestId('tx-read-all').click();
    const summary = page.getByTestId('tx-summary');
    await summary.getByText('Ready to import 89,999 purchases of 5,000 customers').waitFor();
    await summary.getByText('2 lines were skipped').waitFor();
    await summary.getByText('Line 11:').waitFor();
    await summary.getByText(`Line ${lines.length}:`).waitFor();
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('cancelling a large import while reading or fitting keeps the study imported before', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await importCdnow(page);

    await open(page, app.url, '/data');
    const closed = [];
    page.on('worker', (w) => w.on('close', () => closed.push(w.url())));
    await page.locator('#tx-file').setInputFiles(await large());
    await page.getByTestId('transaction-import').getByText('large-history.csv').first().waitFor();
    // Cancel while the worker reads the file (the button goes once the read is done).
    await page.getByTestId('tx-read-all').click();
    await page.locator('[data-testid=tx-work][data-stage=reading]').waitFor();
    await page.getByTestId('tx-cancel').click();
    await page.getByTestId('tx-cancelled').waitFor();
    assert.equal(await page.getByTestId('tx-work').count(), 0);
    assert.equal(await page.getByTestId('tx-summary').count(), 0, 'nothing of the cancelled read is offered');
    await waitUntil(() => closed.length === 1, 'the reading worker is terminated');

    // Read it all, then cancel while the models are fitted.
    await page.getByTestId('tx-read-all').click();
    await page.getByTestId('tx-summary').getByText(/Ready to import 300,000 purchases/).waitFor({ timeout: 60_000 });
    await page.getByTestId('tx-import').click();
    await page.locator('[data-testid=tx-work][data-stage^=fitting]').waitFor({ timeout: 60_000 });
    const stage = await page.getByTestId('tx-stage').textContent();
    assert.match(stage, /Step [3-5] of 7 · Fitting the .* model…/, stage);
    await page.getByTestId('tx-cancel').click();
    await page.getByTestId('tx-cancelled').waitFor();
    await waitUntil(() => closed.length === 2, 'the fitting worker is terminated');
    // The read stays offered; confirming again would read the file again first.
    await page.getByTestId('tx-summary').getByText(/Ready to import 300,000 purchases/).waitFor();
    assert.equal(await page.getByTestId('tx-import').isEnabled(), true);

    // Another setting, or another file, while the worker reads: that job stops too.
    await page.getByTestId('tx-read-all').click();
    await page.locator('[data-testid=tx-work][data-stage=reading]').waitFor();
    await page.locator('#tx-decimal').selectOption('comma');
    await waitUntil(() => closed.length === 3, 'a new setting terminates the worker');
    assert.equal(await page.getByTestId('tx-work').count(), 0);
    await page.getByTestId('tx-read-all').click();
    await page.locator('[data-testid=tx-work][data-stage=reading]').waitFor();
    await page.locator('#tx-file').setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from('customer,date,amount\nA,2025-01-03,10.50\n') });
    await waitUntil(() => closed.length === 4, 'another file terminates the worker');
    await page.getByTestId('transaction-import').getByText('small.csv').first().waitFor();
    assert.equal(await page.getByTestId('tx-summary').count(), 0);

    // The study imported before is untouched, also after a reload.
    await cdnowIsShown(page);
    await page.reload();
    await cdnowIsShown(page);
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('the page never runs a task over 200 ms while a large history is read and fitted', async (t) => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url, '/data');
    await page.evaluate(() => {
      window.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    // The observer sees a long task of the page's own (so none seen below means none happened).
    await page.evaluate(() => new Promise((ok) => setTimeout(() => {
      const t = performance.now();
      while (performance.now() - t < 120);
      ok();
    }, 0)));
    await page.waitForFunction(() => window.__longtasks.some((e) => e.duration >= 100));
    await recordStages(page);
    const now = () => page.evaluate(() => performance.now());
    await page.locator('#tx-file').setInputFiles(await large());
    await page.getByTestId('transaction-import').getByText('large-history.csv').first().waitFor();
    const t0 = await now();
    await page.getByTestId('tx-read-all').click();
    await page.getByTestId('tx-summary').getByText(/Ready to import 300,000 purchases/).waitFor({ timeout: 60_000 });
    const t1 = await now();
    await page.locator('#tx-cal').fill('2024-09-30');
    const t2 = await now();
    await page.getByTestId('tx-import').click();
    await page.getByRole('heading', { level: 1, name: 'Purchases' }).waitFor({ timeout: 120_000 });
    await page.getByTestId('fit-bgnbd').waitFor();
    await savedStatus(page);
    const t3 = await now();
    // Let a last long task, if any, be reported.
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(({ from, to }) => window.__longtasks.filter((e) => e.start >= from && e.start <= to), { from: t0, to: t3 });
    const longest = Math.max(0, ...tasks.map((e) => e.duration));
    const stages = await page.evaluate(() => window.__stages);
    t.diagnostic(`${ROWS} rows: read in ${Math.round(t1 - t0)} ms, fitted and shown in ${Math.round(t3 - t2)} ms`);
    t.diagnostic(`main-thread tasks over 50 ms: ${tasks.length}, longest ${Math.round(longest)} ms`);
    t.diagnostic(`stages shown: ${stages.join(' → ')}`);
    t.diagnostic(await page.locator('.lead').textContent());
    assert.ok(longest < 200, `a main-thread task took ${Math.round(longest)} ms: ${JSON.stringify(tasks)}`);
    assert.deepEqual(stages, ['reading', 'summarising', 'fitting-bgnbd', 'fitting-pareto', 'fitting-gamma', 'validating', 'saving'].filter((s) => stages.includes(s)));
    assert.ok(stages.includes('reading') && stages.some((s) => s.startsWith('fitting')), stages.join(' '));
    assert.match(await page.locator('.lead').textContent(), /large-history\.csv/);
    assert.deepEqual(errors, []);
    await ctx.close();
    if (largeFile) await rm(largeFile.dir, { recursive: true, force: true });
  });
});

/** Wait (up to 10 s) until `done()` holds. */
async function waitUntil(done, what) {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((ok) => setTimeout(ok, 50));
  assert.ok(done(), what);
}
