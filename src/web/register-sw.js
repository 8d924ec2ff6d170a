// Registers the service worker and offers a reload when a new version has been installed.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
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
  const text = document.createElement('span');
  text.textContent = 'A new version of Retention Calculator is ready. Your data is kept. ';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload to update';
  button.addEventListener('click', () => window.location.reload());
  box.append(text, button);
  document.body.append(box);
}
