// The app's shell is cached so that it opens without a network; what a person sees comes from the network, or,
// offline, from the last copy this device kept.
const SHELL = 'ips-shell-v2';
const SHELL_FILES = ['/', '/app/app.js', '/app/bff.js', '/app/card.js', '/app/clients.js', '/app/dashboard.js',
  '/app/day.js', '/app/forms.js', '/app/i18n.js', '/app/log.js', '/app/app.css',
  '/manifest.webmanifest', '/icons/icon.svg'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(SHELL).then(cache => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
      .then(names => Promise.all(names.filter(name => name !== SHELL).map(name => caches.delete(name))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !SHELL_FILES.includes(url.pathname)) {
    return;
  }
  // Network first, so a new version shows at once; the cached shell only when the network fails.
  event.respondWith(fetch(event.request)
      .then(response => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          caches.open(SHELL).then(cache => cache.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request)));
});
