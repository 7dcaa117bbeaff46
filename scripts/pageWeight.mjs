// What a built page fetches in JavaScript and CSS, gzipped: the one way of counting shared by the
// budget test (tests/e2e/budget.test.mjs) and the weighing script (scripts/js-weight.mjs).
// Static analysis of the HTML and of the chunks' imports. Up front: the static imports (what the
// browser fetches before the page works). With every figure: the dynamic imports too, which a page
// makes when a figure comes near (defineWhenNear). Counted apart: on request, what a page fetches
// only when a reader asks for it with a click (a figure's PNG or SVG download), which a reader who
// scrolls through a chapter never fetches; the fallback, fetched only where no Web Worker can
// start; and the scripts of the workers that the figures start.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Every HTML file under dir, the search index (pagefind) left out. */
export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "pagefind" ? [] : htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

const gzipped = new Map();
/** A file's size gzipped (at zlib's default level, as static hosts serve it), remembered. */
export function gzipSize(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)).length);
  return gzipped.get(file);
}

const texts = new Map();
/** A chunk's code, read once: every page of a build reads the same chunks. */
function codeOf(file) {
  if (!texts.has(file)) texts.set(file, readFileSync(file, "utf8"));
  return texts.get(file);
}

/** A chunk's static imports (`from "./x.js"`, `import "./x.js"`) and dynamic ones (`import("./x.js")`). */
function importsOf(file) {
  return [...codeOf(file).matchAll(/(?:import|from)\s*(\(?)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map(
    (m) => ({
      file: path.resolve(path.dirname(file), m[2]),
      dynamic: m[1] === "(",
    }),
  );
}

/**
 * The chunks of modules a page imports only on a reader's click, named by Vite after the module:
 * the figure exporter and lecture mode (figure-toolbar.ts imports them when a download button or
 * Lecture mode is pressed, or a link opens lecture mode).
 */
export const ON_REQUEST_CHUNK = /^(figureExport|lectureMode)\.[\w-]+\.js$/;
const onRequest = (file) => ON_REQUEST_CHUNK.test(path.basename(file));

/**
 * The chunk a page imports only where no Web Worker can start: the trained network's job code,
 * which its worker runs otherwise (jobClient.ts). Counted apart, as a fallback.
 */
export const FALLBACK_CHUNK = /^jobs\.[\w-]+\.js$/;
const fallback = (file) => FALLBACK_CHUNK.test(path.basename(file));

/** The scripts of the Web Workers a chunk starts: `new Worker(new URL("…/x.js", …))`. */
function workerUrls(file) {
  return [...codeOf(file).matchAll(/new Worker\(\s*new URL\(\s*["']([^"']+)["']/g)].map(
    (m) => m[1],
  );
}

/**
 * The scripts and every chunk they import, each once: statically imported chunks always, dynamic
 * imports with `dynamic`, except those `skipDynamic(file)` leaves out (with what only they import).
 */
export function chunksOf(scripts, { dynamic, skipDynamic = () => false }) {
  const js = new Set();
  const queue = [...scripts];
  while (queue.length) {
    const file = queue.pop();
    if (js.has(file)) continue;
    js.add(file);
    for (const next of importsOf(file)) {
      if (!next.dynamic || (dynamic && !skipDynamic(next.file))) queue.push(next.file);
    }
  }
  return [...js];
}

const total = (files) => files.reduce((sum, f) => sum + gzipSize(f), 0);

/**
 * A page's scripts and stylesheets as files in root, and their weight. `base` is the path the
 * build was made for (e.g. /fme/), which the page's URLs start with.
 */
export function pageWeight(root, htmlFile, base = "/") {
  const html = readFileSync(htmlFile, "utf8");
  const dir = path.resolve(root); // absolute, as the chunks' imports are resolved
  const fileOf = (url) => path.join(dir, url.startsWith(base) ? url.slice(base.length) : url);
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => fileOf(m[1]));
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    fileOf(m[1]),
  );
  const chunks = chunksOf(scripts, {
    dynamic: true,
    skipDynamic: (file) => onRequest(file) || fallback(file),
  });
  const shipped = new Set(chunks);
  const beyond = (skipDynamic) =>
    chunksOf(scripts, { dynamic: true, skipDynamic }).filter((c) => !shipped.has(c));
  const onRequestChunks = beyond(fallback);
  const fallbackChunks = beyond(onRequest);
  // A worker's script is fetched when the chunk that starts it runs, as the figure comes near.
  const workerScripts = chunks.flatMap((chunk) =>
    workerUrls(chunk).map((url) =>
      url.startsWith(".") ? path.resolve(path.dirname(chunk), url) : fileOf(url),
    ),
  );
  const workerChunks = chunksOf([...new Set(workerScripts)], { dynamic: false }).filter(
    (c) => !shipped.has(c),
  );
  return {
    page: path.relative(root, htmlFile),
    upFront: total(chunksOf(scripts, { dynamic: false })),
    js: total(chunks),
    chunks,
    onRequest: total(onRequestChunks),
    onRequestChunks,
    fallback: total(fallbackChunks),
    fallbackChunks,
    workers: total(workerChunks),
    workerChunks,
    css: total(styles),
    hasWidget: /class="widget\b/.test(html),
  };
}
