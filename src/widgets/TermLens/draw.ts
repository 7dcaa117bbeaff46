import { select } from "d3";
import type { StageId } from "../../core/stages";
import { formatNumber } from "../../viz/format";
import { drawNodes } from "../../viz/nodes";
import { part } from "../../viz/part";
import type { LensSource } from "./lensData";
import type { TermLensLabels } from "./labels";
import type { LensState } from "./state";
import { panelText, stageWords } from "./text";

/*
 * The lens's draw functions. Each owns its root element: the build runs it on an empty element
 * (drawnAtBuild) for the first frame, the browser runs it again on that markup for every new
 * choice or network, and the joins update what is there, so drawing one state twice changes
 * nothing.
 */

/** The stage cards, in three groups: the tensors of each layer, then the layers as functions. */
export const LENS_GROUPS = [
  { title: "layer1", stages: ["x", "w1", "b1", "s1", "z1", "a1", "p1"] },
  { title: "layer2", stages: ["w2", "b2", "s2", "z2", "a2", "p2"] },
  { title: "functions", stages: ["F1", "F2", "phi"] },
] as const satisfies readonly { title: keyof TermLensLabels; stages: readonly StageId[] }[];

/** What the diagram and the panels show: the chosen source and the pinned one, if any. */
export interface LensView {
  primary: LensSource;
  pinned: LensSource | null;
}

/** The pictures of a network on the cards: thumbnails (image URLs) by stage, and the biases. */
export interface LensPictures {
  thumbnails: Partial<Record<string, string[]>>;
  biases: { b1: ArrayLike<number>; b2: ArrayLike<number> };
}

/** The source buttons: the chosen one pressed, the pinned one marked. */
export function drawSourceButtons(
  div: HTMLDivElement,
  sources: readonly LensSource[],
  state: LensState,
  labels: TermLensLabels,
): void {
  select(div)
    .attr("class", "lens__sources")
    .attr("data-part", "sources")
    .attr("role", "group")
    .attr("aria-label", labels.sources)
    .selectChildren("button")
    .data(sources)
    .join("button")
    .attr("type", "button")
    .attr("data-source", (s) => s.id)
    .attr("aria-pressed", (s) => String(s.id === state.lens))
    .attr("data-pinned", (s) => (s.id === state.pin ? "" : null))
    .text((s) => s.short);
}

/** Which network the pictures show: the default one (null), or the explorer's, pooling or not. */
export function drawNetworkNote(
  p: HTMLParagraphElement,
  pool: boolean | null,
  labels: TermLensLabels,
): void {
  const text =
    pool === null
      ? labels.networkDefault
      : pool
        ? labels.networkExplorer
        : `${labels.networkExplorer} ${labels.networkNoPool}`;
  select(p).attr("class", "lens__network").attr("data-network-note", "").text(text);
}

/** A card's pictures: its stage's thumbnails, or the biases' values on b1 and b2. */
export function drawPictures(span: HTMLSpanElement, stage: string, pictures: LensPictures): void {
  const root = select(span).attr("class", "lens__pics");
  root
    .selectChildren("img")
    .data(pictures.thumbnails[stage] ?? [])
    .join("img")
    .attr("src", (src) => src)
    .attr("alt", "")
    .attr("width", 48)
    .attr("height", 48)
    .attr("data-thumb", stage);
  const values = stage === "b1" || stage === "b2" ? [pictures.biases[stage]] : [];
  root
    .selectChildren("span")
    .data(values)
    .join("span")
    .attr("class", "lens__bias")
    .attr("data-bias", stage)
    .text((b) => Array.from(b, (v) => formatNumber(v)).join(", "));
}

/** A card's badge for one slot: the source's words for the stage, hidden when it names none. */
function drawBadge(
  card: HTMLLIElement,
  slot: "primary" | "pinned",
  source: LensSource | null,
  labels: TermLensLabels,
): void {
  const stage = card.dataset.stage as StageId;
  const named = Boolean(source?.labels[stage]?.length);
  const badge = part(select(card), "span", `lens__badge lens__badge--${slot}`)
    .attr("data-badge", slot)
    .attr("hidden", named ? null : "");
  drawNodes(badge, source && named ? stageWords(source, stage, labels) : []);
  select(card).attr(`data-${slot}`, named ? "" : null);
}

/**
 * The stage cards, each lit by the chosen source (and the pinned one) with their words for it.
 * With pictures, the cards' pictures are drawn too; without, the ones there stay (a new choice
 * does not change the network).
 */
export function drawDiagram(
  div: HTMLDivElement,
  view: LensView,
  labels: TermLensLabels,
  pictures: LensPictures | null,
): void {
  const groups = select(div)
    .attr("class", "lens__diagram")
    .attr("data-part", "diagram")
    .selectChildren("section")
    .data(LENS_GROUPS)
    .join("section")
    .attr("class", "lens__group")
    .attr("aria-label", (g) => labels[g.title]);
  groups.each(function (g) {
    const group = select(this);
    part(group, "h3", "lens__title").text(labels[g.title]);
    part(group, "ol", "lens__stages")
      .selectChildren<HTMLLIElement, StageId>("li")
      .data(g.stages)
      .join("li")
      .attr("class", "lens__stage")
      .attr("data-stage", (stage) => stage)
      .each(function (stage) {
        const card = select(this);
        part(card, "span", "lens__name").text(labels.stageNames[stage]);
        part(card, "span", "lens__hint").text(labels.stageHints[stage]);
        const pics = part(card, "span", "lens__pics");
        if (pictures) drawPictures(pics.node()!, stage, pictures);
        drawBadge(this, "primary", view.primary, labels);
        drawBadge(this, "pinned", view.pinned, labels);
      });
  });
}

/** The panels of the chosen source and of the pinned one, hidden when none is pinned. */
export function drawPanels(div: HTMLDivElement, view: LensView, labels: TermLensLabels): void {
  const root = select(div).attr("class", "lens__panels").attr("data-part", "panels");
  for (const [slot, source, role] of [
    ["primary", view.primary, labels.chosen],
    ["pinned", view.pinned, labels.pinned],
  ] as const) {
    const panel = part(root, "section", `lens__panel lens__panel--${slot}`)
      .attr("data-panel", slot)
      .attr("aria-live", "polite")
      .attr("hidden", source ? null : "");
    drawNodes(panel, source ? panelText(source, role, labels) : []);
  }
}
