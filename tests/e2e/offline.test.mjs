// End-to-end: the app works with the network off after one visit, and its
// Content-Security-Policy lets the app run while refusing anything else.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, savedStatus, withApp } from './harness.mjs';

const app = withApp();

async function controlledByServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('offline', () => {
  test('load once, go offline, reload, edit, come back online: the change is kept', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url);
    await savedStatus(page);
    await controlledByServiceWorker(page);

    await ctx.setOffline(true);
    await page.reload();
    await page.getByTestId('total-clients').waitFor();
    // A deep link is answered from the cache too.
    await page.goto(app.url + '/client/c3');
    await page.getByLabel('Company').waitFor();
    await page.getByLabel('Company').fill('Edited Offline SRL');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await savedStatus(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Edited Offline SRL' }).waitFor();
    // Other pages work offline: the scenarios page computes locally.
    await page.getByRole('link', { name: 'Scenarios' }).click();
    await page.getByTestId('comparison').waitFor();

    await ctx.setOffline(false);
    await page.goto(app.url + '/client/c3');
    await page.getByRole('heading', { level: 1, name: 'Edited Offline SRL' }).waitFor();
    assert.deepEqual(ctx.foreign, []);
    await ctx.close();
  });

  test('every language works offline: the service worker keeps each one\'s messages, fetched only when shown', async () => {
    const ctx = await newContext(app.browser, app.url, { locale: 'en-GB' });
    const page = await ctx.newPage();
    await open(page, app.url, '/settings');
    await page.getByTestId('risk-weights').waitFor();
    await controlledByServiceWorker(page);
    // Online, an English page fetched only the English messages itself (the service worker's
    // install fetched the rest).
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/i18n/')));
    assert.deepEqual([...new Set(fetched)], ['/i18n/en.ftl']);

    await ctx.setOffline(true);
    await page.reload();
    await page.getByTestId('risk-weights').waitFor();
    for (const [lang, heading] of [['ro', 'Setări'], ['bg', 'Настройки']]) {
      await page.locator('#language').selectOption(lang);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await savedStatus(page);
    }
    // A start offline in Bulgarian (the saved choice) shows Bulgarian from the first screen.
    await page.goto(app.url + '/');
    await page.getByTestId('total-clients').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'bg');
    await page.getByRole('link', { name: 'Настройки' }).waitFor();
    assert.deepEqual(ctx.foreign, []);
    await ctx.close();
  });

  test('the web app manifest and icon are served for installation', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    await open(page, app.url);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]').href;
      return (await fetch(href)).json();
    });
    assert.equal(manifest.name, 'Retention Calculator');
    assert.equal(manifest.start_url, '/');
    assert.equal(manifest.display, 'standalone');
    const icon = await page.evaluate(async (src) => (await fetch(src)).status, manifest.icons[0].src);
    assert.equal(icon, 200);
    await ctx.close();
  });
});

describe('content security policy', () => {
  test('the app runs under its policy; injected scripts and outside connections are refused', async () => {
    const ctx = await newContext(app.browser, app.url);
    const page = await ctx.newPage();
    const violations = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await open(page, app.url);
    await page.getByTestId('total-clients').waitFor();
    assert.deepEqual(violations, [], 'the app itself needs nothing the policy forbids');

    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /connect-src 'self'/);
    assert.doesNotMatch(policy, /unsafe-inline/);
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      return window.__injected === true;
    });
    assert.equal(ran, false, 'an injected inline script does not run');
    const fetched = await page.evaluate(() => fetch('https://example.com/collect').then(() => 'sent', () => 'refused'));
    assert.equal(fetched, 'refused');
    await ctx.close();
  });
});
