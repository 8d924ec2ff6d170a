// The first screen and the full app. The portfolio is first drawn by a small module of its own
// (src/ui/first.rs, which Trunk preloads and starts); this script then loads the full app
// (src/main.rs: /retention-calculator.js, no-modules glue, and its WebAssembly), which draws itself
// hidden and takes the first screen's place in one task (src/ui/app.rs `drawn`).
// - The full app is fetched only once the first screen's figures are on the page (its first
//   `[data-testid=total-clients]`, or `first-drawn`), so that nothing competes with them; at once
//   when there is no first screen to draw: another address than the portfolio, `first-skipped`
//   (a document to migrate, unreadable storage), or the first module failing to start.
// - A warm start (the service worker controls the page, so every file is in its cache and there
//   is no download to wait for) goes straight to the full app: `data-start="app"` on the page
//   tells the first module to draw nothing (src/ui/first.rs `prepare`).
// - Until the full app is there, the first screen changes nothing: the search and the filters work
//   on it (they are the page's own state) and what they hold is carried over to the full app's
//   fields; every other click is held back (a page that reacted and then forgot would be worse)
//   and the last one is carried out by the full app, on the same link (by its address) or the same
//   element (by its place: the full app draws the same markup), with the focus.
// - If the full app cannot be loaded (the connection dropped on a first visit), a box says so in
//   the page's language and offers a reload; the first screen stays as it was.
(() => {
  const WORDS = {
    en: ['The rest of the app could not be loaded; check the connection.', 'Reload'],
    ro: ['Restul aplicației nu a putut fi încărcat; verificați conexiunea.', 'Reîncărcați'],
    bg: ['Останалата част от приложението не можа да се зареди; проверете връзката.', 'Презареждане'],
  };
  const failed = () => {
    if (document.getElementById('load-failed')) return;
    const [text, action] = WORDS[document.documentElement.lang] ?? WORDS.en;
    const box = document.createElement('div');
    box.id = 'load-failed';
    box.className = 'update-banner';
    box.setAttribute('role', 'alert');
    const words = document.createElement('span');
    words.textContent = `${text} `;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action;
    button.addEventListener('click', () => location.reload());
    box.append(words, button);
    document.body.append(box);
    document.getElementById('first')?.removeAttribute('aria-busy');
  };
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // The WebAssembly is fetched and compiled (off the main thread, as it arrives) beside its glue,
    // not after it: the first screen may still be drawing when the glue arrives.
    const url = '/retention-calculator_bg.wasm';
    const compiled = WebAssembly.compileStreaming(fetch(url)).catch(() =>
      // A server that sends the wrong type: compiled once it has all arrived.
      fetch(url).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(r.statusText)))).then((b) => WebAssembly.compile(b)));
    compiled.catch(() => {}); // (reported once, below)
    const script = document.createElement('script');
    script.src = '/retention-calculator.js';
    script.onload = () => wasm_bindgen({ module_or_path: compiled }).catch(failed);
    script.onerror = failed;
    document.head.append(script);
  };
  if (navigator.serviceWorker?.controller) {
    document.documentElement.dataset.start = 'app';
    start();
  }
  if (location.pathname !== '/' && location.pathname !== '/index.html') start();
  addEventListener('first-drawn', start);
  const figures = new MutationObserver(() => {
    if (document.querySelector('#first [data-testid=total-clients]')) {
      figures.disconnect();
      start();
    }
  });
  figures.observe(document, { childList: true, subtree: true });
  addEventListener('app-drawn', () => figures.disconnect(), { once: true });
  addEventListener('first-skipped', start);
  addEventListener('unhandledrejection', start);
  addEventListener('error', start);

  // An element's place below `root`, as child indexes (the same place in the full app's page).
  const place = (el, root) => {
    const path = [];
    for (; el && el !== root; el = el.parentElement) path.unshift([...el.parentElement.children].indexOf(el));
    return el === root ? path : null;
  };
  const at = (path) => path?.reduce((el, i) => el?.children[i], document.getElementById('app'));
  const first = () => document.getElementById('first');
  const onFirst = (e) => first()?.contains(e.target);
  const FIELDS = 'input, select, textarea, label';
  let click = null;
  let focus = null;
  const fields = new Map(); // place → the field's value, as typed on the first screen
  const hold = (e) => {
    if (!onFirst(e)) return;
    // The search and the filters work on the first screen itself (its own page state), and what
    // they hold is carried over below.
    if (e.type === 'click' && e.target.closest(FIELDS)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type === 'click') {
      const el = e.target.closest('a, button, summary') ?? e.target;
      // A link by its address (a filtered table has its rows elsewhere), anything else by its place.
      const href = el.closest('a[href]')?.getAttribute('href');
      click = href ? { href } : { place: place(el, first()) };
      // Show that the click was taken and waits for the app (styles/main.css).
      first()?.setAttribute('aria-busy', 'true');
    }
  };
  for (const type of ['click', 'submit']) addEventListener(type, hold, true);
  // (The failure box's reload button is outside #first, so it is not held.)
  const remember = (e) => {
    if (!onFirst(e) || !e.target.matches?.('input, select, textarea')) return;
    const key = JSON.stringify(place(e.target, first()));
    fields.set(key, e.target.type === 'checkbox' || e.target.type === 'radio' ? { checked: e.target.checked } : { value: e.target.value });
  };
  addEventListener('input', remember, true);
  addEventListener('change', remember, true);
  addEventListener('focusin', (e) => {
    if (onFirst(e)) focus = place(e.target, first());
  }, true);
  addEventListener('app-drawn', () => {
    // What was typed and chosen on the first screen, into the same fields of the full app's page
    // (with the events its components listen to).
    for (const [key, kept] of fields) {
      const el = at(JSON.parse(key));
      if (!el?.matches?.('input, select, textarea')) continue;
      if ('checked' in kept && el.checked !== kept.checked) {
        el.checked = kept.checked;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      } else if ('value' in kept && el.value !== kept.value) {
        el.value = kept.value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    at(focus)?.focus();
    const target = click?.href
      ? [...document.querySelectorAll('#app a[href]')].find((a) => a.getAttribute('href') === click.href)
      : at(click?.place);
    target?.click();
  }, { once: true });
})();
