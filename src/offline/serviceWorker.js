// The book's service worker. After the first visit every file of the build is in one cache, so
// the whole book, its search and its widgets work offline. scripts/precache.mjs copies this file
// to the build's root as sw.js (its scope is then the whole book, under any base path) and
// fills in the line below with the build's files, each with the hash of its content.
//
// A new build is a new sw.js: the browser installs it in the background on a visit while
// online, and it takes over once no tab shows the old version (a page of the old build may
// still load its own script chunks, which only the old cache has). It then deletes the old
// cache. Files whose content did not change are copied from the old cache, not downloaded.
const PRECACHE = { version: "", files: {} };

const SCOPE = self.registration.scope;
// Caches of this book at this address; another book on the same host has its own.
const PREFIX = `fme-precache ${SCOPE} `;
const CACHE = PREFIX + PRECACHE.version;
// Where a cached response keeps the hash of its content, to be reused by the next version.
const HASH_HEADER = "x-precache-hash";
const NOT_FOUND_PAGE = new URL("404.html", SCOPE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await bookCaches()) {
        if (name !== CACHE) await caches.delete(name);
      }
      // The page that registered the worker is served by it too from now on.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  event.respondWith(respond(request));
});

/** Names of this book's caches, the current one included. */
async function bookCaches() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX));
}

/** Fills the cache with every file of the build; the install fails if one cannot be had. */
async function precache() {
  const cache = await caches.open(CACHE);
  const earlier = await Promise.all((await bookCaches()).map((name) => caches.open(name)));
  await Promise.all(
    Object.entries(PRECACHE.files).map(async ([file, hash]) => {
      const url = new URL(file, SCOPE).href;
      const response = (await unchanged(earlier, url, hash)) ?? (await download(url, hash));
      await cache.put(url, response);
    }),
  );
}

/**
 * The file as an earlier version (or an interrupted install of this one) cached it, if its
 * content has not changed since.
 * @param {Cache[]} earlier
 * @param {string} url
 * @param {string} hash
 */
async function unchanged(earlier, url, hash) {
  for (const cache of earlier) {
    const response = await cache.match(url);
    if (response?.headers.get(HASH_HEADER) === hash) return response;
  }
  return undefined;
}

/**
 * @param {string} url
 * @param {string} hash
 */
async function download(url, hash) {
  // Past the browser's HTTP cache, which may still hold the previous build's file.
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(HASH_HEADER, hash);
  // The body read here is decoded already, and there is one copy per file.
  for (const name of ["content-encoding", "content-length", "vary"]) headers.delete(name);
  // A response built here is never "redirected", which a page's navigation would refuse.
  return new Response(response.body, { status: 200, headers });
}

/**
 * From the cache first; what it does not hold (nothing of the book, after the install) from the
 * network. Offline, a navigation gets what a static host would give: a page's address without
 * its closing slash is redirected to the page, and one the book does not have gets its 404 page.
 * @param {Request} request
 */
async function respond(request) {
  const cache = await caches.open(CACHE);
  // A query never changes a static file (Pagefind adds one to defeat HTTP caches).
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode !== "navigate") throw error;
    const page = new URL(request.url);
    page.pathname += "/";
    if (await cache.match(page.href, { ignoreSearch: true })) {
      return Response.redirect(page.href, 301);
    }
    const notFound = await cache.match(NOT_FOUND_PAGE);
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}
