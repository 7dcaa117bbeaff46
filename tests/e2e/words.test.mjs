// Words linked to pictures, and the reference pages within reach: a stage id in a chapter links
// to its glossary entry and carries its definition (shown on focus and hover, announced as the
// link's description), and focusing it lights up the same stage in the nearest figure. The
// header links to the glossary and the comparison table, whose every column fits at 1280 px. A
// long chapter opens with a contents list of its sections. Both editions.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import {
  DESKTOP,
  PHONE,
  REPO_ROOT,
  assertNoProblems,
  checkNone,
  formatViolations,
  runAxe,
  useSite,
} from "./harness.mjs";

const LANGS = ["en", "ja"];
/** A chapter that names z1 in its prose and shows z1 in a figure. */
const CHAPTER = "pipeline";
/** A chapter several screens tall. */
const LONG_CHAPTER = "zeiler-fergus";

/** The chapters' slugs: their file names without the order prefix. */
const chapterSlugs = (lang) =>
  readdirSync(`${REPO_ROOT}content/chapters/${lang}`)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.replace(/^\d+-/, "").replace(/\.mdx$/, ""));

const site = useSite();

/**
 * The accessible description the browser computes for the first element matching selector.
 * @param {import("playwright-core").Page} page
 * @param {string} selector
 */
async function accessibleDescription(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", {
    nodeId,
    fetchRelatives: false,
  });
  await cdp.detach();
  return String(nodes[0]?.description?.value ?? "");
}

