// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawnAtBuild } from "../../src/viz/atBuild";
import { checkedExercisesLabels } from "../../src/widgets/CheckedExercises/labels";
import { drawResult, type Verdict } from "../../src/widgets/CheckedExercises/result";

function firstFrame(draw: (p: HTMLParagraphElement) => void): HTMLParagraphElement {
  const holder = document.createElement("div");
  holder.innerHTML = drawnAtBuild<HTMLParagraphElement>("p", draw);
  return holder.firstElementChild as HTMLParagraphElement;
}

describe.each(["en", "ja"] as const)("drawResult (%s)", (lang) => {
  const labels = checkedExercisesLabels[lang];
  const wrong: Verdict = { ok: false, text: "Hint." };
  const right: Verdict = { ok: true, text: "Well done." };

  it("draws nothing before a check, so the verdict's box stays empty", () => {
    const p = firstFrame((r) => drawResult(r, null, labels));
    expect(p.outerHTML).toBe('<p class="cx__result" role="status" data-result=""></p>');
    drawResult(p, null, labels);
    expect(p.childNodes).toHaveLength(0);
  });

  it("redraws a verdict unchanged, and a new one as a fresh draw, in place", () => {
    const p = firstFrame((r) => drawResult(r, wrong, labels));
    const built = p.outerHTML;
    const parts = [...p.children];
    drawResult(p, { ...wrong }, labels);
    expect(p.outerHTML).toBe(built);
    drawResult(p, right, labels);
    expect([...p.children]).toEqual(parts);
    expect(p.outerHTML).toBe(firstFrame((r) => drawResult(r, right, labels)).outerHTML);
    expect(p.dataset.ok).toBe("true");
    drawResult(p, null, labels);
    expect(p.outerHTML).toBe('<p class="cx__result" role="status" data-result=""></p>');
  });

  it("bolds the verdict and runs the sentences together as the language writes them", () => {
    const p = firstFrame((r) => drawResult(r, wrong, labels));
    expect(p.querySelector("strong")!.textContent).toBe(labels.notYet);
    expect(p.textContent).toBe(lang === "en" ? "Not yet. Hint." : `${labels.notYet}Hint.`);
  });
});
