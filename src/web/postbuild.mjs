// Trunk post-build hook (see Trunk.toml): runs in the staging directory before it becomes dist/.
// 1. Writes the Content-Security-Policy into index.html, allowing exactly the inline loader script
//    Trunk generates (by its SHA-256), the app's own files, and WebAssembly compilation. Workers
//    only from this origin (worker-src 'self'): the purchase-import worker is started from
//    /worker-loader.js, never from a blob: or data: URL.
// 2. Writes sw.js from sw-template.js with the list of built files (the purchase-import worker's
//    loader, glue and WebAssembly included, so an import works offline) and a cache version derived
//    from the files' contents, so a new build gets a new cache and old caches are dropped. (The
//    worker's files keep fixed names, which the page starts it by, so names alone would not do.)
import { createHash } from 'node:crypto';
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild.mjs: TRUNK_STAGING_DIR is not set (run it from Trunk).');
  process.exit(1);
}

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
await writeFile(indexPath, html);

const files = (await readdir(dir)).filter((f) => f !== 'sw.js' && f !== 'sw-template.js' && f !== 'postbuild.mjs').sort();
const WORKER_FILES = ['worker-loader.js', 'worker.js', 'worker_bg.wasm'];
const missing = WORKER_FILES.filter((f) => !files.includes(f));
if (missing.length > 0) {
  console.error(`postbuild.mjs: the import worker's ${missing.join(', ')} missing from the build (index.html's worker link).`);
  process.exit(1);
}
const digest = createHash('sha256');
for (const f of files) {
  digest.update(`${f}\n`);
  digest.update(await readFile(join(dir, f)));
}
const version = digest.digest('hex').slice(0, 16);
const assets = ['/', ...files.filter((f) => f !== 'index.html').map((f) => `/${f}`)];
const template = await readFile(join(dir, 'sw-template.js'), 'utf8');
await writeFile(
  join(dir, 'sw.js'),
  template.replace('__VERSION__', version).replace('__ASSETS__', JSON.stringify(assets)),
);
await unlink(join(dir, 'sw-template.js'));
console.log(`postbuild: CSP with ${hashes.length} inline script hash(es); sw.js cache ${version}, ${assets.length} files`);
