// `node bench/pages.bench.mjs`: Lighthouse's performance and accessibility scores for every
// chapter of both editions, with Debian's chromium and no network (the site is served from
// this machine). Targets (issue 9): performance ≥ 95, accessibility 100.
//
// Lighthouse's default settings: a mid-range phone, with the network and a 4× CPU slowdown
// simulated from the page load it observes. On a busy machine the observed main-thread work
// is inflated, and so is the simulated slowdown; the "benchmark index" column is Lighthouse's
// own measure of how fast this machine was at that moment (an idle desktop scores ~1000–2500).
//
// OUT_DIR picks the built site (default dist/, built first when missing). Options:
// --desktop (Lighthouse's desktop preset), --only=en/pipeline/ (one page), --save=DIR (each
// page's full JSON report into DIR, to read which audits cost the points).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import lighthouse, { desktopConfig } from "lighthouse";
import { startServer } from "../scripts/serve.mjs";
import { CHROMIUM_PATH } from "../tests/e2e/harness.mjs";
import { OUT_DIR, SITE_ROOT, chapterPaths, ensureBuilt } from "./site.mjs";

const TARGETS = { performance: 95, accessibility: 100 };
const desktop = process.argv.includes("--desktop");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const pages = only ? [only] : chapterPaths();
const saveDir = process.argv.find((a) => a.startsWith("--save="))?.slice("--save=".length);
if (saveDir) mkdirSync(saveDir, { recursive: true });

/** Starts chromium with a DevTools port for Lighthouse; the harness's flags. */
async function launchChromium() {
  const profile = mkdtempSync(path.join(tmpdir(), "lighthouse-chromium-"));
  const chromium = spawn(CHROMIUM_PATH, [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--remote-debugging-port=0",
    `--user-data-dir=${profile}`,
    "about:blank",
  ]);
  const port = await new Promise((resolve, reject) => {
    let text = "";
    chromium.stderr.on("data", (chunk) => {
      text += chunk;
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (found) resolve(Number(found[1]));
    });
    chromium.on("exit", (code) => reject(new Error(`chromium exited (${code}): ${text}`)));
  });
  const exited = new Promise((resolve) => chromium.on("exit", resolve));
  return {
    port,
    async close() {
      chromium.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const score = (category) => Math.round((category?.score ?? 0) * 100);
const shown = (audit) => audit?.displayValue?.replace(/\u00a0/g, " ") ?? "–";

ensureBuilt(pages[0]);
const server = await startServer({ root: SITE_ROOT });
const chromium = await launchChromium();
const rows = [];
try {
  console.log(
    `Lighthouse on ${pages.length} page(s) of ${OUT_DIR}/, ${desktop ? "desktop" : "mobile (default)"} ` +
      `settings, chromium ${CHROMIUM_PATH}; load average ${loadavg()[0].toFixed(1)}`,
  );
  for (const [i, page] of pages.entries()) {
    process.stdout.write(`  ${i + 1}/${pages.length} ${page} … `);
    const result = await lighthouse(
      new URL(page, server.url).href,
      {
        port: chromium.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      },
      desktop ? desktopConfig : undefined,
    );
    const { categories, audits, environment, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`${page}: ${runtimeError.code} ${runtimeError.message}`);
    if (saveDir) {
      const name = `${page.replace(/\/$/, "").replace(/\//g, "-")}-${desktop ? "desktop" : "mobile"}.json`;
      writeFileSync(path.join(saveDir, name), JSON.stringify(result.lhr));
    }
    const failing = categories.accessibility.auditRefs
      .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
      .map((ref) => ref.id);
    const row = {
      page,
      performance: score(categories.performance),
      accessibility: score(categories.accessibility),
      fcp: shown(audits["first-contentful-paint"]),
      lcp: shown(audits["largest-contentful-paint"]),
      tbt: shown(audits["total-blocking-time"]),
      cls: shown(audits["cumulative-layout-shift"]),
      benchmarkIndex: Math.round(environment.benchmarkIndex),
      failing,
    };
    rows.push(row);
    console.log(
      `performance ${row.performance}, accessibility ${row.accessibility}` +
        (failing.length ? ` (fails: ${failing.join(", ")})` : ""),
    );
  }
} finally {
  await chromium.close();
  await server.close();
}

console.log(
  `\n| page | performance | accessibility | FCP | LCP | TBT | CLS | benchmark index |\n` +
    `| --- | --: | --: | --: | --: | --: | --: | --: |`,
);
for (const r of rows) {
  console.log(
    `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.benchmarkIndex} |`,
  );
}
console.log(`\nLoad average now ${loadavg()[0].toFixed(1)}.`);
for (const [category, target] of Object.entries(TARGETS)) {
  const under = rows.filter((r) => r[category] < target);
  console.log(
    under.length === 0
      ? `PASS (${category}): every page scores at least ${target}.`
      : `FAIL (${category}): ${under.length} of ${rows.length} pages under ${target} ` +
          `(lowest ${Math.min(...under.map((r) => r[category]))}).`,
  );
}
const failing = [...new Set(rows.flatMap((r) => r.failing))];
if (failing.length) console.log(`Accessibility audits failed somewhere: ${failing.join(", ")}.`);
