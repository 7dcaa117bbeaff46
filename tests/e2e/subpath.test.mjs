// The site built for a sub-path (BASE=/fme/ → dist-sub/) must work there. site.test.mjs runs its
// every-page checks (links, requests, axe, …) on this build; this file adds what only a
// sub-path shows: a worker loaded from the base, and the 404 page's edition order under it.
// E2E_SUB_ROOT / E2E_SUB_BASE point it at another build.
import { existsSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { REPO_ROOT, check, describeProblems, startSite } from "./harness.mjs";
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

  test(`under ${base} the explorer downloads each sample photograph from the base`, async () => {
    const page = await site.openPage("en/pipeline/");
    try {
      const fetched = [];
      page.on("response", (res) => fetched.push(`${res.status()} ${new URL(res.url()).pathname}`));
      const menu = page.getByRole("combobox", { name: "Input image" });
      const credit = page.locator("pipeline-explorer [data-credit]");
      for (const [id, name] of [
        ["coffee", "Rachel Michetti"],
        ["astronaut", "NASA"],
      ]) {
        await menu.selectOption(id);
        await credit.filter({ hasText: name }).waitFor();
        check(fetched.includes(`200 ${base}samples/${id}.bin`), `${id}: ${fetched.join(", ")}`);
      }
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
}
