import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findSourceReferences, type SourceReference } from "../../src/content/sources";
import { readSourceFiles } from "./loadSources";

const CHAPTERS_DIR = fileURLToPath(new URL("../../content/chapters", import.meta.url));

interface Usage extends SourceReference {
  file: string;
}

/** Every <Cite id> and <Quote source> in content/chapters/**\/*.mdx (none when there are no chapters yet). */
function scanChapters(dir = CHAPTERS_DIR): Usage[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".mdx"))
    .sort();
  return files.flatMap((name) =>
    findSourceReferences(readFileSync(join(dir, name), "utf8")).map((ref) => ({
      ...ref,
      file: relative(dir, join(dir, name)),
    })),
  );
}

/** The usages whose id has no content/sources/<id>.yaml. */
function unresolved<T extends SourceReference>(usages: T[], knownIds: ReadonlySet<string>): T[] {
  return usages.filter((u) => !knownIds.has(u.id));
}

const knownIds = new Set(readSourceFiles().map((f) => f.id));

describe("findSourceReferences", () => {
  it("findSourceReferences finds Cite ids and Quote sources with their lines, in order", () => {
    const mdx = [
      "import Cite from '../../src/components/Cite.astro';",
      "",
      'Zeiler calls them feature maps <Cite id="zeiler-fergus" />.',
      '<Quote source="nielsen" quote="footnote" />',
      "<Cite page={3} id='goodfellow'>§9.1</Cite> and <Cite id={\"d2l\"} />",
    ].join("\n");
    expect(findSourceReferences(mdx)).toEqual([
      { component: "Cite", id: "zeiler-fergus", line: 3 },
      { component: "Quote", id: "nielsen", line: 4 },
      { component: "Cite", id: "goodfellow", line: 5 },
      { component: "Cite", id: "d2l", line: 5 },
    ]);
  });

  it("findSourceReferences ignores other components and other attributes", () => {
    expect(
      findSourceReferences('<Citation id="x" /> <Quote text="y" /> <Term id="feature-map" />'),
    ).toEqual([]);
  });

  it("an unknown source id is reported as unresolved", () => {
    const usages = findSourceReferences('<Cite id="no-such-source" /> <Quote source="nielsen" />');
    expect(unresolved(usages, knownIds)).toEqual([
      { component: "Cite", id: "no-such-source", line: 1 },
    ]);
  });
});

describe("scanChapters", () => {
  it("scanChapters walks nested .mdx files and an unknown id fails the check", () => {
    const dir = mkdtempSync(join(tmpdir(), "chapters-"));
    try {
      mkdirSync(join(dir, "en"));
      writeFileSync(
        join(dir, "en", "01-x.mdx"),
        '# X\n\n<Cite id="nielsen" /> <Quote source="not-a-source" />\n',
      );
      writeFileSync(join(dir, "en", "notes.md"), '<Cite id="ignored-not-mdx" />');
      const usages = scanChapters(dir);
      expect(usages.map((u) => u.id)).toEqual(["nielsen", "not-a-source"]);
      expect(unresolved(usages, knownIds)).toEqual([
        { component: "Quote", id: "not-a-source", line: 3, file: join("en", "01-x.mdx") },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("scanChapters returns nothing for a missing folder", () => {
    expect(scanChapters(join(tmpdir(), "no-such-chapters-folder"))).toEqual([]);
  });
});

describe("content/chapters/**/*.mdx", () => {
  it("every <Cite id> and <Quote source> has a content/sources/<id>.yaml", () => {
    const missing = unresolved(scanChapters(), knownIds).map(
      (u) => `${u.file}:${u.line} <${u.component}> ${u.id}`,
    );
    expect(missing).toEqual([]);
  });
});
