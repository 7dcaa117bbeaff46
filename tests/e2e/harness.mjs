// Shared setup for the browser tests (node:test + playwright-core + axe-core).
// One static server and one browser per test file; every openPage() gets its own
// browser context so viewport / JS / colour scheme can differ per page.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { after, before } from "node:test";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every widget's element name, read from the registry that generates the embed pages. */
export const WIDGET_TAGS = [
  ...readFileSync(`${REPO_ROOT}src/widgets/registry.ts`, "utf8").matchAll(/name: "([a-z-]+)"/g),
].map((m) => m[1]);

/**
 * The built site's embed pages, one per figure (the trained network has one per view), each
 * with the element of the widget it shows.
 */
export function builtEmbeds(lang = "en", root = process.env.E2E_ROOT ?? "dist") {
  return readdirSync(path.resolve(REPO_ROOT, root, lang, "embed"))
    .sort()
    .map((figure) => ({
      figure,
      page: `embed/${figure}/`,
      tag: WIDGET_TAGS.find((tag) => figure === tag || figure.startsWith(`${tag}-`)),
    }));
}

// Debian's chromium is the only browser we use; playwright never downloads one.
export const CHROMIUM_PATH = "/usr/bin/chromium";
/**
 * What Playwright switches off (playwright-core 1.65, chromiumSwitches). Chromium reads only the
 * last --disable-features, so ours repeats these; site.test.mjs checks that it still does.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];
/**
 * Headless Chromium is the whole browser: from about version 156 each new window also loads the
 * address bar's two popups as web pages, each in a renderer process of its own, which made
 * opening a page cost half as much again (0.5 s instead of 0.33 s on a quiet 2-core machine, and
 * far more on a busy one). site.test.mjs checks that a new page starts no such page.
 */
