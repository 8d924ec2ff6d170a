// Browser benchmarks: the engine workloads in headless Chromium (the release app built with
// `--features bench`, whose `bench_*` exports Trunk exposes as `window.wasmBindings`), plus the
// load cost of the normal release build (`load`, below, beside the previous commit's build); and
// the pipeline at scale on the generated histories that the
// native bench wrote (target/bench/scale-data.json):
// - `scale.engine`: the bench build's `bench_scale_pipeline` export, each stage timed once in wasm
//   (the same code as the native run, after fetching the file from the local server);
// - `scale.ui`: the normal release build driven like a user through Data → Import a purchase
//   history (`#tx-file`, "Read all lines", "Import and fit the models") until the Purchases page
//   shows its customer pages, with the longest main-thread task (PerformanceObserver 'longtask'),
//   the peak JS heap (performance.memory, sampled) and the renderer's peak resident memory (VmHWM
//   of Chromium's renderer processes, which includes wasm memory and workers).
// A size whose tab crashes (out of memory) or times out is reported as such, not retried.
// - `load`: the normal release build (--dist) beside the previous commit's (--prev-dist, built by
//   `make bench-prev`), measured alternately in the same run, a fresh context for each sample:
//   the critical path (every file fetched before the portfolio's first figure is in the DOM, its
//   bytes raw, gzipped and brotli-compressed), the total download (every file of the build, which
//   the service worker fetches at install), the first render (navigation start → the first
//   `[data-testid=total-clients]`, drawn by the first screen's module where there is one), and the
//   time to interactive from a cold start (no service worker, empty caches) and a warm one (the
//   same context reloaded once the service worker controls it): the full app drawn (its
//   `app-drawn` event), or the end of the last long task (≥50 ms) before the main thread has been
//   quiet for 1 s after both, if that is later; and the first render and TTI of cold starts over a
//   slow link (4 Mbit/s, 40 ms: SLOW_LINK), where the download decides.
//
// Usage: node tests/bench/browser.mjs [--bench-dist DIR] [--dist DIR] [--prev-dist DIR] [--out FILE]
//          [--quick] [--load-runs N] [--load-only] [--scale-data FILE] [--no-scale] [--scale-only]
//          [--scale-timeout-s N]
// Writes one JSON object (to FILE, and a summary to stderr). Run by `make bench`.
import { readFileSync } from 'node:fs';
import { readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS, launch, newContext, serveDist } from '../e2e/harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
// playwright-core is installed with the end-to-end tests (tests/e2e/node_modules).
const { chromium } = createRequire(join(ROOT, 'tests/e2e/harness.mjs'))('playwright-core');
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
const PREV_DIST = resolve(ROOT, opt('--prev-dist', 'target/bench-prev'));
const LOAD_RUNS = Number(opt('--load-runs', QUICK ? '3' : '9'));
const LOAD_ONLY = args.includes('--load-only');
const DONATIONS = join(ROOT, 'tests/fixtures/donations/donations.csv');
const IMPORT_1M_LIMIT_MS = 20_000; // skip the 1,000,000-row import when one run of it takes longer
const SCALE_DATA = resolve(ROOT, opt('--scale-data', 'target/bench/scale-data.json'));
const NO_SCALE = args.includes('--no-scale');
const SCALE_ONLY = args.includes('--scale-only');
// Longest a size may take (each of the engine run and the UI run), in seconds.
const SCALE_TIMEOUT_MS = Number(opt('--scale-timeout-s', '600')) * 1000;

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

const gzip = (body) => gzipSync(body, { level: 9 }).length;
const brotli = (body) => brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Every file of a build, with its raw, gzipped and brotli sizes, keyed by its URL path. */
async function buildFiles(dir) {
  const out = new Map();
  for (const f of (await readdir(dir, { recursive: true })).sort()) {
    let body;
    try {
      body = await readFile(join(dir, f));
    } catch {
      continue; // a directory
    }
    if (f === 'index.html') out.set('/', { raw: body.length, gzip: gzip(body), brotli: brotli(body) });
    out.set(`/${f}`, { raw: body.length, gzip: gzip(body), brotli: brotli(body) });
  }
  return out;
}

