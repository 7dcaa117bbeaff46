// Browser tests of the trace figure: hover, click-to-pin, keyboard (roving focus over the whole
// map), the z2/a2 toggle, choosing a term, URL round trip, no-JS fallback, following the
// pipeline explorer on a shared page, phone width and axe.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  PHONE,
  assertNoProblems,
  assertUrlMatches,
  formatViolations,
  runAxe,
  useSite,
} from "./harness.mjs";

const site = useSite({ widgets: ["trace-view", "pipeline-explorer"] });

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
const enhanced = (page) =>
  page.locator(`${T} [data-output] button:not([disabled])`).first().waitFor();

// The first frame: a2 map 1 at row 21, column 16 of 64 × 64; the output window shows rows
// 15–26, columns 10–21, so its cell n is at row 15 + ⌊n/12⌋, column 10 + n mod 12.
describe("trace", () => {
  test("pointing at an output cell traces its 5×5 field back through a1, z1 and x", async () => {
    const page = await site.openPage(CHAPTER);
    await enhanced(page);
    assert.match(await heading(page, "layer2"), /^a2 map 1 at row 21, column 16: 36 terms/);
    await output(page).nth(21).hover();
    assert.match(await heading(page, "layer2"), /^a2 map 1 at row 16, column 19/);
    // Each map is a crop centred on the field, its place in the full map written under it.
    assert.deepEqual(await boxOf(page, '[data-grid="x"]', "field"), { top: 3, left: 3, size: 5 });
    assert.equal(
      await page.locator(`${T} [data-crop="x"]`).textContent(),
      "Rows 11–22, columns 14–25 of 64 × 64",
    );
    assert.deepEqual(await boxOf(page, '[data-grid="a1"][data-k="1"]', "field"), {
      top: 3,
      left: 3,
      size: 3,
    });
    // Exactly the field's 25 pixels of x are not faded, and hatching stays inside it.
    assert.equal(await page.locator(`${T} [data-grid="x"] [data-cell]`).count(), 144);
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
    assert.ok((await cutTerms.count()) > 0);
    for (const label of await cutTerms.evaluateAll((b) =>
      b.map((e) => e.getAttribute("aria-label")),
    )) {
      assert.match(label, /× 0 = 0; cut: z1 = (−|0)/);
    }
    await assertUrlMatches(page, /tr\.at=16%2C19/);
    assertNoProblems(page);
    await page.close();
  });

  test("a clicked cell stays pinned while the pointer moves on; a second click or Escape unpins it", async () => {
    const page = await site.openPage(CHAPTER);
    await enhanced(page);
    await output(page).nth(40).click();
    assert.match(await heading(page, "layer2"), /row 18, column 14/);
    assert.equal(await output(page).nth(40).getAttribute("aria-pressed"), "true");
    await output(page).nth(50).hover();
    await output(page).nth(100).hover();
    assert.match(await heading(page, "layer2"), /row 18, column 14/, "pointer moves keep the pin");
    await output(page).nth(40).click();
    assert.equal(await output(page).nth(40).getAttribute("aria-pressed"), "false");
    await output(page).nth(50).hover();
    assert.match(await heading(page, "layer2"), /row 19, column 12/, "unpinned, it follows");
    await output(page).nth(50).click();
    await page.keyboard.press("Escape");
    assert.match(await status(page), /^Unpinned/);
    await output(page).nth(51).hover();
    assert.match(await heading(page, "layer2"), /row 19, column 13/);
    // A click on the window's edge recentres it, so a pointer can travel the whole map.
    await output(page).nth(11).click();
    assert.match(await heading(page, "layer2"), /row 15, column 21/);
    assert.deepEqual(await boxOf(page, "[data-output]", "cursor"), { top: 6, left: 6, size: 1 });
    assertNoProblems(page);
    await page.close();
  });

  test("the output grid is one tab stop; arrow keys, Home and End move over the whole map", async () => {
    const page = await site.openPage(CHAPTER);
    await enhanced(page);
    const stops = await output(page).evaluateAll((b) => b.filter((e) => e.tabIndex === 0).length);
    assert.equal(stops, 1);
    await page.getByRole("radio", { name: "map 2" }).focus();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    assert.match(focused, /^a2 map 1, row 21, column 16: /);
    await page.keyboard.press("ArrowRight");
    assert.match(await heading(page, "layer2"), /row 21, column 17/);
    assert.match(
      await status(page),
      /^a2 map 1 at row 21, column 17 = .+ Its receptive field is rows 19 to 23, columns 15 to 19 of x/,
    );
    await page.keyboard.press("End");
    assert.match(await heading(page, "layer2"), /row 21, column 64/);
    assert.deepEqual(await boxOf(page, "[data-output]", "cursor"), { top: 6, left: 11, size: 1 });
    await page.keyboard.press("Control+Home");
    assert.match(await heading(page, "layer2"), /row 1, column 1/);
    await page.keyboard.press("ArrowUp");
    assert.match(await heading(page, "layer2"), /row 1, column 1/, "stops at the edge");
    assert.deepEqual(await boxOf(page, "[data-output]", "cursor"), { top: 0, left: 0, size: 1 });
    // The corner's field reaches into the padding, drawn dashed and never hatched.
    const pad = page.locator(`${T} [data-grid="x"] [data-cell][data-pad]`);
    assert.ok((await pad.count()) > 0);
    assert.equal(await page.locator(`${T} [data-grid="x"] [data-pad][data-cut]`).count(), 0);
    await page.close();
  });

  test("a zeroed a2 cuts its whole field; z2 shows the paths before that cut", async () => {
    const page = await site.openPage(CHAPTER);
    await enhanced(page);
    await page.getByRole("radio", { name: "map 2" }).check();
    const labels = await output(page).evaluateAll((b) =>
      b.map((e) => e.getAttribute("aria-label")),
    );
    // Away from the window's edges, where a click would recentre the window.
    const inner = (n) => n % 12 > 0 && n % 12 < 11 && n >= 12 && n < 132;
    const zeros = labels.flatMap((l, n) => (/: 0$/.test(l) && inner(n) ? [n] : []));
    assert.ok(zeros.length > 0, "some a2 cell of map 2 is 0");
    const cutNote = page.locator(`${T} [data-output-cut]`);
    const inField = `${T} [data-grid="x"] [data-cell]:not([data-outside]):not([data-pad])`;
    let opened = false;
    for (const zero of zeros) {
      await page.getByRole("radio", { name: "a2, after ReLU" }).check();
      await output(page).nth(zero).click();
      assert.equal(await cutNote.isVisible(), true);
      const field = await page.locator(inField).count();
      assert.equal(await page.locator(`${inField}[data-cut]`).count(), field, "all pixels cut");
      await page.getByRole("radio", { name: "z2, before ReLU" }).check();
      assert.equal(await cutNote.isVisible(), false);
      if ((await page.locator(`${inField}[data-cut]`).count()) < field) {
        opened = true;
        break;
      }
    }
    assert.ok(opened, "before the last ReLU some paths are open");
    assert.equal(await page.locator(`${T} [data-output-name]`).textContent(), "z2 = w2 ∗ a1 + b2");
    assert.equal(await page.locator(`${T} [data-legend-for="z2"]`).isVisible(), true);
    assert.equal(await page.locator(`${T} [data-legend-for="a2"]`).isVisible(), false);
    await assertUrlMatches(page, /tr\.of=z2/);
    await assertUrlMatches(page, /tr\.map=2/);
    await page.close();
  });

  test("choosing a term follows that a1 unit back to its nine products with x", async () => {
    const page = await site.openPage(CHAPTER);
    const term = page.locator(`${T} button[data-term="1,0,2"]`);
    await page.locator(`${T} button[data-term]:not([disabled])`).first().waitFor();
    await term.click();
    assert.equal(await term.getAttribute("aria-pressed"), "true");
    assert.match(await heading(page, "via"), /a1 map 2, row 20, column 17/);
    const s1 = await page.locator(`${T} [data-line="s1"]`).textContent();
    assert.equal(s1.split(" + ").length, 9, "nine products");
    assert.deepEqual(await boxOf(page, '[data-grid="x"]', "via"), { top: 3, left: 5, size: 3 });
    assert.match(await status(page), /^a1 map 2, row 20, column 17 = /);
    // Arrow keys move among the nine terms of one map, and focus chooses.
    await page.keyboard.press("ArrowDown");
    assert.match(await heading(page, "via"), /a1 map 2, row 21, column 17/);
    await assertUrlMatches(page, /tr\.via=2%2C2%2C3/);
    await page.close();
  });

  test("the cursor round-trips through the URL, pinned, and a foreign hash falls back visibly", async () => {
    const page = await site.openPage(`${CHAPTER}#tr.at=2,3&tr.of=z2&tr.map=2&tr.via=2,1,3`);
    await enhanced(page);
    assert.match(await heading(page, "layer2"), /^z2 map 2 at row 2, column 3/);
    assert.match(await heading(page, "via"), /a1 map 2, row 1, column 4/);
    assert.equal(await page.getByRole("radio", { name: "z2, before ReLU" }).isChecked(), true);
    assert.equal(await page.getByRole("radio", { name: "map 2" }).isChecked(), true);
    assert.equal(await page.locator(`${T} [data-notice]`).isVisible(), false);
    await output(page).nth(100).hover();
    assert.match(await heading(page, "layer2"), /row 2, column 3/, "a linked cell is pinned");
    await page.close();
    const foreign = await site.openPage(`${CHAPTER}#tr.at=99,1&tr.of=%E0%A4`);
    await foreign.locator(`${T} [data-notice]`).waitFor();
    assert.equal(await foreign.locator(`${T} [data-notice]`).isVisible(), true);
    assert.match(await heading(foreign, "layer2"), /^a2 map 1 at row 21, column 16/);
    assertNoProblems(foreign);
    await foreign.close();
  });

  test("without JavaScript the first trace is drawn on the default network with both dot products", async () => {
    const page = await site.openPage(CHAPTER, { javaScriptEnabled: false });
    assert.deepEqual(await boxOf(page, '[data-grid="x"]', "field"), { top: 3, left: 3, size: 5 });
    assert.equal(
      await page.locator(`${T} [data-crop="x"]`).textContent(),
      "Rows 16–27, columns 11–22 of 64 × 64",
    );
    assert.equal(await page.locator(`${T} button[data-term]`).count(), 36);
    assert.match(
      await page.locator(`${T} [data-line="s2"]`).textContent(),
      /^s2 = .+\(map 1\) \+ .+\(map 4\) = /,
    );
    assert.match(await page.locator(`${T} [data-line="s1"]`).textContent(), /^s1 = .+ = /);
    const alt = await page.locator(`${T} [data-grid="x"] [role="img"]`).getAttribute("aria-label");
    assert.match(alt, /receptive field is rows 19 to 23, columns 14 to 18/);
    assert.equal(await page.locator(`${T} .legend:visible`).count(), 4, "x, z1, a1 and a2 legends");
    await page.close();
  });

  test("the figure says it runs on the pipeline explorer's network, in both editions", async () => {
    const en = await site.openPage(CHAPTER, { javaScriptEnabled: false });
    const note = await en.locator(`${T} [data-network]`).textContent();
    assert.match(note, /pipeline explorer’s default network/);
    assert.match(note, /64 × 64/);
    await en.close();
    const ja = await site.openPage("ja/mechanics/", { javaScriptEnabled: false });
    const noteJa = await ja.locator(`${T} [data-network]`).textContent();
    assert.match(noteJa, /パイプライン・エクスプローラーの既定のネットワーク/);
    await ja.close();
  });

  test("finds the trace on the explorer's network: an edited kernel changes the trace's products", async () => {
    const page = await site.openPage("en/pipeline/");
    await page.locator("pipeline-explorer input:not([disabled])").first().waitFor();
    await page.locator(T).scrollIntoViewIfNeeded();
    await enhanced(page);
    await page.waitForFunction(
      (t) =>
        /follows the pipeline explorer/.test(
          document.querySelector(`${t} [data-network]`).textContent,
        ),
      T,
    );
    // The chosen a1 unit is the centre of map 1 (Sobel x, centre weight 0): its nine products.
    const line = page.locator(`${T} [data-line="s1"]`);
    const products = async () => {
      const text = (await line.textContent()).replace(/−/g, "-");
      const [, terms, total] = /^s1 = (.+) = (\S+)$/.exec(text);
      const pairs = terms.split(" + ").map((t) => /^\(?(-?[\d.]+)\)?\((-?[\d.]+)\)$/.exec(t));
      return { pairs: pairs.map((m) => [Number(m[1]), Number(m[2])]), total: Number(total) };
    };
    const before = await products();
    assert.equal(before.pairs[4][0], 0, "Sobel x's centre weight");
    const centre = before.pairs[4][1];
    await page.getByRole("textbox", { name: "Conv1 filter 1, row 2, column 2" }).fill("3");
    await page.waitForFunction(
      (t) => document.querySelector(`${t} [data-line="s1"]`).textContent.includes(" + 3("),
      T,
    );
    const after = await products();
    assert.equal(after.pairs[4][0], 3);
    assert.equal(after.pairs[4][1], centre, "the same pixel");
    // The core's sum, as the explorer computes it: the old sum plus 3 × the centre pixel.
    assert.ok(
      Math.abs(after.total - (before.total + 3 * centre)) < 0.02,
      `s1 ${after.total} = ${before.total} + 3 × ${centre}`,
    );
    // Pooling in the explorer: the trace reads p1 and its output map halves.
    await page.getByRole("checkbox", { name: /max pooling after each ReLU/ }).check();
    await page.waitForFunction(
      (t) =>
        /weight w2 × p1/.test(document.querySelector(`${t} [data-heading="layer2"]`).textContent),
      T,
    );
    assert.match(await page.locator(`${T} [data-crop="out"]`).textContent(), /of 32 × 32$/);
    assertNoProblems(page);
    await page.close();
  });

  test("on a phone the figure fits the width and axe finds nothing", async () => {
    const page = await site.openPage(CHAPTER, { viewport: PHONE });
    await enhanced(page);
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
