import { describe, expect, it } from "vitest";
import { SHORT_ANSWER, answerHref, type AnswerPiece } from "../../src/content/shortAnswer";

const text = (pieces: AnswerPiece[]) =>
  pieces.map((p) => (typeof p === "string" ? p : "em" in p ? p.em : p.text)).join("");

describe("the short answer (issue 14, item 9)", () => {
  it.each(["en", "ja"] as const)("%s names the four unambiguous terms", (lang) => {
    const named = SHORT_ANSWER[lang].pieces.flatMap((p) =>
      typeof p === "object" && "em" in p ? [p.em] : [],
    );
    expect(named.map((n) => n.slice(-1))).toEqual(["z", "a", "w", "φ"]);
  });

  it.each(["en", "ja"] as const)("%s links to the lens and to the comparison table", (lang) => {
    const links = SHORT_ANSWER[lang].pieces.flatMap((p) =>
      typeof p === "object" && "link" in p ? [p.link] : [],
    );
    expect(links).toEqual(["lens", "table"]);
  });

  it("is three or four sentences long in English", () => {
    const sentences = text(SHORT_ANSWER.en.pieces).split(/(?<=[.;])\s+(?=[A-Z“])/);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
  });

  it("answerHref points at chapter 1's lens heading and the table page in each edition", () => {
    expect(answerHref("table", "/", "en")).toBe("/en/who-calls-what/");
    expect(answerHref("lens", "/base", "en")).toBe("/base/en/pipeline/#who-calls-what");
    expect(answerHref("lens", "/", "ja")).toBe("/ja/pipeline/#誰が何と呼ぶか");
  });
});