const OMNIBOX_POPUPS = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];
const CHROMIUM_ARGS = [
  "--headless",
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUPS].join(",")}`,
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Every request to a host but 127.0.0.1 goes to a proxy where nothing listens, so it fails in
 * the browser, service workers' fetches included (Chromium sends localhost direct); openPage
 * records every such request. Routing each request through Playwright instead did the same at
 * a tenth of each page load's CPU.
 */
const BLOCK_OTHER_HOSTS = { server: "http://127.0.0.1:9", bypass: "127.0.0.1" };

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };
// Pages checked at once; the work is mostly CPU in chromium. E2E_CONCURRENCY overrides.
export const PAGE_CONCURRENCY =
  Number(process.env.E2E_CONCURRENCY) || Math.min(4, Math.max(2, availableParallelism()));
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** The rules of AXE_TAGS whose outcome depends on the colours, and so on the theme. */
export const AXE_COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * @typedef {object} Problems What went wrong while a page was open.
 * @property {string[]} consoleErrors console.error() and browser-logged errors
 * @property {string[]} pageErrors uncaught exceptions / unhandled rejections
 * @property {string[]} failedRequests network failures and HTTP >= 400 (except the page itself)
 * @property {{ line: string, document: number }[]} abortedRequests requests the browser aborted,
 *   with the document they started on (read them through failedRequests(page))
 * @property {string[]} externalRequests requests to any host but 127.0.0.1 (all blocked)
 */

/**
 * @typedef {import("playwright-core").Page & {
 *   problems: Problems,
 *   currentDocument: () => number,
 *   response: import("playwright-core").Response | null,
 * }} SitePage A Playwright page plus what its listeners recorded.
 */

/**
 * @typedef {object} OpenPageOptions
 * @property {{ width: number, height: number }} [viewport] default DESKTOP (1280×800)
 * @property {boolean} [javaScriptEnabled] default true
 * @property {"light" | "dark" | "no-preference"} [colorScheme] default "light"
 * @property {"reduce" | "no-preference"} [reducedMotion] default "no-preference"
 * @property {string} [userAgent] default chromium's own
 * @property {() => void} [initScript] runs in the page before any of its own scripts
 * @property {"load" | "domcontentloaded" | "networkidle" | "commit"} [waitUntil]
 *   default "networkidle" (islands hydrate after load)
 * @property {"allow" | "block"} [serviceWorkers] default "block": the book's service worker
 *   precaches every file in the background, work and requests that only the offline tests want
 *   (tests/e2e/offline.test.mjs); its fetches would also bypass the route that blocks other hosts.
 * @property {boolean} [enhanceAll] default true with JavaScript on: scroll each widget still
 *   showing its static frame into view, as a reader would, so that it enhances (widgets are
 *   defined only when near the viewport); the scroll position is restored afterwards.
 */

/**
 * @typedef {object} Site
 * @property {string} url base URL, e.g. "http://127.0.0.1:40123/fme/"
 * @property {string} origin e.g. "http://127.0.0.1:40123"
 * @property {string} base "/" or "/fme/"
 * @property {string} root absolute path of the served directory
 * @property {import("playwright-core").Browser | null} browser null when started without one
 * @property {(p: string, o?: OpenPageOptions) => Promise<SitePage>} openPage
 *   p is resolved against the base URL: "en/convolution/" → base + "en/convolution/"
 * @property {(u: string | URL) => Promise<Resource>} resource cached fetch of one URL
 * @property {() => Promise<void>} close
 * @property {string[] | undefined} widgets the only widgets openPage brings into view, if set
 */

/**
 * @typedef {object} Resource What a plain GET (no redirects followed) of a URL gave.
 * @property {number} status
 * @property {string | null} location absolute redirect target for 3xx
 * @property {string} contentType
 * @property {string | null} html the body if it is HTML
 */

/**
 * The site of a test file: started before its first test (a server and one browser), closed
 * after its last. Call it at the top of the file; the returned object stands for the site once
 * started. `E2E_ROOT` names the build to serve (dist/ by default), so that a helper can test
 * its own build while another rebuilds dist/.
 * @param {Parameters<typeof startSite>[0]} [options]
 * @returns {Site}
 */
export function useSite(options) {
  /** @type {Site | undefined} */
  let site;
  before(async () => {
    site = await startSite(options);
  });
  after(async () => {
    await site?.close();
  });
  return /** @type {Site} */ (
    new Proxy(
      {},
      {
        get(_, key) {
          check(site, "the site is used before the file's first test started it");
          return Reflect.get(site, key);
        },
      },
    )
  );
}

/**
 * Starts the static server on a free port and launches chromium.
 * @param {{ root?: string, base?: string, browser?: boolean, widgets?: string[] }} [options]
 *   root is relative to the repo root; browser: false serves the files only, for checks without
 *   pages; widgets: the element names of the widgets a file tests, the only ones its pages
 *   bring into view (a chapter's other widgets cost each test their load and first draw)
 * @returns {Promise<Site>}
 */
export async function startSite({
  root = process.env.E2E_ROOT ?? "dist",
  base = "/",
  browser: withBrowser = true,
  widgets,
} = {}) {
  const rootDir = path.resolve(REPO_ROOT, root);
  if (!existsSync(rootDir)) {
    throw new Error(`${rootDir} does not exist: build the site first (npm run build).`);
  }
  if (withBrowser && !existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium`);
  }
  const server = await startServer({ root: rootDir, base });
  /** @type {import("playwright-core").Browser | null} */
  let browser = null;
  try {
    if (withBrowser) {
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        proxy: BLOCK_OTHER_HOSTS,
      });
    }
  } catch (err) {
    await server.close();
    throw err;
  }
  /** @type {Map<string, Promise<Resource>>} */
  const resources = new Map();

  /** @type {Site} */
  const site = {
    url: server.url,
    origin: server.origin,
    base: server.base,
    root: rootDir,
    browser,
    openPage: (p, o) => openPage(site, p, o),
    widgets,
    resource(u) {
      const url = new URL(u, server.url);
      url.hash = "";
      const key = url.href;
      let entry = resources.get(key);
      if (!entry) {
        entry = fetchResource(key);
        resources.set(key, entry);
      }
      return entry;
    },
    async close() {
      await browser?.close().catch(() => {});
      await server.close();
    },
  };
  return site;
}

/**
 * @param {string} url
 * @returns {Promise<Resource>}
 */
async function fetchResource(url) {
  const res = await fetch(url, { redirect: "manual" });
  const contentType = res.headers.get("content-type") ?? "";
  const location = res.headers.get("location");
  const isHtml = contentType.startsWith("text/html");
  const html = isHtml ? await res.text() : null;
  if (!isHtml) await res.body?.cancel();
  return {
    status: res.status,
    location: location ? new URL(location, url).href : null,
    contentType,
    html,
  };
}

