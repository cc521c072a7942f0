// The check-in scanner's service worker (scope /check-in/): the scanner opens without the network,
// from the copy kept of its page and scripts. Check-ins themselves never go through a cache.
const CACHE = 'huiwu-check-in-v1';
const SHELL = ['/assets/check-in.js', '/assets/check-in-offline.js', '/assets/check-in.css', '/assets/site.css', '/assets/pages.js', '/check-in/jsqr.js', '/check-in/manifest.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The scanner page: the network first (it carries a fresh CSRF token), the kept copy offline.
  if (request.mode === 'navigate' && /^\/check-in\/gates\/\d+$/.test(url.pathname)) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
          }
          return response;
        })
        .catch(() => caches.match(url.pathname).then((kept) => kept || Response.error())),
    );
    return;
  }
  if (SHELL.includes(url.pathname)) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
          }
          return response;
        })
        .catch(() => caches.match(url.pathname).then((kept) => kept || Response.error())),
    );
  }
});
