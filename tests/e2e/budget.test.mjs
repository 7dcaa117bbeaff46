// Page-weight budgets, measured on the built site: the JavaScript and CSS a page loads, gzipped,
// counted as scripts/pageWeight.mjs says. Up front: the static imports (what the browser fetches
// before the page works). With every figure: the dynamic imports too, i.e. what a reader who
// scrolls through the whole chapter fetches (each widget's module, imported when its figure comes
// near); this is what a page "ships". Counted apart, each with a budget of its own: on request,
// what a page fetches only when a reader clicks for it (the figure download's code, lecture
// mode); the fallback, the trained network's job code, which a page fetches only where no Web
// Worker can start; and the scripts of the workers the figures start (the trained network's).
// The search index is not counted. `node scripts/js-weight.mjs` lists what the heaviest page loads.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { FALLBACK_CHUNK, htmlFiles, pageWeight } from "../../scripts/pageWeight.mjs";
import { REPO_ROOT } from "./harness.mjs";

const ROOT = path.resolve(REPO_ROOT, process.env.E2E_ROOT ?? "dist");
const KIB = 1024;
/** What any page fetches before its first figure comes near (6.2 KiB at most on 2026-12-03). */
const UP_FRONT_JS_BUDGET = 7 * KIB;
/**
 * Everything a chapter's figures need, once all have come near (d3, the core, every widget):
 * issue 15's target. The heaviest pages, en/mechanics/ and en/cs231n/, ship 59.5 and 58.3 KiB
 * (2026-12-03): see docs/performance.md, "Page weight".
 */
const JS_BUDGET = 60 * KIB;
/**
 * What a page fetches on a reader's click, beyond what it ships: the figure exporter (5.2 KiB)
 * and lecture mode (1.4 KiB).
 */
const ON_REQUEST_JS_BUDGET = 7 * KIB;
/** The trained network's job code, fetched only where no worker can start (3.2 KiB). */
const FALLBACK_JS_BUDGET = 4 * KIB;
/** The trained network's worker script (12.0 KiB). */
const WORKER_JS_BUDGET = 13 * KIB;
const CSS_BUDGET = 30 * KIB;
/** Pages without widgets need only the layout's small scripts (theme, language, toolbar). */
const PLAIN_PAGE_JS_BUDGET = 8 * KIB;

const pages = htmlFiles(ROOT).map((file) => ({
  ...pageWeight(ROOT, file, process.env.E2E_BASE ?? "/"),
  hasTrainedNetwork: /<trained-network\b/.test(readFileSync(file, "utf8")),
}));

const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

test("every page fetches at most 7 KiB of gzipped JavaScript up front, 60 KiB with all its figures, 7 KiB more on request, 4 KiB as a fallback, 13 KiB in workers, and 30 KiB of CSS", () => {
  assert.ok(pages.length > 10, `found ${pages.length} pages in ${ROOT}`);
  const heaviest = [...pages].sort((a, b) => b.js - a.js)[0];
  console.log(
    `heaviest page: ${heaviest.page}, ${kib(heaviest.upFront)} of JS up front, ` +
      `${kib(heaviest.js)} with every figure, ${kib(heaviest.onRequest)} more on request, ` +
      `${kib(heaviest.fallback)} as a fallback, ${kib(heaviest.workers)} in workers, ` +
      `${kib(heaviest.css)} of CSS (gzip)`,
  );
  for (const p of pages) {
    assert.ok(p.upFront <= UP_FRONT_JS_BUDGET, `${p.page}: ${kib(p.upFront)} of JS up front`);
    assert.ok(p.js <= JS_BUDGET, `${p.page}: ${kib(p.js)} of JS with every figure`);
    assert.ok(p.onRequest <= ON_REQUEST_JS_BUDGET, `${p.page}: ${kib(p.onRequest)} on request`);
    assert.ok(p.fallback <= FALLBACK_JS_BUDGET, `${p.page}: ${kib(p.fallback)} as a fallback`);
    assert.ok(p.workers <= WORKER_JS_BUDGET, `${p.page}: ${kib(p.workers)} in workers`);
    assert.ok(p.css <= CSS_BUDGET, `${p.page}: ${kib(p.css)} of CSS`);
  }
});

test("the trained network's worker and its fallback are found wherever the figure is, so that both are weighed", () => {
  // Found by the worker's `new Worker(new URL(…))` and the fallback's chunk name (pageWeight.mjs,
  // FALLBACK_CHUNK): were either to change, this says why the budgets above stopped seeing them.
  // (A gallery thumbnail, thumb/<figure>/, holds the figure without its scripts.)
  const network = pages.filter((x) => x.hasTrainedNetwork && x.js > 0);
  assert.ok(network.length >= 6, `found ${network.length} pages with the trained network`);
  for (const p of network) {
    assert.ok(p.workers > 0, `${p.page}: no worker script found`);
    assert.ok(p.fallback > 0, `${p.page}: no fallback found`);
    assert.ok(
      p.chunks.every((c) => !FALLBACK_CHUNK.test(path.basename(c))),
      `${p.page}: the fallback is shipped`,
    );
  }
  for (const p of pages.filter((x) => !network.includes(x))) {
    assert.equal(p.workers + p.fallback, 0, `${p.page}: a worker or fallback without the figure`);
  }
});

test("the figure exporter is found on every page with a figure, so that it is weighed on request", () => {
  // Found, with lecture mode, by its chunk's name (pageWeight.mjs, ON_REQUEST_CHUNK): were that name to change, its
  // code would count as shipped, and this says why the budget above suddenly failed.
  // (A gallery thumbnail, thumb/<figure>/, is a figure without its scripts: it fetches nothing.)
  const scripted = pages.filter((x) => x.hasWidget && x.js > 0);
  assert.ok(scripted.length > 10, `found ${scripted.length} pages with figures`);
  for (const p of scripted) {
    assert.ok(p.onRequest > 0, `${p.page}: no code fetched on request`);
  }
});

test("pages without widgets load only the layout's small scripts", () => {
  for (const p of pages.filter((x) => !x.hasWidget)) {
    assert.ok(p.upFront <= PLAIN_PAGE_JS_BUDGET, `${p.page}: ${kib(p.upFront)} of JS`);
  }
});