/**
 * Opens a page in a fresh context and waits for it to settle. Listeners record
 * console errors, page errors, failed requests, and block + record every request
 * to a host other than 127.0.0.1. Closing the page closes its context.
 * @param {Site} site
 * @param {string} target path resolved against site.url, or an absolute URL
 * @param {OpenPageOptions} [options]
 * @returns {Promise<SitePage>}
 */
async function openPage(site, target, options = {}) {
  const {
    viewport = DESKTOP,
    javaScriptEnabled = true,
    colorScheme = "light",
    reducedMotion = "no-preference",
    userAgent,
    initScript,
    waitUntil = "networkidle",
    enhanceAll = javaScriptEnabled,
    serviceWorkers = "block",
  } = options;
  if (!site.browser) throw new Error("this site was started without a browser");
  const context = await site.browser.newContext({
    viewport,
    javaScriptEnabled,
    colorScheme,
    reducedMotion,
    userAgent,
    serviceWorkers,
  });
  // Generous: CI machines can be slow and busy.
  context.setDefaultTimeout(30_000);
  /** @type {Problems} */
  const problems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    abortedRequests: [],
    externalRequests: [],
  };
  const blocked = new Set();

  if (initScript) await context.addInitScript(initScript);
  const page = /** @type {SitePage} */ (await context.newPage());
  page.on("close", () => void context.close().catch(() => {}));
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const { url, lineNumber } = msg.location();
    problems.consoleErrors.push(`${msg.text()}${url ? ` (${url}:${lineNumber + 1})` : ""}`);
  });
  page.on("pageerror", (err) => problems.pageErrors.push(err.stack ?? String(err)));
  page.on("websocket", (ws) => {
    if (new URL(ws.url()).hostname !== "127.0.0.1") problems.externalRequests.push(ws.url());
  });
  // A request the browser cancels because the page then navigated away (a favicon still loading
  // when a test goes to the next page) is not the site's failure; one aborted on the page being
  // checked is. So aborted requests are kept with the document they started on, and judged when
  // the problems are read (describeProblems).
  let document = 0;
  const startedOn = new WeakMap();
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) document++;
  });
  page.on("request", (req) => {
    startedOn.set(req, document);
    // The browser's dead proxy (BLOCK_OTHER_HOSTS) fails it; here it is recorded.
    const url = new URL(req.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== "127.0.0.1") {
      problems.externalRequests.push(url.href);
      blocked.add(url.href);
    }
  });
  page.currentDocument = () => document;
  page.on("requestfailed", (req) => {
    if (blocked.has(req.url())) return;
    const line = `${req.failure()?.errorText ?? "failed"} ${req.url()}`;
    if (req.failure()?.errorText === "net::ERR_ABORTED") {
      problems.abortedRequests.push({ line, document: startedOn.get(req) });
    } else problems.failedRequests.push(line);
  });
  page.on("response", (res) => {
    if (res.status() < 400) return;
    // The document's own status is the caller's to check, via page.response.
    const req = res.request();
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) return;
    problems.failedRequests.push(`HTTP ${res.status()} ${res.url()}`);
  });

  page.problems = problems;
  const count = { n: 0 };
  inFlight.set(page, count);
  page.on("request", () => count.n++);
  const done = () => (count.n = Math.max(0, count.n - 1));
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  const url = new URL(target, site.url).href;
  try {
    page.response = await page.goto(url, {
      waitUntil: waitUntil === "networkidle" ? "load" : waitUntil,
    });
    if (enhanceAll && waitUntil !== "commit") await scrollWidgetsIntoView(page, site.widgets);
    if (waitUntil === "networkidle") await settle(page);
  } catch (err) {
    await page.close();
    throw err;
  }
  return page;
}

/**
 * Loads another document in a page openPage opened, with its records emptied: what its listeners
 * then record is the new document's. It waits as openPage does.
 * @param {SitePage} page
 * @param {string} target path resolved against the page's site, or an absolute URL
 * @param {{ site: Site, waitUntil?: OpenPageOptions["waitUntil"] }} options
 */
async function goTo(page, target, { site, waitUntil = "networkidle" }) {
  for (const list of Object.values(page.problems)) list.length = 0;
  page.response = await page.goto(new URL(target, site.url).href, {
    waitUntil: waitUntil === "networkidle" ? "load" : waitUntil,
  });
  if (waitUntil === "networkidle") await settle(page);
  return page;
}

