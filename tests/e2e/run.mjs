// Entry point of `npm run test:e2e`: runs every tests/e2e/*.test.mjs with node's
// test runner, one file at a time (each file owns a browser), spec output.
// Extra arguments are passed on, e.g. `npm run test:e2e -- tests/e2e/site.test.mjs`
// or `npm run test:e2e -- --test-name-pattern=axe`.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));
const extra = process.argv.slice(2);
const files = extra.some((a) => !a.startsWith("-"))
  ? []
  : readdirSync(dir)
      .filter((f) => f.endsWith(".test.mjs"))
      .sort()
      .map((f) => path.join(dir, f));

// With one process per file, node's --test-timeout bounds each file: a file that hangs fails
// after 25 minutes instead of holding up the whole run (the slowest, site.test.mjs, takes about
// 10 on a quiet machine). Force-exit ends a file whose handles stay open after its tests.
const TEST_TIMEOUT_MS = 25 * 60_000;

const args = [
  "--test",
  "--test-concurrency=1",
  `--test-timeout=${TEST_TIMEOUT_MS}`,
  "--test-force-exit",
  "--test-reporter=spec",
  "--test-reporter-destination=stdout",
  ...extra,
  ...files,
];
console.log(`$ node ${args.map((a) => path.relative(process.cwd(), a) || a).join(" ")}`);
const started = Date.now();
const child = spawn(process.execPath, args, { stdio: "inherit" });
child.on("exit", (code, signal) => {
  console.log(
    `e2e: ${signal ?? `exit ${code}`} after ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  process.exit(code ?? 1);
});
