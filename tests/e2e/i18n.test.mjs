// End-to-end: the app speaks the browser's language (Romanian, Bulgarian, English), formats figures
// with the locale's Intl formats, accepts the locale's decimal comma, and the Settings choice of
// language survives a reload. Expected texts are read from the message files, so the tests follow
// the translations rather than copies of them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();
const I18N = resolve(import.meta.dirname, '../../src/i18n');

/** Simple (one-line, no placeable) messages of one language: key → text. */
function messages(lang) {
  const out = new Map();
  for (const file of readdirSync(join(I18N, lang))) {
    for (const line of readFileSync(join(I18N, lang, file), 'utf8').split('\n')) {
      const m = /^([a-z][a-z0-9-]*)\s*=\s*(.+)$/.exec(line);
      if (m && !m[2].includes('{')) out.set(m[1], m[2].trim());
    }
  }
  return out;
}
const EN = messages('en');
const RO = messages('ro');
const BG = messages('bg');

/** English sentences (three words or more) that the other language translates differently. The demo
 * portfolio's name is data once saved: it keeps the language of the first start. */
function englishOnly(other) {
  return [...EN]
    .filter(([k, v]) => k !== 'common-demo-portfolio-name' && v.split(' ').length >= 3 && other.get(k) && other.get(k) !== v)
    .map(([, v]) => v);
}

async function bodyText(page) {
  return page.evaluate(() => document.querySelector('main').innerText);
}

/** What a user reads on a page must not contain an English sentence or a raw message key. */
function assertTranslated(text, other, where) {
  const leftovers = englishOnly(other).filter((s) => text.includes(s));
  assert.deepEqual(leftovers, [], `${where}: English left on the page`);
  const keys = text.match(/\b(?:app|portfolio|client|brief|scenarios|purchases|data|settings|model|scoring|scenario|common|retention)(?:-[a-z0-9]+){2,}\b/g);
  assert.equal(keys, null, `${where}: message keys shown instead of text`);
}

/** The number a money text shows, whatever the locale's separators: "12.345 €" → 12345. */
function amount(text) {
  const negative = /[-−]/.test(text);
  const digits = text.replace(/[^0-9]/g, '');
  return (negative ? -1 : 1) * Number(digits);
}

const PAGES = [
  ['/', 'total-clients'],
  ['/client/c2', 'brief'],
  ['/scenarios', 'comparison'],
  ['/retention', 'km-section'],
  ['/data', 'storage-health'],
  ['/settings', 'risk-weights'],
  ['/purchases', null],
];

