// Browser tests of the pipeline explorer's readout (issue 17 item 1): pointing at a map reads a
// value and its computation, a click or the arrow keys pin a cell, the pinned cell is marked in x
// and p1, the pin is kept in the URL, and a screen reader hears the readout.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { PHONE, assertNoProblems, formatViolations, runAxe, useSite } from "./harness.mjs";

const site = useSite();

const PAGE = "en/embed/pipeline-explorer/";
const PE = "pipeline-explorer";
const canvas = (page, stage, k) =>
  page.locator(`${PE} .pe__map[data-stage="${stage}"][data-k="${k}"] canvas`);
const said = (page) => page.locator(`${PE} [data-readout-say]`).innerText();

async function open(hash = "", options = {}) {
  const page = await site.openPage(PAGE + hash, options);
  await page.locator(`${PE} select[data-sample]:not([disabled])`).waitFor();
  return page;
}

/** Moves the mouse to the middle of a map's cell (row, col from 0). */
async function pointAt(page, stage, k, row, col) {
  const map = canvas(page, stage, k);
  await map.scrollIntoViewIfNeeded();
  const cells = await map.evaluate((c) => c.width);
  const box = await map.boundingBox();
  // The canvas has a 1 px border around its cells.
  const side = (box.width - 2) / cells;
  await page.mouse.move(box.x + 1 + (col + 0.5) * side, box.y + 1 + (row + 0.5) * side);
  return { x: box.x + 1 + (col + 0.5) * side, y: box.y + 1 + (row + 0.5) * side };
}

/** The marks drawn over one map, as { kind, x, y, width, height } in cells. */
function marks(page, stage, k) {
  return page
    .locator(`${PE} .pe__map[data-stage="${stage}"][data-k="${k}"] .pe__marks rect`)
    .evaluateAll((rects) =>
      rects.map((r) => ({
        kind: r.getAttribute("data-kind"),
        x: Number(r.getAttribute("x")),
        y: Number(r.getAttribute("y")),
        width: Number(r.getAttribute("width")),
        height: Number(r.getAttribute("height")),
      })),
    );
}

/** The key to the marks under the readout, as "kind: words" per visible line. */
function markKeys(page) {
  return page
    .locator(`${PE} [data-mark-keys]:not([hidden]) li`)
    .evaluateAll((lis) =>
      lis.map((li) => `${li.querySelector("rect").getAttribute("data-kind")}: ${li.textContent}`),
    );
}

/** The readout's tables of numbers, as arrays of numbers, in order. */
function tables(page) {
  return page
    .locator(`${PE} [data-readout-terms] table`)
    .evaluateAll((ts) =>
      ts.map((t) =>
        [...t.querySelectorAll("td")].map((td) => Number(td.textContent.replace("−", "-"))),
      ),
    );
}

const number = (text) => Number(text.replace("−", "-"));

