// Browser tests of the teaching features: search, themes, print.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  PHONE,
  assertNoProblems,
  copiedLink,
  formatViolations,
  runAxe,
  useSite,
} from "./harness.mjs";

const site = useSite();

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

  test("“feature map” finds the glossary and the chapter that asks the question first", async () => {
    const page = await site.openPage("en/search/");
    await page.getByRole("searchbox", { name: /Search the chapters/ }).fill("feature map");
    const results = page.locator("site-search [data-results] li a");
    await results.nth(2).waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.pathname));
    assert.deepEqual(
      hrefs.slice(0, 2).sort(),
      ["/en/glossary/", "/en/pipeline/"],
      `the first results: ${hrefs.slice(0, 5).join(" | ")}`,
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
    const page = await site.openPage("en/pipeline/", { colorScheme: "dark", enhanceAll: false });
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = await background();
    // The label says what a press will do: leave the theme that is on.
    await page.getByRole("button", { name: "Switch to light theme" }).click();
    assert.notEqual(await background(), dark, "the switch turns the light theme on");
    const back = page.getByRole("button", { name: "Switch to dark theme" });
    assert.equal(await back.isVisible(), true, "in the light theme it offers the dark one");
    await page.reload();
    assert.notEqual(await background(), dark, "the choice survives a reload");
    await back.click();
    assert.equal(await background(), dark, "and back to dark");
    await page.close();
  });

  test("in Japanese, the switch names the theme it switches to", async () => {
    const page = await site.openPage("ja/pipeline/", { colorScheme: "light", enhanceAll: false });
    await page.getByRole("button", { name: "ダークテーマに切り替え" }).click();
    await page.getByRole("button", { name: "ライトテーマに切り替え" }).waitFor();
    await page.close();
  });

  test("without JavaScript the switch, which could not work, takes no place in the header", async () => {
    const box = async (javaScriptEnabled) => {
      const page = await site.openPage("en/pipeline/", { javaScriptEnabled, viewport: PHONE });
      const result = await page.locator(".theme-switch").boundingBox();
      await page.close();
      return result;
    };
    assert.ok((await box(true))?.width, "with JavaScript the switch is laid out");
    assert.equal(await box(false), null, "without JavaScript it is not");
  });

  test("the dark theme has no axe contrast violations on the pipeline chapter", async () => {
    const page = await site.openPage("en/pipeline/", { colorScheme: "dark" });
    await page.getByRole("button", { name: "Karn", exact: true }).click();
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

describe("figure tools", () => {
  test("copy link, cite and embed carry the figure's exact state", async () => {
    const page = await site.openPage("en/pipeline/");
    await page.getByRole("textbox", { name: "Bias of conv1 filter 1" }).fill("0.4");
    const tools = page.locator("pipeline-explorer + .widget-toolbar");
    assert.match(new URL(await copiedLink(page, tools)).hash, /pe\.b1=0\.4/);
    await tools.getByRole("button", { name: "Cite this figure" }).click();
    const bibtex = await tools.locator("[data-cite-bib]").inputValue();
    assert.match(bibtex, /@misc\{fme-pipeline-pipeline-explorer,/);
    assert.match(bibtex, /author = \{\{The feature-maps-explained authors\}\}/);
    assert.match(bibtex, /url = \{http:\/\/127\.0\.0\.1:\d+\/en\/pipeline\/#.*pe\.b1=0\.4/);
    assert.match(
      await tools.locator("[data-cite-text]").inputValue(),
      /^The feature-maps-explained authors\. “Pipeline explorer”, figure 1\.1 in “The question and the pipeline”\. Feature maps, explained, \d{4}\. http.*\(accessed \d{4}-\d\d-\d\d\)\.$/,
    );
    await tools.getByRole("button", { name: "Embed", exact: true }).click();
    const code = await tools.locator("[data-embed-code]").inputValue();
    assert.match(
      code,
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/en\/embed\/pipeline-explorer\/#.*pe\.b1=0\.4/,
    );
    assert.match(code, / title="Pipeline explorer"/, "the frame is named after its figure");
    await page.close();
  });

  test("in Japanese the citation is worded in Japanese and names the figure by its title", async () => {
    const page = await site.openPage("ja/pipeline/");
    const tools = page.locator("pipeline-explorer + .widget-toolbar");
    await tools.getByRole("button", { name: "この図を引用" }).click();
    assert.match(
      await tools.locator("[data-cite-text]").inputValue(),
      /^feature-maps-explained執筆者一同「パイプライン・エクスプローラー」（図1\.1）、『特徴マップとは何か』「.+」、\d{4}年。http\S+（\d{4}年\d+月\d+日閲覧）$/,
    );
    assert.match(
      await tools.locator("[data-cite-bib]").inputValue(),
      /日閲覧。URLに図の状態を記録/,
    );
    await page.close();
  });

  test("a figure downloads as PNG and as SVG", async () => {
    const page = await site.openPage("en/mechanics/");
    const tools = page.locator("conv-arithmetic + .widget-toolbar");
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      tools.getByRole("button", { name: "Download PNG" }).click(),
    ]);
    assert.equal(png.suggestedFilename(), "conv-arithmetic.png");
    const pngBytes = await (await png.createReadStream()).toArray();
    const pngBuffer = Buffer.concat(pngBytes);
    assert.equal(pngBuffer.subarray(1, 4).toString(), "PNG");
    assert.ok(pngBuffer.length > 5_000, "the PNG has content");
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      tools.getByRole("button", { name: "Download SVG" }).click(),
    ]);
    assert.equal(svg.suggestedFilename(), "conv-arithmetic.svg");
    const svgText = Buffer.concat(await (await svg.createReadStream()).toArray()).toString();
    assert.match(svgText, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.doesNotMatch(svgText, /<foreignObject/);
    assertNoProblems(page);
    await page.close();
  });

  test("an embed page renders the widget alone, with its state and a link back to its chapter", async () => {
    const page = await site.openPage("en/embed/term-lens/#tl.lens=karn");
    assert.equal(await page.locator(".site-header").count(), 0, "no site chrome");
    assert.equal(await page.locator("term-lens").count(), 1);
    assert.equal(
      await page.getByRole("button", { name: "Karn", exact: true }).getAttribute("aria-pressed"),
      "true",
    );
    const back = page.getByRole("link", { name: "The question and the pipeline" });
    assert.match(await back.getAttribute("href"), /\/en\/pipeline\/$/);
    const tools = page.locator("term-lens + .widget-toolbar");
    await tools.getByRole("button", { name: "Embed", exact: true }).click();
    await tools.getByRole("button", { name: "Copy embed code" }).click();
    assertNoProblems(page);
    await page.close();
  });
});
