// Browser tests of the widgets, used as a reader would: by mouse, keyboard and URL.
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

const site = useSite({ widgets: ["pipeline-explorer", "term-lens"] });

const CHAPTER = "en/pipeline/";

/** A fingerprint of a canvas's pixels, to tell whether a map was redrawn with new values. */
function pixels(page, stage, k) {
  return page.evaluate(
    ([s, i]) => {
      const canvas = document.querySelector(
        `pipeline-explorer .pe__map[data-stage="${s}"][data-k="${i}"] canvas`,
      );
      if (!(canvas instanceof HTMLCanvasElement)) return null;
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let hash = 0;
      for (let j = 0; j < data.length; j++) hash = (hash * 31 + data[j]) >>> 0;
      return hash;
    },
    [stage, k],
  );
}

describe("pipeline explorer", () => {
  test("editing a kernel cell redraws that filter's maps and layer 2, and nothing else", async () => {
    const page = await site.openPage(CHAPTER);
    const cell = page.getByRole("textbox", { name: "Conv1 filter 1, row 1, column 2" });
    await cell.waitFor();
    assert.equal(await cell.isEnabled(), true, "the widget enhanced its controls");
    const before = {
      s1: await pixels(page, "s1", 0),
      a1: await pixels(page, "a1", 0),
      z2: await pixels(page, "z2", 0),
      // Map 2's numbers, not its pixels: all maps of a stage share one colour scale, so a
      // wider range in map 1 recolours map 2 although its values stay the same.
      other: await page.locator('pipeline-explorer tr[data-row="s1-1"]').textContent(),
      own: await page.locator('pipeline-explorer tr[data-row="s1-0"]').textContent(),
    };
    assert.notEqual(before.s1, null, "the maps are canvases after enhancement");
    await cell.fill("3");
    assert.notEqual(await pixels(page, "s1", 0), before.s1, "s1 map 1 changed");
    assert.notEqual(await pixels(page, "a1", 0), before.a1, "a1 map 1 changed");
    assert.notEqual(await pixels(page, "z2", 0), before.z2, "layer 2 changed");
    const row = (k) => page.locator(`pipeline-explorer tr[data-row="s1-${k}"]`).textContent();
    assert.equal(await row(1), before.other, "s1 map 2's values did not change");
    assert.notEqual(await row(0), before.own, "s1 map 1's values did change");
    const preset = page.getByRole("combobox", { name: "Preset for conv1 filter 1" });
    assert.equal(await preset.inputValue(), "", "the preset menu shows the kernel was edited");
    assert.match(await page.locator("pipeline-explorer [data-status]").textContent(), /filter 1/);
    assertNoProblems(page);
    await page.close();
  });

  test("a bias edit changes z1 and a1 but not s1", async () => {
    const page = await site.openPage(CHAPTER);
    const bias = page.getByRole("textbox", { name: "Bias of conv1 filter 4" });
    const s1 = await pixels(page, "s1", 3);
    const z1 = await pixels(page, "z1", 3);
    const a1 = await pixels(page, "a1", 3);
    await bias.fill("0.2");
    assert.equal(await pixels(page, "s1", 3), s1);
    assert.notEqual(await pixels(page, "a1", 3), a1);
    // z1's colours are relative to the stage's own scale, so check its legend moved instead.
    const legend = await page.locator('pipeline-explorer [data-legend="z1"]').textContent();
    assert.ok(z1 !== (await pixels(page, "z1", 3)) || legend, "z1 was redrawn");
    await page.close();
  });

  test("invalid entries show a message, keep the last good value and never show NaN", async () => {
    const page = await site.openPage(CHAPTER);
    const cell = page.getByRole("textbox", { name: "Conv1 filter 2, row 3, column 3" });
    const before = await pixels(page, "s1", 1);
    // Every prefix of these is either invalid or the current value 1, so the maps must not move.
    for (const bad of ["", "-", "--", ".", "-.", "1e999", "1e-"]) {
      // Typed key by key, as a reader would; a number field refuses fill() of partial text.
      await cell.fill("");
      if (bad) await cell.pressSequentially(bad);
      assert.equal(await cell.getAttribute("aria-invalid"), "true", `“${bad}” is refused`);
      const message = page.locator('pipeline-explorer fieldset[data-filter="1"] [data-error]');
      assert.equal(await message.isVisible(), true);
      assert.ok((await message.textContent()).length > 10, "the message says what to do");
      assert.equal(await pixels(page, "s1", 1), before, "the maps keep the last good value");
    }
    await cell.press("Tab");
    assert.equal(await cell.inputValue(), "1", "leaving the field restores the last good value");
    const text = await page.locator("pipeline-explorer").innerText();
    assert.doesNotMatch(text, /NaN|Infinity/);
    assertNoProblems(page);
    await page.close();
  });

  test("a preset and another sample image can be chosen with the keyboard", async () => {
    const page = await site.openPage(CHAPTER);
    const preset = page.getByRole("combobox", { name: "Preset for conv1 filter 3" });
    const before = await pixels(page, "s1", 2);
    await preset.focus();
    await preset.selectOption("box-blur");
    assert.notEqual(await pixels(page, "s1", 2), before);
    const centre = page.getByRole("textbox", { name: "Conv1 filter 3, row 2, column 2" });
    assert.equal(Number(await centre.inputValue()).toFixed(3), (1 / 9).toFixed(3));
    const x = await pixels(page, "x", 0);
    await page.getByRole("combobox", { name: "Input image" }).selectOption("shapes");
    assert.notEqual(await pixels(page, "x", 0), x, "the input changed");
    await page.close();
  });

  test("each sample photograph is downloaded when chosen and redraws the input", async () => {
    const page = await site.openPage(CHAPTER);
    const fetched = [];
    page.on("request", (req) => fetched.push(new URL(req.url()).pathname));
    const menu = page.getByRole("combobox", { name: "Input image" });
    let x = await pixels(page, "x", 0);
    for (const id of ["coffee", "astronaut", "chelsea"]) {
      await menu.selectOption(id);
      await page.waitForFunction(
        ([before]) => {
          const canvas = document.querySelector(
            'pipeline-explorer .pe__map[data-stage="x"][data-k="0"] canvas',
          );
          const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
          let hash = 0;
          for (let j = 0; j < data.length; j++) hash = (hash * 31 + data[j]) >>> 0;
          return hash !== before;
        },
        [x],
      );
      x = await pixels(page, "x", 0);
    }
    assert.ok(fetched.includes("/samples/coffee.bin"), fetched.join(", "));
    assert.ok(fetched.includes("/samples/astronaut.bin"), fetched.join(", "));
    assertNoProblems(page);
    await page.close();
  });

  test("a sample photograph that cannot be downloaded is reported, and the maps stay", async () => {
    const page = await site.openPage(CHAPTER);
    await page.route("**/samples/coffee.bin", (route) => route.fulfill({ status: 404 }));
    const x = await pixels(page, "x", 0);
    const menu = page.getByRole("combobox", { name: "Input image" });
    await menu.selectOption("coffee");
    const message = page.locator("pipeline-explorer [data-file-message]");
    await message.filter({ hasText: "could not be downloaded (HTTP 404)" }).waitFor();
    assert.equal(await message.getAttribute("data-error"), "");
    assert.equal(await menu.inputValue(), "chelsea", "the menu names the input still shown");
    assert.equal(await pixels(page, "x", 0), x);
    await page.close();
  });

  test("if its first photograph cannot be downloaded, the explorer keeps its first frame and says why", async () => {
    const page = await site.openPage(CHAPTER);
    await page.route("**/samples/chelsea.bin", (route) => route.fulfill({ status: 404 }));
    await page.reload();
    // The explorer is defined (and fetches its photograph) once it comes near the viewport.
    await page.locator("pipeline-explorer").scrollIntoViewIfNeeded();
    const message = page.locator("pipeline-explorer .figure-alert");
    await message.waitFor({ state: "attached" });
    assert.match(await message.innerText(), /could not be downloaded \(HTTP 404\)/);
    assert.equal(await message.getAttribute("role"), "alert");
    const menu = page.getByRole("combobox", { name: "Input image" });
    assert.equal(await menu.isDisabled(), true, "the first frame's controls stay disabled");
    await page.close();
  });

  test("the whole explorer state round-trips through the URL; a broken hash falls back visibly", async () => {
    const page = await site.openPage(CHAPTER);
    await page.getByRole("textbox", { name: "Conv1 filter 2, row 1, column 1" }).fill("2.5");
    await page.getByRole("textbox", { name: "Bias of conv1 filter 3" }).fill("-0.75");
    await page.getByRole("combobox", { name: "Input image" }).selectOption("coffee");
    // The photograph is downloaded first; the URL names it once it is shown (its credit with it).
    await page.locator("pipeline-explorer [data-credit]").filter({ hasText: "Michetti" }).waitFor();
    const url = page.url();
    assert.match(url, /pe\.w1\.2=2\.5(%2C|,)/);
    const maps = await pixels(page, "a2", 0);
    await page.close();
    const again = await site.openPage(url);
    assert.equal(
      await again.getByRole("textbox", { name: "Conv1 filter 2, row 1, column 1" }).inputValue(),
      "2.5",
    );
    assert.equal(
      await again.getByRole("textbox", { name: "Bias of conv1 filter 3" }).inputValue(),
      "-0.75",
    );
    assert.equal(await again.getByRole("combobox", { name: "Input image" }).inputValue(), "coffee");
    assert.equal(await pixels(again, "a2", 0), maps, "the link reproduces the same maps");
    assert.equal(await again.locator("pipeline-explorer [data-notice]").isVisible(), false);
    await again.close();
    const broken = await site.openPage(`${CHAPTER}#pe.w1.1=1,2&pe.b1=x&pe.x=%E0%A4`);
    assert.equal(await broken.locator("pipeline-explorer [data-notice]").isVisible(), true);
    assert.doesNotMatch(await broken.locator("pipeline-explorer").innerText(), /NaN|Infinity/);
    assertNoProblems(broken);
    await broken.close();
  });

  test("without JavaScript the figure is pre-rendered with every map as an image", async () => {
    const page = await site.openPage(CHAPTER, { javaScriptEnabled: false });
    // Pooling is off by default: p1 and p2 are in the page, but not shown.
    const images = page.locator("pipeline-explorer .pe__map img").filter({ visible: true });
    assert.equal(await images.count(), 1 + 4 * 3 + 2 * 2);
    const alt = await images.nth(2).getAttribute("alt");
    assert.match(alt, /z1 = s1 \+ b1, map 1: 64 × 64 grid/);
    const loaded = await images.evaluateAll((imgs) => imgs.every((i) => i.naturalWidth === 64));
    assert.equal(loaded, true);
    await page.close();
  });

  test("max pooling can be switched on: p1 and p2 appear, layer 2 reads p1, and the URL keeps it", async () => {
    const page = await site.openPage(CHAPTER);
    const p1 = page.locator('pipeline-explorer .pe__map[data-stage="p1"][data-k="0"] canvas');
    assert.equal(await p1.isVisible(), false, "no p1 without pooling");
    const pooling = page.getByRole("checkbox", { name: /max pooling after each ReLU/ });
    await pooling.check();
    await p1.waitFor();
    const size = (stage) =>
      page
        .locator(`pipeline-explorer .pe__map[data-stage="${stage}"][data-k="0"] canvas`)
        .evaluate((c) => `${c.width}×${c.height}`);
    assert.equal(await size("p1"), "32×32");
    assert.equal(await size("z2"), "32×32", "layer 2 reads the pooled p1");
    assert.equal(await size("p2"), "16×16");
    const z2Head = page.locator('pipeline-explorer .pe__col-head[data-stage="z2"]');
    assert.match(await z2Head.textContent(), /z2 = w2 ∗ p1 \+ b2/);
    await assertUrlMatches(page, /pe\.pool=max/);
    const again = await site.openPage(page.url());
    await again.locator('pipeline-explorer .pe__map[data-stage="p2"] canvas').first().waitFor();
    assert.equal(
      await again.getByRole("checkbox", { name: /max pooling after each ReLU/ }).isChecked(),
      true,
    );
    await again.close();
    await pooling.uncheck();
    await p1.waitFor({ state: "hidden" });
    assert.equal(await size("z2"), "64×64");
    assert.match(await z2Head.textContent(), /z2 = w2 ∗ a1 \+ b2/);
    assert.doesNotMatch(page.url(), /pe\.pool/);
    assertNoProblems(page);
    await page.close();
  });

  test("scale choice: a shared scale fades the other filters' maps; own scales keep them, in the legend and the URL", async () => {
    const page = await site.openPage(CHAPTER);
    const cell = page.getByRole("textbox", { name: "Conv1 filter 1, row 1, column 2" });
    const note = page.locator('pipeline-explorer .pe__col-head[data-stage="s1"] [data-scale-note]');
    // Shared (the default): a large weight in filter 1 widens s1's scale, so map 2 fades.
    assert.match(await note.textContent(), /One scale for all maps/);
    let other = await pixels(page, "s1", 1);
    await cell.fill("30");
    assert.notEqual(await pixels(page, "s1", 1), other, "shared: map 2 was recoloured");
    await cell.fill("0");
    await page.getByRole("combobox", { name: "Colour scale" }).selectOption("map");
    await note.filter({ hasText: "Own scale per map" }).waitFor();
    await assertUrlMatches(page, /pe\.scale=map/);
    const ticks = page.locator('pipeline-explorer [data-legend="s1"] .legend__ticks');
    assert.equal(await ticks.isVisible(), false, "no stage-wide numbers under an own scale");
    other = await pixels(page, "s1", 1);
    const own = await pixels(page, "s1", 0);
    await cell.fill("30");
    assert.notEqual(await pixels(page, "s1", 0), own, "map 1 itself changed");
    assert.equal(await pixels(page, "s1", 1), other, "own: map 2 kept its colours");
    const again = await site.openPage(page.url());
    assert.equal(await again.getByRole("combobox", { name: "Colour scale" }).inputValue(), "map");
    await again.close();
    assertNoProblems(page);
    await page.close();
  });

  test("the maps fill the figure's width and kernel cells show their whole value (0.0625)", async () => {
    for (const viewport of [undefined, PHONE]) {
      const page = await site.openPage(CHAPTER, viewport ? { viewport } : {});
      const cell = page.getByRole("textbox", { name: "Conv1 filter 4, row 1, column 1" });
      await cell.waitFor();
      assert.equal(await cell.inputValue(), "0.0625");
      const fits = await cell.evaluate((el) => el.scrollWidth <= el.clientWidth);
      assert.equal(fits, true, `0.0625 fits its cell at ${viewport?.width ?? 1280} px`);
      const gap = await page.evaluate(() => {
        const figure = document.querySelector("pipeline-explorer .pe");
        const last = document.querySelector('pipeline-explorer .pe__map[data-stage="a1"] canvas');
        const inner =
          figure.getBoundingClientRect().right - parseFloat(getComputedStyle(figure).paddingRight);
        return inner - last.getBoundingClientRect().right;
      });
      assert.ok(gap <= 2, `the last map column ends ${gap} px before the figure's edge`);
      await page.close();
    }
  });

  test("on a phone the explorer fits the width and has no axe violations", async () => {
    const page = await site.openPage(CHAPTER, { viewport: PHONE });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
    const violations = await runAxe(page, { include: "pipeline-explorer" });
    assert.equal(violations.length, 0, formatViolations(violations, "phone explorer"));
    await page.close();
  });
});

