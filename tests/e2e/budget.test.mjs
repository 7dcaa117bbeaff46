// Page-weight budgets, measured on the built site: the JavaScript and CSS a page loads, gzipped.
// Static analysis of the HTML and of the chunks' static imports (what the browser must fetch
// before the page works); lazily imported code such as the search index is not counted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { REPO_ROOT } from "./harness.mjs";

const ROOT = path.resolve(REPO_ROOT, process.env.E2E_ROOT ?? "dist");
const KIB = 1024;
const JS_BUDGET = 60 * KIB;
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

function staticImports(file) {
  const code = readFileSync(file, "utf8");
  const found = [...code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)];
  return found.map((m) => path.resolve(path.dirname(file), m[1]));
}

function pageWeight(htmlFile) {
  const html = readFileSync(htmlFile, "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => fileOf(m[1]));
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    fileOf(m[1]),
  );
  const js = new Set();
  const queue = [...scripts];
  while (queue.length) {
    const file = queue.pop();
    if (js.has(file)) continue;
    js.add(file);
    queue.push(...staticImports(file));
  }
  const sum = (files) => [...files].reduce((total, f) => total + gzipSize(f), 0);
  return { js: sum(js), css: sum(styles), hasWidget: /class="widget\b/.test(html) };
}

const pages = htmlFiles(ROOT).map((file) => ({
  page: path.relative(ROOT, file),
  ...pageWeight(file),
}));

test("every page stays within 60 KiB of gzipped JavaScript and 30 KiB of CSS", () => {
  assert.ok(pages.length > 10, `found ${pages.length} pages in ${ROOT}`);
  const heaviest = [...pages].sort((a, b) => b.js - a.js)[0];
  console.log(
    `heaviest page: ${heaviest.page}, ${(heaviest.js / KIB).toFixed(1)} KiB JS, ` +
      `${(heaviest.css / KIB).toFixed(1)} KiB CSS (gzip)`,
  );
  for (const p of pages) {
    assert.ok(p.js <= JS_BUDGET, `${p.page}: ${(p.js / KIB).toFixed(1)} KiB of JS`);
    assert.ok(p.css <= CSS_BUDGET, `${p.page}: ${(p.css / KIB).toFixed(1)} KiB of CSS`);
  }
});

test("pages without widgets load only the layout's small scripts", () => {
  for (const p of pages.filter((x) => !x.hasWidget)) {
    assert.ok(p.js <= PLAIN_PAGE_JS_BUDGET, `${p.page}: ${(p.js / KIB).toFixed(1)} KiB of JS`);
  }
});