describe('languages', () => {
  test('a Romanian browser gets every page in Romanian with Romanian number formats', async () => {
    const en = await newContext(app.browser, app.url, { locale: 'en-US' });
    const enPage = await en.newPage();
    await open(enPage, app.url);
    const enProfit = await enPage.getByTestId('total-profit').textContent();
    assert.match(enProfit, /^−?€\d{1,3}(,\d{3})*$/, 'English: €12,345');
    await en.close();

    const ctx = await newContext(app.browser, app.url, { locale: 'ro-RO' });
    const page = await ctx.newPage();
    await open(page, app.url);
    await page.getByTestId('total-clients').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ro');
    assert.equal(await page.locator('h1').textContent(), RO.get('common-demo-portfolio-name'), 'the demo is named in Romanian');
    assert.ok((await page.title()).endsWith(RO.get('app-product-name')), `the tab title is Romanian: ${await page.title()}`);
    const profit = await page.getByTestId('total-profit').textContent();
    assert.match(profit, /^−?\d{1,3}(\.\d{3})*\s€$/, `Romanian: 12.345 € (got ${profit})`);
    assert.equal(amount(profit), amount(enProfit), 'the same figure in both languages');
    for (const [path, ready] of PAGES) {
      await open(page, app.url, path);
      if (ready) await page.getByTestId(ready).first().waitFor();
      assertTranslated(await bodyText(page), RO, `ro ${path}`);
      assertTranslated(await page.evaluate(() => document.querySelector('header').innerText), RO, `ro header ${path}`);
    }
    assert.deepEqual(ctx.foreign, []);
    await ctx.close();
  });

  test('Settings switches to Bulgarian, kept after a reload, with Bulgarian formats', async () => {
    const ctx = await newContext(app.browser, app.url, { locale: 'en-GB' });
    const page = await ctx.newPage();
    await open(page, app.url, '/settings');
    await page.getByTestId('risk-weights').waitFor();
    await page.locator('#language').selectOption('bg');
    await page.waitForFunction(() => document.documentElement.lang === 'bg');
    await savedStatus(page);
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('retention-calculator') || '{}')?.data?.settings?.language === 'bg');
    await page.reload();
    await page.getByTestId('risk-weights').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'bg');
    assert.equal(await page.locator('#language').inputValue(), 'bg');
    await open(page, app.url, '/');
    const profit = await page.getByTestId('total-profit').textContent();
    assert.match(profit, /^−?\d{1,3}(\s\d{3})*\s€$/, `Bulgarian: 12 345 € (got ${profit})`);
    for (const [path, ready] of PAGES) {
      await open(page, app.url, path);
      if (ready) await page.getByTestId(ready).first().waitFor();
      assertTranslated(await bodyText(page), BG, `bg ${path}`);
    }
    // Back to the browser's language.
    await open(page, app.url, '/settings');
    await page.locator('#language').selectOption('');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await ctx.close();
  });

  test('a Romanian user types amounts with a decimal comma and sees them in Romanian format', async () => {
    const ctx = await newContext(app.browser, app.url, { locale: 'ro-RO' });
    const page = await ctx.newPage();
    await open(page, app.url, '/client/new');
    await page.locator('#company').fill('Virgulă Zecimală SRL');
    await page.locator('#annual_revenue').fill('48.250,50');
    await page.locator('form.client-form button[type=submit]').click();
    await page.getByRole('heading', { level: 1, name: 'Virgulă Zecimală SRL' }).waitFor();
    // The form shows the stored figure back with the Romanian decimal comma.
    assert.equal(await page.locator('#annual_revenue').inputValue(), '48250,5');
    await open(page, app.url, '/');
    const row = page.locator('table.clients tbody tr', { hasText: 'Virgulă Zecimală SRL' });
    // 48.250,50 is shown in whole units: 48.251 €.
    assert.match(await row.locator('td.num').first().textContent(), /^48\.251\s€$/);
    // The ambiguous "50.000" is still refused, in Romanian.
    await open(page, app.url, '/client/new');
    await page.locator('#company').fill('Ambiguu SRL');
    await page.locator('#annual_revenue').fill('50.000');
    await page.locator('form.client-form button[type=submit]').click();
    const error = await page.locator('#annual_revenue-error').textContent();
    assert.match(error, /50\.000/);
    assert.ok(!error.includes('ambiguous'), `the error is in Romanian: ${error}`);
    await ctx.close();
  });
});

describe('first-run help', () => {
  test('explains each score on first start, folds away once read, and stays folded after a reload', async () => {
    const ctx = await newContext(app.browser, app.url, { locale: 'bg-BG' });
    const page = await ctx.newPage();
    await open(page, app.url);
    const help = page.getByTestId('score-help');
    assert.notEqual(await help.getAttribute('open'), null, 'open on first start');
    assert.equal(await help.locator('dt').count(), 8, 'one entry per figure');
    assert.ok((await help.locator('dd').first().textContent()).length > 40, 'each entry is a sentence');
    assertTranslated(await help.innerText(), BG, 'help');
    await help.getByRole('button').click();
    await savedStatus(page);
    await page.reload();
    await page.getByTestId('total-clients').waitFor();
    assert.equal(await page.getByTestId('score-help').getAttribute('open'), null, 'folded after it was read');
    await page.getByTestId('score-help').locator('summary').click();
    assert.ok(await page.getByTestId('score-help').locator('dd').first().isVisible(), 'still there on demand');
    await ctx.close();
  });
});