/**
 * Pages that load one document after another, for checks that only read what a page shows: a
 * fresh page costs chromium a renderer process (a third of a second on a quiet 2-core machine)
 * and its scripts a cold cache. `take` opens a page as openPage does, or loads the document in
 * an idle one, back in the options' viewport and colour scheme; `give` makes it idle again.
 * Only for pages no test clicks, types into or stores anything from: a reused page keeps its
 * browser context (its storage, its cache).
 * @param {Site} site
 * @param {OpenPageOptions} [options] as for openPage; enhanceAll is taken as false
 */
export function pagePool(site, options = {}) {
  const { viewport = DESKTOP, colorScheme = "light", waitUntil = "networkidle" } = options;
  /** @type {SitePage[]} */
  const idle = [];
  return {
    /** @param {string} target */
    async take(target) {
      const page = idle.pop();
      if (!page) return openPage(site, target, { ...options, enhanceAll: false });
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      return goTo(page, target, { site, waitUntil });
    },
    /** @param {SitePage} page */
    give(page) {
      idle.push(page);
    },
    close: () => Promise.all(idle.splice(0).map((page) => page.close())),
  };
}

/** Requests in flight per page, counted by the listeners openPage installs. */
const inFlight = new WeakMap();
const QUIET_MS = 150;

/**
 * Waits for the network to go quiet: lazy islands load their scripts, and widgets their data,
 * after the page's load event. Playwright's "networkidle" always waits 500 ms; counting the
 * page's own requests lets a page that is done go on after 150 ms without one in flight.
 * Capped at 5 s, so that a polling widget cannot hang a test.
 * @param {import("playwright-core").Page} page
 */
async function settle(page) {
  const count = inFlight.get(page);
  if (!count) return;
  const deadline = Date.now() + 5_000;
  let quietSince = count.n === 0 ? Date.now() : Infinity;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (count.n > 0) quietSince = Infinity;
    else if (quietSince === Infinity) quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return;
  }
}

/**
 * Enhances every widget of a page opened with `enhanceAll: false`, as a reader scrolling
 * through it would, and waits for their scripts. Scrolling moves the sequential focus
 * navigation starting point in newer Chromium, so a test of what Tab reaches first runs
 * before this, on the fresh page.
 * @param {import("playwright-core").Page} page
 */
export async function enhanceWidgets(page) {
  await scrollWidgetsIntoView(page);
  await settle(page);
}

/**
 * Waits for what a change to a page (its viewport, its colour scheme) sets off: two frames for
 * layout and the redraws it schedules, then for the requests those make.
 * @param {import("playwright-core").Page} page
 */
export async function settleAfterChange(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        // The timer bounds the wait should headless chromium stop running frame callbacks.
        setTimeout(resolve, 1000);
        requestAnimationFrame(() => requestAnimationFrame(resolve));
      }),
  );
  await settle(page);
}

/**
 * Asserts that the page's address comes to match `pattern`: a widget writes its state there on
 * its own schedule (at once while the page's budget of history writes lasts, later otherwise).
 * @param {import("playwright-core").Page} page
 * @param {RegExp} pattern
 * @param {string} [message]
 */
export async function assertUrlMatches(page, pattern, message) {
  await page
    .waitForFunction(
      ([source, flags]) => new RegExp(source, flags).test(location.href),
      [pattern.source, pattern.flags],
    )
    .catch(() => {});
  assert.match(page.url(), pattern, message);
}

/**
 * Clicks "Copy link" in a figure's toolbar and returns the link it gave: the clipboard's text
 * when the copy succeeded, else the link the toolbar shows to copy by hand.
 * @param {import("playwright-core").Page} page
 * @param {import("playwright-core").Locator} tools the figure's `.widget-toolbar`
 */
export async function copiedLink(page, tools) {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(page.url()).origin,
  });
  await tools.getByRole("button", { name: "Copy link to this state" }).click();
  const status = tools.locator("[data-toolbar-status]");
  await page.waitForFunction((el) => el.textContent.length > 0, await status.elementHandle());
  const shown = await status.textContent();
  return /Link copied/.test(shown) ? page.evaluate(() => navigator.clipboard.readText()) : shown;
}

/**
 * Brings every custom element not yet defined into view, one by one, and waits until it is
 * defined (the widgets define themselves when near the viewport); then scrolls back.
 * @param {import("playwright-core").Page} page
 * @param {string[]} [widgets] only these element names (default: every one)
 */
