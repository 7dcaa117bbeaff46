// Browser tests of the channels widget, used as a reader would: mouse, keyboard, URL.
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

const site = useSite({ widgets: ["channels-view"] });

const CHAPTER = "en/mechanics/";
const widget = (page) => page.locator("channels-view");
const mapButton = (page, o) => widget(page).getByRole("button", { name: `z2 map ${o}` });

/** A fingerprint of one canvas of the sum ("0"–"3", "sum", "z"), to tell whether it was redrawn. */
function pixels(page, part) {
  return page.evaluate((p) => {
    const canvas = document.querySelector(`channels-view [data-part="${p}"] canvas`);
    if (!(canvas instanceof HTMLCanvasElement)) return null;
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let hash = 0;
    for (let j = 0; j < data.length; j++) hash = (hash * 31 + data[j]) >>> 0;
    return hash;
  }, part);
}

/** The "at the outlined pixel" column of the numbers table, as numbers. */
async function probeValues(page) {
  const cells = await widget(page).locator("tbody[data-rows] tr td:last-child").allTextContents();
  return cells.map((t) => Number(t.replace("\u2212", "-")));
}

/** The numbers of one slice table, row-major. */
async function slice(page, c) {
  const cells = await widget(page).locator(`table[data-slice="${c}"] td`).allTextContents();
  return cells.map((t) => Number(t.replace("\u2212", "-")));
}

describe("channels", () => {
  test("choosing a map of z2 with the mouse redraws the sum, its slices and the URL", async () => {
    const page = await site.openPage(CHAPTER);
    const first = await pixels(page, "z");
    assert.notEqual(first, null, "the maps of the sum are canvases after enhancement");
    assert.deepEqual(await slice(page, 2), [0, -0.25, 0, -0.25, 0, -0.25, 0, -0.25, 0]);
    await mapButton(page, 2).click();
    assert.equal(await mapButton(page, 2).getAttribute("aria-pressed"), "true");
    assert.equal(await mapButton(page, 1).getAttribute("aria-pressed"), "false");
    await assertUrlMatches(page, /#ch\.o=2/);
    assert.notEqual(await pixels(page, "z"), first, "z2 was redrawn");
    assert.deepEqual(await slice(page, 0), [0, 0, 0, 0, 1, 0, 0, 0, 0]);
    assert.deepEqual(await slice(page, 3), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert.match(await widget(page).locator("[data-probe]").textContent(), /z2\[2\]/);
    assert.match(await widget(page).locator("[data-bias]").textContent(), /b2\[2\] = −0\.5/);
    assert.match(await widget(page).locator("[data-status]").textContent(), /z2 map 2/);
    assertNoProblems(page);
    await page.close();
  });

  test("the numbers at the outlined pixel add up: contributions → sum, sum + bias → z2", async () => {
    const page = await site.openPage(CHAPTER);
    for (const o of [1, 2, 3]) {
      await mapButton(page, o).click();
      const values = await probeValues(page);
      assert.equal(values.length, 6);
      const [c1, c2, c3, c4, sum, z] = values;
      // Each shown value has three significant digits, so allow for their rounding.
      assert.ok(Math.abs(c1 + c2 + c3 + c4 - sum) < 0.02, `map ${o}: the four add up to the sum`);
      const bias = Number(
        (await widget(page).locator("[data-bias]").textContent())
          .split("=")
          .pop()
          .replace("\u2212", "-"),
      );
      assert.ok(Math.abs(sum + bias - z) < 0.02, `map ${o}: sum + bias = z2`);
    }
    await page.close();
  });

  test("output maps can be chosen with the keyboard", async () => {
    const page = await site.openPage(CHAPTER);
    await mapButton(page, 3).focus();
    await page.keyboard.press("Enter");
    assert.equal(await mapButton(page, 3).getAttribute("aria-pressed"), "true");
    assert.deepEqual(await slice(page, 3), [-1, -2, -1, 0, 0, 0, 1, 2, 1]);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Space");
    assert.equal(await mapButton(page, 2).getAttribute("aria-pressed"), "true");
    await page.close();
  });

  test("the chosen map round-trips through the URL, and a foreign hash falls back visibly", async () => {
    const page = await site.openPage(`${CHAPTER}#ch.o=3&ca.n=9`);
    assert.equal(await mapButton(page, 3).getAttribute("aria-pressed"), "true");
    assert.equal(await widget(page).locator("[data-notice]").isVisible(), false);
    await mapButton(page, 1).click();
    await assertUrlMatches(page, /ch\.o=1/);
    await assertUrlMatches(page, /ca\.n=9/, "other widgets' keys are kept");
    await page.close();

    const foreign = await site.openPage(`${CHAPTER}#ch.o=9`);
    assert.equal(await foreign.locator("channels-view [data-notice]").isVisible(), true);
    assert.equal(await mapButton(foreign, 1).getAttribute("aria-pressed"), "true");
    assert.doesNotMatch(await widget(foreign).innerText(), /NaN|Infinity|undefined/);
    assertNoProblems(foreign);
    await foreign.close();
  });

  test("without JavaScript every map is pre-rendered as an image with a text alternative", async () => {
    const page = await site.openPage(CHAPTER, { javaScriptEnabled: false });
    const images = widget(page).locator("img");
    // 4 maps in the volume, 4 of a1, 4 contributions, their sum and z2.
    assert.equal(await images.count(), 14);
    const alts = await images.evaluateAll((imgs) => imgs.map((i) => i.alt));
    assert.ok(
      alts.every((alt) => /31 × 31 grid, values from/.test(alt)),
      alts.join("\n"),
    );
    assert.equal(await mapButton(page, 1).isDisabled(), true);
    assert.match(await widget(page).locator("[data-probe]").textContent(), /z2\[1\] there/);
    await page.close();
  });

  test("on a phone the widget fits the width and has no axe violations", async () => {
    const page = await site.openPage(CHAPTER, { viewport: PHONE, reducedMotion: "reduce" });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
    const region = widget(page).getByRole("region");
    const inner = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.ok(inner <= 1, `the sum scrolls sideways by ${inner}px on a phone`);
    // Opened, the numbers table scrolls inside itself; the page does not.
    await widget(page).locator(".ch__numbers > summary").click();
    const opened = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(opened <= 1, `with the numbers open the page scrolls sideways by ${opened}px`);
    const violations = await runAxe(page, { include: "channels-view" });
    assert.equal(violations.length, 0, formatViolations(violations, "phone channels"));
    assertNoProblems(page);
    await page.close();
  });
});
