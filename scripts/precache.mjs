// After `astro build`, thumbnails and pagefind: writes the service worker to the build's root,
// with the list of every file it precaches (so that the book, its search and its widgets work
// offline after the first visit) and a version that changes with any file's name or content.
// A new build thus gives a new sw.js; the browser installs it, and it deletes the old cache.
// Usage: node scripts/precache.mjs <build dir>
import { createHash } from "node:crypto";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const WORKER_FILE = "sw.js";
const WORKER_SOURCE = fileURLToPath(new URL("../src/offline/serviceWorker.js", import.meta.url));
// The line of the worker's source that this script fills in.
const PLACEHOLDER = 'const PRECACHE = { version: "", files: {} };';
// Pagefind's own search interfaces: the book has its own (src/components/search), so no page
// ever loads these.
const UNUSED = /^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/**
 * The URL a file is served at, relative to the site's root: a directory's index.html is served
 * at the directory's address, which every link uses ("en/", not "en/index.html"). A name's
 * spaces, "#" or "%" are escaped, as in a link.
 * @param {string} file path relative to the root, with "/" separators
 */
export function urlOf(file) {
  if (file === "index.html") return "./";
  const url = file.split("/").map(encodeURIComponent).join("/");
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}

/**
 * What the service worker precaches: each file's URL (relative to the root) and the hash of its
 * content, and a version: the hash of that whole list.
 * @param {string} root the build directory
 * @returns {Promise<{ version: string, files: Record<string, string> }>}
 */
export async function precacheManifest(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((file) => file !== WORKER_FILE && !UNUSED.test(file))
    .sort();
  /** @type {Record<string, string>} */
  const hashes = {};
  for (const file of files) {
    hashes[urlOf(file)] = shortHash(await readFile(path.join(root, file)));
  }
  return { version: shortHash(JSON.stringify(hashes)), files: hashes };
}

/** @param {string | Buffer} data */
function shortHash(data) {
  return createHash("sha256").update(data).digest("base64url").slice(0, 16);
}

/**
 * The service worker's source with the manifest filled in.
 * @param {string} source the worker's source (src/offline/serviceWorker.js)
 * @param {{ version: string, files: Record<string, string> }} manifest
 */
export function workerWithManifest(source, manifest) {
  if (!source.includes(PLACEHOLDER)) {
    throw new Error(`precache: the worker's source has no line ${PLACEHOLDER}`);
  }
  return source.replace(PLACEHOLDER, () => `const PRECACHE = ${JSON.stringify(manifest)};`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(process.argv[2] ?? "dist");
  const manifest = await precacheManifest(root);
  const source = await readFile(WORKER_SOURCE, "utf8");
  await writeFile(path.join(root, WORKER_FILE), workerWithManifest(source, manifest));
  const count = Object.keys(manifest.files).length;
  console.log(`precache: ${root}/${WORKER_FILE}, ${count} files, version ${manifest.version}`);
}
