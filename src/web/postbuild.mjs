// Trunk post-build hook (see Trunk.toml): runs in the staging directory before it becomes dist/.
// 1. Writes the Content-Security-Policy into index.html, allowing exactly the inline loader script
//    Trunk generates (by its SHA-256), the app's own files, and WebAssembly compilation. Workers
//    only from this origin (worker-src 'self'): the purchase-import worker is started from
//    /worker-loader.js, never from a blob: or data: URL.
// 2. Writes sw.js from sw-template.js with the list of built files (the purchase-import worker's
//    loader, glue and WebAssembly included, so an import works offline) and a cache version derived
//    from the files' contents, so a new build gets a new cache and old caches are dropped. (The
//    worker's files keep fixed names, which the page starts it by, so names alone would not do.)
// 3. Writes each language's messages into one file, i18n/<lang>.ftl: the files registered in
//    `message_files!` (src/i18n/mod.rs, the one list of them), in its order. The page fetches the
//    languages it shows (English always, for exports; it is preloaded); the service worker caches
//    all three at install, so every language works offline.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild.mjs: TRUNK_STAGING_DIR is not set (run it from Trunk).');
  process.exit(1);
}

const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const registry = (await readFile(join(source, 'src/i18n/mod.rs'), 'utf8')).match(/^message_files!\[([^\]]*)\];/m);
if (!registry) {
  console.error('postbuild.mjs: no message_files![...] list in src/i18n/mod.rs.');
  process.exit(1);
}
const areas = [...registry[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
await mkdir(join(dir, 'i18n'), { recursive: true });
for (const lang of ['en', 'ro', 'bg']) {
  const texts = [];
  for (const area of areas) {
    const text = await readFile(join(source, 'src/i18n', lang, `${area}.ftl`), 'utf8');
    texts.push(text.endsWith('\n') ? text : `${text}\n`);
  }
  await writeFile(join(dir, 'i18n', `${lang}.ftl`), texts.join('\n'));
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
// English messages are needed before the first render in every language: fetch them with the wasm.
html = html.replace('</head>', '  <link rel="preload" href="/i18n/en.ftl" as="fetch" crossorigin="anonymous" />\n  </head>');
await writeFile(indexPath, html);

const entries = await readdir(dir, { recursive: true });
const files = [];
for (const f of entries) {
  if (f !== 'sw.js' && f !== 'sw-template.js' && f !== 'postbuild.mjs' && (await stat(join(dir, f))).isFile()) files.push(f);
}
files.sort();
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
console.log(`postbuild: CSP with ${hashes.length} inline script hash(es); ${areas.length} message files a language in i18n/; sw.js cache ${version}, ${assets.length} files`);
