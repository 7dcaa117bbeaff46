// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { paintImage } from "../../src/viz/mapImageAtBuild";
import { trainedNetworkLabels } from "../../src/widgets/TrainedNetwork/labels";
import {
  DEFAULT_OCCLUSION,
  DIGITS_FILE,
  WEIGHTS_FILE,
  heldOutDigit,
  occlusionMaps,
  readModelFiles,
} from "../../src/widgets/TrainedNetwork/model";
import {
  drawOccludedDigit,
  drawOcclusionMaps,
  drawOcclusionStatus,
  type OccludedDigit,
  type OcclusionPicture,
  type OcclusionProgress,
} from "../../src/widgets/TrainedNetwork/occlusionDraw";
import { drawTwice } from "../viz/drawTwice";

const labels = trainedNetworkLabels.en;
const { net, digits } = readModelFiles(
  readFileSync(`public/${WEIGHTS_FILE}`),
  readFileSync(`public/${DIGITS_FILE}`),
);
const pictureOf = (digit: number, size: number, row: number, col: number): OcclusionPicture => {
  const { x, label } = heldOutDigit(digits, digit);
  return { maps: occlusionMaps(net, x.data, { ...DEFAULT_OCCLUSION, size }, label), row, col };
};
/** The build's state (digit 0, a 6 × 6 square at row 9, column 8), and another digit, size and place. */
const BUILT = pictureOf(0, 6, 8, 7);
const MOVED = pictureOf(10, 10, 13, 0);

describe("the occlusion view's drawOcclusionMaps", () => {
  const draw = (div: HTMLDivElement, p: OcclusionPicture) =>
    drawOcclusionMaps(div, p, labels, paintImage);

  it("redraws in place: the same state changes nothing, a new one draws what a fresh draw does", () => {
    const { root, before } = drawTwice("div", draw, BUILT, MOVED);
    expect(root.outerHTML).not.toMatch(/NaN|undefined/);
    // The maps, frames and markers are the build's elements, updated, not new ones.
    expect(root.querySelectorAll("*")).toHaveLength(before.length);
    expect(before.every((el) => root.contains(el))).toBe(true);
  });

  it("heads, paints, marks and keys both maps for the new digit and position", () => {
    const { root } = drawTwice("div", draw, BUILT, MOVED);
    expect(root.querySelector("[data-heading='probability']")!.textContent).toBe(
      `Probability of ${MOVED.maps.target}`,
    );
    expect(root.querySelector("[data-heading='activity']")!.textContent).toMatch(
      new RegExp(`map ${MOVED.maps.strongest + 1}\\b`),
    );
    for (const which of ["activity", "probability"]) {
      const frame = root.querySelector(`[data-pick='${which}']`)!;
      expect(frame.querySelector(`[data-map][data-stage='occ-${which}'] img`)).not.toBeNull();
      // Row 14, column 1 of a 14 × 14 grid: the bottom-left cell.
      expect(frame.querySelector("[data-marker]")!.getAttribute("style")).toMatch(
        /^left: 0\.000%; top: 92\.857%; width: 7\.143%/,
      );
      expect(root.querySelectorAll(`[data-legend='occ-${which}'] [data-tick]`)).toHaveLength(3);
    }
  });
});

describe("the occlusion view's drawOccludedDigit", () => {
  const digitOf = (p: OcclusionPicture, digit: number, size: number): OccludedDigit => ({
    image: heldOutDigit(digits, digit).x.data,
    size,
    row: p.row,
    col: p.col,
  });
  const draw = (div: HTMLDivElement, d: OccludedDigit) =>
    drawOccludedDigit(div, d, labels, paintImage);

  it("redraws in place and says where the square is", () => {
    const { root } = drawTwice("div", draw, digitOf(BUILT, 0, 6), digitOf(MOVED, 10, 10));
    const img = root.querySelector("[data-map][data-stage='x'] img")!;
    expect(img.getAttribute("alt")).toMatch(/row 14, column 1/);
    expect(img.getAttribute("width")).toBe("28");
  });
});

describe("the occlusion view's drawOcclusionStatus", () => {
  const draw = (p: HTMLParagraphElement, said: OcclusionPicture | OcclusionProgress) =>
    drawOcclusionStatus(p, said, labels);

  it("redraws in place from what the maps hold to a sweep's progress", () => {
    const { root } = drawTwice<HTMLParagraphElement, OcclusionPicture | OcclusionProgress>(
      "p",
      draw,
      BUILT,
      { done: 42, of: 196 },
    );
    expect(root.textContent).toBe("Computing 196 forward passes… 42 done.");
    expect(root.getAttribute("role")).toBe("status");
  });

  it("says what the maps hold under the square", () => {
    const { root } = drawTwice<HTMLParagraphElement, OcclusionPicture | OcclusionProgress>(
      "p",
      draw,
      { done: 0, of: 196 },
      MOVED,
    );
    expect(root.textContent).toMatch(/^With the square at row 14, column 1/);
  });
});
