// What a built page's JavaScript is made of, counted as the budget test counts it
// (scripts/pageWeight.mjs): the heaviest pages, then one page's chunks by gzip size (those fetched
// only on a reader's click, the fallback and the workers' scripts apart) and, when the build has
// source maps, the source modules in the shipped chunks by their share of each chunk's gzip size.
// Usage: node scripts/js-weight.mjs [build dir, default dist] [page, default the heaviest]
// For the modules: SOURCEMAP=1 OUT_DIR=dist-map npx astro build, then weigh dist-map.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSize, htmlFiles, pageWeight } from "./pageWeight.mjs";

const root = path.resolve(process.argv[2] ?? "dist");
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(9);

const pages = htmlFiles(root)
  .map((file) => pageWeight(root, file))
  .sort((a, b) => b.js - a.js);
console.log("heaviest pages (up front, with every figure, on request):");
for (const p of pages.slice(0, 6)) {
  console.log(`${kib(p.upFront)} ${kib(p.js)} ${kib(p.onRequest)}  ${p.page}`);
}

const page = process.argv[3] ? pages.find((p) => p.page === process.argv[3]) : pages[0];
if (!page) throw new Error(`no page ${process.argv[3]} in ${root}`);
console.log(`\n${page.page}: ${page.chunks.length} chunks, ${kib(page.js).trim()}`);
for (const chunk of [...page.chunks].sort((a, b) => gzipSize(b) - gzipSize(a))) {
  console.log(`${kib(gzipSize(chunk))}  ${path.relative(root, chunk)}`);
}
for (const [title, bytes, chunks] of [
  ["on request (a reader's click)", page.onRequest, page.onRequestChunks],
  ["fallback (where no worker starts)", page.fallback, page.fallbackChunks],
  ["in workers", page.workers, page.workerChunks],
]) {
  if (chunks.length === 0) continue;
  console.log(`${title}, not counted above: ${kib(bytes).trim()}`);
  for (const chunk of chunks) console.log(`${kib(gzipSize(chunk))}  ${path.relative(root, chunk)}`);
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A source map's segments as [generated column, source index] per line (other fields unread). */
function segments(mappings) {
  let source = 0;
  return mappings.split(";").map((line) => {
    let column = 0;
    return line
      .split(",")
      .filter(Boolean)
      .map((segment) => {
        const fields = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = BASE64.indexOf(char);
          value += (digit & 31) << shift;
          shift += 5;
          if (digit & 32) continue;
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
        column += fields[0];
        if (fields.length > 1) source += fields[1];
        return [column, fields.length > 1 ? source : -1];
      });
  });
}

/** Each source's share of a chunk's gzip size: its share of the chunk's characters. */
function modulesOf(chunk) {
  const map = JSON.parse(readFileSync(`${chunk}.map`, "utf8"));
  const lines = readFileSync(chunk, "utf8").split("\n");
  const chars = new Map();
  segments(map.mappings).forEach((line, i) =>
    line.forEach(([column, source], j) => {
      const end = j + 1 < line.length ? line[j + 1][0] : lines[i].length;
      const name =
        source < 0
          ? "(generated)"
          : map.sources[source].replace(/^(\.\.\/)+|^.*(?=node_modules\/)/g, "");
      chars.set(name, (chars.get(name) ?? 0) + end - column);
    }),
  );
  const all = [...chars.values()].reduce((a, b) => a + b, 0) || 1;
  return [...chars].map(([name, n]) => [name, (gzipSize(chunk) * n) / all]);
}

if (page.chunks.every((chunk) => existsSync(`${chunk}.map`))) {
  const modules = new Map();
  for (const [name, bytes] of page.chunks.flatMap(modulesOf)) {
    modules.set(name, (modules.get(name) ?? 0) + bytes);
  }
  console.log("\nmodules, by their share of the gzip size:");
  for (const [name, bytes] of [...modules].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${kib(bytes)}  ${name}`);
  }
}
