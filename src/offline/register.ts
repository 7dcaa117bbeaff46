/**
 * Registers the book's service worker (sw.js at the site's root, written by
 * scripts/precache.mjs), which precaches the whole book for reading offline. Only once the page
 * has loaded: the download of every file must not compete with the first page. Not in
 * `astro dev`, which has no sw.js.
 */
const WORKER = `${import.meta.env.BASE_URL}sw.js`;

function register(): void {
  navigator.serviceWorker.register(WORKER).catch((error: unknown) => {
    // The book works as well without it, online.
    console.warn("The book cannot be kept for reading offline:", error);
  });
}

if (import.meta.env.PROD && "serviceWorker" in navigator) {
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
}
