// Browser tests of the figure export (src/widgets/shared/figureExport.ts): a download is the
// figure as it is on screen, as real SVG (no foreignObject) and as a PNG of that SVG at 2×.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { PHONE, assertNoProblems, useSite } from "./harness.mjs";

const site = useSite();

/**
 * Clicks a figure's download button and returns the file's bytes. How long it takes is measured
 * by `npm run bench:browser -- --only=export`, not here: a timed test fails on a busy machine.
 */
async function downloadFigure(page, tag, kind) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`${tag} + .widget-toolbar [data-action="${kind}"]`).click(),
  ]);
  const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
  return { bytes, name: file.suggestedFilename() };
}

/**
 * Parses the SVG in the browser and reports what a reader of the file would check: whether it
 * is well-formed XML, its size, its text, and any element drawn outside its canvas.
 */
function inspectSvg(page, svgText) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const error = doc.querySelector("parsererror")?.textContent ?? null;
    const svg = doc.documentElement;
    const width = Number(svg.getAttribute("width"));
    const height = Number(svg.getAttribute("height"));
    const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    // Lay the file out in a page of its own to find anything drawn past its edges.
    const host = document.createElement("div");
    host.style.cssText = "position:absolute;left:0;top:0";
    host.append(document.importNode(svg, true));
    document.body.append(host);
    const frame = host.firstElementChild.getBoundingClientRect();
    const outside = [...host.querySelectorAll("text, image, rect, svg svg")]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(
        ({ r }) =>
          r.left < frame.left - 1 ||
          r.top < frame.top - 1 ||
          r.right > frame.right + 1 ||
          r.bottom > frame.bottom + 1,
      )
      .map(({ el }) => el.textContent || el.tagName);
    host.remove();
    return {
      error,
      root: svg.localName,
      width,
      height,
      texts,
      foreignObjects: svg.getElementsByTagName("foreignObject").length,
      images: svg.getElementsByTagName("image").length,
      outside,
    };
  }, svgText);
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString(), "PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the pipeline explorer exports what is on screen", () => {
  for (const [name, viewport] of [
    ["desktop", undefined],
    ["phone", PHONE],
  ]) {
    test(`on a ${name}: the coffee cup and a preset, as well-formed SVG under 1 MB and a PNG at 2×`, async () => {
      const page = await site.openPage("en/pipeline/", { viewport });
      const explorer = page.locator("pipeline-explorer");
      await explorer.locator("select[data-sample]").selectOption("coffee");
      await page.waitForFunction(() => location.hash.includes("coffee"));
      const preset = explorer.locator("select[data-preset]").nth(1);
      await preset.selectOption("emboss");
      const sample = await explorer
        .locator("select[data-sample] option:checked")
        .evaluate((o) => o.text.trim());
      const presetName = await preset.locator("option:checked").evaluate((o) => o.text.trim());
      const bias = explorer.locator("input[data-bias]").first();
      await bias.fill("0.75");
      await bias.press("Enter");

      const svg = await downloadFigure(page, "pipeline-explorer", "svg");
      assert.equal(svg.name, "pipeline-explorer.svg");
      assert.ok(svg.bytes.length < 1_000_000, `${svg.bytes.length} bytes`);
      const text = svg.bytes.toString();
      const file = await inspectSvg(page, text);
      assert.equal(file.error, null, "well-formed XML");
      assert.equal(file.root, "svg");
      assert.equal(file.foreignObjects, 0);
      assert.ok(file.images >= 15, `the maps are embedded as images (${file.images})`);
      assert.doesNotMatch(text, /https?:\/\/[^"]*\.(png|bin|css)"/, "nothing is fetched");
      assert.ok(file.texts.includes(sample), `the sample “${sample}” is named`);
      assert.ok(file.texts.includes(presetName), `the preset “${presetName}” is named`);
      assert.ok(file.texts.includes("0.75"), "an edited field shows its number");
      assert.ok(!file.texts.some((t) => /Chelsea/.test(t)), "not the first sample");
      assert.ok(!file.texts.includes("Draw on the input"), "no buttons");
      assert.equal(file.texts[0], "Pipeline explorer", "the title line comes first");
      assert.match(
        file.texts.join(" "),
        / The feature-maps-explained authors\. “Pipeline explorer”, figure [\d.]+ in “[^”]+”\. Feature maps, explained, \d{4}\. .*\(accessed [\d-]+\)\.$/,
        "the credit, the figure's citation, ends it",
      );
      assert.deepEqual(file.outside, [], "nothing is cut off");
      const onScreen = await explorer.boundingBox();
      assert.ok(file.width >= onScreen.width, `${file.width} ≥ the figure's ${onScreen.width}`);

      const png = await downloadFigure(page, "pipeline-explorer", "png");
      assert.deepEqual(pngSize(png.bytes), { width: 2 * file.width, height: 2 * file.height });
      assertNoProblems(page);
      await page.close();
    });
  }
});

