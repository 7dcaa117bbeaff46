/**
 * The README is what a newcomer reads first: it stays short, names the two set-up commands,
 * and, like every page in docs/, links only to files that exist in this repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const README = path.join(ROOT, "README.md");
const README_MAX_BYTES = 10 * 1024;

/** Link targets of inline links and reference definitions, outside code. */
export function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  const inline = [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)];
  const definitions = [...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)];
  return [...inline, ...definitions].map((m) => m[1]);
}

/** A target on another site, or only an anchor on the same page: not a file to look for. */
function isExternalOrAnchor(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#");
}

/** Relative links of `file` that do not resolve to a path inside the repository. */
export function brokenLinks(file: string, markdown: string): string[] {
  return linkTargets(markdown)
    .filter((target) => !isExternalOrAnchor(target))
    .filter((target) => {
      const local = decodeURIComponent(target.replace(/[?#].*$/, ""));
      const resolved = path.resolve(path.dirname(file), local);
      const inside = !path.relative(ROOT, resolved).startsWith("..");
      return !inside || !existsSync(resolved);
    });
}

const docs = readdirSync(path.join(ROOT, "docs"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => path.join(ROOT, "docs", name));

describe("README.md", () => {
  const text = readFileSync(README, "utf8");

  it(`is at most ${README_MAX_BYTES} bytes`, () => {
    expect(Buffer.byteLength(text, "utf8")).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it("names the two set-up commands", () => {
    expect(text).toContain("npm install && npm start");
    expect(text).toMatch(/^npm test\b/m);
  });
});

describe("links in README.md and docs/*.md", () => {
  it("docs/ has pages to check", () => {
    expect(docs.length).toBeGreaterThan(0);
  });

  for (const file of [README, ...docs]) {
    it(`${path.relative(ROOT, file)} links only to files in the repository`, () => {
      expect(brokenLinks(file, readFileSync(file, "utf8"))).toEqual([]);
    });
  }
});

describe("linkTargets and brokenLinks", () => {
  const file = path.join(ROOT, "docs", "page.md");

  it("find inline links, titled links and reference definitions, not links in code", () => {
    const markdown = [
      '[a](../README.md) and [b](<../src/core/index.ts> "title")',
      "[c]: ../package.json",
      "`[d](missing.md)`",
      "```",
      "[e](missing.md)",
      "```",
    ].join("\n");
    expect(linkTargets(markdown)).toEqual([
      "../README.md",
      "../src/core/index.ts",
      "../package.json",
    ]);
  });

  it("report a missing file and a path outside the repository, not web links or anchors", () => {
    const markdown =
      "[ok](../README.md#two-commands) [gone](missing.md) [out](../../shared/DESIGN.md) " +
      "[web](https://astro.build/) [here](#layers)";
    expect(brokenLinks(file, markdown)).toEqual(["missing.md", "../../shared/DESIGN.md"]);
  });
});
