// The site built for a sub-path (BASE=/fme/ → dist-sub/) must work there: every
// page reachable, every internal link and fetch staying under the base.
// E2E_SUB_ROOT / E2E_SUB_BASE point it at another build.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, describe, it, test } from "node:test";
import {
  PAGE_CONCURRENCY,
  REPO_ROOT,
  check,
  checkNone,
  checkRefs,
  collectLinks,
  crawl,
  describeProblems,
  startSite,
} from "./harness.mjs";
import { normalizeBase } from "../../scripts/serve.mjs";

const root = process.env.E2E_SUB_ROOT ?? "dist-sub";
const base = normalizeBase(process.env.E2E_SUB_BASE ?? "/fme/");

if (!existsSync(path.resolve(REPO_ROOT, root))) {
  // `npm test` always builds it, so a missing build is a failure, not a skip.
  test(`${root}/ exists`, () => {
    check(
      false,
      `${path.resolve(REPO_ROOT, root)} is missing. Build the site for a sub-path first:\n` +
        `  BASE=${base} npx astro build --outDir ${root}`,
    );
  });
} else {
  const site = await startSite({ root, base });
  after(() => site.close());
  const pages = await crawl(site);
  const contentPages = pages.filter((p) => !p.redirectTo);

  test(`the base URL ${base} leads to pages`, () => {
    check(contentPages.length > 0, `no pages found under ${site.url}`);
  });

  test("every built page is reachable under the base", () => {
    checkNone(
      pages.filter((p) => p.status !== 200).map((p) => `${p.path} → HTTP ${p.status}`),
      `pages that do not answer 200 under ${base}:`,
    );
    checkNone(
      pages.filter((p) => !p.linked).map((p) => p.path),
      `built pages that no link from ${base} leads to:`,
    );
  });

  test(`a missing page under ${base} answers 404 with working links`, async () => {
    const missing = `${site.url}no-such-page-e2e/deeper/`;
    const res = await fetch(missing);
    check(res.status === 404, `GET ${missing} answered ${res.status}, not 404`);
    const expected = await readFile(path.join(site.root, "404.html"), "utf8").catch(() => null);
    check((await res.text()) === expected, `GET ${missing} did not answer with 404.html`);
    const page = await site.openPage(missing);
    try {
      const { refs, ids } = await collectLinks(page);
      const broken = await checkRefs(site, refs, { from: missing, ownIds: ids, pages });
      checkNone(broken, `broken links on the 404 page (served at ${missing}):`);
      const problems = describeProblems(page, {
        ignoreConsole: /status of 404 .*no-such-page-e2e/,
      });
      check(!problems, problems);
    } finally {
      await page.close();
    }
  });

  test(`under ${base} the trained network's occlusion runs in its Web Worker, loaded from the base`, async () => {
    const page = await site.openPage("en/trained-network/");
    try {
      const occlusion = 'trained-network[data-view="occlusion"]';
      const widget = page.locator(occlusion);
      await widget.scrollIntoViewIfNeeded();
      await widget.getByRole("button", { name: "Next digit" }).click();
      await page.waitForFunction(
        (s) => !document.querySelector(s).hasAttribute("aria-busy"),
        occlusion,
        {
          timeout: 60_000,
        },
      );
      const workers = page.workers().map((w) => new URL(w.url()).pathname);
      check(
        workers.some((p) => p.startsWith(`${base}_astro/network.worker`)),
        `no network worker under ${base}: ${workers.join(", ")}`,
      );
      const status = await widget.locator("[data-occ-status]").innerText();
      check(/^With the square/.test(status), `the occlusion did not finish: ${status}`);
      const problems = describeProblems(page);
      check(!problems, problems);
    } finally {
      await page.close();
    }
  });

  test(`the 404 page puts the Japanese block first for a missing ${base}ja/ address`, async () => {
    const page = await site.openPage(`${site.url}ja/no-such-page-e2e/`);
    try {
      const editions = await page
        .locator("[data-edition]")
        .evaluateAll((els) => els.map((el) => el.getAttribute("data-edition")));
      check(editions.join() === "ja,en", `the 404 page's blocks are in the order ${editions}`);
    } finally {
      await page.close();
    }
  });

  describe(`every page under ${base}`, { concurrency: PAGE_CONCURRENCY }, () => {
    for (const p of contentPages) {
      it(`${p.path}: links and requests stay under ${base} and resolve`, async () => {
        check(p.status === 200, `GET ${p.path} answered ${p.status}`);
        const page = await site.openPage(p.url);
        try {
          const live = await collectLinks(page);
          const refs = [...live.refs, ...(p.scan?.refs ?? [])];
          const broken = await checkRefs(site, refs, { from: p.url, ownIds: live.ids, pages });
          // Failed requests catch scripts that fetch data without the base.
          const problems = describeProblems(page);
          const report = [
            broken.length
              ? `broken links on ${p.path}:\n${broken.map((b) => `  - ${b}`).join("\n")}`
              : "",
            problems,
          ];
          check(!report.join(""), () => report.filter(Boolean).join("\n"));
        } finally {
          await page.close();
        }
      });
    }
  });
}
