// Runs npm scripts at the same time and fails if any fails: `node scripts/parallel.mjs lint check`.
// Each script's output is held and printed whole when it ends, so that two never interleave; a
// line per start and end shows progress. Lint and the type check are each one process on one
// core, and the unit tests fill what the two leave of two cores: together they take 62 s on a
// quiet 2-core machine, against 73 s for the unit tests after the other two.
import { runHeld, seconds } from "./runHeld.mjs";

const names = process.argv.slice(2);
const started = Date.now();

/** @param {string} name @returns {Promise<{ name: string, code: number }>} */
async function run(name) {
  console.log(`parallel: start ${name}`);
  const { code, status } = await runHeld("npm", ["run", "--silent", name], `npm run ${name}`);
  console.log(`parallel: end ${name}: ${status}, ${seconds(Date.now() - started)}`);
  return { name, code };
}

const results = await Promise.all(names.map(run));
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
console.log(
  failed.length
    ? `parallel: ${failed.join(", ")} failed`
    : `parallel: ${names.join(", ")} passed in ${seconds(Date.now() - started)}`,
);
process.exit(failed.length ? 1 : 0);
