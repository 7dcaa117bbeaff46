/**
 * The service worker's precache list (scripts/precache.mjs): every file of the build, at the
 * address the pages link to, and a version that changes with any file, so that a new build
 * replaces the readers' caches.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { precacheManifest, urlOf, workerWithManifest } from "../../scripts/precache.mjs";

let root: string;

async function put(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "fme-precache-"));
  await put("index.html", "root");
  await put("404.html", "missing");
  await put("en/glossary/index.html", "glossary");
  await put("_astro/page.abc123.js", "code");
  await put("pagefind/pagefind.js", "search");
  await put("pagefind/pagefind-ui.js", "their interface");
  await put("samples/coffee.bin", "pixels");
  await put("sw.js", "the worker itself");
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("urlOf", () => {
  it("gives a directory's index.html at the directory's address, other files at their own", () => {
    expect(urlOf("index.html")).toBe("./");
    expect(urlOf("en/glossary/index.html")).toBe("en/glossary/");
    expect(urlOf("en/glossary/other.html")).toBe("en/glossary/other.html");
    expect(urlOf("pagefind/pagefind.js")).toBe("pagefind/pagefind.js");
  });

  it("escapes what a file name may hold but a URL path may not", () => {
    expect(urlOf("images/a b#1%.png")).toBe("images/a%20b%231%25.png");
  });
});

describe("precacheManifest", () => {
  it("lists every file the book loads, but not the worker nor Pagefind's unused interface", async () => {
    const { files } = await precacheManifest(root);
    expect(Object.keys(files)).toEqual([
      "404.html",
      "_astro/page.abc123.js",
      "en/glossary/",
      "./",
      "pagefind/pagefind.js",
      "samples/coffee.bin",
    ]);
  });

  it("keeps its version while nothing changes", async () => {
    expect((await precacheManifest(root)).version).toBe((await precacheManifest(root)).version);
  });

  it("has a new version, and a new hash for the file, when one file's content changes", async () => {
    const before = await precacheManifest(root);
    await put("en/glossary/index.html", "glossary, corrected");
    const after = await precacheManifest(root);
    expect(after.version).not.toBe(before.version);
    expect(after.files["en/glossary/"]).not.toBe(before.files["en/glossary/"]);
    expect(after.files["samples/coffee.bin"]).toBe(before.files["samples/coffee.bin"]);
  });

  it("has a new version when a file is added or renamed", async () => {
    const before = await precacheManifest(root);
    await put("en/new-chapter/index.html", "new");
    const added = await precacheManifest(root);
    expect(added.version).not.toBe(before.version);
    await rm(path.join(root, "en/new-chapter"), { recursive: true });
    await rm(path.join(root, "_astro/page.abc123.js"));
    await put("_astro/page.def456.js", "code");
    expect((await precacheManifest(root)).version).not.toBe(before.version);
  });
});

describe("workerWithManifest", () => {
  const source = 'const PRECACHE = { version: "", files: {} };\nself.addEventListener("fetch", f);';

  it("fills in the worker's manifest line, and only that", () => {
    const manifest = { version: "v1", files: { "./": "h1", "a$&b.js": "h2" } };
    expect(workerWithManifest(source, manifest)).toBe(
      `const PRECACHE = ${JSON.stringify(manifest)};\nself.addEventListener("fetch", f);`,
    );
  });

  it("fails when the worker's source has lost the line to fill in", () => {
    expect(() => workerWithManifest("const PRECACHE = {};", { version: "v", files: {} })).toThrow(
      /no line/,
    );
  });
});
