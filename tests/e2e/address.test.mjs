// No build carries the address of the machine it was made on: pages, scripts and styles in
// dist/ and dist-sub/ never name 127.0.0.1 or localhost (printed worksheets, citations and
// alternate links once did). Absolute links come from SITE at build or from `location`.
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { REPO_ROOT, check, checkNone } from "./harness.mjs";

const LOCAL_ADDRESS = /127\.0\.0\.1|localhost/gi;
const SCANNED = /\.(html|js|mjs|css|svg|xml|txt)$/;

for (const root of ["dist", "dist-sub"]) {
  test(`no file of ${root}/ names a local address`, async () => {
    const dir = path.resolve(REPO_ROOT, root);
    // `npm test` builds both, so a missing build is a failure, not a skip.
    check(existsSync(dir), `${dir} is missing: run npm run build && npm run build:sub first.`);
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile() && SCANNED.test(e.name));
    check(
      files.some((e) => e.name.endsWith(".html")),
      `no pages in ${dir}`,
    );
    const found = [];
    for (const entry of files) {
      const file = path.join(entry.parentPath, entry.name);
      const text = await readFile(file, "utf8");
      for (const match of text.matchAll(LOCAL_ADDRESS)) {
        const context = text.slice(Math.max(0, match.index - 40), match.index + 40);
        found.push(`${path.relative(dir, file)}: …${context.replace(/\s+/g, " ")}…`);
      }
    }
    checkNone(found, `local addresses in ${root}/:`);
  });
}
