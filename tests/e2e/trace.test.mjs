// Browser tests of the trace figure: hover, keyboard (roving focus), the z2/a2 toggle,
// choosing a term, URL round trip, no-JS fallback, phone width and axe.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { PHONE, assertNoProblems, formatViolations, runAxe, startSite } from "./harness.mjs";

/** @type {import("./harness.mjs").Site} */
let site;
before(async () => {
  site = await startSite({ root: process.env.SITE_ROOT ?? "dist" });
});
after(async () => {
  await site?.close();
});

const CHAPTER = "en/mechanics/";
const T = "trace-view";

/** Where a named box sits on a grid, as the CSS variables CellGrid places it by. */
function boxOf(page, grid, name) {
  return page.locator(`${T} ${grid} [data-box="${name}"]`).evaluate((el) => ({
    top: Number(el.style.getPropertyValue("--top")),
    left: Number(el.style.getPropertyValue("--left")),
    size: Number(el.style.getPropertyValue("--h")),
  }));
}

const heading = (page, which) => page.locator(`${T} [data-heading="${which}"]`).textContent();
const output = (page) => page.locator(`${T} [data-output] button[data-cell]`);
const status = (page) => page.locator(`${T} [role="status"]`).textContent();

describe("trace", () => {
  test("pointing at an output cell traces its 5×5 field back through a1, z1 and x", async () => {
    const page = await site.openPage(CHAPTER);
    await output(page).first().waitFor();
    await page.locator(`${T} [data-output] button:not([disabled])`).first().waitFor();
    assert.match(await heading(page, "layer2"), /^a2 at row 5, column 2: 18 terms/);
    // Output row 3, column 6 (index 2·8 + 5).
    await output(page).nth(21).hover();
    assert.match(await heading(page, "layer2"), /^a2 at row 3, column 6/);
    assert.deepEqual(await boxOf(page, '[data-grid="x"]', "field"), { top: 2, left: 5, size: 5 });
    assert.deepEqual(await boxOf(page, '[data-grid="a1"][data-k="1"]', "field"), {
      top: 2,
      left: 5,
      size: 3,
    });
    // Exactly the field's 25 pixels of x are not faded, and hatching stays inside it.
    const x = page.locator(`${T} [data-grid="x"] [data-cell]`);
    assert.equal(await x.count(), 144);
    assert.equal(
      await page.locator(`${T} [data-grid="x"] [data-cell]:not([data-outside])`).count(),
      25,
    );
    assert.equal(
      await page.locator(`${T} [data-grid="x"] [data-cell][data-outside][data-cut]`).count(),
      0,
    );
    // Cut a1 units are the zero ones; their terms say so.
    const cutTerms = page.locator(`${T} button[data-term][data-cut]`);
    for (const label of await cutTerms.evaluateAll((b) =>
      b.map((e) => e.getAttribute("aria-label")),
    )) {
      assert.match(label, /× 0 = 0; cut: z1 = −/);
    }
    assert.match(page.url(), /tr\.at=3%2C6/);
    assertNoProblems(page);
    await page.close();
  });

  test("the output grid is one tab stop; arrow keys, Home and End move the trace and announce it", async () => {
    const page = await site.openPage(CHAPTER);
    await page.locator(`${T} [data-output] button:not([disabled])`).first().waitFor();
    const stops = await output(page).evaluateAll((b) => b.filter((e) => e.tabIndex === 0).length);
    assert.equal(stops, 1);
    await page.getByRole("radio", { name: "z2, before ReLU" }).focus();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    assert.match(focused, /^a2, row 5, column 2: /);
    await page.keyboard.press("ArrowRight");
    assert.match(await heading(page, "layer2"), /row 5, column 3/);
    assert.match(
      await status(page),
      /^a2 at row 5, column 3 = .+ Its receptive field is rows 5 to 9, columns 3 to 7 of x/,
    );
    await page.keyboard.press("End");
    assert.match(await heading(page, "layer2"), /row 5, column 8/);
    await page.keyboard.press("Control+Home");
    assert.match(await heading(page, "layer2"), /row 1, column 1/);
    await page.keyboard.press("ArrowUp");
    assert.match(await heading(page, "layer2"), /row 1, column 1/, "stops at the edge");
    assert.deepEqual(await boxOf(page, "[data-output]", "cursor"), { top: 0, left: 0, size: 1 });
    await page.close();
  });

  test("a zeroed a2 cuts its whole field; z2 shows the paths before that cut", async () => {
    const page = await site.openPage(CHAPTER);
    await page.locator(`${T} [data-output] button:not([disabled])`).first().waitFor();
    // The first a2 cell that ReLU set to 0.
    const labels = await output(page).evaluateAll((b) =>
      b.map((e) => e.getAttribute("aria-label")),
    );
    const zero = labels.findIndex((l) => /: 0$/.test(l));
    assert.ok(zero >= 0, "some a2 cell is 0");
    await output(page).nth(zero).click();
    const cutNote = page.locator(`${T} [data-output-cut]`);
    assert.equal(await cutNote.isVisible(), true);
    const inField = `${T} [data-grid="x"] [data-cell]:not([data-outside])`;
    assert.equal(await page.locator(`${inField}[data-cut]`).count(), 25, "all 25 pixels cut");
    await page.getByRole("radio", { name: "z2, before ReLU" }).check();
    assert.equal(await cutNote.isVisible(), false);
    assert.ok((await page.locator(`${inField}[data-cut]`).count()) < 25, "paths open up");
    assert.equal(await page.locator(`${T} [data-output-name]`).textContent(), "z2 = w2 ∗ a1 + b2");
    assert.equal(await page.locator(`${T} [data-legend-for="z2"]`).isVisible(), true);
    assert.equal(await page.locator(`${T} [data-legend-for="a2"]`).isVisible(), false);
    assert.match(await output(page).nth(zero).getAttribute("aria-label"), /^z2, row/);
    assert.match(page.url(), /tr\.of=z2/);
    await page.close();
  });

  test("choosing a term follows that a1 unit back to its nine products with x", async () => {
    const page = await site.openPage(CHAPTER);
    const term = page.locator(`${T} button[data-term="1,0,2"]`);
    await page.locator(`${T} button[data-term]:not([disabled])`).first().waitFor();
    await term.click();
    assert.equal(await term.getAttribute("aria-pressed"), "true");
    assert.match(await heading(page, "via"), /a1 map 2, row 5, column 4/);
    const s1 = await page.locator(`${T} [data-line="s1"]`).textContent();
    assert.equal(s1.split(" + ").length, 9, "nine products");
    assert.deepEqual(await boxOf(page, '[data-grid="x"]', "via"), { top: 4, left: 3, size: 3 });
    assert.match(await status(page), /^a1 map 2, row 5, column 4 = /);
    // Arrow keys move among the nine terms of one map, and focus chooses.
    await page.keyboard.press("ArrowDown");
    assert.match(await heading(page, "via"), /a1 map 2, row 6, column 4/);
    assert.match(page.url(), /tr\.via=2%2C2%2C3/);
    await page.close();
  });

  test("the cursor round-trips through the URL, and a foreign hash falls back visibly", async () => {
    const page = await site.openPage(`${CHAPTER}#tr.at=2,3&tr.of=z2&tr.via=2,1,3`);
    await page.locator(`${T} [data-output] button:not([disabled])`).first().waitFor();
    assert.match(await heading(page, "layer2"), /^z2 at row 2, column 3/);
    assert.match(await heading(page, "via"), /a1 map 2, row 2, column 5/);
    assert.equal(await page.getByRole("radio", { name: "z2, before ReLU" }).isChecked(), true);
    assert.equal(await page.locator(`${T} [data-notice]`).isVisible(), false);
    await page.close();
    const foreign = await site.openPage(`${CHAPTER}#tr.at=99,1&tr.of=%E0%A4`);
    await foreign.locator(`${T} [data-notice]`).waitFor();
    assert.equal(await foreign.locator(`${T} [data-notice]`).isVisible(), true);
    assert.match(await heading(foreign, "layer2"), /^a2 at row 5, column 2/);
    assertNoProblems(foreign);
    await foreign.close();
  });

  test("without JavaScript the first trace is drawn with both dot products written out", async () => {
    const page = await site.openPage(CHAPTER, { javaScriptEnabled: false });
    assert.deepEqual(await boxOf(page, '[data-grid="x"]', "field"), { top: 4, left: 1, size: 5 });
    assert.equal(await page.locator(`${T} button[data-term]`).count(), 18);
    assert.match(
      await page.locator(`${T} [data-line="s2"]`).textContent(),
      /^s2 = .+\(map 1\) \+ .+\(map 2\) = /,
    );
    assert.match(await page.locator(`${T} [data-line="s1"]`).textContent(), /^s1 = .+ = /);
    const alt = await page.locator(`${T} [data-grid="x"] [role="img"]`).getAttribute("aria-label");
    assert.match(alt, /receptive field is rows 5 to 9, columns 2 to 6/);
    assert.equal(await page.locator(`${T} .legend:visible`).count(), 4, "x, z1, a1 and a2 legends");
    await page.close();
  });

  test("the figure says how its small network differs from the pipeline explorer's, in both editions", async () => {
    const en = await site.openPage(CHAPTER, { javaScriptEnabled: false });
    const note = await en.locator(`${T} [data-network]`).textContent();
    assert.match(note, /smaller network than the pipeline explorer/);
    assert.match(note, /12 × 12/);
    await en.close();
    const ja = await site.openPage("ja/mechanics/", { javaScriptEnabled: false });
    const noteJa = await ja.locator(`${T} [data-network]`).textContent();
    assert.match(noteJa, /パイプライン・エクスプローラーより小さなネットワーク/);
    await ja.close();
  });

  test("on a phone the figure fits the width and axe finds nothing", async () => {
    const page = await site.openPage(CHAPTER, { viewport: PHONE });
    await page.locator(`${T} [data-output] button:not([disabled])`).first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
    await output(page).nth(9).click();
    const violations = await runAxe(page, { include: T });
    assert.equal(violations.length, 0, formatViolations(violations, "phone trace"));
    await page.close();
  });
});
