// Browser tests of links to a figure: "Copy link" names the figure, and opening the link scrolls
// to that figure far down its chapter, with its state restored, and marks it for a moment.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertNoProblems, copiedLink, useSite } from "./harness.mjs";

const site = useSite();

const CHAPTER = "en/mechanics/";
const T = "trace-view";
const heading = (page) => page.locator(`${T} [data-heading="layer2"]`).textContent();

/** Copies the link to the trace view after pointing it at output row 16, column 19. */
async function copyTraceLink() {
  const page = await site.openPage(CHAPTER);
  // Cell 21 of the output window (rows 15–26, columns 10–21): row 16, column 19.
  await page.locator(`${T} [data-output] button[data-cell]`).nth(21).hover();
  assert.match(await heading(page), /^a2 map 1 at row 16, column 19/);
  const tools = page.locator(`${T} + .widget-toolbar`);
  const link = await copiedLink(page, tools);
  await tools.getByRole("button", { name: "Cite this figure" }).click();
  const citation = await tools.locator("[data-cite-text]").inputValue();
  assertNoProblems(page);
  await page.close();
  return { link, citation };
}

/**
 * Opens `link` in a fresh page that records each figure marked as reached by a link, with its
 * animation and outline at that moment (the mark lasts two seconds; a slow machine could miss it).
 */
async function openRecordingLandings(link, options = {}) {
  const page = await site.openPage("about:blank", options);
  await page.addInitScript(() => {
    /** @type {{ figure: string, animation: string, outline: string }[]} */
    const landed = [];
    Object.assign(window, { landed });
    new MutationObserver((records) => {
      for (const { target } of records) {
        if (target instanceof Element && target.classList.contains("figure-landed")) {
          landed.push({
            figure: target.localName,
            animation: getComputedStyle(target).animationName,
            outline: getComputedStyle(target).outlineStyle,
          });
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["class"] });
  });
  await page.goto(link);
  await page.waitForFunction(() => window.landed.length > 0);
  return page;
}

/** The figure's top relative to the viewport, and the viewport's height. */
const placeOf = (page, selector) =>
  page.locator(selector).evaluate((el) => ({
    top: el.getBoundingClientRect().top,
    height: innerHeight,
    scrollY,
  }));

describe("links to a figure", () => {
  test("a copied link to the trace view opens at the trace view, in its state, marked", async () => {
    const { link, citation } = await copyTraceLink();
    const url = new URL(link);
    assert.equal(url.pathname, `${site.base}${CHAPTER}`);
    assert.match(url.hash, /(^#|&)fig=trace-view(&|$)/, `the link ${link} names the figure`);
    assert.match(url.hash, /tr\.at=16%2C19/, `the link ${link} holds the trace's state`);
    assert.ok(citation.includes(link), `the citation's permalink is the link: ${citation}`);

    const page = await openRecordingLandings(link);
    assert.deepEqual(
      await page.evaluate(() => window.landed.map((l) => l.figure)),
      ["trace-view"],
      "the trace view, and only it, is marked",
    );
    const { animation, outline } = await page.evaluate(() => window.landed[0]);
    assert.equal(animation, "figure-landed", "the mark fades");
    assert.equal(outline, "solid", "the mark is an outline");
    const place = await placeOf(page, T);
    assert.ok(
      place.scrollY > 2000,
      `the page scrolled down to the figure (scrollY ${place.scrollY})`,
    );
    assert.ok(
      place.top > -2 && place.top < place.height / 4,
      `the trace view's top is at the top of the viewport (${place.top}px of ${place.height})`,
    );
    assert.match(await heading(page), /^a2 map 1 at row 16, column 19/, "its state is restored");
    assertNoProblems(page);
    await page.close();
  });

  test("with reduced motion the figure is marked without fading, and old links open at the top", async () => {
    const { link } = await copyTraceLink();
    const page = await openRecordingLandings(link, { reducedMotion: "reduce" });
    assert.deepEqual(await page.evaluate(() => window.landed), [
      { figure: "trace-view", animation: "none", outline: "solid" },
    ]);
    await page.close();

    const stateOnly = new URL(link);
    stateOnly.hash = stateOnly.hash.replace(/(^#|&)fig=[^&]*/, "$1");
    const old = await site.openPage(stateOnly.href, { enhanceAll: false });
    assert.equal((await placeOf(old, T)).scrollY, 0, `${stateOnly.href} opens at the top`);
    await old.close();
  });
});
