// Combine the native, Python (lifetimes) and browser results into one Markdown table.
//
// Usage: node tests/bench/report.mjs --native FILE --python FILE [--browser FILE]
//          [--python-scale FILE] [--out FILE]
// Missing inputs show as "not run". Prints the report to stdout and writes it to --out.
//
// The "pipeline at scale" tables read:
// - native: the `scale_<name>` lines (stages_ms, peak_rss_kb, check) of tests/bench/engine.rs;
// - Python: --python-scale, the output of tests/bench/lifetimes_scale.py (sizes.<name>.stages);
// - browser: `scale.engine.<name>` (the wasm `bench_scale_pipeline`: stages_ms, fetch_ms,
//   renderer_peak_rss_kb, check) and `scale.ui.<name>` (the app's import: stages_ms.load / parse /
//   import_fit, total_ms, longest_task_ms, peak_js_heap_bytes, wasm_memory_bytes,
//   renderer_peak_rss_kb, status and reason) of tests/bench/browser.mjs.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const readText = (f) => (f && existsSync(resolve(ROOT, f)) ? readFileSync(resolve(ROOT, f), 'utf8') : null);

const nativeText = readText(opt('--native'));
const native = Object.fromEntries(
  (nativeText ?? '')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l))
    .map((r) => [r.name, r]),
);
const pythonText = readText(opt('--python'));
const python = pythonText ? JSON.parse(pythonText) : null;
const browserText = readText(opt('--browser'));
const browser = browserText ? JSON.parse(browserText) : null;
const web = Object.fromEntries((browser?.results ?? []).map((r) => [r.name, r]));

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const stats = (r) =>
  r?.times_ms?.length ? { med: median(r.times_ms), min: Math.min(...r.times_ms), max: Math.max(...r.times_ms), n: r.runs, batch: r.batch ?? 1 } : null;

/** A duration in ms with a unit that keeps 3 significant digits. */
function dur(ms) {
  if (!Number.isFinite(ms)) return '?';
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 1) return `${ms.toPrecision(3)} ms`;
  return `${(ms * 1000).toPrecision(3)} µs`;
}
const cell = (s) => (s ? `${dur(s.med)} (${dur(s.min)}–${dur(s.max)}, n=${s.n}${s.batch > 1 ? `×${s.batch}` : ''})` : 'not run');
const pyStats = (m) => (python?.[m] ? { med: python[m].median_ms, min: python[m].min_ms, max: python[m].max_ms, n: python[m].runs, batch: 1 } : null);
const ratio = (py, ours) => (py && ours ? py.med / ours.med : null);
const fmtRatio = (x) => (x == null ? '—' : `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`);

/** Do a and b agree to 3 significant digits (differ by at most half a unit in the third)? */
function agree3(a, b) {
  const mag = Math.max(Math.abs(a), Math.abs(b));
  if (mag === 0) return true;
  const halfUnit = 0.5 * 10 ** (Math.floor(Math.log10(mag)) - 2);
  return Math.abs(a - b) <= halfUnit + 1e-15;
}
function compareParams(ours, theirs) {
  if (!ours || !theirs) return null;
  const bad = [];
  let worst = 0;
  for (const [k, v] of Object.entries(theirs)) {
    const o = ours[k];
    if (typeof o !== 'number') {
      bad.push(`${k} missing`);
      continue;
    }
    worst = Math.max(worst, Math.abs(o - v) / Math.max(Math.abs(v), 1e-300));
    if (!agree3(o, v)) bad.push(`${k} ${o.toPrecision(5)} vs ${v.toPrecision(5)}`);
  }
  return { ok: bad.length === 0, text: bad.length ? `✗ ${bad.join('; ')}` : `✓ (max rel. diff ${worst.toExponential(1)})` };
}

