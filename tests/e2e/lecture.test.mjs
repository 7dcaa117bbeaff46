// Browser tests of lecture mode (src/components/lecture): a teacher projects one figure of a
// chapter at a time, full screen, steps through the chapter's figures with the keys or the
// bar's buttons, and Escape brings back the page at that figure.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  PHONE,
  assertNoProblems,
  findOverflowingElements,
  formatViolations,
  runAxe,
  useSite,
} from "./harness.mjs";

const site = useSite();

// The mechanics chapter's figures, in reading order: the sliding window comes first.
const MECHANICS = [
  ["sliding-window", "Sliding window"],
  ["bias-activation", "Bias and activation"],
  ["channels-view", "Channels"],
  ["conv-arithmetic", "Convolution arithmetic"],
  ["trace-view", "Trace"],
];

/** What lecture mode shows now: the bar's line, the projected figure, the focus, the screen. */
function lectureState(page) {
  return page.evaluate(() => {
    const bar = document.querySelector(".lecture-bar");
    const figure = document.querySelector(".lecture-figure");
    const active = document.activeElement;
    return {
      open: document.documentElement.classList.contains("lecture-open"),
      barShown: bar !== null && !bar.hidden,
      line: bar?.querySelector("[data-lecture-position]")?.textContent ?? "",
      figure: figure?.localName ?? null,
      figures: document.querySelectorAll(".lecture-figure").length,
      focus: active?.closest(".lecture-bar") ? "bar" : (active?.localName ?? null),
      fullscreen: document.fullscreenElement !== null,
      inert: document.querySelectorAll("[inert]").length,
    };
  });
}

/** Waits until the bar's line about the figure shown contains `text`. */
function waitForLine(page, text) {
  return page.locator(".lecture-bar [data-lecture-position]").filter({ hasText: text }).waitFor();
}

/** Opens en/mechanics/ and lecture mode on its third figure, channels. */
async function openLectureOnChannels() {
  const page = await site.openPage("en/mechanics/");
  await page
    .locator("channels-view + .widget-toolbar")
    .getByRole("button", { name: "Lecture mode", exact: true })
    .click();
  await waitForLine(page, "Figure 3 of 5: Channels");
  return page;
}

