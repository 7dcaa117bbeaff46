// Runs npm scripts at the same time and fails if any fails: `node scripts/parallel.mjs lint check`.
// Each script's output is held and printed whole when it ends, so that two never interleave; a
// line per start and end shows progress. Lint and the type check are each one process on one
// core, so on two cores they take the time of the slower instead of the sum.
import { spawn } from "node:child_process";

const names = process.argv.slice(2);
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** @param {string} name @returns {Promise<{ name: string, code: number }>} */
function run(name) {
  console.log(`parallel: start ${name}`);
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", name], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code, signal) => {
      process.stdout.write(`\n===== npm run ${name} =====\n${out}\n`);
      const status = signal ?? `exit ${code}`;
      console.log(`parallel: end ${name}: ${status}, ${seconds(Date.now() - started)}`);
      resolve({ name, code: code ?? 1 });
    });
  });
}

const results = await Promise.all(names.map(run));
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
console.log(
  failed.length
    ? `parallel: ${failed.join(", ")} failed`
    : `parallel: ${names.join(", ")} passed in ${seconds(Date.now() - started)}`,
);
process.exit(failed.length ? 1 : 0);
