// The pipeline explorer's readout (issue 17 item 1): main-thread CPU time of each pointer move
// that reads a new cell, each click that pins one and each arrow key that moves the pin, from a
// Chromium trace (EventDispatch of pointermove, click, keydown). The maps read are z2's, whose
// readout is the largest (a 3×3×4 window, 36 products, eight tables), with pooling on so that
// a pin also marks p1 and p2. Target: within half a 60 Hz frame (8.3 ms) each.
import { DESKTOP } from "../tests/e2e/harness.mjs";
import { cpuTimes, median, traced } from "./chromiumTrace.mjs";

const PAGE = "en/embed/pipeline-explorer/#pe.pool=max";

/** Points at `count` cells of z2's first map in turn, one per frame; returns their positions. */
async function points(page, count) {
  const map = page.locator('pipeline-explorer .pe__map[data-stage="z2"][data-k="0"] canvas');
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  return Array.from({ length: count }, (_, i) => ({
    x: box.x + 2 + ((i * 7) % 60) * ((box.width - 4) / 64),
    y: box.y + 2 + ((i * 5) % 60) * ((box.height - 4) / 64),
  }));
}

const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));

export async function benchReadout(site, count) {
  const page = await site.openPage(PAGE, { viewport: DESKTOP });
  await page.locator("pipeline-explorer select[data-sample]:not([disabled])").waitFor();
  const at = await points(page, count);
  const events = await traced(site, page, async () => {
    for (const p of at) {
      await page.mouse.move(p.x, p.y);
      await nextFrame(page);
    }
    for (const p of at) {
      await page.mouse.click(p.x, p.y);
      await nextFrame(page);
    }
    for (let i = 0; i < count; i++) {
      await page.keyboard.press(i % 2 ? "ArrowRight" : "ArrowDown");
      await nextFrame(page);
    }
  });
  const of = (type) =>
    cpuTimes(events, (e) => e.name === "EventDispatch" && e.args?.data?.type === type);
  const result = { point: of("pointermove"), pin: of("click"), key: of("keydown") };
  await page.close();
  return result;
}

export function reportReadout(times, target) {
  const fmt = (v) => v.toFixed(2);
  console.log("\nReadout of the pipeline explorer (z2 maps, pooling on), main-thread CPU ms\n");
  console.log("| event                         |     n | median |    max |");
  console.log("|-------------------------------|------:|-------:|-------:|");
  for (const [label, xs] of [
    ["point at a cell (pointermove)", times.point],
    ["pin a cell (click)", times.pin],
    ["move the pin (arrow key)", times.key],
  ]) {
    const max = Math.max(...xs);
    console.log(
      `| ${label.padEnd(29)} | ${String(xs.length).padStart(5)} | ${fmt(median(xs)).padStart(6)} | ${fmt(max).padStart(6)} |`,
    );
    const m = median(xs);
    console.log(
      m <= target
        ? `PASS (${label}): median ${fmt(m)} ms, within half a 60 Hz frame (${fmt(target)} ms).`
        : `FAIL (${label}): median ${fmt(m)} ms, over half a 60 Hz frame (${fmt(target)} ms).`,
    );
  }
}