const rows = [];
const targets = [];
function row(label, nat, br, py, opts = {}) {
  const rn = ratio(py, nat);
  const rb = ratio(py, br);
  let params = '—';
  if (opts.model) {
    const [ours, theirs] = opts.model;
    const pn = compareParams(native[ours]?.check, python?.[theirs]?.params);
    const pb = compareParams(web[ours]?.check, python?.[theirs]?.params);
    params = [pn && `native ${pn.text}`, pb && `browser ${pb.text}`].filter(Boolean).join('<br>') || 'not run';
    opts.paramsOk = (pn?.ok ?? false) && (pb ? pb.ok : true);
  }
  let status = '';
  if (opts.check) {
    const verdict = opts.check({ rn, rb, nat, br, paramsOk: opts.paramsOk });
    status = verdict == null ? '? not measured' : verdict ? '✓ met' : '✗ missed';
    targets.push({ label, target: opts.target, status });
  }
  rows.push([label, cell(nat), cell(br), py ? cell(py) : '—', fmtRatio(rn), fmtRatio(rb), params, opts.target ?? '', status]);
}

// false if either part failed; unknown if a part was not measured.
const both = (a, b) => (a === false || b === false ? false : a == null || b == null ? null : true);
row('BG/NBD fit, CDNOW (2,357 customers)', stats(native.fit_bgnbd), stats(web.fit_bgnbd), pyStats('bgnbd'), {
  model: ['fit_bgnbd', 'bgnbd'],
  target: '≥30× lifetimes natively, ≥10× in the browser, same parameters',
  check: ({ rn, rb, paramsOk }) => (rn == null ? null : both(rn >= 30 && paramsOk, rb == null ? null : rb >= 10)),
});
row('Pareto/NBD fit, CDNOW', stats(native.fit_pareto_nbd), stats(web.fit_pareto_nbd), pyStats('pareto_nbd'), {
  model: ['fit_pareto_nbd', 'pareto_nbd'],
  target: '≥30× lifetimes natively, ≥10× in the browser, same parameters',
  check: ({ rn, rb, paramsOk }) => (rn == null ? null : both(rn >= 30 && paramsOk, rb == null ? null : rb >= 10)),
});
row('Gamma-Gamma fit, CDNOW (946 repeat buyers)', stats(native.fit_gamma_gamma), stats(web.fit_gamma_gamma), pyStats('gamma_gamma'), {
  model: ['fit_gamma_gamma', 'gamma_gamma'],
});
row('MBG/NBD fit, CDNOW', stats(native.fit_mbgnbd), stats(web.fit_mbgnbd), pyStats('mbgnbd'), {
  model: ['fit_mbgnbd', 'mbgnbd'],
});
row('BG/BB fit, donations (22 histories, 11,104 donors)', stats(native.fit_bgbb), stats(web.fit_bgbb), pyStats('bgbb'), {
  model: ['fit_bgbb', 'bgbb'],
});
row('Portfolio recompute, 10,000 clients', stats(native.portfolio_10000), stats(web.portfolio_10000), null, {
  target: '≤16 ms in the browser',
  check: ({ br }) => (br ? br.med <= 16 : null),
});
row('Portfolio recompute, 100,000 clients', stats(native.portfolio_100000), stats(web.portfolio_100000), null);
row('Lifetime value (DCF), 10,000 clients', stats(native.clv_10000), stats(web.clv_10000), null);
row('Lifetime value (DCF), 100,000 clients', stats(native.clv_100000), stats(web.clv_100000), null);
row('Projection, 10 years monthly', stats(native.projection_10y_monthly), stats(web.projection_10y_monthly), null);
row('Tornado, 10 years monthly', stats(native.tornado_10y_monthly), stats(web.tornado_10y_monthly), null);
row('CSV import → summary, 100,000 rows', stats(native.csv_import_100000), stats(web.csv_import_100000), null);
row('CSV import → summary, 1,000,000 rows', stats(native.csv_import_1000000), stats(web.csv_import_1000000), null, {
  target: '<3 s in the browser',
  check: ({ br }) => (br ? br.med < 3000 : null),
});
row('of which parsing only (no summary), 1,000,000 rows', stats(native.csv_parse_1000000), stats(web.csv_parse_1000000), null);

