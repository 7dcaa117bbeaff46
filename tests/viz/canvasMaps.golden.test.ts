// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { colourScale } from "../../src/viz/scales";
import { drawMap as drawExerciseMap } from "../../src/widgets/CheckedExercises/exerciseUi";
import { checkedExercisesEn as labels } from "../../src/widgets/CheckedExercises/labels";
import { mapView, type MapView } from "../../src/widgets/CheckedExercises/mapView";
import {
  biasTaskMaps,
  edgePreviewInput,
  rectifiedResponse,
  startingEdgeKernel,
} from "../../src/widgets/CheckedExercises/model";
import { upgradeMapImages } from "../../src/widgets/shared/canvasMaps";
import { drawMap as drawNetworkMap } from "../../src/widgets/TrainedNetwork/draw";
import { DIGIT_SIZE } from "../../src/widgets/TrainedNetwork/model";
import { recordingCanvas } from "./canvasStandIn";
import { goldenSvg, label, pixelImage, xhtml } from "./goldenSvg";
import { LEGEND_STYLE, legendElement, mapImageElement } from "./skeletons";

// These drawings are canvases with a text alternative and an HTML legend: the golden files keep
// the canvas's pixels (PNG in an <image>), its aria-label as text, and the legend's markup.
const SCALE = 2;

/** What one drawn canvas shows, with its text alternative beneath and, if any, its legend. */
function canvasFigure(
  canvas: HTMLCanvasElement,
  image: ImageData,
  y: number,
  legend?: Element,
): { markup: string; bottom: number } {
  const height = canvas.height * SCALE;
  const parts = [
    pixelImage(image.data, canvas.width, canvas.height, { x: 0, y, scale: SCALE }),
    label(canvas.getAttribute("aria-label") ?? "(no text alternative)", 0, y + height + 14),
  ];
  if (legend) {
    const body = `<div xmlns="http://www.w3.org/1999/xhtml"><style>${LEGEND_STYLE}</style>${xhtml(legend)}</div>`;
    parts.push(
      `<foreignObject x="0" y="${y + height + 18}" width="200" height="40">${body}</foreignObject>`,
    );
  }
  return { markup: parts.join(""), bottom: y + height + (legend ? 64 : 24) };
}

/** The exercises' drawMap into a fresh canvas and legend, as a figure at height y. */
function exerciseFigure(stage: string, view: MapView, y: number) {
  const root = document.createElement("div");
  const canvas = document.createElement("canvas");
  const recorded = recordingCanvas(canvas);
  root.append(canvas, legendElement(stage));
  drawExerciseMap(root, canvas, stage, view);
  return canvasFigure(canvas, recorded.drawn(), y, root.querySelector(".legend")!);
}

function figures(views: [string, MapView][]): string {
  const parts: string[] = [];
  let y = 0;
  for (const [stage, view] of views) {
    const figure = exerciseFigure(stage, view, y);
    parts.push(figure.markup);
    y = figure.bottom;
  }
  return goldenSvg({ width: 420, height: y }, parts.join(""));
}

describe("golden drawings: canvas maps", () => {
  it("the edge exercise's input and its rectified response to the starting kernel", async () => {
    const words = labels.edge;
    const input = edgePreviewInput();
    const svg = figures([
      ["x", mapView(input, words.inputName, words.mapAlt, labels.lang, "input")],
      [
        "a1",
        mapView(
          rectifiedResponse(startingEdgeKernel(), input),
          words.outputName,
          words.mapAlt,
          labels.lang,
        ),
      ],
    ]);
    await expect(svg).toMatchFileSnapshot("./golden/exercise-edge.svg");
  });

  it("the bias exercise's z1 and a1 with a bias of −0.2", async () => {
    const words = labels.bias;
    const maps = biasTaskMaps(-0.2);
    const svg = figures([
      ["z1", mapView(maps.z1, words.z1Name, words.mapAlt, labels.lang, "signed")],
      ["a1", mapView(maps.a1, words.a1Name, words.mapAlt, labels.lang)],
    ]);
    await expect(svg).toMatchFileSnapshot("./golden/exercise-bias.svg");
  });

  it("the trained network's drawMap, into the canvas that upgradeMapImages put in the image's place", async () => {
    const root = document.createElement("div");
    root.append(mapImageElement("a1", 2, DIGIT_SIZE, DIGIT_SIZE));
    const canvases = upgradeMapImages(root);
    const canvas = canvases.get("a1-2")!;
    const recorded = recordingCanvas(canvas);
    // A fixed 28 × 28 picture: a diagonal ramp with a bright ring.
    const values = Float32Array.from({ length: DIGIT_SIZE * DIGIT_SIZE }, (_, i) => {
      const [r, c] = [Math.floor(i / DIGIT_SIZE), i % DIGIT_SIZE];
      const ring = Math.abs(Math.hypot(r - 13.5, c - 13.5) - 8) < 1.5 ? 2 : 0;
      return (r + c) / 54 + ring;
    });
    const map = { values, width: DIGIT_SIZE, height: DIGIT_SIZE };
    drawNetworkMap(canvases, "a1-2", map, colourScale("sequential", 0, 3), "a1 map 3, redrawn");
    const figure = canvasFigure(canvas, recorded.drawn(), 0);
    const svg = goldenSvg({ width: 200, height: figure.bottom }, figure.markup);
    await expect(svg).toMatchFileSnapshot("./golden/trained-draw-map.svg");
  });
});
