// Entry point of `npm run test:e2e`: runs every tests/e2e/*.test.mjs with node's test runner,
// one process per file (each file owns a server and a browser), E2E_FILES files at a time
// (default 2: the work is mostly chromium's CPU, and two files keep two cores busy).
// A file's spec output is printed whole when it ends, so parallel files do not interleave;
// a line per start and end shows progress, and a table of per-file times ends the run.
// Extra arguments are passed on to node --test, e.g.
// `npm run test:e2e -- tests/e2e/site.test.mjs` or `npm run test:e2e -- --test-name-pattern=axe`.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runHeld, seconds } from "../../scripts/runHeld.mjs";

const dir = path.dirname(fileURLToPath(import.meta.url));
const extra = process.argv.slice(2);
const named = extra.filter((a) => !a.startsWith("-"));
const options = extra.filter((a) => a.startsWith("-"));
// Slowest first, so that the long files do not end up last and alone.
const SLOW_FIRST = ["site", "trained-network", "hostile", "japanese", "csp", "exercises"];
const rank = (f) => {
  const i = SLOW_FIRST.indexOf(path.basename(f, ".test.mjs"));
  return i < 0 ? SLOW_FIRST.length : i;
};
const files = (
  named.length
    ? named.map((f) => path.resolve(f))
    : readdirSync(dir)
        .filter((f) => f.endsWith(".test.mjs"))
        .map((f) => path.join(dir, f))
).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const parallel = Math.max(1, Number(process.env.E2E_FILES) || 2);

// node's --test-timeout bounds each file here (one process per file): a file that hangs fails
// after 25 minutes instead of holding up the whole run (site.test.mjs, the slowest, takes about
// 10 on a quiet machine and 15 on a busy one). Force-exit ends a file whose handles stay open
// after its tests.
const FILE_TIMEOUT_MS = 25 * 60_000;
const nodeArgs = [
  "--test",
  `--test-timeout=${FILE_TIMEOUT_MS}`,
  "--test-force-exit",
  "--test-reporter=spec",
  "--test-reporter-destination=stdout",
  ...options,
];

const started = Date.now();
const name = (f) => path.relative(process.cwd(), f);

/**
 * The spec reporter's closing "failing tests" section of a file's output, at most 80 lines:
 * repeated after the summary, so that the end of a long log says why a file failed.
 * @param {string} out
 */
function failingSection(out) {
  const at = out.lastIndexOf("✖ failing tests:");
  if (at < 0) return "";
  const lines = out.slice(at).split("\n");
  return lines.slice(0, 80).join("\n") + (lines.length > 80 ? "\n  …" : "");
}

/** @param {string} file @returns {Promise<{ file: string, code: number, ms: number, summary: string, failures: string }>} */
async function runFile(file) {
  console.log(`e2e: start ${name(file)} (${seconds(Date.now() - started)} into the run)`);
  const { code, status, out, ms } = await runHeld(
    process.execPath,
    [...nodeArgs, file],
    name(file),
  );
  const count = (label) => out.match(new RegExp(`^ℹ ${label} (\\d+)`, "m"))?.[1] ?? "?";
  const summary = `${count("pass")} passed, ${count("fail")} failed`;
  console.log(`e2e: end ${name(file)}: ${status}, ${summary}, ${seconds(ms)}`);
  return { file, code, ms, summary, failures: failingSection(out) };
}

const queue = [...files];
/** @type {Awaited<ReturnType<typeof runFile>>[]} */
const results = [];
await Promise.all(
  Array.from({ length: Math.min(parallel, files.length) }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) results.push(await runFile(file));
  }),
);

console.log(`\ne2e summary (${files.length} files, ${parallel} at a time):`);
for (const r of [...results].sort((a, b) => b.ms - a.ms)) {
  const mark = r.code === 0 ? "ok  " : "FAIL";
  console.log(`  ${mark} ${seconds(r.ms).padStart(7)}  ${name(r.file)}  (${r.summary})`);
}
const failed = results.filter((r) => r.code !== 0);
for (const r of failed)
  console.log(`\n${name(r.file)}:\n${r.failures || "(no failing test listed)"}`);
console.log(
  `e2e: ${failed.length ? `${failed.length} file(s) failed` : "all files passed"} ` +
    `in ${seconds(Date.now() - started)}`,
);
process.exit(failed.length ? 1 : 0);
