// Part of `npm run bench:browser`: the trained network's occlusion sweep and dead-filter step
// in Chromium, CPU time, the incremental recomputes the worker runs against the plain path (a
// forward pass per position or digit) in the same run, interleaved. The job code
// (bench/trainedJobs.entry.ts) is bundled by esbuild into a blank page, each call one timer
// task; a trace gives each task's main-thread CPU time (the worker runs the same code).
// Targets (issue 19): occlusion map ≤ 60 ms, dead-filter step ≤ 16 ms, median.
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { REPO_ROOT } from "../tests/e2e/harness.mjs";
import { cpuTimes, median, traced } from "./chromiumTrace.mjs";

const TARGETS = { occlusion: 60, dead: 16 };

async function bundle() {
  const out = await build({
    entryPoints: [path.join(REPO_ROOT, "bench/trainedJobs.entry.ts")],
    bundle: true,
    format: "iife",
    globalName: "trainedJobs",
    write: false,
    target: "es2022",
  });
  return out.outputFiles[0].text;
}

const modelBytes = (file) => Array.from(readFileSync(path.join(REPO_ROOT, "public/models", file)));

/** Runs each call of `calls` as its own timer task, in order, under one trace. */
async function timeCalls(site, page, calls) {
  const events = await traced(site, page, () =>
    page.evaluate(async (list) => {
      for (const [fn, args] of list) {
        await new Promise((resolve) =>
          setTimeout(() => {
            window.trainedJobs[fn](...args);
            resolve();
          }),
        );
      }
      // A last task, so that the last call's task has ended before the trace stops.
      await new Promise((resolve) => setTimeout(resolve));
    }, calls),
  );
  const times = cpuTimes(events, (e) => e.name === "TimerFire" && e.ph === "X").slice(
    0,
    calls.length,
  );
  if (times.length !== calls.length) {
    throw new Error(`The trace holds ${times.length} timer tasks, not ${calls.length}.`);
  }
  return times;
}

export async function benchTrainedNetwork(site, rounds) {
  const page = await site.browser.newPage();
  await page.addScriptTag({ content: await bundle() });
  await page.evaluate(
    ([w, d]) => window.trainedJobs.load(Uint8Array.from(w), Uint8Array.from(d)),
    [modelBytes("mnist-cnn.bin"), modelBytes("mnist-heldout-100.bin")],
  );
  // Warm-up, untimed: compiles the code and, as in the worker, builds the dead-filter
  // step's kept sums and each filter's colour-scale top on first use.
  const warm = [];
  for (let f = 0; f < 8; f++) warm.push(["dead", [f, 0, false]], ["occlusion", [f, false]]);
  warm.push(["dead", [0, 0, true]], ["occlusion", [0, true]]);
  await timeCalls(site, page, warm);

  const calls = [];
  for (let i = 0; i < rounds; i++) {
    const digit = i % 100;
    const filter = i % 8;
    const shift = ((i % 9) - 4) / 2;
    calls.push(
      ["occlusion", [digit, false]],
      ["occlusion", [digit, true]],
      ["dead", [filter, shift, false]],
      ["dead", [filter, shift, true]],
    );
  }
  const times = await timeCalls(site, page, calls);
  await page.close();
  const column = (k) => times.filter((_, i) => i % 4 === k);
  return {
    occlusion: { ours: median(column(0)), plain: median(column(1)) },
    dead: { ours: median(column(2)), plain: median(column(3)) },
  };
}

export function reportTrainedNetwork(r, rounds) {
  console.log(
    `\nTrained network in Chromium: median main-thread CPU ms over ${rounds} calls each, ` +
      `interleaved (load average now ${loadavg()[0].toFixed(1)})\n`,
  );
  console.log("| recompute                      | incremental | plain | plain / incremental |");
  console.log("|--------------------------------|------------:|------:|--------------------:|");
  for (const [label, s] of [
    ["occlusion map (196 positions)", r.occlusion],
    ["dead-filter step (100 digits)", r.dead],
  ]) {
    console.log(
      `| ${label.padEnd(30)} | ${s.ours.toFixed(2).padStart(11)} | ${s.plain.toFixed(1).padStart(5)} | ${(s.plain / s.ours).toFixed(1).padStart(18)}× |`,
    );
  }
  for (const [what, s, target] of [
    ["occlusion map", r.occlusion.ours, TARGETS.occlusion],
    ["dead-filter step", r.dead.ours, TARGETS.dead],
  ]) {
    console.log(
      `${s <= target ? "PASS" : "FAIL"} (${what}): median ${s.toFixed(2)} ms CPU, target ${target} ms.`,
    );
  }
}
