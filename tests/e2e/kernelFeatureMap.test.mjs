// Browser tests of the kernel feature-map widget, used as a reader would: by mouse, keyboard and URL.
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

const site = useSite();

const CHAPTER = "en/kernel-methods/";
const W = "kernel-feature-map";
const verdict = (page) => page.locator(`${W} [data-verdict]`).textContent();

describe("kernel feature map", () => {
  test("choosing φ by keyboard changes the verdict, the 3-D picture and the URL", async () => {
    const page = await site.openPage(CHAPTER);
    const lift = page.getByRole("radio", { name: "φ(x) = (x1, x2, x1² + x2²)" });
    await lift.waitFor();
    assert.equal(await lift.isChecked(), true);
    assert.match(await verdict(page), /^Separated: yes, by the plane φ3 = /);
    const before = await page.locator(`${W} svg[data-plot3d]`).innerHTML();
    await lift.focus();
    await page.keyboard.press("ArrowLeft");
    assert.equal(await page.getByRole("radio", { name: /the identity/ }).isChecked(), true);
    assert.match(await verdict(page), /^Separated: no, no line can\. Inner-ring point \d+/);
    assert.equal(await page.locator(`${W} [data-key="witness"]`).isVisible(), true);
    assert.equal(await page.locator(`${W} svg[data-plot2d] .kf-witness`).count(), 1);
    assert.notEqual(await page.locator(`${W} svg[data-plot3d]`).innerHTML(), before);
    await assertUrlMatches(page, /kf\.phi=identity/);
    await page.getByRole("radio", { name: /polynomial kernel/ }).click();
    assert.match(await verdict(page), /^Separated: yes, by the plane φ1 \+ φ2 = /);
    assert.match(
      await page.locator(`${W} [data-line="kernel"]`).textContent(),
      /^k\(x, y\) = \(x·y\)²/,
    );
    assert.match(await page.locator(`${W} [data-status]`).textContent(), /polynomial/);
    assertNoProblems(page);
    await page.close();
  });

  test("the lifted view turns with the arrow keys", async () => {
    const page = await site.openPage(CHAPTER);
    const turn = page.getByRole("slider", { name: "Turn the lifted view" });
    const before = await page.locator(`${W} svg[data-plot3d]`).innerHTML();
    await turn.focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await turn.inputValue(), "35");
    assert.equal(await page.locator(`${W} [data-turn-value]`).textContent(), "35°");
    assert.notEqual(await page.locator(`${W} svg[data-plot3d]`).innerHTML(), before);
    await assertUrlMatches(page, /kf\.turn=35/);
    await page.close();
  });

  test("the lifted view turns as the mouse drags across it", async () => {
    const page = await site.openPage(CHAPTER);
    const turn = page.getByRole("slider", { name: "Turn the lifted view" });
    await page.waitForFunction(
      (w) => document.querySelector(`${w} svg[data-plot3d]`)?.classList.contains("kf__draggable"),
      W,
    );
    const plot = page.locator(`${W} svg[data-plot3d]`);
    await plot.scrollIntoViewIfNeeded();
    const before = await plot.innerHTML();
    const box = await plot.boundingBox();
    const y = box.y + box.height * 0.9;
    await page.mouse.move(box.x + box.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3 + 40, y, { steps: 8 });
    await page.mouse.up();
    // A degree per pixel from 30°.
    assert.equal(await turn.inputValue(), "70");
    assert.equal(await page.locator(`${W} [data-turn-value]`).textContent(), "70°");
    assert.notEqual(await plot.innerHTML(), before, "the picture turned");
    await assertUrlMatches(page, /kf\.turn=70/);
    assertNoProblems(page);
    await page.close();
  });

  test("clicking two points picks x then y, and both ways of computing k agree", async () => {
    const page = await site.openPage(CHAPTER);
    await page.locator(`${W} svg[data-plot2d]`).scrollIntoViewIfNeeded();
    const clickPoint = async (index) => {
      const box = await page.locator(`${W} svg[data-plot2d] [data-point="${index}"]`).boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    await clickPoint(10);
    assert.equal(await page.getByRole("textbox", { name: "Point x" }).inputValue(), "11");
    assert.equal(await page.getByRole("radio", { name: "y", exact: true }).isChecked(), true);
    await clickPoint(60);
    assert.equal(await page.getByRole("textbox", { name: "Point y" }).inputValue(), "61");
    assert.match(
      await page.locator(`${W} [data-line="point-y"]`).textContent(),
      /point 61 \(outer ring\)/,
    );
    const inner = await page.locator(`${W} [data-line="inner"]`).textContent();
    const kernel = await page.locator(`${W} [data-line="kernel"]`).textContent();
    assert.equal(inner.split(" = ").at(-1), kernel.split(" = ").at(-1), "the same value");
    assert.match(await page.locator(`${W} [data-line="agree"]`).textContent(), /agree/);
    await assertUrlMatches(page, /kf\.x=11/);
    await assertUrlMatches(page, /kf\.y=61/);
    await page.close();
  });

  test("points by number: buttons wrap around, bad numbers show a message and keep the pick", async () => {
    const page = await site.openPage(`${CHAPTER}#kf.x=80`);
    await page.getByRole("button", { name: "Next point for x" }).click();
    const x = page.getByRole("textbox", { name: "Point x" });
    assert.equal(await x.inputValue(), "1");
    await page.getByRole("button", { name: "Previous point for y" }).click();
    assert.equal(await page.getByRole("textbox", { name: "Point y" }).inputValue(), "44");
    const line = await page.locator(`${W} [data-line="point-x"]`).textContent();
    for (const bad of ["", "0", "81", "-3"]) {
      await x.fill(bad);
      assert.equal(await x.getAttribute("aria-invalid"), "true", `“${bad}” is refused`);
      assert.ok(
        (await page.locator(`${W} [data-which="x"] [data-error]`).textContent()).length > 10,
      );
      assert.equal(await page.locator(`${W} [data-line="point-x"]`).textContent(), line);
    }
    await x.press("Tab");
    assert.equal(await x.inputValue(), "1");
    await x.fill("7");
    assert.match(await page.locator(`${W} [data-line="point-x"]`).textContent(), /point 7/);
    assertNoProblems(page);
    await page.close();
  });

  test("the state round-trips through the URL; a foreign value falls back visibly", async () => {
    const page = await site.openPage(`${CHAPTER}#kf.phi=product&kf.turn=100&kf.x=5&kf.y=60`);
    assert.equal(
      await page.getByRole("radio", { name: "φ(x) = (x1, x2, x1·x2)" }).isChecked(),
      true,
    );
    assert.match(await verdict(page), /tetrahedron/);
    assert.equal(await page.locator(`${W} [data-turn-value]`).textContent(), "100°");
    assert.equal(await page.getByRole("textbox", { name: "Point x" }).inputValue(), "5");
    assert.equal(await page.getByRole("textbox", { name: "Point y" }).inputValue(), "60");
    assert.equal(await page.locator(`${W} [data-notice]`).isVisible(), false);
    await page.close();
    const foreign = await site.openPage(`${CHAPTER}#kf.phi=rbf&kf.turn=7`);
    assert.equal(await foreign.locator(`${W} [data-notice]`).isVisible(), true);
    assert.equal(
      await foreign.getByRole("radio", { name: "φ(x) = (x1, x2, x1² + x2²)" }).isChecked(),
      true,
    );
    assertNoProblems(foreign);
    await foreign.close();
  });

  test("without JavaScript both plots, the verdict and the numbers are there", async () => {
    const page = await site.openPage(CHAPTER, { javaScriptEnabled: false });
    assert.equal(await page.locator(`${W} svg[data-plot2d] .kf-dot`).count(), 80);
    assert.equal(await page.locator(`${W} svg[data-plot3d] .kf-dot`).count(), 80);
    assert.equal(await page.locator(`${W} svg[data-plot3d] .kf-plane`).count(), 1);
    assert.match(await verdict(page), /^Separated: yes/);
    assert.match(await page.locator(`${W} [data-line="agree"]`).textContent(), /agree/);
    assert.equal(
      await page.getByRole("slider", { name: "Turn the lifted view" }).isDisabled(),
      true,
    );
    assert.equal(
      (await page.locator(".katex").count()) > 0,
      true,
      "the math is rendered at build time",
    );
    await page.close();
  });

  test("on a phone the widget fits the width and axe finds nothing", async () => {
    const page = await site.openPage(CHAPTER, { viewport: PHONE });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
    const violations = await runAxe(page, { include: W });
    assert.equal(violations.length, 0, formatViolations(violations, "phone kernel-feature-map"));
    await page.close();
  });
});