const sum = (list) => list.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, brotli: a.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Before the page loads: the first figure's time, and every long task. */
function loadProbes() {
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // not supported: no long task is seen
  }
  // The full app has drawn itself (with a first screen, after it: src/web/first-screen.js).
  addEventListener('app-drawn', () => { window.__appDrawn = performance.now(); });
  const seen = () => {
    if (!window.__firstRender && document.querySelector('[data-testid=total-clients]')) window.__firstRender = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

/**
 * Wait for the first figure and the full app, then for 1 s without a long task; the first render,
 * TTI (the full app drawn, or the end of the last long task if later) and the files fetched before
 * the figure.
 */
async function measureLoad(page) {
  await page.waitForSelector('[data-testid=total-clients]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__firstRender !== undefined && window.__appDrawn !== undefined, null, { timeout: 60_000 });
  return page.evaluate(async () => {
    const ready = Math.max(window.__firstRender, window.__appDrawn);
    const quiet = () => {
      const last = window.__longtasks.reduce((m, [, end]) => Math.max(m, end), 0);
      return performance.now() - Math.max(last, ready) >= 1000;
    };
    while (!quiet()) await new Promise((ok) => setTimeout(ok, 100));
    const fr = window.__firstRender;
    const tti = window.__longtasks.filter(([start]) => start >= 0).reduce((m, [, end]) => Math.max(m, end), ready);
    const before = performance.getEntriesByType('resource').filter((e) => e.startTime <= fr).map((e) => new URL(e.name).pathname);
    return { firstRender: fr, tti, critical: ['/', ...before] };
  });
}

/** One cold and one warm start of a build in a fresh context. */
async function loadSample(browser, origin) {
  const ctx = await newContext(browser, origin);
  try {
    await ctx.addInitScript(loadProbes);
    const page = await ctx.newPage();
    // (`firstScreen`: the harness's own wait for the full app is left out; measureLoad waits.)
    await page.goto(origin + '/', { firstScreen: true });
    const cold = await measureLoad(page);
    // Warm: the service worker has installed every file and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      }
    });
    await page.reload({ firstScreen: true });
    const warm = await measureLoad(page);
    warm.fromServiceWorker = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (ctx.foreign.length) throw new Error(`requests outside the app: ${ctx.foreign.join(', ')}`);
    return { cold, warm };
  } finally {
    await ctx.close();
  }
}

// A slow link for the throttled cold starts: 4 Mbit/s down, 1 Mbit/s up, 40 ms each way (a busy
// hotel Wi-Fi), set through the DevTools protocol for one page.
const SLOW_LINK = { offline: false, latency: 40, downloadThroughput: 4e6 / 8, uploadThroughput: 1e6 / 8 };
const SLOW_RUNS = QUICK ? 1 : 5;

/** One cold start of a build over the slow link: the first render and TTI. */
async function slowSample(browser, origin) {
  const ctx = await newContext(browser, origin);
  try {
    await ctx.addInitScript(loadProbes);
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
    await page.goto(origin + '/', { firstScreen: true, timeout: 120_000 });
    return await measureLoad(page);
  } finally {
    await ctx.close();
  }
}