for (const lang of LANGS) {
  describe(`stage links (${lang})`, () => {
    test("every stage id in every chapter links to the glossary entry of that stage", async () => {
      const glossary = await site.resource(`${lang}/glossary/`);
      assert.equal(glossary.status, 200);
      const links = [];
      for (const slug of chapterSlugs(lang)) {
        const { html } = await site.resource(`${lang}/${slug}/`);
        for (const [tag, stage] of html?.matchAll(/<a [^>]*data-term-stage="([^"]+)"[^>]*>/g) ??
          []) {
          const href = /href="([^"]+)"/.exec(tag)?.[1] ?? "";
          links.push({ slug, stage, url: new URL(href, site.url) });
        }
      }
      assert.ok(links.length >= 50, `only ${links.length} stage links in the chapters`);
      const wrong = links.filter(
        ({ stage, url }) =>
          url.pathname !== `${site.base}${lang}/glossary/` ||
          url.hash !== `#stage-${stage}` ||
          !glossary.html?.includes(`id="stage-${stage}"`),
      );
      checkNone(
        wrong.map((l) => `${l.slug}: ${l.stage} → ${l.url.href}`),
        "Stage links that miss their entry:",
      );
    });

    test("focusing a stage id shows its definition and lights the stage up in the nearest figure", async () => {
      const page = await site.openPage(`${lang}/${CHAPTER}/`);
      const selector = 'a[data-term-stage="z1"]';
      const link = page.locator(selector).first();
      const tipId = await link.getAttribute("aria-describedby");
      assert.ok(tipId, "the link has no aria-describedby");
      const tip = page.locator(`[id="${tipId}"]`);
      assert.equal(await tip.getAttribute("role"), "tooltip");
      assert.equal(await tip.isVisible(), false, "the definition shows before focus");
      assert.equal(await page.locator("[data-term-highlight]").count(), 0);

      await link.focus();
      assert.equal(await tip.isVisible(), true, "the definition is hidden on focus");
      const description = await accessibleDescription(page, selector);
      assert.match(description, lang === "en" ? /pre-activation/ : /活性化前/);
      assert.match(description, /z1 = s1 \+ b1/);

      const lit = await page.$$eval("[data-term-highlight]", (els) =>
        els.map((el) => ({
          stage: el.getAttribute("data-stage"),
          widget: el.closest(".widget")?.localName ?? null,
        })),
      );
      assert.ok(lit.length > 0, "nothing lit up in a figure");
      assert.deepEqual(new Set(lit.map((l) => l.stage)), new Set(["z1"]));
      assert.deepEqual(new Set(lit.map((l) => l.widget)), new Set(["pipeline-explorer"]));

      await page.keyboard.press("Escape");
      assert.equal(await tip.isVisible(), false, "Escape leaves the definition on screen");

      await link.blur();
      assert.equal(await page.locator("[data-term-highlight]").count(), 0, "blur leaves a light");
      assertNoProblems(page);
      await page.close();
    });

    test("on a phone, every definition fits the screen and the open one passes axe", async () => {
      const page = await site.openPage(`${lang}/${CHAPTER}/`, {
        viewport: PHONE,
        enhanceAll: false,
      });
      const links = page.locator("a[data-term-stage]");
      const outside = [];
      for (let i = 0; i < (await links.count()); i++) {
        const link = links.nth(i);
        await link.focus();
        const id = await link.getAttribute("aria-describedby");
        const box = await page.locator(`[id="${id}"]`).boundingBox();
        if (!box || box.x < 0 || box.x + box.width > PHONE.width) {
          outside.push(`${i}: ${JSON.stringify(box)}`);
        }
      }
      checkNone(outside, "Definitions off screen at 360 px:");
      await links.first().focus();
      const violations = await runAxe(page, { include: "article" });
      assert.equal(violations.length, 0, formatViolations(violations, page.url()));
      await page.close();
    });
  });

  describe(`reference pages (${lang})`, () => {
    test("the header links to the glossary and the comparison table", async () => {
      const page = await site.openPage(`${lang}/${CHAPTER}/`, { enhanceAll: false });
      const hrefs = await page.$$eval(".site-header a", (as) =>
        as.filter((a) => a.checkVisibility()).map((a) => new URL(a.href).pathname),
      );
      await page.close();
      assert.ok(hrefs.includes(`${site.base}${lang}/glossary/`), hrefs.join(" "));
      assert.ok(hrefs.includes(`${site.base}${lang}/who-calls-what/`), hrefs.join(" "));
    });

    test("at 1280 × 800 every column header of the comparison table is on screen, and φ reads φ", async () => {
      const page = await site.openPage(`${lang}/who-calls-what/`, { viewport: DESKTOP });
      const headers = await page.$$eval(".compare thead th", (ths) =>
        ths.map((th) => {
          const r = th.getBoundingClientRect();
          return { text: th.textContent?.trim() ?? "", left: r.left, right: r.right };
        }),
      );
      assert.ok(headers.length >= 10, `only ${headers.length} columns`);
      checkNone(
        headers
          .filter((h) => h.left < 0 || h.right > DESKTOP.width)
          .map((h) => `${h.text}: ${Math.round(h.left)}–${Math.round(h.right)} px`),
        "Column headers off screen at 1280 px:",
      );
      const texts = headers.map((h) => h.text);
      assert.ok(texts.includes("φ"), texts.join(" "));
      assert.ok(!texts.includes("phi"), texts.join(" "));
      const scrolls = await page.$eval(".compare", (el) => el.scrollWidth > el.clientWidth);
      assert.equal(scrolls, false, "the table still scrolls sideways at 1280 px");
      assert.equal(await page.locator(".compare__hint").isVisible(), false);
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, formatViolations(violations, page.url()));
      await page.close();
    });

    test("on a phone the table scrolls, says so, and keeps the sources' column in view", async () => {
      const page = await site.openPage(`${lang}/who-calls-what/`, { viewport: PHONE });
      assert.equal(await page.locator(".compare__hint").isVisible(), true, "no scroll hint");
      const region = page.locator(".compare");
      await region.evaluate((el) => el.scrollBy(400, 0));
      const first = await page.locator(".compare tbody th").first().boundingBox();
      const box = await region.boundingBox();
      assert.ok(first && box && first.x >= box.x - 1, "the source column scrolled away");
      await page.close();
    });

    test("a long chapter opens with a contents list whose links reach its sections", async () => {
      const page = await site.openPage(`${lang}/${LONG_CHAPTER}/`, { enhanceAll: false });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height > 5000, `the chapter is only ${height} px tall`);
      const nav = page.locator("nav.sections");
      assert.equal(await nav.isVisible(), true, "no contents list");
      const targets = await nav.locator("a").evaluateAll((as) =>
        as.map((a) => {
          const id = decodeURIComponent(new URL(a.href).hash.slice(1));
          const target = document.getElementById(id);
          return { text: a.textContent?.trim(), tag: target?.localName ?? null };
        }),
      );
      const sections = await page.locator("article h2[id]").count();
      assert.equal(targets.length, sections, "the list misses sections");
      checkNone(
        targets.filter((t) => t.tag !== "h2").map((t) => `${t.text} → ${t.tag}`),
        "Contents links that reach no section:",
      );
      await page.close();
    });
  });
}
