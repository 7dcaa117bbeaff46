/**
 * For a lecturer (issue 18, item 7): every chapter states its goals and a time estimate in both
 * editions, and the contents page's lesson route fills 90 minutes with chapters that exist.
 */
import { readdirSync, readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { LESSON_MINUTES, LESSON_ROUTE } from "../../src/content/lessonRoute";

interface Frontmatter {
  goals?: string[];
  minutes?: number;
}

const frontmatter = (path: string) =>
  load(readFileSync(path, "utf8").split(/^---$/m)[1]) as Frontmatter;
const chapterFiles = readdirSync("content/chapters/en").filter((f) => f.endsWith(".mdx"));
const slugOf = (file: string) => file.replace(/^\d+-/, "").replace(/\.mdx$/, "");

describe("each chapter states its goals and its time, the same in both editions", () => {
  it.each(chapterFiles)("%s", (file) => {
    const en = frontmatter(`content/chapters/en/${file}`);
    const ja = frontmatter(`content/chapters/ja/${file}`);
    expect(en.goals?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(ja.goals?.length).toBe(en.goals?.length);
    expect(en.minutes).toBeGreaterThan(0);
    expect(ja.minutes).toBe(en.minutes);
  });
});

describe("the 90-minute lesson route", () => {
  it("fills the lesson exactly", () => {
    expect(LESSON_ROUTE.reduce((sum, step) => sum + step.minutes, 0)).toBe(LESSON_MINUTES);
  });

  it("visits chapters that exist, in reading order", () => {
    const slugs = chapterFiles.map(slugOf);
    const visited = LESSON_ROUTE.map((step) => slugs.indexOf(step.slug));
    expect(visited).not.toContain(-1);
    expect(visited).toEqual([...visited].sort((a, b) => a - b));
  });
});