/** The current and the previous build, alternately (the order swapped each round). */
async function loadComparison(browser) {
  const builds = [['current', DIST]];
  try {
    await readdir(PREV_DIST).then((f) => f.includes('index.html') || Promise.reject(new Error('no index.html')));
    builds.push(['previous', PREV_DIST]);
  } catch {
    log(`no previous build in ${PREV_DIST} (make bench-prev): the current build alone`);
  }
  const servers = {};
  const out = { runs: LOAD_RUNS, builds: {} };
  try {
    for (const [name, dir] of builds) {
      // Gzipped, as a web server sends it (the slow link counts the bytes sent).
      servers[name] = await serveDist(dir, { gzip: true });
      const files = await buildFiles(dir);
      let rev = null;
      try {
        rev = (await readFile(join(ROOT, 'target', `${name === 'previous' ? 'bench-prev' : 'bench-current'}.rev`), 'utf8')).trim();
      } catch {
        // not recorded
      }
      out.builds[name] = { dir, rev, files, samples: [] };
    }
    for (let i = 0; i < LOAD_RUNS; i++) {
      const order = i % 2 ? [...builds].reverse() : builds;
      for (const [name] of order) {
        const r = await loadSample(browser, servers[name].url);
        out.builds[name].samples.push(r);
      }
    }
    for (let i = 0; i < SLOW_RUNS; i++) {
      const order = i % 2 ? [...builds].reverse() : builds;
      for (const [name] of order) {
        const r = await slowSample(browser, servers[name].url);
        (out.builds[name].slow ??= []).push(r);
      }
    }
  } finally {
    for (const s of Object.values(servers)) await s.close();
  }
  for (const b of Object.values(out.builds)) {
    const files = b.files;
    const critical = [...new Set(b.samples.flatMap((s) => s.cold.critical))].filter((p) => files.has(p)).sort();
    b.critical = { files: critical, ...sum(critical.map((p) => files.get(p))) };
    // Of which the code (WebAssembly and JavaScript): what the ≤350 kB target counts.
    const code = critical.filter((p) => p.endsWith('.wasm') || p.endsWith('.js'));
    b.criticalCode = { files: code, ...sum(code.map((p) => files.get(p))) };
    const all = [...files.keys()].filter((p) => p !== '/');
    b.total = { files: all.length, ...sum(all.map((p) => files.get(p))) };
    b.firstRender_ms = b.samples.map((s) => s.cold.firstRender);
    b.ttiCold_ms = b.samples.map((s) => s.cold.tti);
    b.firstRenderWarm_ms = b.samples.map((s) => s.warm.firstRender);
    b.ttiWarm_ms = b.samples.map((s) => s.warm.tti);
    b.warmFromServiceWorker = b.samples.every((s) => s.warm.fromServiceWorker);
    b.firstRenderSlow_ms = (b.slow ?? []).map((s) => s.firstRender);
    b.ttiSlow_ms = (b.slow ?? []).map((s) => s.tti);
    delete b.slow;
    delete b.files;
    delete b.samples;
    log(`load ${b.dir}: critical ${(b.critical.gzip / 1000).toFixed(1)} kB gz / ${(b.critical.brotli / 1000).toFixed(1)} kB br ` +
      `(wasm + JS ${(b.criticalCode.gzip / 1000).toFixed(1)} kB gz), ` +
      `first render ${median(b.firstRender_ms).toFixed(0)} ms, TTI cold ${median(b.ttiCold_ms).toFixed(0)} ms, warm ${median(b.ttiWarm_ms).toFixed(0)} ms; ` +
      `slow link: first render ${median(b.firstRenderSlow_ms).toFixed(0)} ms, TTI ${median(b.ttiSlow_ms).toFixed(0)} ms`);
  }
  return out;
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
    await call('bench_fit_mbgnbd', csv, n(15, 3));
    await call('bench_fit_bgbb', await readFile(DONATIONS, 'utf8'), n(15, 3));
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

// ---------------------------------------------------------------------------------------------
// The pipeline at scale.

/** Peak and current resident memory (kB) of the browser's renderer processes, from /proc. */
async function rendererMemory(browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    const out = [];
    for (const p of processInfo.filter((p) => p.type === 'renderer')) {
      try {
        const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
        const kb = (k) => Number(status.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
        out.push({ pid: p.id, hwm_kb: kb('VmHWM'), rss_kb: kb('VmRSS') });
      } catch {
        // the process has gone
      }
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Run `f(page)` in a fresh context; its result, or `{ status }` when the tab crashed or took too long. */
async function inFreshTab(browser, origin, label, timeoutMs, f, init) {
  const ctx = await newContext(browser, origin);
  if (init) await ctx.addInitScript(init);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let crashed;
  const crash = new Promise((ok) => page.on('crash', () => ok((crashed = true))));
  let timer;
  const timeout = new Promise((ok) => (timer = setTimeout(() => ok('timeout'), timeoutMs)));
  const started = Date.now();
  let result;
  try {
    const r = await Promise.race([f(page, ctx).then((v) => ({ v }), (e) => ({ e })), crash.then(() => 'crash'), timeout]);
    if (r?.e && /crash/i.test(String(r.e?.message ?? r.e))) crashed = true;
    const memory = crashed ? [] : await rendererMemory(browser).catch(() => []);
    const peak = Math.max(0, ...memory.map((m) => m.hwm_kb).filter(Number.isFinite)) || null;
    if (r === 'crash' || crashed) {
      result = { status: 'crashed', reason: 'the tab crashed (out of memory?)', after_ms: Date.now() - started };
    } else if (r === 'timeout') {
      result = { status: 'timeout', reason: `did not finish in ${(timeoutMs / 1000).toFixed(0)} s`, after_ms: timeoutMs };
    } else if (r.e) {
      result = { status: 'error', reason: String(r.e?.message ?? r.e).split('\n')[0], after_ms: Date.now() - started };
    } else {
      result = { status: 'ok', ...r.v };
    }
    result.renderer_peak_rss_kb = peak;
    if (errors.length) result.page_errors = errors.slice(0, 5);
    if (ctx.foreign.length) result.foreign_requests = ctx.foreign.slice(0, 5);
  } finally {
    clearTimeout(timer);
    await ctx.close().catch(() => {});
    // Let the tab's renderer exit, so that the next run's peak is its own.
    await new Promise((ok) => setTimeout(ok, 2000));
  }
  log(`${label}: ${result.status}${result.reason ? ` (${result.reason})` : ''}${result.renderer_peak_rss_kb ? `, renderer peak ${(result.renderer_peak_rss_kb / 1024).toFixed(0)} MB` : ''}`);
  return result;
}

/** Before the page loads: record every long task and sample the JS heap. */
function scaleProbes() {
  window.__longtasks = { count: 0, total_ms: 0, max_ms: 0, observed: false };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const t = window.__longtasks;
        t.count += 1;
        t.total_ms += e.duration;
        t.max_ms = Math.max(t.max_ms, e.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
    window.__longtasks.observed = true;
  } catch {
    // longtask not supported: reported as not observed
  }
  // The app's wasm memory (it only grows: its size at the end is its peak). A module
  // instantiated in a worker is not seen here; the renderer's resident memory covers it.
  window.__wasmMemories = [];
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...a) {
      return original.apply(this, a).then((r) => {
        const memory = (r.instance ?? r)?.exports?.memory;
        if (memory instanceof WebAssembly.Memory) window.__wasmMemories.push(memory);
        return r;
      });
    };
  }
  window.__heapPeak = 0;
  const sample = () => {
    const m = performance.memory;
    if (m) window.__heapPeak = Math.max(window.__heapPeak, m.usedJSHeapSize);
  };
  sample();
  setInterval(sample, 100);
}

/** The bench build's `bench_scale_pipeline` on one history (fetched from the local server). */
async function scaleEngine(browser, file, origin) {
  return inFreshTab(browser, origin, `scale engine ${file.name}`, SCALE_TIMEOUT_MS, async (page) => {
    await page.goto(origin + '/');
    await page.waitForFunction(() => typeof window.wasmBindings?.bench_scale_pipeline === 'function', null, { timeout: 60_000 });
    await page.waitForSelector('[data-testid=total-clients]', { timeout: 60_000 });
    const r = await page.evaluate(async (url) => {
      const t0 = performance.now();
      const text = await (await fetch(url)).text();
      const fetched = performance.now();
      const out = JSON.parse(window.wasmBindings.bench_scale_pipeline(text));
      const call = performance.now() - fetched;
      return { ...out, fetch_ms: fetched - t0, call_ms: call, js_heap_bytes: performance.memory?.usedJSHeapSize ?? null };
    }, `/bench-data/${file.path.split('/').pop()}`);
    if (r.error) throw new Error(r.error);
    return r;
  });
}

/** The release app driven through the Data page's import, until the customer pages show. */
async function scaleUi(browser, file, origin) {
  const absolute = resolve(ROOT, file.path);
  const name = absolute.split('/').pop();
  return inFreshTab(
    browser,
    origin,
    `scale UI ${file.name}`,
    SCALE_TIMEOUT_MS,
    async (page, ctx) => {
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Performance.enable');
      let cdpHeapPeak = 0;
      let polling = true;
      const poll = (async () => {
        while (polling) {
          try {
            const { metrics } = await cdp.send('Performance.getMetrics');
            const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
            cdpHeapPeak = Math.max(cdpHeapPeak, used);
          } catch {
            return;
          }
          await new Promise((ok) => setTimeout(ok, 250));
        }
      })();
      try {
        const stages = {};
        const long = 900_000; // the race with SCALE_TIMEOUT_MS decides
        await page.goto(origin + '/data');
        await page.waitForSelector('header.app-header', { timeout: 60_000 });
        const panel = page.getByTestId('transaction-import');
        let t = Date.now();
        await page.locator('#tx-file').setInputFiles(absolute);
        await panel.getByText(name).first().waitFor({ timeout: long });
        await page.getByTestId('tx-preview').waitFor({ timeout: long });
        stages.load = Date.now() - t; // the file read into the page, sniffed, previewed
        t = Date.now();
        await panel.getByRole('button', { name: 'Read all lines' }).click();
        const ready = page.getByTestId('tx-summary').getByText('Ready to import');
        await ready.waitFor({ timeout: long });
        stages.parse = Date.now() - t;
        const readyText = await page.getByTestId('tx-summary').textContent();
        if ((await page.locator('#tx-obs').inputValue()) !== file.observation_end) {
          await page.locator('#tx-obs').fill(file.observation_end);
        }
        // Weeks, observed to the history's last day, no holdout: the native and Python summary.
        await page.locator('#tx-unit').selectOption('weeks');
        if ((await page.locator('#tx-cal').inputValue()) !== '') await page.locator('#tx-cal').fill('');
        t = Date.now();
        await panel.getByRole('button', { name: 'Import and fit the models' }).click();
        await page.getByTestId('fit-bgnbd').waitFor({ timeout: long });
        stages.fit_shown = Date.now() - t; // the Purchases page with the fitted models
        await page.getByTestId('customer-pages').waitFor({ timeout: long });
        stages.import_fit = Date.now() - t; // … and its customer pages
        const shown = (await page.getByTestId('customer-pages').textContent()).match(/of ([\d,]+)/)?.[1]?.replace(/,/g, '');
        if (Number(shown) !== file.customers) throw new Error(`the Purchases page shows ${shown} customers, not ${file.customers}`);
        const probes = await page.evaluate(() => ({
          longtasks: window.__longtasks,
          heapPeak: window.__heapPeak,
          wasm: window.__wasmMemories.reduce((sum, m) => sum + m.buffer.byteLength, 0),
        }));
        const fits = {
          bgnbd: await page.getByTestId('fit-bgnbd').textContent(),
          pareto: await page.getByTestId('fit-pareto').textContent(),
          gamma: await page.getByTestId('fit-gamma').textContent(),
        };
        return {
          stages_ms: stages,
          total_ms: stages.load + stages.parse + stages.import_fit,
          ready: readyText.trim().slice(0, 200),
          customers_shown: Number(shown),
          longest_task_ms: probes.longtasks.observed ? probes.longtasks.max_ms : null,
          long_tasks: probes.longtasks,
          peak_js_heap_bytes: probes.heapPeak || null,
          peak_js_heap_cdp_bytes: cdpHeapPeak || null,
          wasm_memory_bytes: probes.wasm || null,
          fits,
        };
      } finally {
        polling = false;
        await poll;
        await cdp.detach().catch(() => {});
      }
    },
    scaleProbes,
  );
}

async function scale(browser) {
  let meta;
  try {
    meta = JSON.parse(await readFile(SCALE_DATA, 'utf8'));
  } catch {
    return { error: `no ${SCALE_DATA}: run the native bench (cargo bench --features bench --bench engine -- scale) first` };
  }
  const files = [...meta.files].sort((a, b) => a.rows - b.rows);
  const out = { timeout_s: SCALE_TIMEOUT_MS / 1000, engine: {}, ui: {} };
  // The bench build serves the histories under /bench-data/ (a link for the duration of the run).
  const link = join(BENCH_DIST, 'bench-data');
  await rm(link, { force: true });
  await symlink(resolve(ROOT, files[0].path, '..'), link);
  const benchServer = await serveDist(BENCH_DIST);
  const appServer = await serveDist(DIST);
  try {
    const gaveUp = { engine: null, ui: null };
    for (const file of files) {
      for (const [kind, run, server] of [['engine', scaleEngine, benchServer], ['ui', scaleUi, appServer]]) {
        if (gaveUp[kind]) {
          out[kind][file.name] = { status: 'skipped', reason: `the ${gaveUp[kind]} history already ${out[kind][gaveUp[kind]].status === 'crashed' ? 'crashed the tab' : 'did not finish'}` };
          log(`scale ${kind} ${file.name}: skipped`);
          continue;
        }
        const r = await run(browser, file, server.url);
        out[kind][file.name] = r;
        if (r.status !== 'ok') gaveUp[kind] = file.name;
      }
    }
  } finally {
    await benchServer.close();
    await appServer.close();
    await rm(link, { force: true });
  }
  return out;
}

const browser = await launch();
let out;
try {
  const version = browser.version();
  log(`Chromium ${version}; bench build ${BENCH_DIST}; app build ${DIST}`);
  if (SCALE_ONLY) {
    out = { chromium: version };
  } else if (LOAD_ONLY) {
    out = { chromium: version, sizes: await sizes(DIST), load: await loadComparison(browser) };
  } else {
    const w = await workloads(browser, BENCH_DIST);
    const load = await loadComparison(browser);
    out = { chromium: version, userAgent: w.userAgent, results: w.results, sizes: await sizes(DIST), load };
  }
} finally {
  await browser.close();
}
if (!NO_SCALE && !LOAD_ONLY) {
  // A browser of its own, with exact `performance.memory` figures (Chromium otherwise rounds
  // them and refreshes them rarely).
  const big = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    headless: true,
  });
  try {
    out.scale = await scale(big);
  } finally {
    await big.close();
  }
}
const text = JSON.stringify(out);
if (OUT) await writeFile(resolve(ROOT, OUT), text + '\n');
else console.log(text);
