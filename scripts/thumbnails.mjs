// After `astro build`: a thumbnail page for each figure, for the gallery. It is the figure's
// embed page as built, without its scripts: the first frame rendered at build time, which
// nothing then enhances or recomputes. (A sandboxed frame of the embed page itself would show
// the same, but the browser logs an error for every script it refuses to run.)
// Usage: node scripts/thumbnails.mjs <build dir>
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";

const root = path.resolve(process.argv[2] ?? "dist");
let written = 0;
for (const lang of await readdir(root)) {
  const embeds = path.join(root, lang, "embed");
  let figures;
  try {
    figures = await readdir(embeds);
  } catch {
    continue; // not an edition's directory
  }
  for (const figure of figures) {
    const html = await readFile(path.join(embeds, figure, "index.html"), "utf8");
    const still = html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
      .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, "");
    const dir = path.join(root, lang, "thumb", figure);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "index.html"), still);
    written++;
  }
}
console.log(`thumbnails: ${written} pages in ${root}/<lang>/thumb/`);