describe("own input", () => {
  // A 2×2 PNG (white, black / black, white), made once with the site's own PNG encoder.
  const PNG_2x2 = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4nGP4////fwYGBhBmALH/AwBWuwn3hZuWFgAAAABJRU5ErkJggg==",
    "base64",
  );

  test("drawing with the mouse and the keyboard changes x and every map after it", async () => {
    const page = await site.openPage(CHAPTER);
    await page.getByRole("button", { name: "Draw on the input" }).click();
    const x = await pixels(page, "x", 0);
    const z1 = await pixels(page, "z1", 0);
    const canvas = page.locator('pipeline-explorer .pe__map[data-stage="x"] canvas');
    const box = await canvas.boundingBox();
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 5, box.y + box.height - 5, { steps: 10 });
    await page.mouse.up();
    assert.notEqual(await pixels(page, "x", 0), x, "the stroke is drawn");
    assert.notEqual(await pixels(page, "z1", 0), z1, "z1 follows the new input");
    assert.equal(await page.getByRole("combobox", { name: "Input image" }).inputValue(), "own");
    await canvas.focus();
    const before = await pixels(page, "a1", 0);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Shift+Space");
    assert.notEqual(await pixels(page, "a1", 0), before, "keyboard painting changes a1");
    assertNoProblems(page);
    await page.close();
  });

  test("a loaded image becomes the input; bad files get a message and the input stays", async () => {
    const page = await site.openPage(CHAPTER);
    const file = page.getByLabel("Load an image file");
    const message = page.locator("pipeline-explorer [data-file-message]");
    const x = await pixels(page, "x", 0);
    const bad = [
      [{ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") }, /not an image/],
      [{ name: "empty.png", mimeType: "image/png", buffer: Buffer.alloc(0) }, /empty/],
      [
        {
          name: "evil.svg",
          mimeType: "image/svg+xml",
          buffer: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
          ),
        },
        /SVG/,
      ],
      [
        { name: "broken.png", mimeType: "image/png", buffer: Buffer.from("not a png") },
        /could not read/,
      ],
    ];
    for (const [payload, expected] of bad) {
      await file.setInputFiles(payload);
      await page.waitForFunction((el) => el.textContent.length > 0, await message.elementHandle());
      assert.match(await message.textContent(), expected, payload.name);
      assert.equal(await pixels(page, "x", 0), x, `${payload.name} leaves the input as it was`);
      await page.evaluate((el) => (el.textContent = ""), await message.elementHandle());
    }
    await file.setInputFiles({ name: "checker.png", mimeType: "image/png", buffer: PNG_2x2 });
    await page.waitForFunction(
      (el) => /Loaded/.test(el.textContent),
      await message.elementHandle(),
    );
    assert.notEqual(await pixels(page, "x", 0), x, "the loaded image replaced the input");
    assertNoProblems(page);
    await page.close();
  });
});

