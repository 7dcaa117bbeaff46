// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { sourceEntries as entries } from "./lensSources";
import { drawnAtBuild } from "../../src/viz/atBuild";
import {
  drawDiagram,
  drawNetworkNote,
  drawPanels,
  drawSourceButtons,
  type LensPictures,
  type LensView,
} from "../../src/widgets/TermLens/draw";
import { termLensLabels } from "../../src/widgets/TermLens/labels";
import { lensData, type LensSource } from "../../src/widgets/TermLens/lensData";

const POOLED: LensPictures = {
  thumbnails: { x: ["data:x"], w1: ["data:k1", "data:k2"], p1: ["data:p1"] },
  biases: { b1: [0.1, -0.25], b2: [0] },
};
const UNPOOLED: LensPictures = {
  thumbnails: { x: ["data:x2"], w1: ["data:k1", "data:k2", "data:k3"] },
  biases: { b1: [0.2, -0.25], b2: [NaN] },
};

/** The build's first frame, parsed into this document as the browser finds it. */
function firstFrame<E extends HTMLElement>(tag: "div" | "p", draw: (root: E) => void): E {
  const holder = document.createElement("div");
  holder.innerHTML = drawnAtBuild<E>(tag, draw);
  return holder.firstElementChild as E;
}

/** Checks a draw function's two promises: same state, same markup; new state, a fresh draw. */
function drawsInPlace<S, E extends HTMLElement>(
  tag: "div" | "p",
  draw: (root: E, state: S) => void,
  before: S,
  after: S,
): void {
  const root = firstFrame<E>(tag, (r) => draw(r, before));
  const built = root.outerHTML;
  const elements = [...root.querySelectorAll("*")];
  draw(root, before);
  expect(root.outerHTML).toBe(built);
  expect([...root.querySelectorAll("*")]).toEqual(elements);
  draw(root, after);
  expect(root.outerHTML).toBe(firstFrame<E>(tag, (r) => draw(r, after)).outerHTML);
  expect(root.outerHTML).not.toBe(built);
}

describe.each(["en", "ja"] as const)("the term lens's draw functions (%s)", (lang) => {
  const labels = termLensLabels[lang];
  const sources = lensData(entries, lang);
  const byId = (id: string): LensSource => sources.find((s) => s.id === id)!;
  const karn: LensView = { primary: byId("karn"), pinned: null };
  const compared: LensView = { primary: byId("zeiler-fergus"), pinned: byId("karn") };

  it("draw the source buttons in place", () => {
    drawsInPlace<{ lens: string; pin: string | null }, HTMLDivElement>(
      "div",
      (div, state) => drawSourceButtons(div, sources, state, labels),
      { lens: "karn", pin: null },
      { lens: "d2l", pin: "karn" },
    );
  });

  it("draw the cards in place, with their words and pictures", () => {
    drawsInPlace<[LensView, LensPictures], HTMLDivElement>(
      "div",
      (div, [view, pictures]) => drawDiagram(div, view, labels, pictures),
      [karn, POOLED],
      [compared, UNPOOLED],
    );
  });

  it("draw every source's panels in place, from any other source's", () => {
    for (const source of sources) {
      drawsInPlace<LensView, HTMLDivElement>(
        "div",
        (div, view) => drawPanels(div, view, labels),
        { primary: source, pinned: null },
        { primary: source === sources[0] ? sources[1] : sources[0], pinned: source },
      );
    }
  });

  it("draw the network note in place", () => {
    drawsInPlace<boolean | null, HTMLParagraphElement>(
      "p",
      (p, pool) => drawNetworkNote(p, pool, labels),
      null,
      false,
    );
  });
});

describe("the term lens's cards", () => {
  const labels = termLensLabels.en;
  const sources = lensData(entries, "en");
  const zeiler = sources.find((s) => s.id === "zeiler-fergus")!;

  it("light exactly the stages a source names, with its words marked in its language", () => {
    const div = firstFrame<HTMLDivElement>("div", (d) =>
      drawDiagram(d, { primary: zeiler, pinned: null }, labels, POOLED),
    );
    const lit = [...div.querySelectorAll<HTMLElement>(".lens__stage[data-primary]")];
    expect(lit.map((c) => c.dataset.stage).sort()).toEqual([...zeiler.stages].sort());
    const z1 = div.querySelector('[data-stage="z1"] [data-badge="primary"]')!;
    expect(z1.hasAttribute("hidden")).toBe(false);
    expect(z1.querySelector("[lang='en']")!.textContent).toBe("Feature Maps");
    expect(
      div.querySelector('[data-stage="b2"] [data-badge="primary"]')!.hasAttribute("hidden"),
    ).toBe(true);
  });

  it("keep their pictures when only the choice changes, and never show NaN", () => {
    const div = firstFrame<HTMLDivElement>("div", (d) =>
      drawDiagram(d, { primary: zeiler, pinned: null }, labels, UNPOOLED),
    );
    const images = [...div.querySelectorAll("img")];
    drawDiagram(div, { primary: sources[0], pinned: zeiler }, labels, null);
    expect([...div.querySelectorAll("img")]).toEqual(images);
    expect(div.querySelector('[data-bias="b1"]')!.textContent).toBe("0.2, −0.25");
    expect(div.textContent).not.toContain("NaN");
  });
});
