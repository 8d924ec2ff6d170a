// End-to-end: a phone-sized window (390 px wide, as an iPhone 12–15 in portrait). Every route fits
// without sideways scrolling in each language, every item of the navigation can be seen and
// followed, wide tables scroll inside their own box, and the first screen shows the call list
// (portfolio) and the brief (client page).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, pageWidthFits, withApp } from './harness.mjs';

const app = withApp();
const PHONE = { width: 390, height: 844 };
const ROUTES = [['/', 'total-clients'], ['/client/c2', 'brief'], ['/scenarios', 'comparison'], ['/retention', 'km-section'],
  ['/purchases', null], ['/data', 'storage-health'], ['/settings', 'risk-weights'], ['/client/new', null], ['/nowhere', null]];

describe('phone layout (390 px)', () => {
  for (const locale of ['en-GB', 'ro-RO', 'bg-BG']) {
    test(`every route fits a 390 px window and shows its whole navigation (${locale})`, async () => {
      const ctx = await newContext(app.browser, app.url, { viewport: PHONE, locale });
      const page = await ctx.newPage();
      await open(page, app.url, '/scenarios');
      await page.locator('div.page-head button.primary').click(); // a scenario, so the tornado chart shows
      for (const [path, ready] of ROUTES) {
        await open(page, app.url, path);
        if (ready) await page.getByTestId(ready).first().waitFor();
        assert.equal(await pageWidthFits(page), true, `${path} at 390 px (${locale})`);
        const hidden = await page.evaluate(() => [...document.querySelectorAll('header.app-header nav a')]
          .filter((a) => {
            const b = a.getBoundingClientRect();
            return b.width === 0 || b.left < 0 || b.right > document.documentElement.clientWidth;
          })
          .map((a) => a.textContent));
        assert.deepEqual(hidden, [], `navigation items off screen on ${path} (${locale})`);
      }
      await ctx.close();
    });
  }

  test('the navigation works by touch: each item opens its page', async () => {
    const ctx = await newContext(app.browser, app.url, { viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await open(page, app.url);
    await page.getByTestId('total-clients').waitFor();
    for (const [name, path] of [['Scenarios', '/scenarios'], ['Retention', '/retention'], ['Purchases', '/purchases'],
      ['Data', '/data'], ['Settings', '/settings'], ['Portfolio', '/']]) {
      await page.locator('header.app-header nav').getByRole('link', { name, exact: true }).tap();
      await page.waitForURL(app.url + path);
      assert.equal(await pageWidthFits(page), true, `${path} after tapping ${name}`);
    }
    await ctx.close();
  });

  test('the call list comes first on the portfolio, its table scrolls in its own box, and the brief opens the client page', async () => {
    const ctx = await newContext(app.browser, app.url, { viewport: PHONE });
    const page = await ctx.newPage();
    await open(page, app.url);
    await page.getByTestId('total-clients').waitFor();
    const box = await page.locator('table.clients').evaluate((t) => {
      const wrap = t.closest('.table-wrap');
      return { table: t.scrollWidth, wrap: wrap.clientWidth, overflow: getComputedStyle(wrap).overflowX };
    });
    assert.ok(box.table > box.wrap, `the table is wider than its box (${box.table} > ${box.wrap})`);
    assert.equal(box.overflow, 'auto');
    const top = async (id) => page.getByTestId(id).first().evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(await top('call-list') < await top('total-clients'), 'the call list comes before the figures');
    assert.ok(await top('call-list') < PHONE.height, 'the call list starts on the first screen');
    await open(page, app.url, '/client/c2');
    const brief = page.getByTestId('brief').first();
    await brief.waitFor();
    const briefTop = await brief.evaluate((b) => b.getBoundingClientRect().top);
    assert.ok(briefTop < PHONE.height, `the brief starts on the first screen (at ${Math.round(briefTop)} px)`);
    await ctx.close();
  });
});
