// Shared harness for the end-to-end tests: a static server for the release build in dist/
// (with the single-page-app fallback to index.html) and Debian's Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const STORAGE_KEY = 'retention-calculator';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.ftl': 'text/plain; charset=utf-8',
};

/**
 * Serve a build (dist/ by default) on 127.0.0.1 at a free port; returns { url, close }. With
 * `{ gzip: true }` every file goes gzipped (level 9) to a browser that accepts it, as a web server
 * would send it (the load benchmark's slow link counts the bytes sent).
 */
export async function serveDist(dir = DIST, { gzip = false } = {}) {
  const zipped = new Map();
  await stat(join(dir, 'index.html')); // fails clearly when the build is missing
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      if (!(await stat(file)).isFile()) throw new Error('dir');
    } catch {
      file = join(dir, 'index.html'); // client-side routes
    }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!zipped.has(file)) zipped.set(file, gzipSync(body, { level: 9 }));
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(zipped.get(file));
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * A fresh browser context (empty storage) that records every request the pages make,
 * and refuses any that leaves the app's origin. `ctx.foreign` lists those.
 */
export async function newContext(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, ...options });
  context.requests = [];
  context.foreign = [];
  // Every page load waits for the full app (the first screen changes nothing; src/web/first-screen.js),
  // unless a test passes `{ firstScreen: true }` to look at the first screen itself.
  const newPage = context.newPage.bind(context);
  context.newPage = async () => {
    const page = await newPage();
    for (const method of ['goto', 'reload']) {
      const load = page[method].bind(page);
      page[method] = async (...args) => {
        const options = args[args.length - 1];
        const firstScreen = typeof options === 'object' && options?.firstScreen;
        if (firstScreen) delete options.firstScreen;
        const response = await load(...args);
        if (!firstScreen) await appReady(page);
        return response;
      };
    }
    return page;
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    context.requests.push(url);
    if (url.startsWith(origin + '/') || url === origin || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    context.foreign.push(url);
    return route.abort();
  });
  return context;
}

/** A seeded generator of numbers in [0, 1) (the C library's LCG), for generated test data. */
export function seeded(seed) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The full app has drawn itself (in place of the first screen, if one was shown). */
export async function appReady(page) {
  await page.waitForSelector('#app:not([hidden])', { state: 'attached' });
}

/** Open a path and wait until the full app has rendered its header. */
export async function open(page, origin, path = '/') {
  await page.goto(origin + path);
  await page.waitForSelector('#app :is(header.app-header, [data-testid=recovery])');
}

/** The page fits the window's width: nothing makes it scroll sideways. */
export async function pageWidthFits(page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  return scroll <= client ? true : `the page is ${scroll} px wide in a ${client} px window`;
}

export async function savedStatus(page) {
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-status]')?.dataset.state === 'saved',
  );
}

/**
 * For a test file: serve the release build and launch Chromium before its tests, close both after.
 * Returns `{ url, browser }` (filled in once the `before` hook has run).
 */
export function withApp() {
  const app = { url: '', browser: null, server: null };
  before(async () => {
    app.server = await serveDist();
    app.url = app.server.url;
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
