// Browser tests of the teaching features: search, themes, print.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertNoProblems, formatViolations, runAxe, startSite } from "./harness.mjs";

/** @type {import("./harness.mjs").Site} */
let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

describe("search", () => {
  test("searching for “rectified” finds the chapters that discuss rectified feature maps", async () => {
    const page = await site.openPage("en/search/");
    await page.getByRole("searchbox", { name: /Search the chapters/ }).fill("rectified");
    const results = page.locator("site-search [data-results] li a");
    await results.first().waitFor();
    const titles = await results.allTextContents();
    assert.ok(
      titles.some((t) => /Zeiler/.test(t)),
      `Zeiler & Fergus's chapter is among ${titles.join(" | ")}`,
    );
    assert.ok(
      titles.some((t) => /beginner/i.test(t)),
      `the beginner guides chapter is among ${titles.join(" | ")}`,
    );
    const marks = await page.locator("site-search [data-results] mark").allTextContents();
    assert.ok(
      marks.some((m) => /rectified/i.test(m)),
      "matches are highlighted",
    );
    assertNoProblems(page);
    await page.close();
  });

  test("a link with ?q= searches at once and reports how many pages were found", async () => {
    const page = await site.openPage("en/search/?q=convolved");
    await page.locator("site-search [data-results] li").first().waitFor();
    const count = await page.locator("site-search [data-results] li").count();
    assert.equal(await page.getByRole("searchbox").inputValue(), "convolved");
    assert.match(await page.locator("site-search [data-status]").textContent(), /\d+ pages? found/);
    assert.ok(count >= 1);
    await page.close();
  });
});

describe("themes", () => {
  test("the dark theme follows the system, the switch overrides it and is remembered", async () => {
    const page = await site.openPage("en/pipeline/", { colorScheme: "dark" });
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = await background();
    const toggle = page.getByRole("button", { name: "Dark theme" });
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    await toggle.click();
    assert.notEqual(await background(), dark, "the switch turns the light theme on");
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");
    await page.reload();
    assert.notEqual(await background(), dark, "the choice survives a reload");
    await page.close();
  });

  test("the dark theme has no axe contrast violations on the pipeline chapter", async () => {
    const page = await site.openPage("en/pipeline/", { colorScheme: "dark" });
    await page.getByRole("button", { name: "Karn" }).click();
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations, "dark pipeline"));
    await page.close();
  });
});

describe("print", () => {
  test("a chapter prints as a handout: no site chrome or widget buttons, links written out", async () => {
    const page = await site.openPage("en/pipeline/", { colorScheme: "dark" });
    await page.emulateMedia({ media: "print" });
    const visible = (selector) => page.locator(selector).first().isVisible();
    assert.equal(await visible(".site-header"), false, "the header is hidden");
    assert.equal(await visible(".chapter-nav"), false, "previous/next are hidden");
    assert.equal(
      await visible("pipeline-explorer button[data-draw]"),
      false,
      "widget buttons hidden",
    );
    assert.equal(await visible("pipeline-explorer canvas"), true, "the figure itself prints");
    const after = await page.evaluate(() => {
      const link = document.querySelector('article a[href^="http"]');
      return link ? getComputedStyle(link, "::after").content : "";
    });
    assert.match(after, /http/, "external links show their address");
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    assert.equal(background, "rgb(255, 253, 248)", "print uses the light paper");
    const pdf = await page.pdf({ format: "A4" });
    assert.ok(pdf.length > 10_000, "chromium renders the chapter to PDF");
    await page.close();
  });
});