const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
const sz = browser?.sizes;
const loadRows = [];
if (sz) {
  const total = sz.wasm.gzip + sz.js.gzip;
  loadRows.push(['Release wasm (dist/)', `${kb(sz.wasm.raw)} raw, ${kb(sz.wasm.gzip)} gzipped`, '', '', '', '', '', '', '']);
  loadRows.push([`Release JS (${sz.js.files.length} files)`, `${kb(sz.js.raw)} raw, ${kb(sz.js.gzip)} gzipped`, '', '', '', '', '', '', '']);
  // Every module together (first screen, full app, worker); what the first figure waits for is the
  // load table's critical path.
  loadRows.push(['Release wasm + JS, every module', `${kb(sz.wasm.raw + sz.js.raw)} raw, ${kb(total)} gzipped`, '', '', '', '', '', '', '']);
} else {
  loadRows.push(['Release sizes', '', 'not run', '', '', '', '', '', '']);
}

/** The load of the current build beside the previous commit's, measured alternately in one run. */
function loadTable() {
  const load = browser?.load;
  if (!load?.builds?.current) return 'Load of the app: not run.\n';
  const cur = load.builds.current;
  const prev = load.builds.previous;
  const sizes = (x) => `${kb(x.gzip)} gzipped, ${kb(x.brotli)} brotli (${kb(x.raw)} raw)`;
  const times = (list) => cell({ med: median(list), min: Math.min(...list), max: Math.max(...list), n: list.length, batch: 1 });
  const change = (a, b) => (b ? `${a >= b ? '+' : '−'}${Math.abs((100 * (a - b)) / b).toFixed(0)}%` : '—');
  const code = cur.criticalCode ?? cur.critical;
  const okSize = code.gzip <= 350_000;
  const okRender = median(cur.firstRender_ms) <= 250;
  targets.push({ label: 'Critical path wasm + JS ≤350 kB gzipped', target: '≤350 kB gzipped', status: okSize ? '✓ met' : '✗ missed' });
  targets.push({ label: 'First render ≤250 ms (median)', target: '≤250 ms', status: okRender ? '✓ met' : '✗ missed' });
  const rows = [
    ['What', `This build${cur.rev ? ` (${cur.rev})` : ''}`, `Previous commit's build${prev?.rev ? ` (${prev.rev})` : ''}`, 'Change', 'Target', 'Status'],
    ['---', '---', '---', '---', '---', '---'],
    [`Critical path (fetched before the first figure: ${cur.critical.files.length} files)`, sizes(cur.critical), prev ? sizes(prev.critical) : 'not built',
      change(cur.critical.gzip, prev?.critical.gzip), '', ''],
    [`of which wasm + JS (${code.files.length} files)`, sizes(code), prev ? sizes(prev.criticalCode ?? prev.critical) : 'not built',
      change(code.gzip, (prev?.criticalCode ?? prev?.critical)?.gzip), '≤350 kB gzipped', okSize ? '✓ met' : '✗ missed'],
    [`Total download (${cur.total.files} files, what the service worker caches)`, sizes(cur.total), prev ? sizes(prev.total) : 'not built',
      change(cur.total.gzip, prev?.total.gzip), '', ''],
    ['First render of the portfolio (cold, fresh context)', times(cur.firstRender_ms), prev ? times(prev.firstRender_ms) : 'not built',
      change(median(cur.firstRender_ms), prev && median(prev.firstRender_ms)), '≤250 ms median', okRender ? '✓ met' : '✗ missed'],
    ['Time to interactive, cold start', times(cur.ttiCold_ms), prev ? times(prev.ttiCold_ms) : 'not built', change(median(cur.ttiCold_ms), prev && median(prev.ttiCold_ms)), '', ''],
    [`First render, warm start (service worker${cur.warmFromServiceWorker ? '' : ' not always in control'})`, times(cur.firstRenderWarm_ms), prev ? times(prev.firstRenderWarm_ms) : 'not built',
      change(median(cur.firstRenderWarm_ms), prev && median(prev.firstRenderWarm_ms)), '', ''],
    ['Time to interactive, warm start', times(cur.ttiWarm_ms), prev ? times(prev.ttiWarm_ms) : 'not built', change(median(cur.ttiWarm_ms), prev && median(prev.ttiWarm_ms)), '', ''],
  ];
  if (cur.firstRenderSlow_ms?.length) {
    rows.push(
      ['First render, cold start over a slow link (4 Mbit/s, 40 ms)', times(cur.firstRenderSlow_ms), prev?.firstRenderSlow_ms?.length ? times(prev.firstRenderSlow_ms) : 'not built',
        change(median(cur.firstRenderSlow_ms), prev?.firstRenderSlow_ms?.length && median(prev.firstRenderSlow_ms)), '', ''],
      ['Time to interactive, cold start over the slow link', times(cur.ttiSlow_ms), prev?.ttiSlow_ms?.length ? times(prev.ttiSlow_ms) : 'not built',
        change(median(cur.ttiSlow_ms), prev?.ttiSlow_ms?.length && median(prev.ttiSlow_ms)), '', ''],
    );
  }
  return `Load of the app (${load.runs} fresh contexts per build, the two builds alternately; brotli at quality 11, gzip at level 9;
time to interactive = the full app drawn, or the end of the last long task before 1 s without one after it if later):

${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}

Critical path files: ${cur.critical.files.join(', ')}.
`;
}

