// The figure download (src/widgets/shared/figureExport.ts): wall-clock time from a click on the
// pipeline explorer's PNG or SVG button to the file, on its embed page (the largest figure:
// 15 maps embedded as images). The PNG is that SVG rasterised at 2×. Target: under a second.
// Wall-clock time is what a reader waits, and a busy machine inflates it: judge it quiet.
import { DESKTOP } from "../tests/e2e/harness.mjs";
import { median } from "./chromiumTrace.mjs";

const PAGE = "en/embed/pipeline-explorer/";

export async function benchExport(site, rounds) {
  const page = await site.openPage(PAGE, { viewport: DESKTOP });
  await page.locator("pipeline-explorer select[data-sample]:not([disabled])").waitFor();
  const times = { svg: [], png: [] };
  for (let i = 0; i < rounds; i++) {
    for (const kind of ["svg", "png"]) {
      const started = performance.now();
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(`pipeline-explorer + .widget-toolbar [data-action="${kind}"]`).click(),
      ]);
      await file.path();
      times[kind].push(performance.now() - started);
    }
    process.stdout.write(".");
  }
  await page.close();
  return times;
}

export function reportExport(times, target) {
  console.log("\n\nFigure download of the pipeline explorer, wall-clock ms from click to file\n");
  console.log("| file | n | median |    max |");
  console.log("|------|--:|-------:|-------:|");
  for (const [kind, xs] of Object.entries(times)) {
    const m = median(xs);
    console.log(
      `| ${kind.toUpperCase().padEnd(4)} | ${xs.length} | ${m.toFixed(0).padStart(6)} | ${Math.max(
        ...xs,
      )
        .toFixed(0)
        .padStart(6)} |`,
    );
  }
  for (const [kind, xs] of Object.entries(times)) {
    const m = median(xs);
    console.log(
      m < target
        ? `PASS (${kind}): median ${m.toFixed(0)} ms, under ${target} ms.`
        : `FAIL (${kind}): median ${m.toFixed(0)} ms, not under ${target} ms.`,
    );
  }
}
