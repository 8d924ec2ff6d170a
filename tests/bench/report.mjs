// Combine the native, Python (lifetimes) and browser results into one Markdown table.
//
// Usage: node tests/bench/report.mjs --native FILE --python FILE [--browser FILE] [--out FILE]
// Missing inputs show as "not run". Prints the report to stdout and writes it to --out.
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
  const ok = total < 350_000;
  targets.push({ label: 'Release wasm + JS, gzipped', target: '<350 kB gzipped', status: ok ? '✓ met' : '✗ missed' });
  loadRows.push(['Release wasm (dist/)', `${kb(sz.wasm.raw)} raw, ${kb(sz.wasm.gzip)} gzipped`, '', '', '', '', '', '', '']);
  loadRows.push([`Release JS (${sz.js.files.length} files)`, `${kb(sz.js.raw)} raw, ${kb(sz.js.gzip)} gzipped`, '', '', '', '', '', '', '']);
  loadRows.push(['Release wasm + JS', `${kb(sz.wasm.raw + sz.js.raw)} raw, ${kb(total)} gzipped`, '', '', '', '', '', '<350 kB gzipped', ok ? '✓ met' : '✗ missed']);
  const fr = browser.firstRender;
  loadRows.push(['First render of the portfolio page (fresh context)', '', cell({ ...stats(fr), batch: 1 }), '', '', '', '', '', '']);
} else {
  loadRows.push(['Release sizes and first render', '', 'not run', '', '', '', '', '', '']);
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
  for (const [name, label] of [['fit_bgnbd', 'BG/NBD'], ['fit_pareto_nbd', 'Pareto/NBD'], ['fit_gamma_gamma', 'Gamma-Gamma']]) {
    const e = native[name]?.check?.evaluations;
    const s = stats(native[name]);
    const b = stats(web[name]);
    if (e && s) parts.push(`${label} ${e} likelihood evaluations (${dur(s.med / e)} each natively${b ? `, ${dur(b.med / e)} in the browser` : ''})`);
  }
  return parts.length ? `Fits (BFGS with analytic gradients, Nelder–Mead only as a fallback): ${parts.join('; ')}.\n\n` : '';
}

const header = ['Workload', 'Native (Rust)', 'Browser (wasm)', 'Python lifetimes', 'lifetimes ÷ native', 'lifetimes ÷ browser', 'Same parameters as lifetimes (3 s.f.)', 'Target', 'Status'];
const table = [header, header.map(() => '---'), ...rows, ...loadRows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const report = `# Benchmark report (${date})

Times are medians with (min–max, n = runs[×batch: a fast workload runs in batches and each sample is
the batch time divided by its size]). Ratios are lifetimes' median ÷ ours (higher is better for us).

${table}

${fitNotes()}Targets: ${targets.map((t) => `${t.label}: ${t.status}`).join('; ')}.

- Machine: ${machine}; ${os.type()} ${os.release()}.
- Rust: ${sh('rustc --version')}. Native benchmarks: \`cargo bench\` with opt-level 3 (the app's wasm is built with opt-level "z", LTO, wasm-opt -Oz).
- Browser: ${browser ? `Chromium ${browser.chromium}, headless` : 'not run'}.
- Python: ${python ? `${python.python}, lifetimes ${python.lifetimes}, numpy ${python.numpy}, scipy ${python.scipy}, pandas ${python.pandas}` : 'not run'}.
`;
process.stdout.write(report);
const out = opt('--out');
if (out) writeFileSync(resolve(ROOT, out), report);
