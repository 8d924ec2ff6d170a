// Browser benchmarks: the engine workloads in headless Chromium (the release app built with
// `--features bench`, whose `bench_*` exports Trunk exposes as `window.wasmBindings`), plus the
// load cost of the normal release build: wasm and JS sizes (raw and gzipped) and the time to first
// render of the portfolio page.
//
// Usage: node tests/bench/browser.mjs [--bench-dist DIR] [--dist DIR] [--out FILE] [--quick]
// Writes one JSON object (to FILE, and a summary to stderr). Run by `make bench`.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, newContext, serveDist } from '../e2e/harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const BENCH_DIST = resolve(ROOT, opt('--bench-dist', 'target/bench-dist'));
const DIST = resolve(ROOT, opt('--dist', 'dist'));
const OUT = opt('--out', null);
const QUICK = args.includes('--quick');
const CDNOW = join(ROOT, 'tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv');
const RENDER_RUNS = QUICK ? 2 : 5;
const IMPORT_1M_LIMIT_MS = 20_000; // skip the 1,000,000-row import when one run of it takes longer

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const log = (...m) => console.error('[bench:browser]', ...m);

async function sizes(dir) {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.wasm') || f.endsWith('.js'));
  const out = { wasm: { raw: 0, gzip: 0, files: [] }, js: { raw: 0, gzip: 0, files: [] } };
  for (const f of files.sort()) {
    const body = await readFile(join(dir, f));
    const kind = f.endsWith('.wasm') ? 'wasm' : 'js';
    out[kind].raw += body.length;
    out[kind].gzip += gzipSync(body, { level: 9 }).length;
    out[kind].files.push(f);
  }
  return out;
}

/** Time from navigation start to the first `[data-testid=total-clients]` in the DOM (fresh context each run). */
async function firstRender(browser, dir, runs) {
  const server = await serveDist(dir);
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await newContext(browser, server.url);
      await ctx.addInitScript(() => {
        const seen = () => {
          if (!window.__firstRender && document.querySelector('[data-testid=total-clients]')) {
            window.__firstRender = performance.now();
          }
        };
        new MutationObserver(seen).observe(document, { childList: true, subtree: true });
      });
      const page = await ctx.newPage();
      await page.goto(server.url + '/');
      await page.waitForSelector('[data-testid=total-clients]', { timeout: 60_000 });
      await page.waitForFunction(() => window.__firstRender !== undefined);
      times.push(await page.evaluate(() => window.__firstRender));
      if (ctx.foreign.length) throw new Error(`requests outside the app: ${ctx.foreign.join(', ')}`);
      await ctx.close();
    }
  } finally {
    await server.close();
  }
  return { runs: times.length, times_ms: times };
}

async function workloads(browser, dir) {
  const server = await serveDist(dir);
  const csv = await readFile(CDNOW, 'utf8');
  const results = [];
  try {
    const ctx = await newContext(browser, server.url);
    const page = await ctx.newPage();
    page.on('pageerror', (e) => log('page error:', e.message));
    await page.goto(server.url + '/');
    await page.waitForFunction(() => typeof window.wasmBindings?.bench_fit_bgnbd === 'function', null, {
      timeout: 60_000,
    });
    // Let the app finish its first render and save before timing.
    await page.waitForSelector('[data-testid=total-clients]', { timeout: 60_000 });
    await page.waitForTimeout(500);
    const call = async (fn, ...a) => {
      const json = await page.evaluate(([f, a]) => window.wasmBindings[f](...a), [fn, a]);
      const r = JSON.parse(json);
      if (r.error) throw new Error(`${fn}: ${r.error}`);
      log(`${r.name}: median ${median(r.times_ms).toFixed(3)} ms over ${r.runs} runs × ${r.batch}`);
      results.push(r);
      return r;
    };
    const n = (full, quick) => (QUICK ? quick : full);
    await call('bench_fit_bgnbd', csv, n(15, 3));
    await call('bench_fit_pareto_nbd', csv, n(7, 2));
    await call('bench_fit_gamma_gamma', csv, n(15, 3));
    await call('bench_portfolio', 10_000, n(15, 3));
    await call('bench_portfolio', 100_000, n(5, 2));
    await call('bench_lifetime_values', 10_000, n(15, 3));
    await call('bench_lifetime_values', 100_000, n(9, 3));
    await call('bench_projection', n(15, 3));
    await call('bench_tornado', n(15, 3));
    const r100k = await call('bench_csv_import', 100_000, n(7, 2));
    // One 1M-row run costs about ten 100k runs (plus a warm-up); skip it when that is unreasonable.
    if (median(r100k.times_ms) * 10 < IMPORT_1M_LIMIT_MS) {
      await call('bench_csv_import', 1_000_000, n(3, 1));
      await call('bench_csv_parse', 1_000_000, n(3, 1));
    } else {
      log('skipping the 1,000,000-row import: too slow');
    }
    const ua = await page.evaluate(() => navigator.userAgent);
    await ctx.close();
    return { results, userAgent: ua };
  } finally {
    await server.close();
  }
}

const browser = await launch();
let out;
try {
  const version = browser.version();
  log(`Chromium ${version}; bench build ${BENCH_DIST}; app build ${DIST}`);
  const w = await workloads(browser, BENCH_DIST);
  const render = await firstRender(browser, DIST, RENDER_RUNS);
  log(`first render: median ${median(render.times_ms).toFixed(0)} ms over ${render.runs} runs`);
  out = { chromium: version, userAgent: w.userAgent, results: w.results, sizes: await sizes(DIST), firstRender: render };
} finally {
  await browser.close();
}
const text = JSON.stringify(out);
if (OUT) await writeFile(resolve(ROOT, OUT), text + '\n');
else console.log(text);
