/**
 * How the page-weight budget counts a page's JavaScript (scripts/pageWeight.mjs): the page's
 * scripts and their static imports up front; the dynamic imports too in all, except the figure
 * exporter's, imported on a reader's click, and the trained network's fallback, imported only
 * where no worker starts, each counted apart with what only it imports; the workers' scripts
 * apart; each chunk once, gzipped; the build's base stripped from the page's URLs.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { htmlFiles, pageWeight } from "../../scripts/pageWeight.mjs";

let root: string;

async function put(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
}

const gz = (content: string) => gzipSync(content).length;

const CHUNKS = {
  "_astro/entry.js": 'import{d}from"./shared.js";d(()=>import("./widget.js"));',
  "_astro/shared.js": "export const d=(f)=>f();",
  "_astro/widget.js": 'import{d}from"./shared.js";import"./deep.js";export const w=1;',
  "_astro/deep.js": "export const deep=2;",
};

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "fme-weight-"));
  for (const [file, content] of Object.entries(CHUNKS)) await put(file, content);
  await put("_astro/page.css", "body{margin:0}");
});

afterEach(() => rm(root, { recursive: true, force: true }));

describe("pageWeight", () => {
  it("counts static imports up front, dynamic ones and theirs in all, each chunk once", async () => {
    await put(
      "en/page/index.html",
      '<link rel="stylesheet" href="/_astro/page.css"><script type="module" src="/_astro/entry.js"></script><div class="widget x"></div>',
    );
    const weight = pageWeight(root, path.join(root, "en/page/index.html"));
    const size = (...files: (keyof typeof CHUNKS)[]) =>
      files.reduce((sum, f) => sum + gz(CHUNKS[f]), 0);
    expect(weight.upFront).toBe(size("_astro/entry.js", "_astro/shared.js"));
    expect(weight.js).toBe(
      size("_astro/entry.js", "_astro/shared.js", "_astro/widget.js", "_astro/deep.js"),
    );
    expect(weight.chunks).toHaveLength(4);
    expect(weight.onRequest).toBe(0);
    expect(weight.css).toBe(gz("body{margin:0}"));
    expect(weight.hasWidget).toBe(true);
    expect(weight.page).toBe(path.join("en", "page", "index.html"));
  });

  it("counts the exporter, imported on a click, and what only it imports, apart", async () => {
    const exporter = 'import{deep}from"./deep.js";import"./exportOnly.js";';
    const toolbar = 'document.onclick=()=>import("./figureExport.AbC-12.js");';
    await put("_astro/figureExport.AbC-12.js", exporter);
    await put("_astro/exportOnly.js", "export const e=3;");
    await put("_astro/toolbar.js", toolbar);
    await put(
      "en/page/index.html",
      '<script type="module" src="/_astro/entry.js"></script><script type="module" src="/_astro/toolbar.js"></script>',
    );
    const weight = pageWeight(root, path.join(root, "en/page/index.html"));
    const shipped = ["entry.js", "shared.js", "widget.js", "deep.js", "toolbar.js"];
    expect(weight.chunks.map((c: string) => path.basename(c)).sort()).toEqual(shipped.sort());
    expect(weight.js).toBe(
      gz(toolbar) +
        (["entry", "shared", "widget", "deep"] as const).reduce(
          (sum, name) => sum + gz(CHUNKS[`_astro/${name}.js`]),
          0,
        ),
    );
    expect(weight.onRequest).toBe(gz(exporter) + gz("export const e=3;"));
  });

  it("counts the fallback, imported only where no worker starts, and the worker's script apart", async () => {
    const network =
      'import"./deep.js";const w=new Worker(new URL("/fme/_astro/net.worker-1.js",import.meta.url));w.onerror=()=>import("./jobs.Zz9.js");';
    await put("_astro/net.js", network);
    await put("_astro/jobs.Zz9.js", 'import"./deep.js";import"./sweeps.js";');
    await put("_astro/sweeps.js", "export const s=4;");
    await put("_astro/net.worker-1.js", "self.onmessage=()=>{};");
    await put("page/index.html", '<script type="module" src="/fme/_astro/net.js"></script>');
    const weight = pageWeight(root, path.join(root, "page/index.html"), "/fme/");
    expect(weight.js).toBe(gz(network) + gz(CHUNKS["_astro/deep.js"]));
    expect(weight.fallback).toBe(
      gz('import"./deep.js";import"./sweeps.js";') + gz("export const s=4;"),
    );
    expect(weight.workers).toBe(gz("self.onmessage=()=>{};"));
    expect(weight.onRequest).toBe(0);
  });

  it("finds a worker's script named relative to the chunk that starts it", async () => {
    const starter = 'new Worker(new URL("./w/net.worker-2.js",import.meta.url));';
    await put("_astro/starter.js", starter);
    await put("_astro/w/net.worker-2.js", "self.onmessage=null;");
    await put("page/index.html", '<script type="module" src="/_astro/starter.js"></script>');
    const weight = pageWeight(root, path.join(root, "page/index.html"));
    expect(weight.js).toBe(gz(starter));
    expect(weight.workers).toBe(gz("self.onmessage=null;"));
  });

  it("counts the exporter as any chunk when a chunk imports it statically", async () => {
    await put("_astro/figureExport.x1.js", "export const x=1;");
    await put("_astro/eager.js", 'import"./figureExport.x1.js";');
    await put("page/index.html", '<script type="module" src="/_astro/eager.js"></script>');
    const weight = pageWeight(root, path.join(root, "page/index.html"));
    expect(weight.upFront).toBe(gz('import"./figureExport.x1.js";') + gz("export const x=1;"));
    expect(weight.js).toBe(weight.upFront);
    expect(weight.onRequest).toBe(0);
  });

  it("finds the files of a build made for a sub-path", async () => {
    await put("page/index.html", '<script type="module" src="/fme/_astro/deep.js"></script>');
    const weight = pageWeight(root, path.join(root, "page/index.html"), "/fme/");
    expect(weight.js).toBe(gz(CHUNKS["_astro/deep.js"]));
    expect(weight.hasWidget).toBe(false);
  });
});

describe("htmlFiles", () => {
  it("lists every page, the search index's left out", async () => {
    await put("a/index.html", "");
    await put("b/c/index.html", "");
    await put("pagefind/fragment.html", "");
    const pages = htmlFiles(root).map((f: string) => path.relative(root, f));
    expect(pages.sort()).toEqual([path.join("a", "index.html"), path.join("b", "c", "index.html")]);
  });
});
