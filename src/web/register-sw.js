// Registers the service worker and offers a reload when a new version has been installed; and,
// while the WebAssembly compiles, gives the number and date formats a head start (below).
// Registered once the page has loaded and the app has drawn itself (its `app-drawn` event), so that
// the install's download of every file does not compete with the first render; after 10 s without
// that event it registers anyway, so that the app still installs for offline use.
function whenLoadedAndDrawn(start) {
  let loaded = document.readyState === 'complete';
  let drawn = false;
  let started = false;
  const maybe = () => {
    if (loaded && drawn && !started) {
      started = true;
      start();
    }
  };
  window.addEventListener('load', () => { loaded = true; maybe(); });
  window.addEventListener('app-drawn', () => { drawn = true; maybe(); }, { once: true });
  setTimeout(() => { drawn = true; maybe(); }, 10_000);
}

if ('serviceWorker' in navigator) {
  whenLoadedAndDrawn(() => {
    navigator.serviceWorker.register('/sw.js').then((registration) => {
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) showUpdate();
        });
      });
    }).catch(() => {
      // Without a service worker the app still works online; nothing to tell the user.
    });
  });
}

function showUpdate() {
  if (document.getElementById('update-banner')) return;
  const box = document.createElement('div');
  box.id = 'update-banner';
  box.className = 'update-banner';
  box.setAttribute('role', 'status');
  // In the page's language (the app sets `lang`); these words are not in the message files, as the
  // box is the page's, not the app's (docs/i18n.md).
  const words = {
    en: ['A new version of Retention Calculator is ready. Your data is kept. ', 'Reload to update'],
    ro: ['O nouă versiune a Calculatorului de retenție este gata. Datele dumneavoastră se păstrează. ', 'Reîncărcați pentru actualizare'],
    bg: ['Готова е нова версия на Калкулатора за задържане на клиенти. Данните ви се запазват. ', 'Презареждане за обновяване'],
  }[document.documentElement.lang] ?? ['A new version of Retention Calculator is ready. Your data is kept. ', 'Reload to update'];
  const text = document.createElement('span');
  text.textContent = words[0];
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = words[1];
  button.addEventListener('click', () => window.location.reload());
  box.append(text, button);
  document.body.append(box);
}

// While the WebAssembly compiles (off the main thread), build one number and one date format of the
// language the app will most likely show (the browser's; src/ui/platform/intl.rs picks the same
// locales), so the browser has loaded that locale's data before the first figure is formatted:
// about a fifth of the first render in headless Chromium (docs/performance.md).
setTimeout(() => {
  try {
    const primary = (navigator.languages || [navigator.language]).map((l) => String(l).slice(0, 2).toLowerCase());
    const locale = { ro: 'ro-RO', bg: 'bg-BG', en: 'en-GB' }[primary.find((l) => ['en', 'ro', 'bg'].includes(l))] || 'en-GB';
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(1);
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(0);
  } catch {
    // Only a head start: the app builds its own formats.
  }
}, 0);
