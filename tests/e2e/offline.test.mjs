// Offline after the first visit: the service worker (src/offline/serviceWorker.js, written to the
// build's root by scripts/precache.mjs) caches every file of the build, so that with the network
// cut the other chapters open, a widget runs and the search finds, at the root (dist/) and under
// a sub-path (dist-sub/, base /fme/); and a new build's worker replaces the cache.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import { REPO_ROOT, check, describeProblems, startSite, useSite } from "./harness.mjs";
import { precacheManifest } from "../../scripts/precache.mjs";

const BUILDS = [
  { root: process.env.E2E_ROOT ?? "dist", base: "/" },
  { root: process.env.E2E_SUB_ROOT ?? "dist-sub", base: "/fme/" },
];

/** Resolves once the page's service worker is active, that is, once its install has cached every file. */
const workerReady = (page) =>
  page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.scriptURL));

/** The origin's caches: name → the URL paths each holds. */
const cachedPaths = (page) =>
  page.evaluate(async () => {
    const names = await caches.keys();
    const keys = await Promise.all(names.map(async (n) => (await caches.open(n)).keys()));
    return Object.fromEntries(
      names.map((n, i) => [n, keys[i].map((r) => new URL(r.url).pathname).sort()]),
    );
  });

/**
 * Polls until the page function's promise resolves to a truthy value (page.waitForFunction
 * would take the promise itself for one).
 * @template T
 * @param {import("playwright-core").Page} page
 * @param {(arg: T) => Promise<unknown>} condition
 * @param {T} [arg]
 */
async function until(page, condition, arg) {
  const deadline = Date.now() + 30_000;
  while (!(await page.evaluate(condition, arg))) {
    check(Date.now() < deadline, `timed out waiting for ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** @param {import("playwright-core").Response | null} response @param {number} status */
function checkFromWorker(response, status) {
  check(response, "no response");
  check(
    response.status() === status && response.fromServiceWorker(),
    `${response.url()}: ${response.status()}, from the service worker: ${response.fromServiceWorker()}`,
  );
}

for (const { root, base } of BUILDS) {
  describe(`the ${base} build (${root}/)`, () => {
    // `npm test` builds both, so a missing build fails here (startSite says so), not a skip.
    const site = useSite({ root, base });

    test("after a first visit, every file is cached and the book works with the network cut", async () => {
      const page = await site.openPage("en/", { serviceWorkers: "allow" });
      try {
        check((await workerReady(page)) === `${site.url}sw.js`, "the worker at the base is active");
        const manifest = await precacheManifest(site.root);
        const expected = Object.keys(manifest.files)
          .map((file) => new URL(file, site.url).pathname)
          .sort();
        const cached = await cachedPaths(page);
        const names = Object.keys(cached);
        check(
          names.length === 1 && names[0].endsWith(` ${manifest.version}`),
          `one cache, of version ${manifest.version}: ${names.join(", ")}`,
        );
        check(
          JSON.stringify(cached[names[0]]) === JSON.stringify(expected),
          `the cache holds ${cached[names[0]].length} files, the build ${expected.length}`,
        );
        check(
          expected.some((p) => p.endsWith("/pagefind/pagefind.js")) &&
            expected.some((p) => p.endsWith(".bin")),
          "the search and the sample photographs are among them",
        );

        await page.context().setOffline(true);
        checkFromWorker(await page.goto(`${site.url}ja/mechanics/`), 200);
        await page.getByRole("heading", { level: 1 }).waitFor();

        checkFromWorker(await page.goto(`${site.url}en/pipeline/`), 200);
        // The widget starts when it comes into view.
        await page.locator("pipeline-explorer").scrollIntoViewIfNeeded();
        await page.getByRole("combobox", { name: "Input image" }).selectOption("coffee");
        await page
          .locator("pipeline-explorer [data-credit]", { hasText: "Rachel Michetti" })
          .waitFor();

        // The trained network: its weights, and its Web Worker, which the page's worker serves too.
        checkFromWorker(await page.goto(`${site.url}en/trained-network/`), 200);
        const occlusion = page.locator('trained-network[data-view="occlusion"]');
        await occlusion.scrollIntoViewIfNeeded();
        await occlusion.getByRole("button", { name: "Next digit" }).click();
        await occlusion
          .locator("[data-occ-status]", { hasText: /^With the square/ })
          .waitFor({ timeout: 60_000 });
        const workers = page.workers().map((w) => w.url());
        check(
          workers.some((url) => /\/network\.worker[^/]*\.js$/.test(url)),
          `the network's worker ran: ${workers.join(", ")}`,
        );

        checkFromWorker(await page.goto(`${site.url}en/search/?q=offline`), 200);
        await page.getByRole("searchbox").fill("feature map");
        await page.locator("site-search [data-results] li").first().waitFor();

        const problems = describeProblems(page);
        check(!problems, problems);

        // A page's address without its closing slash, typed by hand: redirected, as online.
        const typed = await page.goto(`${site.url}en/glossary`);
        check(typed?.url() === `${site.url}en/glossary/`, `typed address led to ${typed?.url()}`);
        checkFromWorker(typed, 200);

        // A page the book does not have: its 404 page, as a static host would answer (the
        // browser logs the status, as it does online).
        checkFromWorker(await page.goto(`${site.url}ja/no-such-page-e2e/`), 404);
        await page.locator('[data-edition="ja"]').waitFor();
      } finally {
        await page.close();
      }
    });
  });
}

