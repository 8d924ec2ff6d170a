import { launch, newContext, open, serveDist } from './harness.mjs';
const [path, locale, out, y] = process.argv.slice(2);
const server = await serveDist(); const browser = await launch();
const ctx = await newContext(browser, server.url, { locale }); const page = await ctx.newPage();
await open(page, server.url, path); await page.waitForTimeout(300);
await page.screenshot({ path: out, clip: { x: 0, y: Number(y ?? 0), width: 1280, height: 1000 } });
await browser.close(); await server.close();