async function scrollWidgetsIntoView(page, widgets) {
  const stuck = await page.evaluate(async (widgets) => {
    const { scrollX, scrollY } = window;
    // Headless chromium can stop running frame callbacks (a page it takes as hidden), so a
    // timer bounds each wait: an unbounded wait here hung a whole CI run.
    const frame = () =>
      new Promise((resolve) => {
        requestAnimationFrame(resolve);
        setTimeout(resolve, 100);
      });
    /** @type {string[]} */
    const undefinedAfter = [];
    // A still (the gallery's thumbnails) has no scripts at all: nothing is meant to define it.
    if (!document.querySelector("script")) return undefinedAfter;
    for (const element of document.querySelectorAll(":not(:defined)")) {
      const name = element.localName;
      if (customElements.get(name) || (widgets && !widgets.includes(name))) continue;
      element.scrollIntoView({ block: "center" });
      // A widget's code is a dynamic import: on a machine at load 30–40 it took over 10 s.
      const deadline = performance.now() + 20_000;
      while (!customElements.get(name) && performance.now() < deadline) await frame();
      if (!customElements.get(name)) undefinedAfter.push(name);
    }
    window.scrollTo(scrollX, scrollY);
    return undefinedAfter;
  }, widgets ?? null);
  check(stuck.length === 0, `not defined after scrolling into view: ${stuck.join(", ")}`);
}

/**
 * A failed site check: its message is the whole report, so no stack trace or
 * actual/expected diff gets printed around it.
 */
export class CheckFailed extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "CheckFailed";
    this.stack = `${this.name}: ${message}`;
  }
}

/**
 * Fails the current test with a readable report unless condition holds.
 * @param {unknown} condition
 * @param {string | (() => string)} message
 * @returns {asserts condition}
 */
export function check(condition, message) {
  if (!condition) throw new CheckFailed(typeof message === "function" ? message() : message);
}

/**
 * Fails with "header" and one bullet per item unless the list is empty.
 * @param {readonly unknown[]} items
 * @param {string} header
 */
export function checkNone(items, header) {
  check(items.length === 0, () => `${header}\n${items.map((i) => `  - ${i}`).join("\n")}`);
}

/**
 * The page's failed requests, with those the browser aborted only because the page then went on
 * to another document left out.
 * @param {SitePage} page
 */
export function failedRequests(page) {
  const { failedRequests: failed, abortedRequests: aborted } = page.problems;
  const onThisPage = aborted.filter((a) => a.document === page.currentDocument());
  return [...failed, ...onThisPage.map((a) => a.line)];
}

/**
 * All recorded problems as readable lines ("" when clean).
 * @param {SitePage} page
 * @param {{ ignoreConsole?: RegExp }} [options]
 */
export function describeProblems(page, { ignoreConsole } = {}) {
  const p = page.problems;
  const consoleErrors = ignoreConsole
    ? p.consoleErrors.filter((m) => !ignoreConsole.test(m))
    : p.consoleErrors;
  /** @type {[string, string[]][]} */
  const groups = [
    ["console errors", consoleErrors],
    ["page errors", p.pageErrors],
    ["failed requests", failedRequests(page)],
    ["requests to other hosts (blocked)", p.externalRequests],
  ];
  return groups
    .filter(([, list]) => list.length)
    .map(([name, list]) => `${name} on ${page.url()}:\n${list.map((l) => `  - ${l}`).join("\n")}`)
    .join("\n");
}

/**
 * Throws (for node:test) if the page logged errors or made bad requests.
 * @param {SitePage} page
 * @param {{ ignoreConsole?: RegExp }} [options]
 */
export function assertNoProblems(page, options) {
  const text = describeProblems(page, options);
  check(!text, text);
}

/**
 * An init script (openPage's `initScript`) that records every violation of the page's
 * Content-Security-Policy from before its first script; `cspViolations` reads them.
 */
