// Browser tests of the convolution arithmetic widget, used as a reader would: mouse, keyboard, URL.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  PHONE,
  assertNoProblems,
  assertUrlMatches,
  enhanceWidgets,
  findOverflowingElements,
  formatViolations,
  runAxe,
  useSite,
} from "./harness.mjs";

const site = useSite({ widgets: ["conv-arithmetic"] });

const CHAPTER = "en/mechanics/";
const widget = (page) => page.locator("conv-arithmetic");
const field = (page, name) => widget(page).getByRole("textbox", { name });
const outputCaption = (page) => widget(page).locator('[data-caption="output"]').textContent();
const explanation = (page) => widget(page).locator("[data-explanation]").textContent();

describe("conv arithmetic", () => {
  test("preset buttons set every size, the output grid, the formula and the URL", async () => {
    const page = await site.openPage(CHAPTER);
    const printed = widget(page).getByRole("button", { name: /AlexNet as printed/ });
    await printed.click();
    assert.equal(await printed.getAttribute("aria-pressed"), "true");
    assert.equal(await field(page, "n, input size").inputValue(), "224");
    assert.equal(await field(page, "k, kernel size").inputValue(), "11");
    assert.equal(await field(page, "s, stride").inputValue(), "4");
    assert.equal(await outputCaption(page), "54 × 54");
    const text = await explanation(page);
    assert.match(text, /53\.25 is not a whole number/);
    assert.match(text, /would give 54\.25/);
    assert.match(text, /CS231n uses 227/);
    assert.match(await widget(page).locator("[data-formula]").textContent(), /53\.25/);
    await assertUrlMatches(page, /ca\.n=224/);
    await assertUrlMatches(page, /ca\.k=11/);

    await widget(page)
      .getByRole("button", { name: /AlexNet conv1/ })
      .click();
    assert.equal(await outputCaption(page), "55 × 55");
    assert.equal(await printed.getAttribute("aria-pressed"), "false");
    assert.match(await widget(page).locator("[data-formula]").textContent(), /= 55$/);
    await widget(page).getByRole("button", { name: /Same/ }).click();
    assert.equal(await outputCaption(page), "32 × 32");
    await widget(page)
      .getByRole("button", { name: /Deshpande/ })
      .click();
    assert.equal(await outputCaption(page), "28 × 28");
    assertNoProblems(page);
    await page.close();
  });

  test("the arrow keys step a size and the figure follows; presets work from the keyboard", async () => {
    const page = await site.openPage(CHAPTER);
    const n = field(page, "n, input size");
    await n.focus();
    await page.keyboard.press("ArrowUp"); // 7 → 8: (8 + 2 − 3)/2 = 3.5
    assert.equal(await n.inputValue(), "8");
    assert.equal(await outputCaption(page), "4 × 4");
    assert.match(await widget(page).locator("[data-status]").textContent(), /never covered/);
    assert.equal(await widget(page).locator('svg[data-svg="input"] .ca-uncovered').count(), 2);
    await page.keyboard.press("ArrowUp"); // 9: (9 + 2 − 3)/2 = 4, exact
    assert.equal(await outputCaption(page), "5 × 5");
    assert.equal(await widget(page).locator('svg[data-svg="input"] .ca-uncovered').count(), 0);

    const dilation = widget(page).getByRole("button", { name: /Dilation 2/ });
    await dilation.focus();
    await page.keyboard.press("Enter");
    assert.equal(await dilation.getAttribute("aria-pressed"), "true");
    assert.equal(await field(page, "d, dilation").inputValue(), "2");
    assert.equal(await outputCaption(page), "5 × 5");
    // 3 × 3 taps two cells apart: their left edges sit in columns 0, 2 and 4.
    const columns = await widget(page)
      .locator('svg[data-svg="input"] .ca-tap')
      .evaluateAll((taps) => [
        ...new Set(taps.map((t) => Math.floor(Number(t.getAttribute("x"))))),
      ]);
    assert.deepEqual(columns.sort(), [0, 2, 4]);
    assertNoProblems(page);
    await page.close();
  });

  test("the sizes round-trip through the URL, and a foreign hash falls back visibly", async () => {
    const page = await site.openPage(`${CHAPTER}#ca.n=12&ca.k=5&ca.s=3&ca.p=2&ca.d=1&tl.lens=karn`);
    assert.equal(await field(page, "n, input size").inputValue(), "12");
    assert.equal(await field(page, "s, stride").inputValue(), "3");
    assert.equal(await outputCaption(page), "4 × 4"); // (12 + 4 − 5)/3 = 3.67 → 4
    assert.equal(await widget(page).locator("[data-notice]").isVisible(), false);
    await field(page, "p, padding per side").fill("0");
    // Under load the URL can follow a moment after the figure; wait for it rather than race it.
    await page.waitForFunction(() => /ca\.p=0/.test(location.hash));
    await assertUrlMatches(page, /ca\.p=0/);
    await assertUrlMatches(page, /tl\.lens=karn/, "other widgets' keys are kept");
    await page.reload();
    // The reloaded page shows the build's first frame until the widget's code arrives.
    await enhanceWidgets(page);
    assert.equal(await field(page, "p, padding per side").inputValue(), "0");
    assert.equal(await outputCaption(page), "3 × 3"); // (12 − 5)/3 = 2.33 → 3
    await page.close();

    const foreign = await site.openPage(`${CHAPTER}#ca.n=9999&ca.k=3`);
    assert.equal(await foreign.locator("conv-arithmetic [data-notice]").isVisible(), true);
    assert.equal(await field(foreign, "n, input size").inputValue(), "7");
    assertNoProblems(foreign);
    await foreign.close();
  });

  test("bad input shows a message and keeps the last good sizes; a kernel too big is explained", async () => {
    const page = await site.openPage(CHAPTER);
    const k = field(page, "k, kernel size");
    const before = await outputCaption(page);
    for (const bad of ["", "2.5", "12", "0"]) {
      await k.fill(bad);
      assert.equal(await k.getAttribute("aria-invalid"), "true", `“${bad}” is refused`);
      const message = widget(page).locator("[data-error]");
      assert.equal(await message.isVisible(), true);
      assert.ok((await message.textContent()).length > 10, "the message says what to do");
      assert.equal(await outputCaption(page), before, "the figure keeps the last good sizes");
    }
    await k.press("Tab");
    assert.equal(await k.inputValue(), "3", "leaving the field restores the last good value");
    assert.equal(
      await widget(page).locator("[data-error]").isHidden(),
      true,
      "no message once good",
    );

    await field(page, "p, padding per side").fill("0");
    await field(page, "n, input size").fill("5");
    await k.fill("7");
    assert.equal(await k.getAttribute("aria-invalid"), null, "a valid size, just too large");
    const text = await explanation(page);
    assert.match(text, /The 7×7 kernel does not fit in the 5×5 padded input\./);
    assert.match(text, /The convolution core refuses it: “The kernel of size 7/);
    assert.match(await outputCaption(page), /No output/);
    assert.equal(await widget(page).locator('svg[data-svg="output"] rect').count(), 0);
    assert.doesNotMatch(await widget(page).innerText(), /NaN|Infinity|undefined/);
    assertNoProblems(page);
    await page.close();
  });

  test("without JavaScript the figure, both formulas and the numbers are pre-rendered", async () => {
    const page = await site.openPage(CHAPTER, { javaScriptEnabled: false });
    const w = widget(page);
    assert.ok((await w.locator('svg[data-svg="input"] .ca-tap').count()) === 9);
    assert.equal(await w.locator('svg[data-svg="output"] .ca-output').count(), 1);
    // KaTeX typesets the symbolic formula; the substituted one is drawFormula's, as in the browser.
    assert.equal(await w.locator(".ca__formula .katex").count(), 1);
    const numerator = w.locator('[data-formula] [data-step="numerator"] .caf__frac');
    assert.equal(await numerator.textContent(), "62");
    assert.match(await w.locator("[data-formula]").textContent(), /= 4$/);
    assert.equal(await outputCaption(page), "4 × 4");
    assert.match(await w.locator("tbody[data-rows]").textContent(), /Output size o\s*4(?!\d)/);
    assert.equal(await w.getByRole("textbox", { name: "n, input size" }).isDisabled(), true);
    await page.close();
  });

  test("on a phone the widget fits the width and axe finds nothing, in every kind of result", async () => {
    const page = await site.openPage(CHAPTER, { viewport: PHONE, reducedMotion: "reduce" });
    for (const preset of [null, /AlexNet as printed/, /Dilation 2/]) {
      if (preset) await widget(page).getByRole("button", { name: preset }).click();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
      const violations = await runAxe(page, { include: "conv-arithmetic" });
      assert.equal(violations.length, 0, formatViolations(violations, "phone conv arithmetic"));
    }
    await field(page, "n, input size").fill("2");
    const sticking = (await findOverflowingElements(page)).filter((s) => /conv-arithmetic/.test(s));
    assert.deepEqual(sticking, []);
    assertNoProblems(page);
    await page.close();
  });
});