describe("term lens", () => {
  const stagesOf = (page, slot) =>
    page.$$eval(`term-lens .lens__stage[data-${slot}]`, (cards) =>
      cards.map((c) => c.getAttribute("data-stage")).sort(),
    );

  test("choosing a source with the mouse highlights exactly its stages, with its own words", async () => {
    const page = await site.openPage(CHAPTER);
    await page.getByRole("button", { name: "Zeiler & Fergus" }).click();
    assert.deepEqual(await stagesOf(page, "primary"), ["a1", "p1", "w1", "x", "z1"]);
    const z1 = page.locator('term-lens .lens__stage[data-stage="z1"] [data-badge="primary"]');
    assert.match(await z1.textContent(), /Feature Maps/);
    const a1 = page.locator('term-lens .lens__stage[data-stage="a1"] [data-badge="primary"]');
    assert.match(await a1.textContent(), /Rectified Feature Maps/);
    assert.equal(
      await page.getByRole("button", { name: "Zeiler & Fergus" }).getAttribute("aria-pressed"),
      "true",
    );
    await assertUrlMatches(page, /#tl\.lens=zeiler-fergus/);
    assert.match(await page.locator("term-lens [data-status]").textContent(), /Zeiler & Fergus/);
    assertNoProblems(page);
    await page.close();
  });

  test("choosing a source with the keyboard works and shows a verified quote verbatim", async () => {
    const page = await site.openPage(CHAPTER);
    const nielsen = page.getByRole("button", { name: "Nielsen" });
    await nielsen.focus();
    await page.keyboard.press("Enter");
    assert.deepEqual(await stagesOf(page, "primary"), ["F1", "a1", "b1", "p1", "w1"]);
    const panel = page.locator('term-lens [data-panel="primary"]');
    assert.match(await panel.textContent(), /The nomenclature is being used loosely here\./);
    await page.getByRole("button", { name: "Goodfellow et al." }).focus();
    await page.keyboard.press("Space");
    // §9.1's feature map s1, the kernel w1, and §9.3's linear activations with §9.5's bias term.
    assert.deepEqual(await stagesOf(page, "primary"), ["b1", "s1", "w1", "z1"]);
    await page.close();
  });

  test("pinning a second source compares two authors in two styles", async () => {
    const page = await site.openPage(CHAPTER);
    await page.getByRole("button", { name: "Karn", exact: true }).click();
    await page.getByRole("combobox", { name: "Compare with" }).selectOption("cs231n-convnets");
    assert.deepEqual(await stagesOf(page, "primary"), ["a1", "s1", "w1", "z1"]);
    assert.deepEqual(await stagesOf(page, "pinned"), ["w1", "z1"]);
    assert.equal(await page.locator('term-lens [data-panel="pinned"]').isVisible(), true);
    await assertUrlMatches(page, /tl\.lens=karn/);
    await assertUrlMatches(page, /tl\.pin=cs231n-convnets/);
    await page.close();
  });

  test("the lens state round-trips through the URL, and a foreign hash falls back visibly", async () => {
    // The prefixed keys, and the unprefixed ones of links shared before the prefix.
    for (const hash of ["#tl.lens=d2l&tl.pin=goodfellow", "#lens=d2l&pin=goodfellow"]) {
      const page = await site.openPage(`${CHAPTER}${hash}`);
      assert.equal(
        await page
          .getByRole("button", { name: "Dive into Deep Learning" })
          .getAttribute("aria-pressed"),
        "true",
        hash,
      );
      assert.deepEqual(await stagesOf(page, "pinned"), ["b1", "s1", "w1", "z1"], hash);
      assert.equal(await page.locator("term-lens [data-notice]").isVisible(), false, hash);
      // A change writes the prefixed keys only.
      await page.getByRole("combobox", { name: "Compare with" }).selectOption("karn");
      const url = new URL(page.url());
      assert.equal(url.hash, "#tl.lens=d2l&tl.pin=karn", hash);
      await page.close();
    }
    const foreign = await site.openPage(`${CHAPTER}#tl.lens=%E0%A4&tl.pin=nobody`);
    assert.equal(await foreign.locator("term-lens [data-notice]").isVisible(), true);
    assert.equal((await foreign.locator("term-lens .lens__stage[data-primary]").count()) > 0, true);
    assertNoProblems(foreign);
    await foreign.close();
  });

  test("on the explorer's page the lens pictures the explorer's network, as the reader sets it", async () => {
    const page = await site.openPage(CHAPTER);
    const thumb = (stage) => page.locator(`term-lens img[data-thumb="${stage}"]`).first();
    const note = page.locator("term-lens [data-network-note]");
    // The explorer's pooling is off by default, so the lens has no p1 to show.
    await note.filter({ hasText: "follow the pipeline explorer" }).waitFor();
    assert.match(await note.textContent(), /pooling is off/);
    assert.equal(await thumb("p1").isVisible(), false);
    const before = await thumb("s1").getAttribute("src");
    await page.getByRole("textbox", { name: "Conv1 filter 1, row 1, column 2" }).fill("3");
    await page.waitForFunction(
      (src) => document.querySelector('term-lens img[data-thumb="s1"]').src !== src,
      before,
    );
    await page.getByRole("textbox", { name: "Bias of conv1 filter 4" }).fill("0.2");
    await page.locator('term-lens [data-bias="b1"]').filter({ hasText: "0.2" }).waitFor();
    await page.getByRole("checkbox", { name: /max pooling after each ReLU/ }).check();
    await thumb("p1").waitFor();
    assert.doesNotMatch(await note.textContent(), /pooling is off/);
    assertNoProblems(page);
    await page.close();
  });

  test("on a page without the explorer the lens pictures the default network, with pooling", async () => {
    const page = await site.openPage("en/beginner-guides/");
    const note = page.locator("term-lens [data-network-note]");
    assert.match(await note.textContent(), /default filters with its 2 × 2 max pooling on/);
    assert.equal(await page.locator('term-lens img[data-thumb="p1"]').isVisible(), true);
    await page.close();
  });

  test("without JavaScript the lens is a table of the same data", async () => {
    const page = await site.openPage(CHAPTER, { javaScriptEnabled: false });
    assert.equal(await page.locator("term-lens [data-interactive]").isVisible(), false);
    const table = page.locator("term-lens table");
    assert.equal(await table.isVisible(), true);
    assert.match(await table.textContent(), /Rectified Feature Maps/);
    await page.close();
  });
});

describe("colours keep their meaning", () => {
  /** The low end of a legend: a diverging scale about 0 starts below 0. */
  const lowTick = (page, scope, stage) =>
    page.locator(`${scope} [data-legend="${stage}"] [data-tick]`).first().textContent();

  test("the explorer's s1 stays on the diverging scale when all four filters blur (no negative value)", async () => {
    const blur = [1, 2, 3, 4].map((k) => `pe.w1.${k}=gaussian-blur`).join("&");
    const page = await site.openPage(`${CHAPTER}#${blur}&pe.b1=0,0,0,0`);
    await page.getByRole("combobox", { name: "Preset for conv1 filter 1" }).waitFor();
    await page.locator('pipeline-explorer .pe__map[data-stage="s1"] canvas').first().waitFor();
    assert.match(await lowTick(page, "pipeline-explorer", "s1"), /^−/, "s1 diverges about 0");
    assert.match(await lowTick(page, "pipeline-explorer", "z1"), /^−/, "z1 diverges about 0");
    assert.equal(await lowTick(page, "pipeline-explorer", "a1"), "0", "a1 keeps its own palette");
    await page.close();
  });

  test("the sliding window's z1 stays diverging for a blur, whose outputs are all ≥ 0", async () => {
    const page = await site.openPage("en/mechanics/#sw.k=gaussian-blur&sw.b=0");
    await page.getByRole("combobox", { name: "Kernel preset" }).waitFor();
    assert.match(await lowTick(page, "sliding-window", "z1"), /^−/);
    await page.close();
  });

  test("exercise 2's z1 stays diverging when a large bias lifts every value above 0", async () => {
    const page = await site.openPage("en/exercises/");
    const field = page.getByRole("textbox", { name: "Bias b1" });
    await field.fill("5");
    // On a diverging scale every positive value is white to red (red ≥ blue); on the
    // activation palette low values are dark blue.
    await page.waitForFunction(() => {
      const canvas = document.querySelector('bias-exercise [data-stage="z1"] canvas');
      if (!(canvas instanceof HTMLCanvasElement)) return false;
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4) if (data[i] < data[i + 2]) return false;
      return true;
    });
    await page.close();
  });
});
