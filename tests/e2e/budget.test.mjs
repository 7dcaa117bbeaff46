// Page-weight budgets, measured on the built site: the JavaScript and CSS a page loads, gzipped,
// counted as scripts/pageWeight.mjs says. Up front: the static imports (what the browser fetches
// before the page works). In all: the dynamic imports too, i.e. what a reader who scrolls through
// the whole chapter fetches (each widget's module, imported when its figure comes near) and the
// figure download's code. The search index (pagefind) is not counted.
// `node scripts/js-weight.mjs` lists what the heaviest page loads.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { htmlFiles, pageWeight } from "../../scripts/pageWeight.mjs";
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

const pages = htmlFiles(ROOT).map((file) => pageWeight(ROOT, file, process.env.E2E_BASE ?? "/"));

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