export const RECORD_CSP_VIOLATIONS = () => {
  /** @type {string[]} */
  const seen = [];
  Object.defineProperty(window, "__cspViolations", { value: seen });
  window.addEventListener(
    "securitypolicyviolation",
    (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    true,
  );
};

/**
 * The violations RECORD_CSP_VIOLATIONS saw on the page.
 * @param {import("playwright-core").Page} page
 * @returns {Promise<string[]>}
 */
export const cspViolations = (page) =>
  // @ts-expect-error set by RECORD_CSP_VIOLATIONS
  page.evaluate(() => window.__cspViolations);

/** @type {Promise<string> | undefined} */
let axeSource;

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now.
 * @param {import("playwright-core").Page} page
 * @param {{ include?: string, tags?: string[], rules?: string[] }} [options] include: CSS
 *   selector to limit the scan; rules: run only these rules (of those tags)
 * @returns {Promise<import("axe-core").Result[]>} the violations
 */
export async function runAxe(page, { include, tags = AXE_TAGS, rules } = {}) {
  axeSource ??= readFile(path.join(REPO_ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  // Evaluated through the DevTools protocol, which the pages' Content-Security-Policy (rightly)
  // does not let an injected <script> tag past; once per document (it is half a megabyte).
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(await axeSource);
  return page.evaluate(
    async ({ include, tags, rules }) => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(include ? { include: [include] } : document, {
        runOnly: rules ? { type: "rule", values: rules } : { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return result.violations;
    },
    { include, tags, rules: rules ?? null },
  );
}

/**
 * Axe violations as a readable report: rule id, impact, help, and target selectors.
 * @param {import("axe-core").Result[]} violations
 * @param {string} where page URL or label
 */
export function formatViolations(violations, where) {
  if (!violations.length) return "";
  const lines = [`${violations.length} axe violation(s) on ${where}:`];
  for (const v of violations) {
    lines.push(`  [${v.impact ?? "?"}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes.slice(0, 8)) {
      const summary = (node.failureSummary ?? "").split("\n").slice(1, 2).join("").trim();
      lines.push(`      ${node.target.join(" ")}${summary ? ` — ${summary}` : ""}`);
    }
    if (v.nodes.length > 8) lines.push(`      … and ${v.nodes.length - 8} more`);
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------
// Static HTML scanning (for the crawl and link checks). The HTML comes from our
// own build, so a small tag tokenizer is enough; no parser dependency needed.

const TAG_RE =
  /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR_RE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITIES = /** @type {Record<string, string>} */ ({
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
});

/** @param {string} s */
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * @typedef {object} HtmlScan
 * @property {string[]} pageLinks absolute URLs of <a>/<area> hrefs and <iframe> srcs (what a reader
 *   can follow or is shown)
 * @property {string[]} refs absolute URLs of every href/src/srcset/poster/data reference
 * @property {Set<string>} ids every id (and <a name>) — valid #fragment targets
 * @property {string | null} refresh target of <meta http-equiv="refresh">, if any
 */

/**
 * @param {string} html
 * @param {string} pageUrl
 * @returns {HtmlScan}
 */
export function scanHtml(html, pageUrl) {
  // Comments and raw-text content hold no live markup; keep <script src> tags themselves.
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/(<(script|style|template|textarea)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, "$1$3");
  /** @type {HtmlScan} */
  const out = { pageLinks: [], refs: [], ids: new Set(), refresh: null };
  let baseUrl = pageUrl;
  /** @param {string} value */
  const resolve = (value) => {
    const v = value.trim();
    if (!v || /^(javascript|mailto|tel|data|blob|about):/i.test(v)) return null;
    try {
      return new URL(v, baseUrl).href;
    } catch {
      return `invalid URL: ${v}`;
    }
  };
  for (const [, rawName, rawAttrs] of cleaned.matchAll(TAG_RE)) {
    const tag = rawName.toLowerCase();
    /** @type {Record<string, string>} */
    const attrs = {};
    for (const [, name, dq, sq, uq] of rawAttrs.matchAll(ATTR_RE)) {
      attrs[name.toLowerCase()] = decodeEntities(dq ?? sq ?? uq ?? "");
    }
    if (attrs.id) out.ids.add(attrs.id);
    if (tag === "a" && attrs.name) out.ids.add(attrs.name);
    if (tag === "base" && attrs.href) {
      baseUrl = new URL(attrs.href, pageUrl).href;
      continue;
    }
    if (tag === "meta" && attrs["http-equiv"]?.toLowerCase() === "refresh") {
      const m = /url\s*=\s*['"]?([^'"]+)/i.exec(attrs.content ?? "");
      if (m) {
        out.refresh = resolve(m[1]);
        if (out.refresh) out.refs.push(out.refresh);
      }
      continue;
    }
    for (const name of ["href", "xlink:href", "src", "poster", "data"]) {
      if (attrs[name] === undefined || (name === "data" && tag !== "object")) continue;
      const url = resolve(attrs[name]);
      if (!url) continue;
      out.refs.push(url);
      // A page shown in a frame (the gallery's thumbnails) is reached as surely as a linked one.
      const followed =
        ((tag === "a" || tag === "area") && name === "href") ||
        (tag === "iframe" && name === "src");
      if (followed) out.pageLinks.push(url);
    }
    for (const name of ["srcset", "imagesrcset"]) {
      if (!attrs[name]) continue;
      for (const candidate of attrs[name].split(/,\s+/)) {
        const url = resolve(candidate.trim().split(/\s+/)[0] ?? "");
        if (url) out.refs.push(url);
      }
    }
  }
  return out;
}

/**
 * href/src references and ids in the live DOM (after scripts ran), as absolute URLs.
 * @param {import("playwright-core").Page} page
 * @returns {Promise<{ refs: string[], ids: string[] }>}
 */
export function collectLinks(page) {
  return page.evaluate(() => {
    const refs = new Set();
    const skip = /^(javascript|mailto|tel|data|blob|about):/i;
    for (const el of document.querySelectorAll("[href], [src], [srcset], [poster], object[data]")) {
      if (el.tagName.toLowerCase() === "base") continue;
      for (const name of ["href", "src", "poster", "data"]) {
        const v = el.getAttribute(name);
        if (v === null || (name === "data" && el.tagName.toLowerCase() !== "object")) continue;
        if (v.trim() && !skip.test(v.trim())) refs.add(new URL(v.trim(), document.baseURI).href);
      }
      const srcset = el.getAttribute("srcset");
      for (const c of srcset ? srcset.split(/,\s+/) : []) {
        const v = c.trim().split(/\s+/)[0];
        if (v && !skip.test(v)) refs.add(new URL(v, document.baseURI).href);
      }
    }
    const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
    for (const a of document.querySelectorAll("a[name]")) ids.push(a.getAttribute("name") ?? "");
    return { refs: [...refs], ids };
  });
}

/**
 * @typedef {object} CrawledPage
 * @property {string} path URL path including the base, e.g. "/fme/en/convolution/"
 * @property {string} url absolute URL
 * @property {number} status HTTP status of a plain GET
 * @property {string | null} redirectTo set for <meta http-equiv="refresh"> pages
 * @property {boolean} linked reached by following links from the base URL
 * @property {boolean} built an .html file for it exists under the root
 * @property {HtmlScan | null} scan static references and ids (HTML pages only)
 */

/**
 * Lists the pages every built .html file (except 404.html) is served at.
 * @param {Site} site
 */
export async function builtPages(site) {
  const entries = await readdir(site.root, { recursive: true, withFileTypes: true });
  const paths = [];
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith(".html")) continue;
    const rel = path.relative(site.root, path.join(e.parentPath, e.name)).split(path.sep).join("/");
    if (rel === "404.html") continue;
    const urlPath = rel === "index.html" ? "" : rel.replace(/(^|\/)index\.html$/, "$1");
    paths.push(site.base + urlPath.split("/").map(encodeURIComponent).join("/"));
  }
  return paths.sort();
}

/**
 * Discovers every page: follows <a href> links from the base URL (and redirects),
 * and adds every built .html file so unlinked pages get tested too.
 * @param {Site} site
 * @returns {Promise<CrawledPage[]>} sorted by path
 */
export async function crawl(site) {
  /** @type {Map<string, CrawledPage>} */
  const pages = new Map();
  const built = new Set(await builtPages(site));
  /** @param {string} href @returns {string | null} same-origin path under the base */
  const pageKey = (href) => {
    const u = new URL(href, site.url);
    if (u.origin !== site.origin || !u.pathname.startsWith(site.base)) return null;
    return u.pathname;
  };

  /** @param {string} key @param {boolean} linked */
  const visit = async (key, linked) => {
    const known = pages.get(key);
    if (known) {
      known.linked ||= linked;
      return [];
    }
    const url = site.origin + key;
    const res = await site.resource(url);
    // An HTTP redirect (e.g. a missing trailing slash) is not a page of its own,
    // and the link checker reports links to it; just follow it.
    if (res.status >= 300 && res.status < 400 && res.location && !built.has(key)) {
      const target = pageKey(res.location);
      return target ? [target] : [];
    }
    // Links to missing or non-HTML files are the link checker's business too.
    const isPage = res.status === 200 && res.html !== null;
    if (!isPage && !built.has(key)) return [];
    const scan = isPage && res.html !== null ? scanHtml(res.html, url) : null;
    const redirectTo = scan?.refresh ?? null;
    pages.set(key, {
      path: key,
      url,
      status: res.status,
      redirectTo,
      linked,
      built: built.has(key),
      scan,
    });
    const next = [...(scan?.pageLinks ?? []), ...(redirectTo ? [redirectTo] : [])];
    return next.map(pageKey).filter((k) => k !== null);
  };

  /** @type {string[]} */
  let frontier = [new URL(site.url).pathname];
  while (frontier.length) {
    const found = await Promise.all(frontier.map((k) => visit(k, true)));
    frontier = [...new Set(found.flat())].filter((k) => !pages.has(k));
  }
  for (const key of built) await visit(key, false);
  return [...pages.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Checks references from one page: same-origin ones must stay under the base,
 * answer 200 without a redirect, and any #fragment must name an element id on
 * the target page. Other origins are not fetched (no network in tests).
 * @param {Site} site
 * @param {Iterable<string>} refs absolute URLs
 * @param {{ from: string, ownIds?: Iterable<string>, pages?: CrawledPage[] }} context
 *   from: URL of the page holding the refs; ownIds: live ids of that page
 * @returns {Promise<string[]>} one line per broken reference
 */
export async function checkRefs(site, refs, { from, ownIds = [], pages = [] }) {
  const fromUrl = new URL(from);
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const problems = [];
  for (const ref of [...new Set(refs)].sort()) {
    if (ref.startsWith("invalid URL: ")) {
      problems.push(ref);
      continue;
    }
    const u = new URL(ref);
    if (u.origin !== site.origin) continue;
    const shown = u.pathname + u.search + u.hash;
    if (!u.pathname.startsWith(site.base)) {
      problems.push(`${shown} escapes the base ${site.base}`);
      continue;
    }
    // The page itself is already loaded (it may be the 404 page, served for any URL).
    const samePage = u.pathname === fromUrl.pathname && u.search === fromUrl.search;
    const res = samePage ? { status: 200, location: null, html: null } : await site.resource(u);
    if (res.status >= 300 && res.status < 400) {
      problems.push(`${shown} → ${res.status} redirect to ${res.location} (link to it directly)`);
      continue;
    }
    if (res.status !== 200) {
      problems.push(`${shown} → HTTP ${res.status}`);
      continue;
    }
    if (!u.hash || u.hash === "#") continue;
    let id;
    try {
      id = decodeURIComponent(u.hash.slice(1));
    } catch {
      problems.push(`${shown}: malformed #fragment`);
      continue;
    }
    if (id.toLowerCase() === "top") continue; // HTML scrolls to the top for "#top"
    const ids = new Set(samePage ? ownIds : []);
    const known = byPath.get(u.pathname)?.scan;
    for (const i of known?.ids ?? (res.html ? scanHtml(res.html, u.href).ids : [])) ids.add(i);
    if (!ids.has(id)) problems.push(`${shown}: no element with id="${id}" on the target page`);
  }
  return problems;
}

/**
 * Elements sticking out past the right edge of the viewport that are not inside a
 * scroll/clip container — the usual culprits of horizontal scrolling.
 * @param {import("playwright-core").Page} page
 * @returns {Promise<string[]>}
 */
export function findOverflowingElements(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    /** @param {Element} el */
    const clipped = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== "visible") return true;
      }
      return false;
    };
    /** @param {Element} el */
    const describe = (el) => {
      const id = el.id ? `#${el.id}` : "";
      const cls = [...el.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join("");
      return `${el.tagName.toLowerCase()}${id}${cls}`;
    };
    const out = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.right <= width + 1 || r.width === 0 || clipped(el)) continue;
      // Report the outermost offender only.
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1)
        continue;
      const chain = [];
      for (
        let p = /** @type {Element | null} */ (el);
        p && p !== document.body;
        p = p.parentElement
      )
        chain.unshift(describe(p));
      out.push(`${chain.join(" > ")} (right edge at ${Math.round(r.right)}px)`);
    }
    return out.slice(0, 10);
  });
}
