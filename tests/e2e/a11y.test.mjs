// End-to-end: every page passes axe-core with no serious or critical violation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { newContext, open, pageWidthFits, savedStatus, withApp } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const app = withApp();

async function audit(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

describe('accessibility', () => {
  for (const [name, path, ready, locale] of [
    ['portfolio', '/', 'total-clients'],
    ['client', '/client/c2', 'brief'],
    ['new client', '/client/new', null],
    ['scenarios', '/scenarios', 'comparison'],
    ['retention', '/retention', 'km-section'],
    ['purchases (empty)', '/purchases', null],
    ['data', '/data', 'storage-health'],
    ['settings', '/settings', 'risk-weights'],
    ['not found', '/nowhere', null],
    ['portfolio in Romanian', '/', 'total-clients', 'ro-RO'],
    ['client in Romanian', '/client/c2', 'brief', 'ro-RO'],
    ['scenarios in Romanian', '/scenarios', 'comparison', 'ro-RO'],
    ['settings in Romanian', '/settings', 'risk-weights', 'ro-RO'],
    ['retention in Romanian', '/retention', 'km-section', 'ro-RO'],
    ['portfolio in Bulgarian', '/', 'total-clients', 'bg-BG'],
    ['client in Bulgarian', '/client/c2', 'brief', 'bg-BG'],
    ['data in Bulgarian', '/data', 'storage-health', 'bg-BG'],
    ['retention in Bulgarian', '/retention', 'km-section', 'bg-BG'],
  ]) {
    test(`${name}: no serious or critical axe-core violation`, async () => {
      // bypassCSP only to inject axe-core.
      const ctx = await newContext(app.browser, app.url, { bypassCSP: true, ...(locale ? { locale } : {}) });
      const page = await ctx.newPage();
      await open(page, app.url, path);
      if (ready) await page.getByTestId(ready).first().waitFor();
      await savedStatus(page);
      const violations = await audit(page);
      assert.deepEqual(violations, []);
      await ctx.close();
    });
  }
});

/** Press Tab until the focused element matches `selector` (as a keyboard user would). */
async function tabTo(page, selector, max = 250) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('keyboard only', () => {
  test('add a client, log a contact, compare two scenarios without a mouse; focus is visible', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url);
    await page.getByTestId('total-clients').waitFor();
    await tabTo(page, 'a[href="/client/new"]');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused link shows a focus ring');
    await page.keyboard.press('Enter');
    await tabTo(page, '#company');
    await page.keyboard.type('Keyboard Consulting SRL');
    await tabTo(page, '#annual_revenue');
    await page.keyboard.type('40000');
    await tabTo(page, 'form.client-form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Keyboard Consulting SRL' }).waitFor();

    await tabTo(page, '#ql-note');
    await page.keyboard.type('Called without touching the mouse');
    await page.keyboard.press('Enter');
    await page.getByTestId('records-interactions').getByText('Called without touching the mouse').waitFor();

    await tabTo(page, 'a.nav-link[href="/scenarios"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('comparison').waitFor();
    for (const [lever, value] of [['#sc-retention', '90'], ['#sc-price_change', '5']]) {
      await page.keyboard.press('Shift+Tab');
      await tabTo(page, 'div.page-head button.primary');
      await page.keyboard.press('Enter');
      await tabTo(page, lever);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
    }
    await savedStatus(page);
    assert.equal(await page.getByTestId('comparison').locator('tbody tr').count(), 3);
    await ctx.close();
  });
});

describe('layout', () => {
  for (const [width, height] of [[1280, 800], [768, 1024]]) {
    test(`every page fits a ${width}×${height} window without sideways scrolling`, async () => {
      const ctx = await newContext(app.browser, app.url, { viewport: { width, height } });
      const page = await ctx.newPage();
      await open(page, app.url, '/scenarios');
      await page.locator('div.page-head button.primary').click(); // a scenario, so the tornado chart shows
      for (const [path, ready] of [['/', 'total-clients'], ['/client/c2', 'brief'], ['/scenarios', 'comparison'],
        ['/retention', 'km-section'], ['/purchases', null], ['/data', 'storage-health'], ['/settings', 'risk-weights'],
        ['/client/new', null]]) {
        await open(page, app.url, path);
        if (ready) await page.getByTestId(ready).first().waitFor();
        assert.equal(await pageWidthFits(page), true, `${path} at ${width} px`);
      }
      await ctx.close();
    });
  }
});
