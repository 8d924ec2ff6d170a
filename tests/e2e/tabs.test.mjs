// End-to-end: two tabs of the same browser writing at the same moment, and the recovery screen's
// fresh start with an older tab still open. Each tab stamps what it writes with its writer id.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STORAGE_KEY, newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();

const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), STORAGE_KEY);

/**
 * Lets a test hold a tab's `storage` events (as if the other tab's write had not reached it yet)
 * and make its next read of the stored document return the text as it was when armed (as if it
 * had read just before the other tab wrote): the two halves of a real race, made repeatable.
 */
const RACE_HOOKS = `
  window.__held = [];
  window.__hold = false;
  window.addEventListener('storage', (e) => {
    if (window.__hold) {
      e.stopImmediatePropagation();
      window.__held.push({ key: e.key, oldValue: e.oldValue, newValue: e.newValue, url: e.url });
    }
  }, true);
  window.__release = () => {
    window.__hold = false;
    for (const h of window.__held.splice(0)) window.dispatchEvent(new StorageEvent('storage', h));
  };
  const getItem = Storage.prototype.getItem;
  window.__stale = null;
  window.__armStale = (key) => { window.__stale = { key, value: getItem.call(localStorage, key) }; };
  Storage.prototype.getItem = function (key) {
    const s = window.__stale;
    if (s && key === s.key) {
      window.__stale = null;
      return s.value;
    }
    return getItem.call(this, key);
  };
`;

async function editNotes(page, id, text) {
  await open(page, app.url, `/client/${id}`);
  await page.getByLabel('Notes').fill(text);
  await page.getByRole('button', { name: 'Save changes' }).click();
}

describe('two tabs', () => {
  test('two tabs that save at the same moment both keep their changes on screen and ask which to keep', async () => {
    const ctx = await newContext(app.browser, app.url);
    await ctx.addInitScript(RACE_HOOKS);
    const a = await ctx.newPage();
    await open(a, app.url, '/');
    await savedStatus(a);
    const b = await ctx.newPage();
    await open(b, app.url, '/client/c3');
    await savedStatus(b);
    const start = await stored(a);

    // B reads the document, then A writes before B does.
    await b.evaluate((k) => { window.__hold = true; window.__armStale(k); }, STORAGE_KEY);
    await editNotes(a, 'c2', 'Written by tab A');
    await savedStatus(a);
    const afterA = await stored(a);
    assert.equal(afterA.revision, start.revision + 1);
    // B saves on the revision it read: the same number A just wrote.
    await b.getByLabel('Notes').fill('Written by tab B');
    await b.getByRole('button', { name: 'Save changes' }).click();
    await savedStatus(b);
    const afterB = await stored(b);
    assert.equal(afterB.revision, afterA.revision, 'both wrote the same revision number');
    assert.notEqual(afterB.writer, afterA.writer, 'told apart by the writer id');

    // A hears of B's write: its own save was overwritten, so it asks instead of taking B's.
    await a.getByTestId('conflict').waitFor();
    // Through the app's own links (no reload): the client page drawn again from A's data.
    const c2 = afterA.data.portfolio.clients.find((c) => c.id === 'c2').company;
    await a.locator('header').getByRole('link', { name: 'Portfolio' }).click();
    await a.getByRole('link', { name: c2 }).first().click();
    assert.equal(await a.getByLabel('Notes').inputValue(), 'Written by tab A', "A's change is still on screen");
    // B hears of A's write late: it asks too.
    await b.evaluate(() => window.__release());
    await b.getByTestId('conflict').waitFor();
    assert.equal(await b.getByLabel('Notes').inputValue(), 'Written by tab B', "B's change is still on screen");

    // A keeps its version: written on top of B's (revision + 1), nothing silently lost.
    await a.getByRole('button', { name: "Keep this tab's version" }).click();
    await savedStatus(a);
    const kept = await stored(a);
    assert.equal(kept.revision, afterB.revision + 1);
    assert.equal(kept.data.portfolio.clients.find((c) => c.id === 'c2').notes, 'Written by tab A');
    await ctx.close();
  });

  test("the recovery screen's fresh start survives an older tab that never heard of it", async () => {
    const ctx = await newContext(app.browser, app.url);
    await ctx.addInitScript(RACE_HOOKS);
    const old = await ctx.newPage();
    await open(old, app.url, '/client/c2');
    await savedStatus(old);
    await editNotes(old, 'c2', 'Old tab data');
    await savedStatus(old);
    const before = await stored(old);
    // The older tab misses what happens next.
    await old.evaluate(() => { window.__hold = true; });

    const fresh = await ctx.newPage();
    await open(fresh, app.url, '/');
    await fresh.evaluate((k) => localStorage.setItem(k, '{"schema_version":3,"revision":5,"data":{"portf'), STORAGE_KEY);
    await fresh.reload();
    await fresh.getByTestId('recovery').waitFor();
    await fresh.getByRole('button', { name: 'Start fresh…' }).click();
    await fresh.getByRole('button', { name: 'Yes, start fresh' }).click();
    await fresh.getByText('You are looking at demo data').waitFor();
    const started = await stored(fresh);
    assert.ok(started.revision > 5, `above the revision the broken text named (${started.revision})`);
    assert.ok(started.revision > before.revision || started.writer !== before.writer);

    // The older tab saves an edit: refused, it is asked, and the fresh start stays stored.
    await old.getByLabel('Notes').fill('Old tab data, edited again');
    await old.getByRole('button', { name: 'Save changes' }).click();
    await old.getByTestId('conflict').waitFor();
    const now = await stored(fresh);
    assert.deepEqual([now.revision, now.writer], [started.revision, started.writer], 'the fresh start was not written over');
    assert.notEqual(now.data.portfolio.clients.find((c) => c.id === 'c2').notes, 'Old tab data, edited again');
    await ctx.close();
  });

  test('a tab that hears of a fresh start takes it, even at a lower revision', async () => {
    const ctx = await newContext(app.browser, app.url);
    const old = await ctx.newPage();
    await open(old, app.url, '/client/c2');
    await savedStatus(old);
    for (const n of [1, 2, 3]) {
      await editNotes(old, 'c2', `Old tab note ${n}`);
      await savedStatus(old);
    }
    const fresh = await ctx.newPage();
    await open(fresh, app.url, '/');
    await fresh.evaluate((k) => localStorage.setItem(k, 'not json at all'), STORAGE_KEY);
    await fresh.reload();
    await fresh.getByRole('button', { name: 'Start fresh…' }).click();
    await fresh.getByRole('button', { name: 'Yes, start fresh' }).click();
    await fresh.getByText('You are looking at demo data').waitFor();
    const started = await stored(fresh);
    assert.equal(started.revision, 1, 'nothing readable named a revision');
    // The older tab (at a higher revision) takes the fresh data instead of ignoring it as older.
    await old.getByTestId('notice').getByText('Updated with changes saved in another tab').waitFor();
    assert.equal(await old.getByTestId('conflict').count(), 0);
    await savedStatus(old);
    assert.deepEqual(await stored(old), started, 'and writes nothing over it');
    await ctx.close();
  });
});