/** Waits until the widget has taken over its controls (the first frame's are disabled). */
async function enhanced(page) {
  await page.waitForFunction(() => {
    const button = document.querySelector("conv-arithmetic button[data-sweep]");
    return button instanceof HTMLButtonElement && !button.disabled;
  });
}

/**
 * The padded-input cells the window's taps cover on screen, as "x,y" (0-based), read from
 * where the taps are drawn relative to the input grid.
 */
function tapsOnScreen(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('conv-arithmetic svg[data-svg="input"]');
    const side = svg.viewBox.baseVal.width;
    const box = svg.getBoundingClientRect();
    const cell = box.width / side;
    return [...svg.querySelectorAll("g.ca-window rect.ca-window-tap")]
      .map((tap) => {
        const r = tap.getBoundingClientRect();
        const x = Math.floor((r.left + r.width / 2 - box.left) / cell);
        const y = Math.floor((r.top + r.height / 2 - box.top) / cell);
        return `${x},${y}`;
      })
      .sort();
  });
}

/** The cells a k×k kernel with stride s and dilation d reads for output (row, col). */
function expectedTaps(row, col, { k, s, d }) {
  const cells = [];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) cells.push(`${col * s + j * d},${row * s + i * d}`);
  }
  return cells.sort();
}

describe("conv arithmetic: the window reads the input", () => {
  test("pointing at an output cell marks the input cells it reads, dilated and strided", async () => {
    // Reduced motion: the window jumps to the cell pointed at, so it can be read at once.
    const page = await site.openPage(`${CHAPTER}#ca.d=2`, { reducedMotion: "reduce" });
    await enhanced(page);
    // n 7, k 3, s 2, p 1, d 2: the padded input is 9, the span 5, the output 3 × 3.
    assert.equal(await outputCaption(page), "3 × 3");
    const output = widget(page).locator('svg[data-svg="output"]');
    await output.scrollIntoViewIfNeeded();
    const box = await output.boundingBox();
    const cell = box.width / 3;
    await page.mouse.move(box.x + 2.5 * cell, box.y + 1.5 * cell);
    await page.locator("conv-arithmetic g.ca-window").waitFor({ state: "attached" });
    assert.deepEqual(await tapsOnScreen(page), expectedTaps(1, 2, { k: 3, s: 2, d: 2 }));
    assert.equal(
      await widget(page).locator("[data-status]").textContent(),
      "Output row 2, column 3 reads padded-input rows 3 to 7, columns 5 to 9, every 2 cells.",
    );
    await page.mouse.move(box.x + 0.5 * cell, box.y + 0.5 * cell);
    await page.waitForFunction(
      () => document.querySelector("conv-arithmetic g.ca-window")?.dataset.col === "0",
    );
    assert.deepEqual(await tapsOnScreen(page), expectedTaps(0, 0, { k: 3, s: 2, d: 2 }));
    assertNoProblems(page);
    await page.close();
  });

  test("the output grid moves the window by keyboard and says what the cell reads", async () => {
    const page = await site.openPage(CHAPTER, { reducedMotion: "reduce" });
    await enhanced(page);
    const output = widget(page).locator('svg[data-svg="output"]');
    await output.focus();
    assert.equal(await output.evaluate((svg) => svg === document.activeElement), true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowDown");
    assert.deepEqual(await tapsOnScreen(page), expectedTaps(1, 1, { k: 3, s: 2, d: 1 }));
    assert.match(
      await widget(page).locator("[data-status]").textContent(),
      /^Output row 2, column 2 reads padded-input rows 3 to 5/,
    );
    await page.keyboard.press("End");
    assert.deepEqual(await tapsOnScreen(page), expectedTaps(3, 3, { k: 3, s: 2, d: 1 }));
    // A new stride moves the same output cell's window: (3, 3) now starts at 3 · 1.
    await field(page, "s, stride").fill("1");
    assert.deepEqual(await tapsOnScreen(page), expectedTaps(3, 3, { k: 3, s: 1, d: 1 }));
    await page.close();
  });

  test("the sweep slides the window cell by cell, and only steps for reduced motion", async () => {
    for (const reducedMotion of ["no-preference", "reduce"]) {
      const page = await site.openPage(CHAPTER, { reducedMotion });
      await enhanced(page);
      // Every place the window takes, as the browser paints frames: the computed transform
      // (its attribute, or the animation over it), as "x,y".
      await page.evaluate(() => {
        window.__transforms = [];
        const svg = document.querySelector('conv-arithmetic svg[data-svg="input"]');
        const watch = () => {
          const g = svg.querySelector("g.ca-window");
          const m = g && new DOMMatrixReadOnly(getComputedStyle(g).transform);
          if (m) window.__transforms.push(`${m.e},${m.f}`);
          requestAnimationFrame(watch);
        };
        watch();
      });
      await widget(page).getByRole("button", { name: "Slide the window" }).click();
      const sweep = widget(page).locator("button[data-sweep]");
      assert.equal(await sweep.textContent(), "Pause");
      await page.waitForFunction(
        () => document.querySelector("conv-arithmetic g.ca-window")?.dataset.col === "3",
        null,
        { timeout: 10_000 },
      );
      await sweep.click();
      assert.equal(await sweep.textContent(), "Slide the window");
      const seen = await page.evaluate(() => window.__transforms);
      // The window's corner in padded-input cells; stride 2, so positions are even.
      const between = seen.filter((t) => t.split(",").some((v) => Number(v) % 2 !== 0));
      if (reducedMotion === "reduce") assert.deepEqual(between, [], "stepped, never between cells");
      else assert.ok(between.length > 0, "slid through places between cells");
      await page.close();
    }
  });
});
