// Embedding figures in a teacher's page: each of the trained network's three views has an embed
// page and a citation of its own, and four figures pasted into a page on another origin, with
// the embed code the site gives, each get a frame as tall as the figure (no scrolling inside).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { DESKTOP, assertNoProblems, useSite } from "./harness.mjs";

const site = useSite();

const VIEWS = ["maps", "dead", "occlusion"];

const BUTTONS = { en: ["Embed", "Cite this figure"], ja: ["埋め込み", "この図を引用"] };

/** Opens the Embed and Cite panels of the figure `selector` on `page`; returns their text. */
async function figureTools(page, selector, lang = "en") {
  const tools = page.locator(`${selector} + .widget-toolbar`);
  for (const name of BUTTONS[lang]) await tools.getByRole("button", { name, exact: true }).click();
  return {
    code: await tools.locator("[data-embed-code]").inputValue(),
    text: await tools.locator("[data-cite-text]").inputValue(),
    bib: await tools.locator("[data-cite-bib]").inputValue(),
  };
}

describe("the trained network's three views", () => {
  test("each embeds and cites as itself, on its chapter page and on its own embed page", async () => {
    const page = await site.openPage("en/trained-network/");
    const keys = new Set();
    for (const [i, view] of VIEWS.entries()) {
      const { code, text, bib } = await figureTools(page, `trained-network[data-view="${view}"]`);
      assert.match(
        code,
        new RegExp(`src="http://127\\.0\\.0\\.1:\\d+/en/embed/trained-network-${view}/"`),
      );
      assert.match(
        text,
        new RegExp(
          `^The feature-maps-explained authors\\. “A trained network: [^”]+”, figure 10\\.${i + 1} in “A trained network”\\. Feature maps, explained, \\d{4}\\. http://127\\.0\\.0\\.1:\\d+/en/trained-network/#fig=trained-network-${view} \\(accessed \\d{4}-\\d\\d-\\d\\d\\)\\.$`,
        ),
      );
      keys.add(/^@misc\{([^,]+),/.exec(bib)[1]);
      const alone = await site.openPage(`en/embed/trained-network-${view}/`);
      assert.equal(await alone.locator(`trained-network[data-view="${view}"]`).count(), 1);
      const own = await figureTools(alone, "trained-network");
      assert.equal(own.text.replace(/\(accessed.*/, ""), text.replace(/\(accessed.*/, ""));
      assert.equal(own.bib.split("\n")[0], bib.split("\n")[0], "the same key on both pages");
      assertNoProblems(alone);
      await alone.close();
    }
    assert.equal(keys.size, 3, `three BibTeX keys: ${[...keys].join(", ")}`);
    assertNoProblems(page);
    await page.close();
  });

  test("in Japanese the citation takes the Japanese form", async () => {
    const page = await site.openPage("ja/trained-network/");
    const { text } = await figureTools(page, 'trained-network[data-view="dead"]', "ja");
    assert.match(
      text,
      /^feature-maps-explained執筆者一同「学習済みネットワーク：死んだフィルタ」（図10\.2）、『特徴マップとは何か』「.+」、\d{4}年。http:\S+#fig=trained-network-dead（\d{4}年\d+月\d+日閲覧）$/,
    );
    await page.close();
  });
});

describe("a teacher's page with four embedded figures", () => {
  test("each frame takes the height of its figure", async () => {
    const codes = [];
    const chapter = await site.openPage("en/trained-network/");
    for (const view of VIEWS) {
      codes.push((await figureTools(chapter, `trained-network[data-view="${view}"]`)).code);
    }
    await chapter.close();
    const mechanics = await site.openPage("en/mechanics/");
    codes.push((await figureTools(mechanics, "conv-arithmetic")).code);
    await mechanics.close();

    // The teacher's page, made of the codes exactly as copied, served by the test on an origin
    // of its own (another port; Chromium refuses a frame of a local address in a public page).
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title></head>
<body><h1>Lesson</h1>${codes.map((c) => `<section>${c}</section>`).join("\n")}</body></html>`;
    const teacher = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
    });
    await new Promise((resolve) => teacher.listen(0, "127.0.0.1", resolve));
    const lesson = `http://127.0.0.1:${teacher.address().port}/lesson/`;
    assert.notEqual(new URL(lesson).origin, site.origin);
    const context = await site.browser.newContext({ viewport: DESKTOP });
    context.setDefaultTimeout(30_000);
    const errors = [];
    const page = await context.newPage();
    page.on("pageerror", (err) => errors.push(String(err)));
    await page.goto(lesson);
    const frames = page.locator("iframe[data-fme-embed]");
    assert.equal(await frames.count(), 4);
    const heights = [];
    for (let i = 0; i < 4; i++) {
      const element = frames.nth(i);
      // Lazy frames load when near the viewport.
      await element.scrollIntoViewIfNeeded();
      const frame = await (await element.elementHandle()).contentFrame();
      await frame.waitForFunction(() =>
        customElements.get(document.querySelector(".widget")?.localName ?? ""),
      );
      // The frame's viewport is exactly its document's height: nothing scrolls inside it.
      await frame.waitForFunction(() => {
        const content = document.documentElement.getBoundingClientRect().height;
        return (
          Math.abs(innerHeight - content) <= 1 &&
          document.documentElement.scrollHeight <= innerHeight
        );
      });
      // The frame's box is that height too (read again if the figure was still settling).
      let box;
      let inner;
      for (let tries = 0; tries < 10; tries++) {
        box = await element.boundingBox();
        inner = await frame.evaluate(() => innerHeight);
        if (Math.abs(box.height - inner) <= 1) break;
        await page.waitForTimeout(200);
      }
      assert.ok(Math.abs(box.height - inner) <= 1, `frame ${i} box ${box.height} vs ${inner}`);
      // That height was set from the figure's message, not left at the 720 px fallback (the
      // attribute): the script set the frame's style. (A figure's own height varies a little
      // with the machine, may come close to 720 px, and may change again as it settles.)
      assert.match(await element.evaluate((f) => f.style.height), /^\d+px$/, `frame ${i}`);
      heights.push(Math.round(box.height));
    }
    // The figures differ in height.
    assert.ok(new Set(heights).size > 2, `${heights}`);
    assert.deepEqual(errors, []);
    await context.close();
    teacher.close();
  });
});

describe("the gallery", () => {
  test("shows a thumbnail of each figure: its build-time first frame, styled, no script run", async () => {
    const page = await site.openPage("en/gallery/");
    const thumbs = page.locator(".gallery__thumb iframe");
    const count = await thumbs.count();
    assert.equal(count, await page.locator(".gallery h2").count(), "one thumbnail per figure");
    for (let i = 0; i < count; i++) {
      const element = thumbs.nth(i);
      await element.scrollIntoViewIfNeeded();
      const frame = await (await element.elementHandle()).contentFrame();
      await frame.locator(".widget").waitFor();
      const state = await frame.evaluate(() => ({
        styled: getComputedStyle(document.body).marginTop === "0px",
        scripted: "js" in document.documentElement.dataset,
        toolbars: document.querySelectorAll(".widget-toolbar").length,
      }));
      const src = await element.getAttribute("src");
      assert.deepEqual(state, { styled: true, scripted: false, toolbars: 0 }, src);
    }
    assertNoProblems(page);
    await page.close();
  });
});
