// The built site for the browser benchmarks: where it is, building it when needed, its chapters.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../tests/e2e/harness.mjs";

/** OUT_DIR (relative to the repository) as the build uses it; dist/ by default. */
export const OUT_DIR = process.env.OUT_DIR ?? "dist";
export const SITE_ROOT = path.resolve(REPO_ROOT, OUT_DIR);

/**
 * Builds the site into OUT_DIR unless `page` (e.g. "en/pipeline/") is there and, when `needle`
 * is given, some script of the build contains it (so a build older than the code is rebuilt).
 */
export function ensureBuilt(page, needle) {
  const ready = () => {
    if (!existsSync(path.join(SITE_ROOT, page, "index.html"))) return false;
    if (!needle) return true;
    const assets = path.join(SITE_ROOT, "_astro");
    return readdirSync(assets).some(
      (f) => f.endsWith(".js") && readFileSync(path.join(assets, f), "utf8").includes(needle),
    );
  };
  if (ready()) return;
  console.log(`Building the site into ${OUT_DIR}/ …`);
  const build = spawnSync("npx", ["astro", "build"], {
    cwd: REPO_ROOT,
    stdio: "inherit",
    env: { ...process.env, OUT_DIR },
  });
  if (build.status !== 0 || !ready()) {
    throw new Error(`The build into ${OUT_DIR}/ failed or lacks ${needle ?? page}.`);
  }
}

/** Every chapter of every edition, as site paths like "en/pipeline/", in reading order. */
export function chapterPaths() {
  const chapters = path.join(REPO_ROOT, "content/chapters");
  return readdirSync(chapters)
    .sort()
    .flatMap((lang) =>
      readdirSync(path.join(chapters, lang))
        .filter((f) => f.endsWith(".mdx"))
        .sort()
        .map((f) => `${lang}/${f.replace(/^\d+-/, "").replace(/\.mdx$/, "")}/`),
    );
}
