// What a built page fetches in JavaScript and CSS, gzipped: the one way of counting shared by the
// budget test (tests/e2e/budget.test.mjs) and the weighing script (scripts/js-weight.mjs).
// Static analysis of the HTML and of the chunks' imports. Up front: the static imports (what the
// browser fetches before the page works). In all: the dynamic imports too, which a page makes when
// a figure comes near (defineWhenNear) or a reader asks for something (a figure's download).
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

/** A chunk's imports: static (`from "./x.js"`), or also dynamic (`import("./x.js")`). */
function importsOf(file, { dynamic }) {
  const code = readFileSync(file, "utf8");
  const pattern = dynamic
    ? /(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g
    : /(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
  return [...code.matchAll(pattern)].map((m) => path.resolve(path.dirname(file), m[1]));
}

/** The scripts and every chunk they import, each once. */
export function chunksOf(scripts, options) {
  const js = new Set();
  const queue = [...scripts];
  while (queue.length) {
    const file = queue.pop();
    if (js.has(file)) continue;
    js.add(file);
    queue.push(...importsOf(file, options));
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
  const fileOf = (url) => path.join(root, url.startsWith(base) ? url.slice(base.length) : url);
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => fileOf(m[1]));
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    fileOf(m[1]),
  );
  const chunks = chunksOf(scripts, { dynamic: true });
  return {
    page: path.relative(root, htmlFile),
    upFront: total(chunksOf(scripts, { dynamic: false })),
    js: total(chunks),
    chunks,
    css: total(styles),
    hasWidget: /class="widget\b/.test(html),
  };
}
