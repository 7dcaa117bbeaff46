// Browser tests of printing: right after a page opens, paper shows every figure in its current
// state (those below the fold too) and no controls.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertNoProblems, useSite } from "./harness.mjs";

const site = useSite();

/** What paper would show of each figure: whether it is enhanced, drawn, and free of controls. */
function printedFigures(page) {
  return page.locator(".widget").evaluateAll((widgets) =>
    widgets.map((widget) => {
      const shown = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
      const blank = [...widget.querySelectorAll("canvas")].filter(shown).filter((canvas) => {
        const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
        return !data.some((v, i) => i % 4 === 3 && v > 0);
      });
      const looksLikeControl = [...widget.querySelectorAll("select, input, textarea")]
        .filter(shown)
        .filter((c) => !["radio", "checkbox", "range"].includes(c.type))
        .filter((c) => getComputedStyle(c).appearance !== "none");
      // Buttons left on paper must show state: grid cells and sets of toggles.
      const actions = [...widget.querySelectorAll("button")]
        .filter(shown)
        .filter((b) => !b.hasAttribute("data-cell") && !b.hasAttribute("aria-pressed"));
      return {
        tag: widget.localName,
        defined: customElements.get(widget.localName) !== undefined,
        height: widget.getBoundingClientRect().height,
        blankCanvases: blank.length,
        disabled: widget.querySelectorAll(":disabled").length,
        controls: looksLikeControl.map((c) => c.outerHTML.slice(0, 80)),
        actions: actions.map((b) => b.textContent.trim()),
      };
    }),
  );
}

describe("print", () => {
  for (const lang of ["en", "ja"]) {
    test(`${lang}/mechanics/ printed right after it opens shows every figure filled, without controls`, async () => {
      const page = await site.openPage(`${lang}/mechanics/`, { enhanceAll: false });
      const before = await printedFigures(page);
      assert.ok(
        before.some((f) => !f.defined),
        "a figure below the fold still shows its first frame (else the test proves nothing)",
      );
      await page.emulateMedia({ media: "print" });
      // Enhanced: defined, and its first frame's disabled controls enabled (a control the state
      // disables, such as the leaky slope of another activation, may stay disabled).
      await page.waitForFunction(
        (firstFrame) =>
          [...document.querySelectorAll(".widget")].every(
            (w, i) =>
              customElements.get(w.localName) &&
              w.querySelectorAll(":disabled").length < Math.max(1, firstFrame[i]),
          ),
        before.map((f) => f.disabled),
      );
      const figures = await printedFigures(page);
      assert.ok(figures.length >= 5, figures.map((f) => f.tag).join());
      for (const figure of figures) {
        assert.ok(figure.height > 100, `${figure.tag} is laid out (${figure.height} px)`);
        assert.equal(figure.blankCanvases, 0, `${figure.tag}: every canvas is drawn`);
        assert.deepEqual(figure.controls, [], `${figure.tag}: menus and fields print as text`);
        assert.deepEqual(figure.actions, [], `${figure.tag}: no action buttons`);
      }
      const pdf = await page.pdf({ format: "A4" });
      assert.ok(pdf.length > 50_000, `a PDF with the figures (${pdf.length} bytes)`);
      assertNoProblems(page);
      await page.close();
    });
  }

  test("the trace view prints its selected cell and the products that make it", async () => {
    const page = await site.openPage("en/mechanics/#tr.at=3,4&tr.of=a2", {
      enhanceAll: false,
    });
    await page.emulateMedia({ media: "print" });
    const trace = page.locator("trace-view");
    await page.waitForFunction(() => customElements.get("trace-view"));
    await page.waitForFunction(() => !document.querySelector("trace-view :disabled"));
    const visible = (locator) =>
      locator.evaluate((el) => el.checkVisibility({ visibilityProperty: true }));
    const cells = await trace.locator("[data-output] [data-cell]").all();
    assert.ok(cells.length > 0);
    for (const cell of cells) assert.ok(await visible(cell), "the output cells are on paper");
    const cursor = trace.locator('[data-output] [data-box="cursor"]');
    assert.ok(await visible(cursor), "the chosen cell is marked");
    assert.deepEqual(
      await cursor.evaluate((box) => [
        box.style.getPropertyValue("--top"),
        box.style.getPropertyValue("--left"),
      ]),
      ["2", "3"],
      "at the cell the link chose",
    );
    const terms = trace.locator("[data-term]");
    assert.ok((await terms.count()) > 0);
    for (const term of await terms.all()) assert.ok(await visible(term), "every product is shown");
    assert.match(await trace.locator('[data-line="a2"]').innerText(), /\d/);
    assertNoProblems(page);
    await page.close();
  });
});
