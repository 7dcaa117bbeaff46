import { describe, expect, it } from "vitest";
import { parseExcerpt } from "../../src/components/search/excerpt";

describe("parseExcerpt", () => {
  it("parseExcerpt keeps the marked matches and the text between them", () => {
    expect(parseExcerpt("the <mark>rectified</mark> feature <mark>map</mark>.")).toEqual([
      { text: "the ", marked: false },
      { text: "rectified", marked: true },
      { text: " feature ", marked: false },
      { text: "map", marked: true },
      { text: ".", marked: false },
    ]);
  });

  it("parseExcerpt drops any other tag and decodes entities into plain text", () => {
    expect(
      parseExcerpt('a <img src=x onerror="alert(1)"> &lt;b&gt; &amp; <mark>z1</mark>'),
    ).toEqual([
      { text: "a  <b> & ", marked: false },
      { text: "z1", marked: true },
    ]);
  });
});