describe("every figure exports as real SVG", () => {
  for (const lang of ["en", "ja"]) {
    test(`${lang}/mechanics/: each figure's SVG is well-formed, drawn, with no foreignObject`, async () => {
      const page = await site.openPage(`${lang}/mechanics/`);
      const tags = await page
        .locator(".widget")
        .evaluateAll((widgets) => widgets.map((w) => w.localName));
      assert.ok(tags.length >= 3, tags.join());
      for (const tag of new Set(tags)) {
        const { bytes } = await downloadFigure(page, tag, "svg");
        const file = await inspectSvg(page, bytes.toString());
        assert.equal(file.error, null, `${tag}: well-formed`);
        assert.equal(file.foreignObjects, 0, tag);
        assert.ok(file.texts.length > 2, `${tag} has text besides its title and credit`);
        assert.deepEqual(file.outside, [], `${tag}: nothing is cut off`);
        // Every picture on screen is in the file (channels' sum lies in display: contents rows).
        const pictures = await page
          .locator(tag)
          .evaluate(
            (figure) =>
              [...figure.querySelectorAll("canvas, img")].filter(
                (el) => el.checkVisibility() && !el.closest("[data-export='skip']"),
              ).length,
          );
        assert.ok(
          file.images >= pictures,
          `${tag}: ${file.images} images for ${pictures} on screen`,
        );
      }
      // Every number of the sliding window's grids is in the file (their rows are display:
      // contents), and the conv-arithmetic outlines keep their screen-pixel width.
      const cells = await page
        .locator("sliding-window [data-grid] [data-cell]")
        .evaluateAll((all) => all.map((cell) => cell.textContent.trim()).filter(Boolean));
      const sliding = await inspectSvg(
        page,
        (await downloadFigure(page, "sliding-window", "svg")).bytes.toString(),
      );
      assert.ok(cells.length >= 64, `${cells.length} numbers on screen`);
      assert.deepEqual(
        cells.filter((n) => !sliding.texts.includes(n)),
        [],
        "the grids' numbers are in the SVG",
      );
      const arithmetic = (await downloadFigure(page, "conv-arithmetic", "svg")).bytes.toString();
      assert.match(arithmetic, /vector-effect="non-scaling-stroke"/);
      assertNoProblems(page);
      await page.close();
    });
  }

  test("en/trained-network/: each of its three views exports as its own drawn SVG", async () => {
    const page = await site.openPage("en/trained-network/");
    for (const view of ["maps", "dead", "occlusion"]) {
      const { bytes, name } = await downloadFigure(
        page,
        `trained-network[data-view="${view}"]`,
        "svg",
      );
      const file = await inspectSvg(page, bytes.toString());
      assert.equal(file.error, null, `${view}: well-formed`);
      assert.equal(file.foreignObjects, 0, view);
      assert.ok(file.images > 2, `${view}: its maps are embedded as images (${file.images})`);
      assert.ok(file.texts.length > 2, `${view} has text besides its title and credit`);
      assert.deepEqual(file.outside, [], `${view}: nothing is cut off`);
      assert.match(name, /\.svg$/);
    }
    assertNoProblems(page);
    await page.close();
  });
});
