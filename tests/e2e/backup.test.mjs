// End-to-end: backups out and back in, and hostile files that must change nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STORAGE_KEY, newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);

/** CRC-32 (IEEE), as the app computes a backup's checksum. */
function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return (~c >>> 0).toString(16).padStart(8, '0');
}

/** Compact JSON with keys sorted, as serde_json writes a value. */
const sorted = (v) =>
  Array.isArray(v) ? v.map(sorted)
    : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v;

/** A backup file of `backup` (its data changed by hand) with the checksum computed again. */
function resealed(backup) {
  const data = sorted(backup.data);
  const checksum = 'crc32:' + crc32(Buffer.from(JSON.stringify(data), 'utf8'));
  return Buffer.from(JSON.stringify({ ...backup, checksum, data }, null, 2));
}

async function downloadBackup(page) {
  await open(page, app.url, '/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  return JSON.parse((await readFile(await download.path())).toString('utf8'));
}

async function choose(page, name, buffer, mimeType = 'application/json') {
  if (typeof buffer === 'number') {
    // A file of that many bytes, sparse on disk: the app must refuse it by its size, unread.
    const dir = await mkdtemp(join(tmpdir(), 'rc-backup-'));
    const path = join(dir, name);
    await writeFile(path, '');
    await truncate(path, buffer);
    try {
      await page.locator('#restore-file').setInputFiles(path);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return;
  }
  if (buffer.length < 40 * 1024 * 1024) {
    await page.locator('#restore-file').setInputFiles({ name, mimeType, buffer });
    return;
  }
  // Playwright passes large files by path.
  const dir = await mkdtemp(join(tmpdir(), 'rc-backup-'));
  const path = join(dir, name);
  await writeFile(path, buffer);
  try {
    await page.locator('#restore-file').setInputFiles(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('backup and restore', () => {
  test('export a backup, clear storage, import it: every figure is identical', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/client/c2');
    await page.getByLabel('Annual revenue').fill('131.250,75');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await savedStatus(page);
    await open(page, app.url, '/scenarios');
    await page.getByRole('button', { name: 'New scenario' }).first().click();
    await page.locator('#sc-retention').fill('91');
    await savedStatus(page);
    const portfolioBefore = await (await open(page, app.url, '/'), page.locator('table').first().innerText());
    const dataBefore = JSON.parse(await stored(page)).data;

    await open(page, app.url, '/data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const file = await readFile(await download.path());
    const backup = JSON.parse(file.toString('utf8'));
    assert.equal(backup.format, 'retention-calculator-backup');
    assert.equal(backup.schema_version, 3);
    assert.match(backup.checksum, /^crc32:[0-9a-f]{8}$/);
    await page.getByTestId('last-backup').getByText('Last backup downloaded').waitFor();

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await open(page, app.url, '/data');
    await choose(page, download.suggestedFilename(), file);
    const plan = page.getByTestId('restore-plan');
    await plan.getByTestId('merge-updated').getByText('Updated from the backup, edited there later (1)').waitFor();
    await page.getByRole('button', { name: 'Replace my data with the backup' }).click();
    await savedStatus(page);
    await page.reload();
    const dataAfter = JSON.parse(await stored(page)).data;
    const strip = (d) => ({ ...d, settings: { ...d.settings, last_backup_at: null, first_saved_at: null } });
    assert.deepEqual(strip(dataAfter), strip(dataBefore), 'clients, scenarios and settings come back identical');
    await open(page, app.url, '/');
    assert.equal(await page.locator('table').first().innerText(), portfolioBefore);
    await ctx.close();
  });

  test("a merge brings the backup's purchase history into a browser that has none", async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/data');
    const lines = ['customer,date,amount'];
    for (let c = 0; c < 40; c++) {
      for (let m = 1; m <= 1 + (c % 6); m++) lines.push(`k${c},2025-${String(m * 2).padStart(2, '0')}-1${c % 9},${20 + c}.50`);
    }
    await page.locator('#tx-file').setInputFiles({ name: 'shop.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.getByTestId('tx-read-all').click();
    await page.getByTestId('tx-summary').getByText('40 customers').waitFor();
    await page.getByTestId('tx-import').click();
    await page.getByTestId('fit-bgnbd').waitFor();
    await savedStatus(page);
    await open(page, app.url, '/data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const file = await readFile(await download.path());
    await ctx.close();

    const fresh = await newContext(app.browser, app.url);
    const other = await fresh.newPage();
    await open(other, app.url, '/data');
    await savedStatus(other);
    await choose(other, download.suggestedFilename(), file);
    await other.getByTestId('restore-purchases').getByText('purchase history (40 customers) is added').waitFor();
    await other.getByRole('button', { name: 'Merge into my data' }).click();
    await savedStatus(other);
    assert.equal(JSON.parse(await stored(other)).data.purchases.customers, 40);
    await open(other, app.url, '/purchases');
    await other.getByTestId('fit-bgnbd').waitFor();
    await fresh.close();
  });

  test("two browsers' backups whose clients share ids but not companies, merged, keep every client and scenario", async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    // This browser: the demo clients c1…c8 and a scenario numbered s1, as older versions numbered them.
    await open(page, app.url, '/scenarios');
    await page.getByRole('button', { name: 'New scenario' }).first().click();
    await savedStatus(page);
    const doc = JSON.parse(await stored(page));
    assert.match(doc.data.scenarios.scenarios[0].id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'new ids are UUIDs');
    doc.data.scenarios.scenarios[0].id = 's1';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(doc)]);
    await page.reload();
    const here = JSON.parse(await stored(page)).data;

    // The other browser's backup: its own clients numbered c1…c3 and its own scenario s1.
    const other = await downloadBackup(page);
    const theirs = ['Gama Logistic SRL', 'Delta Food OOD', 'Epsilon Soft AD'];
    other.data.portfolio.clients = other.data.portfolio.clients.slice(0, 3).map((c, i) => ({
      ...c, company: theirs[i], demo: false, notes: `Client of the other browser ${i + 1}`,
    }));
    other.data.scenarios.scenarios = [{ ...other.data.scenarios.scenarios[0], id: 's1', name: 'Price rise' }];
    await choose(page, 'other-browser.json', resealed(other));
    const plan = page.getByTestId('restore-plan');
    await plan.getByTestId('merge-added').getByText('3 new here').waitFor();
    await plan.getByTestId('merge-scenarios-added').getByText('Scenarios new here (1): Price rise.').waitFor();
    assert.equal(await plan.getByTestId('merge-updated').count(), 0, 'no client of this browser is taken for theirs');
    await page.getByRole('button', { name: 'Merge into my data' }).click();
    await savedStatus(page);

    const merged = JSON.parse(await stored(page)).data;
    const companies = merged.portfolio.clients.map((c) => c.company);
    assert.deepEqual(companies, [...here.portfolio.clients.map((c) => c.company), ...theirs], 'every client of both browsers');
    assert.equal(new Set(merged.portfolio.clients.map((c) => c.id)).size, companies.length, 'each with an id of its own');
    for (const c of here.portfolio.clients) {
      assert.deepEqual(merged.portfolio.clients.find((m) => m.id === c.id), c, `${c.company} is as it was`);
    }
    assert.deepEqual(merged.scenarios.scenarios.map((s) => s.name), [here.scenarios.scenarios[0].name, 'Price rise']);
    assert.equal(new Set(merged.scenarios.scenarios.map((s) => s.id)).size, 2);
    await open(page, app.url, '/');
    for (const name of theirs) await page.getByRole('link', { name }).first().waitFor();
    await ctx.close();
  });

  test('a restored backup with hostile values and a recomputed checksum is refused with the list of what is wrong; no page breaks', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url, '/');
    await savedStatus(page);
    const good = await downloadBackup(page);
    await savedStatus(page);
    const before = JSON.parse(await stored(page)).data;
    const hostile = structuredClone(good);
    const [c0, c1] = hostile.data.portfolio.clients;
    c0.annual_revenue = 10000000000000000;
    c1.start_date = '+200000-01-01';
    const talker = hostile.data.portfolio.clients.find((c) => c.interactions?.length);
    talker.interactions[0].sentiment = 9;
    await choose(page, 'hostile.json', resealed(hostile));
    await page.getByTestId('import-error').getByText('breaks 3 rules of the forms').waitFor();
    const problems = await page.getByTestId('import-problems').locator('li').allTextContents();
    assert.equal(problems.length, 3, problems.join('\n'));
    for (const pattern of [`${c0.company}.*Annual revenue`, `${c1.company}.*Start date.*200000-01-01`, `${talker.company}”, interaction 1.*Sentiment`]) {
      assert.ok(problems.some((p) => new RegExp(pattern).test(p)), `${pattern} in:\n${problems.join('\n')}`);
    }
    assert.equal(await page.getByTestId('restore-plan').count(), 0, 'nothing offered to restore');
    assert.deepEqual(JSON.parse(await stored(page)).data, before, 'nothing changed');
    for (const path of ['/', '/client/c1', '/client/c2', '/scenarios', '/retention', '/purchases', '/settings', '/data']) {
      await open(page, app.url, path);
      assert.equal(await page.getByTestId('recovery').count(), 0, path);
    }
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test('hostile files are refused in words and the saved data is unchanged', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await open(page, app.url, '/data');
    await savedStatus(page);
    const before = await stored(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const good = (await readFile(await download.path())).toString('utf8');
    await savedStatus(page);
    const baseline = JSON.parse(await stored(page)).data.portfolio;

    const cases = [
      ['truncated.json', Buffer.from(good.slice(0, good.length / 2)), 'not complete JSON'],
      ['edited.json', Buffer.from(good.replace('184000', '999999')), 'checksum does not match'],
      ['binary.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]), 'not UTF-8'],
      ['utf16.json', Buffer.from('\ufeff' + good, 'utf16le'), 'not UTF-8'],
      ['newer.json', Buffer.from(good.replace('"schema_version": 3', '"schema_version": 42')), 'newer version'],
      ['other.json', Buffer.from('{"hello": "world"}'), 'not a backup of Retention Calculator'],
      ['script.json', Buffer.from('<script>alert(1)</script>'), 'not complete JSON'],
      ['big.json', 600 * 1024 * 1024, 'the largest file read here is 512 MB'],
    ];
    for (const [name, buffer, expected] of cases) {
      await choose(page, name, buffer);
      const error = page.getByTestId('import-error');
      await error.getByText(expected).waitFor();
      assert.equal(await page.getByTestId('restore-plan').count(), 0, `${name}: nothing offered to restore`);
    }
    assert.deepEqual(JSON.parse(await stored(page)).data.portfolio, baseline, 'the saved data is unchanged');
    assert.deepEqual(errors, []);
    assert.ok(before.length > 0);
    await ctx.close();
  });
});

describe('the pre-migration copy', () => {
  test('an upgraded document keeps its old text once, and the copy goes when a backup is downloaded', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/');
    await savedStatus(page);
    const v2 = '{"schema_version":2,"revision":9,"saved_at":"2026-11-01T10:00:00Z","data":{"portfolio":{"name":"Agency",'
      + '"currency":"EUR","clients":[{"id":"c1","company":"Kept Ltd","annual_revenue":5000}]},"settings":{"backup_reminder_days":30}}}';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, v2]);
    await page.reload();
    await savedStatus(page);
    const keys = () => page.evaluate((k) => [localStorage.getItem(k + '.before-migration'), localStorage.getItem(k + '.before-migration.kept-at')], STORAGE_KEY);
    const [copy, keptAt] = await keys();
    assert.equal(copy, v2, 'the text the migration started from, as it was');
    assert.match(keptAt, /^\d{4}-\d{2}-\d{2}T/);
    const doc = JSON.parse(await stored(page));
    assert.deepEqual([doc.schema_version, doc.revision], [3, 10]);
    // Later saves do not write it again.
    await open(page, app.url, '/client/c1');
    await page.getByLabel('Notes').fill('Edited after the upgrade');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await savedStatus(page);
    assert.deepEqual(await keys(), [copy, keptAt]);
    // A backup holds everything: the copy is removed.
    await downloadBackup(page);
    await savedStatus(page);
    assert.deepEqual(await keys(), [null, null]);
    await ctx.close();
  });
});

describe('a really full storage', () => {
  test('fill the quota for real: the write is refused in words, the previous state intact; freeing space and Retry saves', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url, '/client/c4');
    await savedStatus(page);
    const before = await stored(page);
    // Fill what is left of this origin's localStorage quota with a filler key.
    const filled = await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      let text = '';
      for (;;) {
        try {
          localStorage.setItem('filler', text + chunk);
          text += chunk;
        } catch (e) {
          if (chunk.length <= 16) return { bytes: text.length, name: e.name };
          chunk = chunk.slice(0, chunk.length / 2);
        }
      }
    });
    assert.equal(filled.name, 'QuotaExceededError');
    assert.ok(filled.bytes > 1_000_000, `the real quota was filled (${filled.bytes} characters)`);
    await page.getByLabel('Notes').fill('A much longer note that no longer fits into the full storage of this browser.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const banner = page.getByTestId('save-error');
    await banner.waitFor();
    assert.match(await banner.textContent(), /storage for this app is full/);
    assert.equal(await stored(page), before, 'the previous save is intact');
    await page.evaluate(() => localStorage.removeItem('filler'));
    await page.getByRole('button', { name: 'Retry saving' }).click();
    await savedStatus(page);
    assert.match(await stored(page), /no longer fits/);
    await ctx.close();
  });
});