function sh(cmd) {
  try {
    return execSync(cmd, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return '?';
  }
}
const cpus = os.cpus();
const machine = [
  `${cpus.length} × ${cpus[0]?.model?.trim() ?? '?'}`,
  `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
  `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at the end of the run`,
].join(', ');

function fitNotes() {
  const parts = [];
  for (const [name, label] of [['fit_bgnbd', 'BG/NBD'], ['fit_pareto_nbd', 'Pareto/NBD'], ['fit_gamma_gamma', 'Gamma-Gamma'], ['fit_mbgnbd', 'MBG/NBD'], ['fit_bgbb', 'BG/BB (Nelder–Mead)']]) {
    const e = native[name]?.check?.evaluations;
    const s = stats(native[name]);
    const b = stats(web[name]);
    if (e && s) parts.push(`${label} ${e} likelihood evaluations (${dur(s.med / e)} each natively${b ? `, ${dur(b.med / e)} in the browser` : ''})`);
  }
  return parts.length ? `Fits (BFGS with analytic gradients, Nelder–Mead only as a fallback): ${parts.join('; ')}.\n\n` : '';
}

// ---------------------------------------------------------------------------------------------
// Pipeline at scale.
const pyScaleText = readText(opt('--python-scale'));
const pyScale = pyScaleText ? JSON.parse(pyScaleText) : null;
const SCALE = [
  ['1m', '1,000,000 rows / 100,000 customers'],
  ['5m', '5,000,000 rows / 1,000,000 customers'],
];
const mb = (kb) => (Number.isFinite(kb) && kb > 0 ? `${(kb / 1024).toFixed(0)} MB` : '—');
const bytesMb = (b) => (Number.isFinite(b) && b > 0 ? `${(b / 2 ** 20).toFixed(0)} MB` : '—');
const nativeScale = (name) => native[`scale_${name}`] ?? null;
const wasmScale = (name) => browser?.scale?.engine?.[name] ?? null;
const uiScale = (name) => browser?.scale?.ui?.[name] ?? null;
const pyStage = (name, stage) => pyScale?.sizes?.[name]?.stages?.[stage] ?? null;

/** A stage time of ours, or the stages' sum; null when missing. */
function oursMs(r, stages) {
  if (!r || (r.status && r.status !== 'ok')) return null;
  const v = stages.map((s) => (s === 'read' && r.fetch_ms != null && r.stages_ms?.read == null ? r.fetch_ms : r.stages_ms?.[s]));
  return v.every(Number.isFinite) ? v.reduce((a, b) => a + b, 0) : null;
}
/** lifetimes' time for the stages: { ms } when all finished, else { text, lower } (a lower bound). */
function pyMs(name, stages) {
  if (!pyScale) return { text: 'not run' };
  let sum = 0;
  const unfinished = [];
  for (const st of stages) {
    const r = pyStage(name, st);
    if (r?.status === 'ok') sum += r.ms;
    else unfinished.push([st, r]);
  }
  if (!unfinished.length) return { ms: sum };
  const [st, r] = unfinished[0];
  const why =
    r?.status === 'timeout'
      ? `did not finish in ${r.after_s.toFixed(0)} s`
      : r?.status === 'skipped'
        ? r.projected_s
          ? `not run: projected ${r.projected_s.toFixed(0)} s > ${pyScale.cap_s.toFixed(0)} s cap`
          : `not run (${r.reason})`
        : r?.status === 'error'
          ? `failed (${r.reason.slice(0, 80)})`
          : 'not run';
  if (stages.length === 1) return { text: why };
  const label = `${STAGE_LABEL[st] ?? st}: `;
  if (unfinished.length === 1 && r?.status === 'timeout') return { text: `> ${dur(sum + r.after_s * 1000)} (${label}${why})`, lower: true };
  if (unfinished.length === 1 && r?.status === 'skipped' && r.projected_s) {
    return { text: `${dur(sum)} + ${STAGE_LABEL[st] ?? st} (${why})`, lower: true };
  }
  return { text: `${label}${why}` };
}
const STAGE_LABEL = {
  read: 'read',
  parse: 'parse',
  summary: 'summary',
  fit_bgnbd: 'BG/NBD',
  fit_pareto_nbd: 'Pareto/NBD',
  fit_gamma_gamma: 'Gamma-Gamma',
  customer_values: 'per-customer results',
};
const PIPELINE = ['read', 'parse', 'summary', 'fit_bgnbd', 'fit_pareto_nbd', 'fit_gamma_gamma', 'customer_values'];
// [label, our stages, lifetimes' stages]
const SCALE_ROWS = [
  ['Read the file into memory (browser: fetch from the local server)', ['read'], null],
  ['Parse the CSV (lifetimes: `pandas.read_csv`, reading included)', ['parse'], ['read']],
  ['Summary: frequency, recency, T, spend (lifetimes: `summary_data_from_transaction_data`, date parsing included)', ['summary'], ['summary']],
  ['**Import** = read + parse + summary', ['read', 'parse', 'summary'], ['read', 'summary']],
  ['BG/NBD fit', ['fit_bgnbd'], ['fit_bgnbd']],
  ['Pareto/NBD fit', ['fit_pareto_nbd'], ['fit_pareto_nbd']],
  ['Gamma-Gamma fit (repeat buyers)', ['fit_gamma_gamma'], ['fit_gamma_gamma']],
  ['Per-customer P(alive), expected purchases, expected spend, CLV', ['customer_values'], ['customer_values']],
  ['**Whole pipeline**', PIPELINE, ['read', 'summary', 'fit_bgnbd', 'fit_pareto_nbd', 'fit_gamma_gamma', 'customer_values']],
  ['Whole pipeline without Pareto/NBD', PIPELINE.filter((s) => s !== 'fit_pareto_nbd'), ['read', 'summary', 'fit_bgnbd', 'fit_gamma_gamma', 'customer_values']],
];
const oursCell = (r, stages, missing = 'not run') => {
  if (r?.status && r.status !== 'ok') return r.reason ?? r.status;
  const v = oursMs(r, stages);
  return v == null ? missing : dur(v);
};
function scaleTable() {
  const head = ['Stage'];
  for (const [, label] of SCALE) head.push(`${label}: native`, 'browser (wasm)', 'lifetimes', 'lifetimes ÷ native');
  const rowsOut = [];
  for (const [label, ours, theirs] of SCALE_ROWS) {
    const cells = [label];
    for (const [name] of SCALE) {
      const n = oursMs(nativeScale(name), ours);
      const py = theirs ? pyMs(name, theirs) : { text: '—' };
      cells.push(nativeScale(name) ? oursCell(nativeScale(name), ours) : 'not run');
      cells.push(browser?.scale ? oursCell(wasmScale(name), ours, '—') : 'not run');
      cells.push(py.ms != null ? dur(py.ms) : py.text);
      cells.push(py.ms != null && n ? fmtRatio(py.ms / n) : '—');
    }
    rowsOut.push(cells);
  }
  const mem = ['Peak resident memory (native: VmHWM of the process; browser: of the renderer; lifetimes: ru_maxrss)'];
  for (const [name] of SCALE) {
    const n = nativeScale(name)?.peak_rss_kb;
    const w = wasmScale(name)?.renderer_peak_rss_kb;
    const py = pyScale?.sizes?.[name];
    const pyKb = py?.peak_rss_kb;
    const partial = py && Object.values(py.stages ?? {}).some((s) => s.status !== 'ok');
    mem.push(mb(n), mb(w), pyKb ? `${mb(pyKb)}${partial ? ' (of the stages that ran)' : ''}` : 'not run', pyKb && n ? fmtRatio(pyKb / n) : '—');
  }
  rowsOut.push(mem);
  return [head, head.map(() => '---'), ...rowsOut].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function uiTable() {
  const head = ['History', 'Load the file (read, sniff, preview)', '"Read all lines"', '"Import and fit the models" → customer pages shown', 'Total', 'Longest main-thread task', 'Peak JS heap', 'wasm memory', 'Renderer peak RSS', 'Status'];
  const out = [];
  for (const [name, label] of SCALE) {
    const u = uiScale(name);
    if (!u) {
      out.push([label, '', '', '', '', '', '', '', '', browser?.scale ? 'not run' : 'browser not run']);
      continue;
    }
    const st = u.stages_ms ?? {};
    const d = (v) => (Number.isFinite(v) ? dur(v) : '—');
    out.push([
      label, d(st.load), d(st.parse), d(st.import_fit), d(u.total_ms),
      u.longest_task_ms == null ? '—' : dur(u.longest_task_ms) + (u.long_tasks ? ` (${u.long_tasks.count} long tasks, ${dur(u.long_tasks.total_ms)} in all)` : ''),
      bytesMb(u.peak_js_heap_bytes), bytesMb(u.wasm_memory_bytes), mb(u.renderer_peak_rss_kb),
      u.status === 'ok' ? '✓' : `✗ ${u.reason ?? u.status}`,
    ]);
  }
  return [head, head.map(() => '---'), ...out].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** Largest relative difference between two flat objects of numbers over `keys` (null when one is missing). */
function maxRel(a, b, keys) {
  if (!a || !b) return null;
  let worst = 0;
  for (const k of keys) {
    if (typeof a[k] !== 'number' || typeof b[k] !== 'number') return null;
    worst = Math.max(worst, Math.abs(a[k] - b[k]) / Math.max(Math.abs(b[k]), 1e-300));
  }
  return worst;
}
const fmtParams = (p, keys, names) => (p ? keys.map((k, i) => `${names[i]} ${p[k].toPrecision(5)}`).join(', ') : '—');
function agreementTable() {
  const head = ['History', 'What', 'Ours (native)', 'lifetimes', 'Max relative difference', 'Same to 3 s.f.', 'Browser (wasm) vs native'];
  const models = [
    ['BG/NBD', 'bgnbd', 'fit_bgnbd', ['r', 'alpha', 'a', 'b'], ['r', 'α', 'a', 'b']],
    ['Pareto/NBD', 'pareto_nbd', 'fit_pareto_nbd', ['r', 'alpha', 's', 'beta'], ['r', 'α', 's', 'β']],
    ['Gamma-Gamma', 'gamma_gamma', 'fit_gamma_gamma', ['p', 'q', 'gamma'], ['p', 'q', 'γ']],
  ];
  const out = [];
  for (const [name, label] of SCALE) {
    const nc = nativeScale(name)?.check;
    const wc = wasmScale(name)?.check;
    const wasmVs = (a, b, keys) => {
      const d = maxRel(a, b, keys);
      return d == null ? '—' : `${d.toExponential(1)}`;
    };
    for (const [mlabel, key, stage, keys, names] of models) {
      const pr = pyStage(name, stage);
      const theirs = pr?.status === 'ok' ? pr.result : null;
      const d = maxRel(nc?.[key], theirs, keys);
      const cmp = nc?.[key] && theirs ? compareParams(Object.fromEntries(keys.map((k) => [k, nc[key][k]])), Object.fromEntries(keys.map((k) => [k, theirs[k]]))) : null;
      out.push([
        label, `${mlabel} parameters`, fmtParams(nc?.[key], keys, names),
        theirs ? fmtParams(theirs, keys, names) : pyMs(name, [stage]).text,
        d == null ? '—' : d.toExponential(1), cmp ? (cmp.ok ? '✓' : cmp.text) : '—', wasmVs(wc?.[key], nc?.[key], keys),
      ]);
    }
    // Per-customer results: the sums over every customer and three customers by id.
    const pr = pyStage(name, 'customer_values');
    const theirs = pr?.status === 'ok' ? pr.result : null;
    const vk = ['p_alive', 'expected_purchases', 'expected_spend', 'clv'];
    const sums = maxRel(nc?.sums, theirs?.sums, vk);
    let samples = null;
    if (nc?.samples && theirs?.samples) {
      const ids = Object.keys(theirs.samples);
      const ds = ids.map((id) => maxRel(nc.samples[id], theirs.samples[id], [...vk, 'frequency', 'recency', 'T', 'monetary']));
      samples = ds.length === 3 && ds.every((v) => v != null) ? Math.max(...ds) : null;
    }
    const f = (v) => (v == null ? '—' : v.toExponential(1));
    const s = (o) => (o ? `Σ P(alive) ${o.p_alive.toFixed(1)}, Σ E[purchases] ${o.expected_purchases.toFixed(0)}, Σ CLV ${o.clv.toFixed(0)}` : '—');
    out.push([
      label, 'Per-customer results: sums over every customer; 3 customers by id',
      s(nc?.sums), theirs ? s(theirs.sums) : pyMs(name, ['customer_values']).text,
      `sums ${f(sums)}; customers ${f(samples)}`,
      sums == null ? '—' : sums < 5e-4 && (samples ?? 0) < 5e-4 ? '✓' : '✗',
      wasmVs(wc?.sums, nc?.sums, vk),
    ]);
  }
  return [head, head.map(() => '---'), ...out].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function scaleSection() {
  const haveAny = SCALE.some(([n]) => nativeScale(n)) || pyScale || browser?.scale;
  if (!haveAny) return '';
  const nc = nativeScale('1m');
  const pyv = pyScale ? `Python lifetimes ${pyScale.lifetimes} (cap ${pyScale.cap_s.toFixed(0)} s a stage)` : 'Python not run';
  const brNote = browser?.scale?.error ? `\n\nBrowser: ${browser.scale.error}` : '';
  return `
## Pipeline at scale

Generated purchase histories (\`target/bench/purchases-*.csv\`, the same files for every column),
each stage timed once. Summary in weeks observed to the history's last day; per-customer results
from BG/NBD with the Gamma-Gamma spend over 12 periods of 4.345 weeks at 1% a period (lifetimes'
\`customer_lifetime_value(time=12, discount_rate=0.01, freq="W")\`). Ratios are lifetimes ÷ native
(higher is better for us). ${pyv}.${nc ? '' : ' Native not run.'}${brNote}

${scaleTable()}

In the app (the normal release build in headless Chromium, driven through Data → Import a purchase
history; each figure is one run):

${uiTable()}

Same results as lifetimes (native parameters against lifetimes'; the last column compares the wasm
engine run with the native one):

${agreementTable()}
`;
}

const header = ['Workload', 'Native (Rust)', 'Browser (wasm)', 'Python lifetimes', 'lifetimes ÷ native', 'lifetimes ÷ browser', 'Same parameters as lifetimes (3 s.f.)', 'Target', 'Status'];
const table = [header, header.map(() => '---'), ...rows, ...loadRows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const report = `# Benchmark report (${date})

Times are medians with (min–max, n = runs[×batch: a fast workload runs in batches and each sample is
the batch time divided by its size]). Ratios are lifetimes' median ÷ ours (higher is better for us).

${table}

${loadTable()}
${fitNotes()}Targets: ${targets.map((t) => `${t.label}: ${t.status}`).join('; ')}.
${scaleSection()}
- Machine: ${machine}; ${os.type()} ${os.release()}.
- Rust: ${sh('rustc --version')}. Native benchmarks: \`cargo bench\` with opt-level 3 (the app's wasm is built with opt-level "z", LTO, wasm-opt -Oz).
- Browser: ${browser ? `Chromium ${browser.chromium}, headless` : 'not run'}.
- Python: ${python ? `${python.python}, lifetimes ${python.lifetimes}, numpy ${python.numpy}, scipy ${python.scipy}, pandas ${python.pandas}` : 'not run'}.
`;
process.stdout.write(report);
const out = opt('--out');
if (out) writeFileSync(resolve(ROOT, out), report);