describe("a new build", () => {
  /** @type {string} */
  let copy;
  /** @type {import("./harness.mjs").Site} */
  let site;
  before(async () => {
    copy = await mkdtemp(path.join(tmpdir(), "fme-offline-"));
    await cp(path.resolve(REPO_ROOT, BUILDS[0].root), copy, { recursive: true });
    site = await startSite({ root: copy });
  });
  after(async () => {
    await site?.close();
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  test("replaces the cache once no tab shows the old one, downloading only the changed files", async () => {
    const browser = site.browser;
    check(browser, "a browser");
    const context = await browser.newContext({ serviceWorkers: "allow" });
    try {
      const first = await context.newPage();
      await first.goto(`${site.url}en/`);
      await workerReady(first);

      // The second build: one page changed; the script writes its worker, as `npm run build` does.
      const glossary = path.join(copy, "en/glossary/index.html");
      await writeFile(
        glossary,
        (await readFile(glossary, "utf8")).replace("<title>", "<title>New "),
      );
      await promisify(execFile)(process.execPath, [
        path.join(REPO_ROOT, "scripts/precache.mjs"),
        copy,
      ]);
      const { version } = await precacheManifest(copy);
      // Gone from the server: the new worker can only take it from the old cache.
      await rm(path.join(copy, "favicon.svg"));

      await first.evaluate(() => navigator.serviceWorker.ready.then((r) => r.update()));
      await until(first, () =>
        navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state === "installed"),
      );
      // The old version still serves the tab that shows it.
      checkFromWorker(await first.goto(`${site.url}en/glossary/`), 200);
      check(!(await first.title()).startsWith("New "), "the old page, from the old cache");
      await first.close();

      const second = await context.newPage();
      // Its document is enough: the waits below are for the worker, not the page's images.
      await second.goto(`${site.url}en/`, { waitUntil: "domcontentloaded", timeout: 60_000 });
      // Activated, it deleted the old cache.
      await until(
        second,
        (v) => caches.keys().then((names) => names.length === 1 && names[0].endsWith(` ${v}`)),
        version,
      );
      checkFromWorker(await second.goto(`${site.url}en/glossary/`), 200);
      check((await second.title()).startsWith("New "), "the new page, from the new cache");
      checkFromWorker(await second.goto(`${site.url}favicon.svg`), 200);
    } finally {
      await context.close();
    }
  });
});