describe("lecture mode", () => {
  test("entered by keyboard, steps through the chapter's figures, and Escape returns to the page", async () => {
    const page = await site.openPage("en/mechanics/");
    const open = page
      .locator("sliding-window + .widget-toolbar")
      .getByRole("button", { name: "Lecture mode", exact: true });
    await open.waitFor();
    await open.focus();
    assert.ok(await open.evaluate((b) => b === document.activeElement), "the button has focus");
    await page.keyboard.press("Enter");
    await waitForLine(page, "Figure 1 of 5: Sliding window");

    let state = await lectureState(page);
    assert.equal(state.figure, "sliding-window");
    assert.equal(state.focus, "sliding-window", "the projected figure itself has the focus");
    assert.ok(state.fullscreen, "the page went full screen");
    const box = await page.locator("sliding-window").boundingBox();
    const bar = await page.locator(".lecture-bar").boundingBox();
    const viewport = page.viewportSize();
    assert.deepEqual([box.x, box.y, box.width], [0, 0, viewport.width], "it fills the width");
    assert.ok(Math.abs(box.y + box.height - bar.y) <= 1, "and the height above the bar");
    assert.ok(Math.abs(bar.y + bar.height - viewport.height) <= 1, "the bar ends the screen");
    assert.ok(
      await page.locator("sliding-window > figure").evaluate((f) => getComputedStyle(f).zoom > 1),
      "a wide screen shows the figure larger",
    );
    assert.ok(
      await page
        .locator("sliding-window")
        .evaluate(
          (w) => w.scrollWidth <= w.clientWidth && getComputedStyle(w.firstElementChild).zoom <= 2,
        ),
      "as large as the width allows, with no sideways scroll",
    );
    assert.ok(
      await page
        .locator("sliding-window + .widget-toolbar")
        .evaluate((t) => t.closest("[inert]") !== null),
      "the rest of the page is inert",
    );

    // The sliding window's own keys and buttons still step the window, not the figures.
    const windowAt = () => page.locator("sliding-window [data-position]").textContent();
    const before = await windowAt();
    await page.locator("sliding-window [data-keys]").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(
      (text) => document.querySelector("sliding-window [data-position]").textContent !== text,
      before,
    );
    const moved = await windowAt();
    const stepForward = page.getByRole("button", { name: "Step forward" });
    await stepForward.click();
    await page.waitForFunction(
      (text) => document.querySelector("sliding-window [data-position]").textContent !== text,
      moved,
    );
    // A control of the figure that does not use the arrows does not pass them on either.
    await stepForward.focus();
    await page.keyboard.press("ArrowRight");
    state = await lectureState(page);
    assert.equal(state.figure, "sliding-window", "arrows inside the figure are the figure's");
    assert.equal(state.line, "Figure 1 of 5: Sliding window");

    // On the frame, the arrows and the page keys step through the chapter's figures.
    await page.locator("sliding-window").focus();
    await page.keyboard.press("ArrowLeft");
    state = await lectureState(page);
    assert.equal(state.figure, "sliding-window", "no figure before the first");
    for (const [i, [tag, title]] of MECHANICS.entries()) {
      if (i === 0) continue;
      await page.keyboard.press(i % 2 ? "ArrowRight" : "PageDown");
      await waitForLine(page, `Figure ${i + 1} of 5: ${title}`);
      state = await lectureState(page);
      assert.equal(state.figure, tag);
      assert.equal(state.figures, 1, "one figure at a time");
      assert.equal(state.focus, tag, "the focus follows the figure");
    }
    await page.keyboard.press("PageUp");
    await waitForLine(page, "Figure 4 of 5: Convolution arithmetic");
    await page.keyboard.press("ArrowRight");
    await waitForLine(page, "Figure 5 of 5: Trace");
    await page.keyboard.press("ArrowRight");
    assert.equal((await lectureState(page)).figure, "trace-view", "no figure after the last");
    const next = page.locator(".lecture-bar").getByRole("button", { name: "Next figure" });
    assert.equal(await next.getAttribute("aria-disabled"), "true");

    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.activeElement?.dataset.action === "lecture");
    state = await lectureState(page);
    assert.deepEqual(
      [state.open, state.barShown, state.figures, state.fullscreen, state.inert],
      [false, false, 0, false, 0],
      "the page is back as it was",
    );
    const back = page.locator("trace-view + .widget-toolbar [data-action='lecture']");
    assert.ok(
      await back.evaluate((b) => b === document.activeElement),
      "the focus is on the Lecture mode button of the figure last shown",
    );
    const shown = await back.boundingBox();
    assert.ok(shown.y >= 0 && shown.y + shown.height <= viewport.height, "and it is in view");
    assert.equal(
      await page.locator("sliding-window").evaluate((w) => getComputedStyle(w).position),
      "static",
    );
    assertNoProblems(page);
    await page.close();
  });

  test("Japanese, dark theme, phone: the bar's buttons step and close, nothing overflows", async () => {
    const page = await site.openPage("ja/mechanics/", {
      viewport: PHONE,
      colorScheme: "dark",
      reducedMotion: "reduce",
    });
    await page
      .locator("bias-activation + .widget-toolbar")
      .getByRole("button", { name: "講義モード", exact: true })
      .click();
    await waitForLine(page, "図2／5：バイアスと活性化関数");
    const bar = page.locator(".lecture-bar");
    assert.equal(await bar.getAttribute("aria-label"), "講義モード");
    assert.deepEqual(await findOverflowingElements(page), [], "nothing sticks out sideways");
    assert.equal(
      await page.locator("bias-activation > figure").evaluate((f) => getComputedStyle(f).zoom),
      "1",
      "a phone keeps the figure's own size",
    );
    assert.equal(
      await page
        .locator("bias-activation > figure")
        .evaluate((f) => getComputedStyle(f).animationName),
      "none",
      "no fade for a reader who asks for less motion",
    );
    const [paper, ink] = await bar.evaluate((b) => {
      const style = getComputedStyle(b);
      return [style.backgroundColor, style.color];
    });
    const light = (rgb) =>
      rgb
        .match(/\d+/g)
        .slice(0, 3)
        .map(Number)
        .reduce((a, b) => a + b);
    assert.ok(light(paper) < light(ink), `dark theme: ${ink} on ${paper}`);
    const violations = await runAxe(page, { include: ".lecture-bar" });
    assert.equal(violations.length, 0, formatViolations(violations, "the lecture bar"));

    await bar.getByRole("button", { name: "前の図" }).click();
    await waitForLine(page, "図1／5：スライディングウィンドウ");
    await bar.getByRole("button", { name: "次の図" }).click();
    await bar.getByRole("button", { name: "次の図" }).click();
    await waitForLine(page, "図3／5：");
    assert.equal((await lectureState(page)).figure, "channels-view");
    await bar.getByRole("button", { name: "閉じる" }).click();
    await page.waitForFunction(() => document.activeElement?.dataset.action === "lecture");
    assert.ok(
      await page
        .locator("channels-view + .widget-toolbar [data-action='lecture']")
        .evaluate((b) => b === document.activeElement),
      "the focus returns to the figure shown last",
    );
    assert.equal((await lectureState(page)).inert, 0);
    assertNoProblems(page);
    await page.close();
  });

  test("the address names the figure shown: reloaded, lecture mode opens on it again", async () => {
    const page = await openLectureOnChannels();
    await page.keyboard.press("ArrowRight");
    await waitForLine(page, "Figure 4 of 5: Convolution arithmetic");
    const hash = () => page.evaluate(() => location.hash);
    assert.match(await hash(), /^#fig=conv-arithmetic&lecture=1$/);

    await page.reload();
    await waitForLine(page, "Figure 4 of 5: Convolution arithmetic");
    const state = await lectureState(page);
    assert.equal(state.figure, "conv-arithmetic");
    assert.equal(state.focus, "conv-arithmetic", "the keys step from it at once");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.documentElement.classList.contains("lecture-open"));
    assert.equal(await hash(), "#fig=conv-arithmetic", "closed, the address still names it");
    assertNoProblems(page);
    await page.close();
  });

  test("printing in lecture mode prints the page, not the projection", async () => {
    const page = await openLectureOnChannels();
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => ({
      figure: getComputedStyle(document.querySelector("channels-view")).position,
      bar: getComputedStyle(document.querySelector(".lecture-bar")).display,
    }));
    assert.deepEqual(printed, { figure: "static", bar: "none" });
    await page.close();
  });

  test("an embedded figure offers no lecture mode in its frame, but does on its own page", async () => {
    const page = await site.openPage("en/embed/sliding-window/");
    const tools = page.locator("sliding-window + .widget-toolbar");
    await tools.getByRole("button", { name: "Lecture mode", exact: true }).click();
    await waitForLine(page, "Figure 1 of 1: Sliding window");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.documentElement.classList.contains("lecture-open"));

    await page.setContent(`<iframe src="${site.url}en/embed/sliding-window/"></iframe>`);
    const frame = page.frameLocator("iframe");
    await frame.getByRole("button", { name: "Embed", exact: true }).waitFor();
    assert.equal(await frame.locator("[data-action='lecture']").count(), 0);
    await page.close();
  });
});
