import { launch, newContext, open, serveDist } from './harness.mjs';
const [path, locale, out, w, scheme] = process.argv.slice(2);
const server = await serveDist(); const browser = await launch();
const ctx = await newContext(browser, server.url, { locale, colorScheme: scheme, viewport: { width: Number(w), height: 1000 } }); const page = await ctx.newPage();
await open(page, server.url, path); await page.waitForTimeout(300);
await page.screenshot({ path: out });
await browser.close(); await server.close();
