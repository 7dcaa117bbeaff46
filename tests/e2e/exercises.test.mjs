// Browser tests of the printable worksheets and of the exercises the core checks, used as a
// reader would: by mouse and keyboard, in print media, without JavaScript and on a phone.
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

/** The answers of a chapter's exercises, read from its own <details> blocks. */
async function chapterAnswers(path) {
  const page = await site.openPage(path, { enhanceAll: false });
  const answers = await page.evaluate(() =>
    [...document.querySelectorAll("article li details")].map((d) => {
      const copy = /** @type {HTMLElement} */ (d.cloneNode(true));
      copy.querySelector("summary")?.remove();
      return copy.textContent.replace(/\s+/g, " ").trim();
    }),
  );
  await page.close();
  return answers;
}

const squash = (text) => text.replace(/\s+/g, " ");

describe("worksheets", () => {
  test("a chapter links to its worksheet and answer key, in its own language", async () => {
    for (const [lang, worksheet, header] of [
      ["en", "Printable worksheet", ["Name", "Date"]],
      ["ja", "印刷用ワークシート", ["学籍番号", "氏名"]],
    ]) {
      const page = await site.openPage(`${lang}/pipeline/`, { enhanceAll: false });
      const link = page.getByRole("link", { name: worksheet, exact: true });
      await link.click();
      await page.waitForURL(`**/${lang}/pipeline/worksheet/`);
      assert.equal(await page.locator("html").getAttribute("lang"), lang);
      assert.equal(
        (await page.getByRole("heading", { level: 1 }).textContent()).trim(),
        (await page.locator(".worksheet__tools a").first().textContent()).trim(),
        "the worksheet is titled after its chapter",
      );
      const asked = page.locator(".worksheet__who > span:not(.worksheet__blank)");
      assert.deepEqual(await asked.allTextContents(), header, "the header asks what classes ask");
      assertNoProblems(page);
      await page.close();
    }
  });

  test("printed, the worksheet shows every question with room to write and none of the answers", async () => {
    const answers = await chapterAnswers("en/pipeline/");
    assert.ok(answers.length >= 2, "the chapter has exercises");
    const page = await site.openPage("en/pipeline/worksheet/");
    await page.emulateMedia({ media: "print" });
    const items = page.locator(".worksheet__list > li");
    assert.equal(await items.count(), answers.length, "one numbered item per exercise");
    for (let i = 0; i < answers.length; i++) {
      assert.equal(await items.nth(i).isVisible(), true);
      assert.ok((await items.nth(i).locator("p").first().textContent()).length > 20);
      assert.equal((await items.nth(i).locator(".worksheet__space span").count()) > 0, true);
    }
    const printed = squash(await page.locator("main").innerText());
    for (const answer of answers)
      assert.equal(printed.includes(answer), false, `answer leaked: ${answer}`);
    assert.match(printed, /Name/);
    assert.match(printed, /Date/);
    assert.match(printed, /The chapter online: http:\/\/127\.0\.0\.1:\d+\/en\/pipeline\//);
    assert.equal(await page.locator(".site-header").isVisible(), false, "no site chrome");
    assert.equal(await page.locator(".worksheet__tools").isVisible(), false, "no screen links");
    const pdf = await page.pdf({ format: "A4" });
    assert.ok(pdf.length > 5_000, "chromium prints the worksheet");
    await page.close();
  });

  test("the answer key gives every answer of the chapter, numbered like the worksheet", async () => {
    const answers = await chapterAnswers("en/nielsen/");
    const page = await site.openPage("en/nielsen/answers/");
    await page.emulateMedia({ media: "print" });
    const items = page.locator(".worksheet__list > li");
    assert.equal(await items.count(), answers.length);
    for (let i = 0; i < answers.length; i++) {
      const text = squash(await items.nth(i).innerText());
      // The chapter shows each paragraph of an answer in its own <p>; compare the words.
      assert.ok(text.includes(answers[i].slice(0, 40)), `answer ${i + 1} is in item ${i + 1}`);
    }
    const violations = await runAxe(page, { include: "main" });
    assert.equal(violations.length, 0, formatViolations(violations, "answer key"));
    assertNoProblems(page);
    await page.close();
  });

  test("the chapters that had no worksheet now link to one, and it opens", async () => {
    for (const chapter of ["en/mechanics/", "en/kernel-methods/", "en/trained-network/"]) {
      const page = await site.openPage(chapter, { enhanceAll: false });
      const link = page.locator(".worksheet-links a").first();
      assert.equal(await link.count(), 1, `${chapter} links to its worksheet`);
      const worksheet = await site.openPage(
        new URL(await link.getAttribute("href"), page.url()).href,
      );
      assert.ok((await worksheet.locator(".worksheet__list > li").count()) >= 2, chapter);
      await worksheet.close();
      await page.close();
    }
  });
});

const EXERCISES = "en/exercises/";

/** Types a 3×3 kernel into the edge task, cell by cell, with the keyboard. */
async function typeKernel(page, kernel) {
  for (let i = 0; i < 9; i++) {
    const cell = page.getByRole("textbox", {
      name: `Kernel w1, row ${Math.floor(i / 3) + 1}, column ${(i % 3) + 1}`,
    });
    await cell.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(String(kernel[i]));
  }
}

const result = (page, tag) => page.locator(`${tag} [data-result]`);

describe("checked exercises", () => {
  test("the header menu links to the exercises page in both editions", async () => {
    for (const [lang, name] of [
      ["en", "Exercises checked in your browser"],
      ["ja", "ブラウザで確かめる演習"],
    ]) {
      const page = await site.openPage(`${lang}/`);
      await page.locator(".chapter-menu summary").click();
      await page.getByRole("link", { name, exact: true }).click();
      await page.waitForURL(`**/${lang}/exercises/`);
      assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), name);
      await page.close();
    }
  });

  test("edge task: the identity, Sobel y and Laplacian get their hints, Sobel x passes, all by keyboard", async () => {
    const page = await site.openPage(EXERCISES);
    const out = result(page, "edge-exercise");
    const canvas = page.locator("edge-exercise [data-stage='a1'] canvas");
    const before = await canvas.getAttribute("aria-label");
    // Enter in a field submits the task's form, which checks it.
    await page.getByRole("textbox", { name: "Kernel w1, row 2, column 2" }).press("Enter");
    assert.match(await out.textContent(), /^Not yet\. Flat regions light up too: .* sum to 1\)\./);

    await typeKernel(page, [-1, -2, -1, 0, 0, 0, 1, 2, 1]);
    assert.notEqual(await canvas.getAttribute("aria-label"), before, "a1 was redrawn");
    await page.getByRole("button", { name: "Check" }).first().click();
    assert.match(await out.textContent(), /lights up horizontal edges, not vertical ones/);

    await typeKernel(page, [0, 1, 0, 1, -4, 1, 0, 1, 0]);
    await page.keyboard.press("Enter");
    assert.match(await out.textContent(), /horizontal edges as well/);

    await typeKernel(page, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    await page.keyboard.press("Enter");
    assert.match(await out.textContent(), /Nothing lights up: every weight is 0/);

    await typeKernel(page, [-1, 0, 1, -2, 0, 2, -1, 0, 1]);
    await page.keyboard.press("Enter");
    const text = await out.textContent();
    assert.match(text, /^Correct\. Vertical edges light up \(up to 4\)/);
    assert.match(text, /Only edges that get brighter from left to right show: the ReLU cuts/);
    assert.equal(await out.getAttribute("role"), "status", "the verdict is announced");
    assertNoProblems(page);
    await page.close();
  });

  test("edge task: an emptied cell shows a message, keeps the last good kernel and is restored on blur", async () => {
    const page = await site.openPage(EXERCISES);
    const cell = page.getByRole("textbox", { name: "Kernel w1, row 2, column 2" });
    const canvas = page.locator("edge-exercise [data-stage='a1'] canvas");
    const before = await canvas.getAttribute("aria-label");
    await cell.fill("");
    assert.equal(await cell.getAttribute("aria-invalid"), "true");
    const error = page.locator("edge-exercise [data-error]");
    assert.match(await error.textContent(), /Type a number/);
    assert.equal(await canvas.getAttribute("aria-label"), before, "a1 keeps the last good kernel");
    await page.getByRole("button", { name: "Check" }).first().focus();
    assert.equal(await cell.inputValue(), "1", "the field shows the value still in use");
    assert.equal(await error.isHidden(), true, "the field holds a good value again: no message");
    assertNoProblems(page);
    await page.close();
  });

  test("bias task: following the hints up and down by mouse reaches a quarter of zeros", async () => {
    const page = await site.openPage(EXERCISES);
    const field = page.getByRole("textbox", { name: "Bias b1" });
    const check = page.locator("bias-exercise").getByRole("button", { name: "Check" });
    const out = result(page, "bias-exercise");
    await check.click();
    assert.match(await out.textContent(), /No unit is 0/);
    await field.fill("-5");
    await check.click();
    assert.match(await out.textContent(), /the map is dead/);
    // Bisection driven only by what the hints say.
    let [lo, hi] = [-1, 0];
    let text = "";
    for (let step = 0; step < 20; step++) {
      const mid = Math.round(((lo + hi) / 2) * 1e4) / 1e4;
      await field.fill(String(mid));
      await check.click();
      text = await out.textContent();
      if (text.startsWith("Correct.")) break;
      if (/more than a quarter\. Raise the bias/.test(text)) lo = mid;
      else if (/fewer than a quarter\. Lower the bias/.test(text)) hi = mid;
      else assert.fail(`unexpected verdict: ${text}`);
    }
    const share = Number(
      /^Correct\. ([\d.]+) % of the units of a1 are exactly 0\.$/.exec(text)?.[1],
    );
    assert.ok(share >= 23 && share <= 27, `accepted share ${share} %`);
    assertNoProblems(page);
    await page.close();
  });

  test("stage task: a1, F1 and no choice get their hints; z1 chosen by arrow keys passes", async () => {
    const page = await site.openPage(EXERCISES);
    const task = page.locator("stage-exercise");
    const check = task.getByRole("button", { name: "Check" });
    const out = result(page, "stage-exercise");
    await check.click();
    assert.match(await out.textContent(), /Choose one of the stages first/);
    await task.getByRole("radio", { name: /^a1 = ReLU/ }).check();
    await check.click();
    assert.match(await out.textContent(), /^Correct\. .*after the ReLU, the rectified map too/);
    await task.getByText("F1, the layer as a function").click();
    await check.click();
    assert.match(await out.textContent(), /F1 is what Nielsen calls “feature map”/);
    await task.getByRole("radio", { name: /^x, the input/ }).check();
    await check.click();
    assert.match(await out.textContent(), /^Not yet\. x is what .+ calls/);
    // Radio groups move with the arrow keys: x → s1 → z1.
    await task.getByRole("radio", { name: /^x, the input/ }).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    assert.equal(await task.getByRole("radio", { name: /^z1 = s1 \+ b1/ }).isChecked(), true);
    await page.keyboard.press("Enter");
    assert.match(
      await out.textContent(),
      /^Correct\. Karn’s bare feature map names one filter’s raw output/,
    );
    await task.getByRole("radio", { name: /^s1 = w1/ }).check();
    await check.click();
    assert.match(await out.textContent(), /^Correct\./, "his bias-free example fits s1 too");
    assertNoProblems(page);
    await page.close();
  });

  test("the Japanese page asks and answers in Japanese", async () => {
    const page = await site.openPage("ja/exercises/");
    assert.equal(
      await page.getByRole("heading", { level: 1 }).textContent(),
      "ブラウザで確かめる演習",
    );
    const checks = page.getByRole("button", { name: "答え合わせ" });
    assert.equal(await checks.count(), 3);
    await checks.first().click();
    assert.match(
      await result(page, "edge-exercise").textContent(),
      /^まだ違います。平らな領域も光っています。/,
    );
    await page.locator("stage-exercise").getByRole("radio", { name: /^p1/ }).check();
    await checks.nth(2).click();
    assert.match(
      await result(page, "stage-exercise").textContent(),
      /^まだ違います。p1は.+が「.+」と呼ぶもので、/,
    );
    await page.locator("stage-exercise").getByRole("radio", { name: /^z1/ }).check();
    await checks.nth(2).click();
    assert.match(
      await result(page, "stage-exercise").textContent(),
      /^正解です。Karnの修飾語のない特徴マップは/,
    );
    assertNoProblems(page);
    await page.close();
  });

  test("without JavaScript the tasks show their first frame, say that checking needs it, and offer no dead button", async () => {
    const page = await site.openPage(EXERCISES, { javaScriptEnabled: false });
    assert.equal(await page.locator("edge-exercise img").count(), 2, "x and a1 as images");
    assert.equal(await page.locator("bias-exercise img").count(), 2, "z1 and a1 as images");
    const notes = page.getByText("Checking an answer needs JavaScript");
    assert.equal(await notes.count(), 3);
    for (const button of await page.getByRole("button", { name: "Check" }).all()) {
      assert.equal(await button.isDisabled(), true);
    }
    await page.close();
  });

  test("on a phone the page does not scroll sideways, and axe finds nothing in the tasks", async () => {
    const page = await site.openPage(EXERCISES, { viewport: PHONE });
    assert.deepEqual(await findOverflowingElements(page), []);
    await page.getByRole("textbox", { name: "Bias b1" }).fill("");
    await page.locator("stage-exercise").getByRole("radio", { name: /^a1/ }).check();
    await page.locator("stage-exercise").getByRole("button", { name: "Check" }).click();
    const violations = await runAxe(page, { include: ".cx-list" });
    assert.equal(violations.length, 0, formatViolations(violations, "exercises on a phone"));
    assertNoProblems(page);
    await page.close();
  });
});
