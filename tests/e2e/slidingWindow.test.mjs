// Browser tests of the sliding-window figure: mouse, keyboard, play/pause, URL round trip,
// invalid input, no-JS fallback, phone width and axe.
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

const site = useSite({ widgets: ["sliding-window"] });

const CHAPTER = "en/mechanics/";
const W = "sliding-window";

/** The window's position on the input grid, as the CSS variables CellGrid places it by. */
function windowBox(page) {
  return page.locator(`${W} [data-box="window"]`).evaluate((el) => ({
    top: Number(el.style.getPropertyValue("--top")),
    left: Number(el.style.getPropertyValue("--left")),
  }));
}

const position = (page) => page.locator(`${W} [data-position]`).textContent();
const line = (page, name) => page.locator(`${W} [data-line="${name}"]`).textContent();
/** "−0.73" → -0.73 (the figure prints true minus signs). */
const number = (text) => Number(text.trim().replace("\u2212", "-"));

describe("sliding window", () => {
  test("stepping with the mouse moves the window, fills the next output cell and says so", async () => {
    const page = await site.openPage(CHAPTER);
    const next = page.getByRole("button", { name: "Step forward" });
    await next.waitFor();
    assert.match(await position(page), /Position 16 of 36: output row 3, column 4/);
    assert.deepEqual(await windowBox(page), { top: 2, left: 3 });
    const z1 = page.locator(`${W} [data-grid="z1"] [data-cell]`);
    assert.equal(await z1.nth(16).getAttribute("data-pending"), "");
    await next.click();
    assert.match(await position(page), /Position 17 of 36: output row 3, column 5/);
    assert.deepEqual(await windowBox(page), { top: 2, left: 4 });
    assert.equal(await z1.nth(16).getAttribute("data-pending"), null, "the new cell is filled");
    assert.equal(await z1.nth(17).getAttribute("data-pending"), "", "later cells are not");
    // Rows of numbers and rows not yet computed are equally tall, so the box on an output cell
    // (placed by row count) sits on it.
    const [filled, pending] = [
      (await z1.nth(0).boundingBox()).height,
      (await z1.nth(35).boundingBox()).height,
    ];
    assert.ok(Math.abs(filled - pending) < 0.5, `row heights ${filled} vs ${pending}`);
    // The written-out z1 is the number that filled the cell (printed to 2 digits there).
    const z = number((await line(page, "z")).split("=").pop());
    assert.ok(Math.abs(z - number(await z1.nth(16).textContent())) < 0.05);
    const status = await page.locator(`${W} [role="status"]`).textContent();
    assert.match(status, /^z1 at row 3, column 5 = .+ × .+; ReLU gives /);
    await assertUrlMatches(page, /#sw\.pos=3%2C5$/);
    // A click on an output cell moves the window there.
    await page.locator(`${W} [data-grid="a1"] [data-cell="0"]`).click();
    assert.deepEqual(await windowBox(page), { top: 0, left: 0 });
    assert.doesNotMatch(await page.locator(W).innerText(), /NaN|Infinity/);
    assertNoProblems(page);
    await page.close();
  });

  test("the arrow keys, Home and End move the window from the focused input grid", async () => {
    const page = await site.openPage(CHAPTER, { reducedMotion: "reduce" });
    const grid = page.locator(`${W} [data-keys]`);
    await grid.waitFor();
    assert.equal(await grid.getAttribute("tabindex"), "0");
    await grid.focus();
    await page.keyboard.press("ArrowDown");
    assert.deepEqual(await windowBox(page), { top: 3, left: 3 });
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    assert.deepEqual(await windowBox(page), { top: 4, left: 0 }, "right wraps to the next row");
    await page.keyboard.press("ArrowUp");
    assert.deepEqual(await windowBox(page), { top: 3, left: 0 });
    await page.keyboard.press("End");
    assert.match(await position(page), /Position 36 of 36/);
    assert.equal(
      await page.locator(`${W} [data-pending-note]`).isVisible(),
      false,
      "all cells computed",
    );
    await page.keyboard.press("Home");
    assert.match(await position(page), /Position 1 of 36/);
    await page.keyboard.press("ArrowLeft");
    assert.match(await position(page), /Position 1 of 36/, "no step before the first");
    // Reduced motion: the window jumps instead of sliding.
    const duration = await page
      .locator(`${W} [data-box="window"]`)
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    assert.equal(duration, "0s");
    await page.close();
  });

  test("Play steps on its own until Pause, and never starts by itself", async () => {
    const page = await site.openPage(CHAPTER);
    const play = page.locator(`${W} button[data-play]`);
    await page.waitForTimeout(1000);
    assert.match(await position(page), /Position 16 of 36/, "no autoplay");
    await play.click();
    assert.equal(await play.textContent(), "Pause");
    await page.waitForFunction(() =>
      /Position (1[89]|[2-3]\d) of/.test(
        document.querySelector("sliding-window [data-position]").textContent,
      ),
    );
    await play.click();
    assert.equal(await play.textContent(), "Play");
    const stopped = await position(page);
    await page.waitForTimeout(1000);
    assert.equal(await position(page), stopped, "paused");
    assert.match(await page.locator(`${W} [role="status"]`).textContent(), /^z1 at row/);
    await page.close();
  });

  test("Play's speed is chosen by keyboard, kept in the URL, and changes a sweep under way", async () => {
    const page = await site.openPage(`${CHAPTER}#sw.speed=slow`);
    const speed = page.getByRole("combobox", { name: "Speed" });
    await page.waitForFunction((w) => {
      const select = document.querySelector(`${w} select[data-speed]`);
      return select instanceof HTMLSelectElement && !select.disabled;
    }, W);
    assert.equal(await speed.inputValue(), "slow", "the link's speed is restored");
    await page.locator(`${W} button[data-play]`).click();
    await speed.focus();
    // From the slowest speed to the fastest while playing; the rest of the sweep (about 20
    // steps: 24 s slow, 14 s normal) then takes under 2 s.
    await page.keyboard.press("End");
    assert.equal(await speed.inputValue(), "fastest");
    await assertUrlMatches(page, /sw\.speed=fastest/);
    await page.waitForFunction(
      (w) => /Position 36 of 36/.test(document.querySelector(`${w} [data-position]`).textContent),
      W,
      { timeout: 8000 },
    );
    assert.equal(await page.locator(`${W} button[data-play]`).textContent(), "Play");
    await speed.selectOption({ label: "Normal" });
    assert.doesNotMatch(page.url(), /sw\.speed/, "the default speed is left out of the URL");
    assertNoProblems(page);
    await page.close();
  });

  test("kernel, bias, padding and input round-trip through the URL", async () => {
    const page = await site.openPage(
      `${CHAPTER}#sw.in=corner&sw.pad=same&sw.k=laplacian&sw.b=0.5&sw.pos=8,8`,
    );
    const preset = page.getByRole("combobox", { name: "Kernel preset" });
    await preset.waitFor();
    assert.equal(await preset.inputValue(), "laplacian");
    assert.equal(await page.getByRole("combobox", { name: "Padding" }).inputValue(), "same");
    assert.equal(await page.getByRole("combobox", { name: "Input" }).inputValue(), "corner");
    assert.equal(
      await page.getByRole("textbox", { name: "Bias b1", exact: true }).inputValue(),
      "0.5",
    );
    assert.match(await position(page), /Position 64 of 64/);
    assert.equal(await page.locator(`${W} [data-grid="x"] [data-cell]`).count(), 100);
    assert.equal(await page.locator(`${W} [data-grid="x"] [data-pad]`).count(), 36);
    // Edit a weight and move: the URL records both, and a fresh page restores them.
    await page.getByRole("textbox", { name: "Kernel weight, row 1, column 1" }).fill("2");
    await page.getByRole("button", { name: "Step back" }).click();
    const url = page.url();
    assert.match(url, /sw\.k=2%2C1%2C0%2C1%2C-4%2C1%2C0%2C1%2C0/);
    assert.match(url, /sw\.pos=8%2C7/);
    const s = await line(page, "s");
    const again = await site.openPage(url);
    await again.getByRole("button", { name: "Step back" }).waitFor();
    assert.equal(await line(again, "s"), s);
    assert.equal(await again.getByRole("combobox", { name: "Kernel preset" }).inputValue(), "");
    assert.equal(await again.locator(`${W} [data-notice]`).isVisible(), false);
    await again.close();
    // Padding off keeps the window over the same pixels where it can.
    await page.getByRole("combobox", { name: "Padding" }).selectOption("valid");
    assert.match(await position(page), /Position 36 of 36/);
    await page.close();
  });

  test("invalid entries show a message and keep the last good numbers; a foreign hash falls back", async () => {
    const page = await site.openPage(CHAPTER);
    const cell = page.getByRole("textbox", { name: "Kernel weight, row 2, column 3" });
    await cell.waitFor();
    const before = await line(page, "s");
    // Every prefix of these is invalid or the current value 2, so the kernel must not change.
    for (const bad of ["", "-", ".", "2e999", "--1"]) {
      await cell.fill("");
      if (bad) await cell.pressSequentially(bad);
      assert.equal(await cell.getAttribute("aria-invalid"), "true", `“${bad}” is refused`);
      const message = page.locator(`${W} [data-error]`);
      assert.equal(await message.isVisible(), true);
      assert.ok((await message.textContent()).length > 10);
      assert.equal(await line(page, "s"), before, "the arithmetic keeps the last good kernel");
    }
    await cell.press("Tab");
    assert.equal(await cell.inputValue(), "2", "leaving the field restores the good value");
    assert.equal(
      await page.locator(`${W} [data-error]`).isHidden(),
      true,
      "a good value again: no message",
    );
    assert.doesNotMatch(await page.locator(W).innerText(), /NaN|Infinity/);
    assertNoProblems(page);
    await page.close();

    const foreign = await site.openPage(`${CHAPTER}#sw.pos=99,1&sw.k=zzz&sw.in=%E0%A4`);
    await foreign.locator(`${W} [data-notice]`).waitFor();
    assert.equal(await foreign.locator(`${W} [data-notice]`).isVisible(), true);
    assert.match(await position(foreign), /Position 16 of 36/);
    assertNoProblems(foreign);
    await foreign.close();
  });

  test("the input is typed and drawn on; z1 is the sum of the products, and a link keeps the input", async () => {
    const page = await site.openPage(CHAPTER, { reducedMotion: "reduce" });
    const draw = page.getByRole("button", { name: "Draw on the input" });
    await draw.waitFor();
    await page.getByText("Type the input's numbers").click();
    const pixel = (r, c) =>
      page.getByRole("textbox", { name: `Input value, row ${r}, column ${c}`, exact: true });
    // The window at output row 3, column 4 covers input rows 3–5 and columns 4–6.
    await pixel(3, 5).fill("0.9");
    await draw.click();
    assert.equal(await draw.getAttribute("aria-pressed"), "true");
    // A press on the input paints white: row 5, column 4.
    await page.locator(`${W} [data-grid="x"] [data-cell="${4 * 8 + 3}"]`).click();
    assert.equal(await pixel(5, 4).inputValue(), "1");
    assert.match(await position(page), /Position 16 of 36/, "drawing leaves the window in place");
    // The keyboard's brush is where the press was: up one and right two to row 4, column 6,
    // paint; one left, erase.
    await page.locator(`${W} [data-keys]`).focus();
    for (const key of ["ArrowUp", "ArrowRight", "ArrowRight"]) await page.keyboard.press(key);
    const status = page.locator(`${W} [role="status"]`);
    assert.match(await status.textContent(), /^Brush at input row 4, column 6, value /);
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Shift+Space");
    assert.equal(await status.textContent(), "Input row 4, column 5 is now 0.");
    assert.equal(await pixel(4, 6).inputValue(), "1");
    assert.equal(await pixel(4, 5).inputValue(), "0");

    // z1 at the window, computed here from the fields: nine products plus the bias.
    const weight = (r, c) =>
      page.getByRole("textbox", { name: `Kernel weight, row ${r}, column ${c}` }).inputValue();
    let sum = number(
      await page.getByRole("textbox", { name: "Bias b1", exact: true }).inputValue(),
    );
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        sum += number(await weight(i + 1, j + 1)) * number(await pixel(3 + i, 4 + j).inputValue());
      }
    }
    const z = number((await line(page, "z")).split("=").pop());
    assert.ok(Math.abs(z - sum) < 1e-5, `z1 = ${z}, the products and bias add up to ${sum}`);
    const cell = page.locator(`${W} [data-grid="z1"] [data-cell="15"]`);
    assert.ok(Math.abs(number(await cell.textContent()) - sum) < 0.006, "the output cell too");

    // A link restores the drawn input; Reset returns to the crop and leaves it out of the URL.
    const url = page.url();
    assert.match(url, /sw\.x=[A-Za-z0-9_-]{75}(&|$)/);
    const again = await site.openPage(url);
    await again.getByRole("button", { name: "Draw on the input" }).waitFor();
    assert.equal(await line(again, "z"), await line(page, "z"));
    // Row 4, column 6 (index 29), in the fields still folded away.
    assert.equal(await again.locator(`${W} input[data-pixel="29"]`).inputValue(), "1");
    assert.equal(await again.locator(`${W} [data-notice]`).isVisible(), false);
    await again.close();
    await page.getByRole("button", { name: "Reset the input" }).click();
    assert.doesNotMatch(page.url(), /sw\.x/);
    assert.match(await line(page, "s"), /^s1 = \(−1\)\(0\.41\) \+ .* = −0\.63$/);
    assert.notEqual(await pixel(4, 6).inputValue(), "1");
    assertNoProblems(page);
    await page.close();
  });

  test("a refused input value shows why, keeps the last good input, and comes back on leaving", async () => {
    const page = await site.openPage(CHAPTER);
    await page.getByRole("button", { name: "Draw on the input" }).waitFor();
    await page.getByText("Type the input's numbers").click();
    const field = page.getByRole("textbox", { name: "Input value, row 3, column 4", exact: true });
    const good = await field.inputValue();
    const before = await line(page, "s");
    const message = page.locator(`${W} [data-input-error]`);
    for (const [bad, says] of [
      ["1.5", /from 0 \(black\) to 1 \(white\)/],
      ["-0.2", /from 0 \(black\) to 1 \(white\)/],
      ["0,5", /Use a point for decimals/],
      ["", /Type a number/],
      ["grey", /not a number/],
    ]) {
      await field.fill(bad);
      assert.equal(await field.getAttribute("aria-invalid"), "true", `“${bad}” is refused`);
      assert.match(await message.textContent(), says);
      assert.equal(await message.isVisible(), true);
      assert.equal(await line(page, "s"), before, "the arithmetic keeps the last good input");
    }
    await field.press("Tab");
    assert.equal(await field.inputValue(), good, "leaving the field restores the good value");
    assert.equal(await message.isHidden(), true);
    // More than two decimals are used rounded, and shown so on leaving the field.
    await field.fill("0.257");
    await field.press("Tab");
    assert.equal(await field.inputValue(), "0.26");
    assert.match(await line(page, "s"), /\(0\.26\)/);
    assert.doesNotMatch(await page.locator(W).innerText(), /NaN|Infinity/);
    assertNoProblems(page);
    await page.close();
  });

  test("without JavaScript the figure shows one position worked out and the full outputs", async () => {
    const page = await site.openPage(CHAPTER, { javaScriptEnabled: false });
    assert.deepEqual(await windowBox(page), { top: 2, left: 3 });
    assert.match(await line(page, "s"), /^s1 = \(−1\)\(0\.41\) \+ .* = −0\.63$/);
    assert.match(await line(page, "a"), /= 0$/);
    const z1 = page.locator(`${W} [data-grid="z1"] [role="cell"]`);
    assert.equal(await z1.count(), 36);
    assert.equal(await page.locator(`${W} [data-pending]`).count(), 0, "every output is shown");
    assert.equal(await page.locator(`${W} [data-controls]`).isVisible(), false);
    assert.equal(await page.locator(`${W} .legend`).count(), 3, "a legend for each grid");
    await page.close();
  });

  test("on a phone the figure fits the width and axe finds nothing", async () => {
    const page = await site.openPage(CHAPTER, { viewport: PHONE });
    await page.locator(`${W} [data-keys][tabindex]`).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
    const box = await page.locator(W).boundingBox();
    assert.ok(box && box.width <= PHONE.width, "the figure is no wider than the phone");
    await page.getByRole("button", { name: "Step forward" }).click();
    const violations = await runAxe(page, { include: W });
    assert.equal(violations.length, 0, formatViolations(violations, "phone sliding window"));
    await page.close();
  });
});