describe("pipeline explorer readout", () => {
  test("pointing at a map reads the value and its computation, which adds up", async () => {
    const page = await open();
    await pointAt(page, "a1", 3, 20, 30);
    const text = await said(page);
    const head = text.match(/^a1, map 4, row 21, column 31: (\S+)\./);
    assert.ok(head, text);
    assert.match(
      text,
      /s1 = the sum of the 9 products of the 3 × 3 window of x and the kernel w1\[4\] = (\S+)\./,
    );
    assert.match(text, /z1 = s1 \+ b1\[4\] = \S+ \+ \(−0\.35\) = \S+\./);
    assert.match(text, /a1 = ReLU\(z1\) = max\(0, \S+\) = \S+\./);
    // The window and the kernel shown beside it give the sum the readout states.
    const [window, kernel] = await tables(page);
    assert.equal(window.length, 9);
    assert.deepEqual(kernel, [0.0625, 0.125, 0.0625, 0.125, 0.25, 0.125, 0.0625, 0.125, 0.0625]);
    const sum = window.reduce((s, v, i) => s + v * kernel[i], 0);
    const stated = number(text.match(/w1\[4\] = (\S+)\./)[1]);
    assert.ok(Math.abs(sum - stated) < 0.01, `${sum} vs ${stated}`);
    // Leaving the maps clears the readout, and nothing is pinned by pointing.
    await page.mouse.move(1, 1);
    await page.waitForFunction(
      (pe) => document.querySelector(`${pe} [data-readout-say]`).innerText.startsWith("Point at"),
      PE,
    );
    assert.deepEqual(await marks(page, "x", 0), []);
    assert.deepEqual(await markKeys(page), [], "no marks, no key");
    assertNoProblems(page);
    await page.close();
  });

  test("a click pins the cell: it is marked in x and p1 and kept in the URL", async () => {
    const page = await open("#pe.pool=max");
    const at = await pointAt(page, "a1", 1, 10, 21);
    await page.mouse.click(at.x, at.y);
    assert.match(await said(page), /^Pinned: a1, map 2, row 11, column 22: /);
    // Its 3 × 3 receptive field in x, its place in p1 (row 10 → 5, column 21 → 10).
    assert.deepEqual(await marks(page, "x", 0), [
      { kind: "field", x: 20, y: 9, width: 3, height: 3 },
    ]);
    assert.deepEqual(await marks(page, "p1", 1), [
      { kind: "reach", x: 10, y: 5, width: 1, height: 1 },
    ]);
    assert.deepEqual(await marks(page, "p1", 0), []);
    assert.deepEqual(await marks(page, "z1", 1), [
      { kind: "cell", x: 21, y: 10, width: 1, height: 1 },
    ]);
    await page.waitForFunction(() => location.hash.includes("pe.cell=a1%2C2%2C11%2C22"));
    assert.deepEqual(await markKeys(page), [
      "cell: the pinned cell, and the same place in the other maps of its size",
      "field: the cells it is computed from",
      "reach: the cells it feeds",
    ]);
    // The pin stays while the pointer reads other maps, and comes back when it leaves.
    await pointAt(page, "z2", 0, 3, 3);
    assert.match(
      await said(page),
      /^z2, map 1, row 4, column 4: .* 36 products of the 3 × 3 × 4 window of p1/s,
    );
    assert.equal((await tables(page)).length, 8);
    await page.mouse.move(1, 1);
    await page.waitForFunction(
      (pe) => document.querySelector(`${pe} [data-readout-say]`).innerText.startsWith("Pinned: a1"),
      PE,
    );
    assert.equal((await markKeys(page)).length, 3, "the key is the pinned cell's");
    // Clicking the pinned cell again unpins it (pointing at z2 scrolled the page).
    const again = await pointAt(page, "a1", 1, 10, 21);
    await page.mouse.click(again.x, again.y);
    assert.match(await said(page), /^a1, map 2/);
    assert.deepEqual(await marks(page, "x", 0), []);
    assert.deepEqual(await markKeys(page), [], "unpinned, no key");
    await page.waitForFunction(() => !location.hash.includes("pe.cell"));
    assertNoProblems(page);
    await page.close();
  });

  test("a pinned link restores the pin; a p1 cell says where its maximum came from", async () => {
    const page = await open("#pe.pool=max&pe.cell=p1,3,6,8");
    const text = await said(page);
    const match = text.match(
      /^Pinned: p1, map 3, row 6, column 8: (\S+)\.\s+p1 = the largest of the 2 × 2 window of a1 = (\S+), from row (\d+), column (\d+) of a1\./,
    );
    assert.ok(match, text);
    const [, value, max, row, col] = match;
    assert.equal(value, max);
    assert.ok([11, 12].includes(Number(row)) && [15, 16].includes(Number(col)), text);
    const [pool] = await tables(page);
    assert.equal(Math.max(...pool), number(max));
    // Its 2 × 2 window in a1 and its 4 × 4 field in x (clipped by nothing here).
    assert.deepEqual(await marks(page, "a1", 2), [
      { kind: "field", x: 14, y: 10, width: 2, height: 2 },
    ]);
    assert.deepEqual(await marks(page, "x", 0), [
      { kind: "field", x: 13, y: 9, width: 4, height: 4 },
    ]);
    assert.equal(await page.locator(`${PE} [data-notice]`).isVisible(), false);
    // Pooling off: p1 is gone, and so is the pin.
    await page.locator(`${PE} input[data-pool-switch]`).uncheck();
    assert.match(await said(page), /^Point at/);
    assert.deepEqual(await marks(page, "x", 0), []);
    assertNoProblems(page);
    await page.close();
    const broken = await open("#pe.cell=p1,1,1,1");
    assert.equal(await broken.locator(`${PE} [data-notice]`).isVisible(), true);
    await broken.close();
  });

  test("the keyboard moves the pinned cell, and a screen reader hears each readout", async () => {
    const page = await open("#pe.pool=max");
    // Tab from the scale menu to the first map of layer 1 (s1, map 1), past the kernels' fields.
    const map = canvas(page, "s1", 0);
    await map.scrollIntoViewIfNeeded();
    await page.locator(`${PE} fieldset[data-filter="0"] input[data-bias]`).focus();
    await page.keyboard.press("Tab");
    assert.equal(await map.evaluate((c) => c === document.activeElement), true);
    const live = page.locator(`${PE} [data-readout-say]`);
    assert.equal(await live.getAttribute("aria-live"), "polite");
    const describedBy = await map.getAttribute("aria-describedby");
    assert.match(await page.locator(`#${describedBy}`).textContent(), /arrow keys/);
    // Focus shows the map's centre; an arrow key pins the cell next to it.
    assert.match(await said(page), /^s1, map 1, row 33, column 33: /);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowLeft");
    assert.match(await said(page), /^Pinned: s1, map 1, row 35, column 32: .*w1\[1\] = /s);
    assert.deepEqual(await marks(page, "p1", 0), [
      { kind: "reach", x: 15, y: 17, width: 1, height: 1 },
    ]);
    assert.deepEqual(await marks(page, "x", 0), [
      { kind: "field", x: 30, y: 33, width: 3, height: 3 },
    ]);
    await page.waitForFunction(() => location.hash.includes("pe.cell=s1%2C1%2C35%2C32"));
    const violations = await runAxe(page, { include: PE });
    assert.equal(violations.length, 0, formatViolations(violations, "explorer with a pinned cell"));
    await page.keyboard.press("Escape");
    assert.match(await said(page), /^s1, map 1, row 35, column 32: /);
    assert.deepEqual(await marks(page, "p1", 0), []);
    assertNoProblems(page);
    await page.close();
  });

  test("on a phone the readout takes no room until a cell is pinned, then leaves the maps most of the screen", async () => {
    const page = await open("", { viewport: PHONE });
    const panel = page.locator(`${PE} [data-readout]`);
    // Where the panel is on the screen while the first maps are in view.
    const panelBox = async () => {
      await canvas(page, "x", 0).scrollIntoViewIfNeeded();
      return panel.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return {
          sticky: getComputedStyle(el).position === "sticky",
          top: box.top,
          height: box.height,
          screen: innerHeight,
        };
      });
    };
    const empty = await panelBox();
    assert.ok(!empty.sticky || empty.height < 0.15 * empty.screen, JSON.stringify(empty));
    const at = await pointAt(page, "a1", 1, 10, 21);
    await page.mouse.click(at.x, at.y);
    assert.match(await said(page), /^Pinned: a1, map 2, row 11, column 22: /);
    const pinned = await panelBox();
    // In view at the bottom of the screen, and no higher than 40 % of it.
    assert.ok(pinned.sticky, JSON.stringify(pinned));
    assert.ok(pinned.top < pinned.screen - 40, JSON.stringify(pinned));
    assert.ok(pinned.top >= 0.6 * pinned.screen - 1, JSON.stringify(pinned));
    assert.equal(await page.locator(`${PE} [data-readout-say]`).isVisible(), true);
    assertNoProblems(page);
    await page.close();
  });
});
