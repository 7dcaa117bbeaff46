import { describe, expect, it } from "vitest";
import { biasActivationEn as labels } from "../../src/widgets/BiasActivation/labels";
import {
  DEFAULT_STATE,
  VIEWS,
  applyBiasAndActivation,
  convolveSample,
  type BiasActivationState,
} from "../../src/widgets/BiasActivation/model";
import { histogramPicture, viewPicture } from "../../src/widgets/BiasActivation/pictures";
import { SAMPLE_SIZE } from "../../src/widgets/samples";
import { heatmapPixels } from "../../src/viz/heatmap";
import { drawnAtBuild } from "../../src/viz/atBuild";
import { HISTOGRAM_SIZE, drawHistogram } from "../../src/widgets/BiasActivation/histogram";
import { goldenSvg, pixelImage } from "./goldenSvg";

/** The site's colours for the histogram's classes (BiasActivation.astro). */
const STYLE = `
svg { background: #fffdf8; }
.ba-bar--kept { fill: #2f8f6f; }
.ba-bar--zeroed { fill: #bdb8ae; }
.ba-bar--scaled { fill: #8fd3bf; }
.ba-bar--all { fill: #4a78b5; }
.ba-axis { color: #5f5a52; }
text { font: 13px sans-serif; fill: #1f1d1a; }
.ba-threshold { stroke: #1f1d1a; stroke-width: 1.5; stroke-dasharray: 4 3; }
.ba-threshold-label { font-weight: 600; }
`;

const s = convolveSample("chelsea", DEFAULT_STATE.kernel);

function stateWith(change: Partial<BiasActivationState>): BiasActivationState {
  return { ...DEFAULT_STATE, ...change };
}

describe("golden drawings: bias and activation", () => {
  it.each([
    ["relu", stateWith({ activation: "relu", bias: 0 })],
    ["relu-bias-minus-half", stateWith({ activation: "relu", bias: -0.5 })],
    ["leaky-relu", stateWith({ activation: "leakyRelu", slope: 0.3, bias: 0.25 })],
    ["tanh", stateWith({ activation: "tanh", bias: 0 })],
  ])("the histogram of z, %s", async (name, state) => {
    const { z, a } = applyBiasAndActivation(s, state);
    const picture = histogramPicture(labels, state, s, z, a);
    const svg = goldenSvg(
      { width: HISTOGRAM_SIZE.width, height: HISTOGRAM_SIZE.height, style: STYLE },
      drawnAtBuild<SVGSVGElement>("svg", (svg) => drawHistogram(svg, picture.chart, labels)),
    );
    await expect(svg).toMatchFileSnapshot(`./golden/bias-histogram-${name}.svg`);
  });

  it("the three views of one map: signed z, f(z), and z clamped on an 8-bit canvas", async () => {
    // Canvas pictures, not SVG: each view's values coloured by its scale, as the canvas shows them.
    const state = stateWith({ activation: "relu", bias: -0.25 });
    const { z, a } = applyBiasAndActivation(s, state);
    const scale = 2;
    const side = SAMPLE_SIZE * scale;
    const images = VIEWS.map((view, i) => {
      const picture = viewPicture(labels, view, z, a);
      const pixels = heatmapPixels(picture.values, SAMPLE_SIZE, SAMPLE_SIZE, picture.scale);
      return pixelImage(pixels, SAMPLE_SIZE, SAMPLE_SIZE, { x: i * (side + 8), y: 0, scale });
    });
    const svg = goldenSvg({ width: 3 * side + 16, height: side }, images.join(""));
    await expect(svg).toMatchFileSnapshot("./golden/bias-views.svg");
  });
});
