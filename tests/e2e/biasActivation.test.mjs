// Browser tests of the bias-and-activation widget, used as a reader would: by mouse, keyboard and URL.
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

const site = useSite({ widgets: ["bias-activation"] });

const CHAPTER = "en/mechanics/";
const W = "bias-activation";

/** A fingerprint of a map's canvas, to tell whether it was redrawn with new values. */
function pixels(page, stage) {
  return page.evaluate(
    ([w, s]) => {
      const canvas = document.querySelector(`${w} [data-map][data-stage="${s}"] canvas`);
      if (!(canvas instanceof HTMLCanvasElement)) return null;
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let hash = 0;
      for (let j = 0; j < data.length; j++) hash = (hash * 31 + data[j]) >>> 0;
      return hash;
    },
    [W, stage],
  );
}

const zeroText = (page) => page.locator(`${W} [data-zero]`).textContent();
const share = (text) => Number(/sets ([\d.]+) %/.exec(text)?.[1]);

describe("bias and activation", () => {
  test("the bias slider moves by keyboard: z1 and a1 redraw, s1 stays, more units switch off", async () => {
    const page = await site.openPage(CHAPTER);
    const slider = page.getByRole("slider", { name: "Bias b1" });
    await slider.waitFor();
    assert.equal(await slider.isEnabled(), true, "the widget enhanced its controls");
    const before = { s: await pixels(page, "s1"), a: await pixels(page, "a1") };
    const zeroBefore = share(await zeroText(page));
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowLeft");
    const field = page.getByRole("textbox", { name: "Bias b1, typed" });
    assert.equal(Number(await field.inputValue()), -0.3);
    assert.equal(await pixels(page, "s1"), before.s, "s1 does not depend on the bias");
    assert.notEqual(await pixels(page, "a1"), before.a, "a1 changed");
    assert.ok(share(await zeroText(page)) > zeroBefore, "a lower bias switches more units off");
    await assertUrlMatches(page, /ba\.bias=-0\.3/);
    assert.match(await page.locator(`${W} [data-status]`).textContent(), /Bias −0\.3, ReLU/);
    assertNoProblems(page);
    await page.close();
  });

  test("a typed bias moves the slider; bad input shows a message and keeps the maps", async () => {
    const page = await site.openPage(CHAPTER);
    const field = page.getByRole("textbox", { name: "Bias b1, typed" });
    await field.fill("0.5");
    assert.equal(await page.getByRole("slider", { name: "Bias b1" }).inputValue(), "0.5");
    const z = await pixels(page, "z1");
    const a = await pixels(page, "a1");
    // Every prefix of these is refused too, so the maps must never move.
    for (const bad of ["", "-", "7", "-9", "4.5"]) {
      await field.fill("");
      if (bad) await field.pressSequentially(bad);
      assert.equal(await field.getAttribute("aria-invalid"), "true", `“${bad}” is refused`);
      const message = page.locator(`${W} [data-bias-error]`);
      assert.equal(await message.isVisible(), true);
      assert.ok((await message.textContent()).length > 10);
      assert.equal(await pixels(page, "z1"), z, "z1 keeps the last good bias");
      assert.equal(await pixels(page, "a1"), a);
    }
    assert.match(await page.locator(`${W} [data-bias-error]`).textContent(), /from −3 to 3/);
    await field.press("Tab");
    assert.equal(await field.inputValue(), "0.5", "leaving the field restores the good value");
    assert.doesNotMatch(await page.locator(W).innerText(), /NaN|Infinity/);
    assertNoProblems(page);
    await page.close();
  });

  test("activations by keyboard and mouse; only ReLU zeroes units, and the text says so", async () => {
    const page = await site.openPage(CHAPTER);
    const relu = page.getByRole("radio", { name: "ReLU, max(0, z)" });
    // A radio of the first frame is disabled and cannot take focus: wait for the enhanced one.
    await page.waitForFunction((w) => {
      const radio = document.querySelector(`${w} input[data-activation][value="relu"]`);
      return radio instanceof HTMLInputElement && !radio.disabled;
    }, W);
    await relu.focus();
    assert.equal(
      await relu.evaluate((radio) => radio === document.activeElement),
      true,
      "the ReLU radio has the focus",
    );
    await page.keyboard.press("ArrowDown");
    await page.getByRole("radio", { name: "leaky ReLU", checked: true }).waitFor();
    const slope = page.getByRole("textbox", { name: "Leaky slope for z < 0" });
    assert.equal(await slope.isEnabled(), true, "the slope is editable for leaky ReLU");
    assert.match(await zeroText(page), /^Leaky ReLU sets \d+ of the 4096 units/);
    await slope.fill("2");
    assert.match(await page.locator(`${W} [data-slope-error]`).textContent(), /from 0 to 1/);
    await slope.fill("0.3");
    await assertUrlMatches(page, /ba\.slope=0\.3/);
    await page.getByRole("radio", { name: /^sigmoid/ }).click();
    assert.match(await zeroText(page), /^Sigmoid sets none of the 4096 units to exactly 0/);
    assert.equal(await slope.isEnabled(), false);
    assert.equal(await page.locator(`${W} [data-key="zeroed"]`).isVisible(), false);
    await page.getByRole("radio", { name: "ReLU, max(0, z)" }).click();
    assert.equal(await page.locator(`${W} [data-key="zeroed"]`).isVisible(), true);
    await assertUrlMatches(page, /ba\.f=relu/);
    await page.close();
  });

  test("after an invalid slope, one click picks a radio below and the message goes", async () => {
    const page = await site.openPage(CHAPTER);
    await page.getByRole("radio", { name: "leaky ReLU" }).check();
    const slope = page.getByRole("textbox", { name: "Leaky slope for z < 0" });
    await slope.fill("-1");
    const message = page.locator(`${W} [data-slope-error]`);
    assert.equal(await message.isVisible(), true, "the bad slope is explained");
    // A plain press and release where the radio is, as a reader's click: nothing may move the
    // radio away between the two.
    const radio = page.getByRole("radio", { name: "z1 on an 8-bit canvas" });
    await radio.scrollIntoViewIfNeeded();
    const box = await radio.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    assert.equal(await radio.isChecked(), true, "the first click picked the radio");
    assert.equal(await slope.inputValue(), "0.1", "the slope field holds the good value again");
    await message.waitFor({ state: "hidden" });
    assert.equal(await slope.getAttribute("aria-invalid"), null);
    assertNoProblems(page);
    await page.close();
  });

  test("the canvas view draws grey levels only, with black where z1 ≤ 0", async () => {
    const page = await site.openPage(CHAPTER);
    await page.getByRole("radio", { name: "z1 on an 8-bit canvas" }).check();
    assert.match(await page.locator(`${W} [data-view-caption]`).textContent(), /ReLU/);
    const grey = await page.evaluate((w) => {
      const canvas = document.querySelector(`${w} [data-map][data-stage="view"] canvas`);
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let black = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] !== data[i + 1] || data[i] !== data[i + 2]) return -1;
        if (data[i] === 0) black++;
      }
      return black / (data.length / 4);
    }, W);
    assert.ok(grey >= 0, "every pixel is grey");
    const caption = await page.locator(`${W} [data-view-caption]`).textContent();
    const shown = Number(/([\d.]+) % of the pixels are black/.exec(caption)?.[1]);
    assert.ok(Math.abs(shown - grey * 100) < 0.06, `${shown} % is the share of black pixels`);
    await assertUrlMatches(page, /ba\.view=canvas/);
    await page.close();
  });

  test("the state round-trips through the URL; a foreign value falls back visibly", async () => {
    const page = await site.openPage(
      `${CHAPTER}#ba.kernel=laplacian&ba.bias=-0.25&ba.f=tanh&ba.view=a`,
    );
    assert.equal(await page.getByRole("combobox", { name: "Kernel w1" }).inputValue(), "laplacian");
    assert.equal(await page.getByRole("textbox", { name: "Bias b1, typed" }).inputValue(), "-0.25");
    assert.equal(await page.getByRole("radio", { name: "tanh" }).isChecked(), true);
    assert.equal(await page.getByRole("radio", { name: "f(z1)" }).isChecked(), true);
    assert.equal(await page.locator(`${W} [data-notice]`).isVisible(), false);
    await page.getByRole("combobox", { name: "Kernel w1" }).selectOption("outline");
    await assertUrlMatches(page, /ba\.kernel=outline/);
    await page.close();

    const foreign = await site.openPage(`${CHAPTER}#ba.f=softmax&ba.bias=1e9`);
    assert.equal(await foreign.locator(`${W} [data-notice]`).isVisible(), true);
    assert.equal(await foreign.getByRole("radio", { name: "ReLU, max(0, z)" }).isChecked(), true);
    assertNoProblems(foreign);
    await foreign.close();
  });

  test("without JavaScript the first frame is a full figure: maps, histogram and numbers", async () => {
    const page = await site.openPage(CHAPTER, { javaScriptEnabled: false });
    const images = page.locator(`${W} [data-map] img`);
    assert.equal(await images.count(), 5);
    assert.match(await images.nth(2).getAttribute("alt"), /z1 = s1 \+ b1: 64 × 64 grid/);
    assert.equal(await page.locator(`${W} svg[data-histogram] rect`).count(), 48);
    assert.match(await zeroText(page), /^ReLU sets [\d.]+ % of the units/);
    assert.equal(await page.getByRole("slider", { name: "Bias b1" }).isDisabled(), true);
    await page.close();
  });

  test("on a phone the widget fits the width and axe finds nothing", async () => {
    const page = await site.openPage(CHAPTER, { viewport: PHONE });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
    await page.getByRole("radio", { name: "leaky ReLU" }).check();
    const violations = await runAxe(page, { include: W });
    assert.equal(violations.length, 0, formatViolations(violations, "phone bias-activation"));
    await page.close();
  });
});
