// Page-weight budgets, measured on the built site: the JavaScript and CSS a page loads, gzipped.
// Static analysis of the HTML and of the chunks' imports. Up front: the static imports (what the
// browser fetches before the page works). In all: the widgets' modules too, which each page
// imports dynamically when a figure comes near (defineWhenNear), i.e. what a reader who scrolls
// through the whole chapter fetches. The search index (pagefind) is not counted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { REPO_ROOT } from "./harness.mjs";

const ROOT = path.resolve(REPO_ROOT, process.env.E2E_ROOT ?? "dist");
const KIB = 1024;
/** What any page fetches before its first figure comes near. */
const UP_FRONT_JS_BUDGET = 12 * KIB;
/** Everything a chapter's figures need, once all have come near (d3, the core, every widget). */
const JS_BUDGET = 80 * KIB;
const CSS_BUDGET = 30 * KIB;
/** Pages without widgets need only the layout's small scripts (theme, language, toolbar). */
const PLAIN_PAGE_JS_BUDGET = 8 * KIB;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "pagefind" ? [] : htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

const gzipped = new Map();
function gzipSize(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)).length);
  return gzipped.get(file);
}

/** A URL path on the site → the file in ROOT (the build may have a base, e.g. /fme/). */
function fileOf(url) {
  const base = process.env.E2E_BASE ?? "/";
  return path.join(ROOT, url.startsWith(base) ? url.slice(base.length) : url);
}

/** A chunk's imports: static (`from "./x.js"`), or also dynamic (`import("./x.js")`). */
function importsOf(file, { dynamic }) {
  const code = readFileSync(file, "utf8");
  const pattern = dynamic
    ? /(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g
    : /(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
  return [...code.matchAll(pattern)].map((m) => path.resolve(path.dirname(file), m[1]));
}

/** The gzipped bytes of the scripts and everything they import. */
function closureSize(scripts, options) {
  const js = new Set();
  const queue = [...scripts];
  while (queue.length) {
    const file = queue.pop();
    if (js.has(file)) continue;
    js.add(file);
    queue.push(...importsOf(file, options));
  }
  return [...js].reduce((total, f) => total + gzipSize(f), 0);
}

function pageWeight(htmlFile) {
  const html = readFileSync(htmlFile, "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => fileOf(m[1]));
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    fileOf(m[1]),
  );
  const sum = (files) => [...files].reduce((total, f) => total + gzipSize(f), 0);
  return {
    upFront: closureSize(scripts, { dynamic: false }),
    js: closureSize(scripts, { dynamic: true }),
    css: sum(styles),
    hasWidget: /class="widget\b/.test(html),
  };
}

const pages = htmlFiles(ROOT).map((file) => ({
  page: path.relative(ROOT, file),
  ...pageWeight(file),
}));

const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

test("every page fetches at most 12 KiB of gzipped JavaScript up front, 80 KiB with all its figures, and 30 KiB of CSS", () => {
  assert.ok(pages.length > 10, `found ${pages.length} pages in ${ROOT}`);
  const heaviest = [...pages].sort((a, b) => b.js - a.js)[0];
  console.log(
    `heaviest page: ${heaviest.page}, ${kib(heaviest.upFront)} of JS up front, ` +
      `${kib(heaviest.js)} with every figure, ${kib(heaviest.css)} of CSS (gzip)`,
  );
  for (const p of pages) {
    assert.ok(p.upFront <= UP_FRONT_JS_BUDGET, `${p.page}: ${kib(p.upFront)} of JS up front`);
    assert.ok(p.js <= JS_BUDGET, `${p.page}: ${kib(p.js)} of JS with every figure`);
    assert.ok(p.css <= CSS_BUDGET, `${p.page}: ${kib(p.css)} of CSS`);
  }
});

test("pages without widgets load only the layout's small scripts", () => {
  for (const p of pages.filter((x) => !x.hasWidget)) {
    assert.ok(p.upFront <= PLAIN_PAGE_JS_BUDGET, `${p.page}: ${kib(p.upFront)} of JS`);
  }
});
