// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { kernelFeatureMapEn as labels } from "../../src/widgets/KernelFeatureMap/labels";
import { ringsData, separation, type FeatureMapId } from "../../src/widgets/KernelFeatureMap/model";
import {
  PLOT_2D,
  PLOT_3D,
  drawScatter2d,
  drawScatter3d,
} from "../../src/widgets/KernelFeatureMap/plots";
import { DEFAULT_KF_STATE } from "../../src/widgets/KernelFeatureMap/state";
import { goldenSvg } from "./goldenSvg";

/** The site's colours for the classes the plots use (KernelFeatureMap.astro). */
const STYLE = `
svg { background: #fffdf8; }
.kf-dot--inner { fill: #0072b2; stroke: #fff; stroke-width: 0.8; }
.kf-dot--outer { fill: #e69f00; stroke: #5c3d00; stroke-width: 0.8; }
.kf-frame { fill: none; stroke: #d6d0c4; }
.kf-axis, .kf-axis3 { stroke: #5f5a52; }
.kf-cube { stroke: #d6d0c4; }
.kf-ticks { color: #5f5a52; }
.kf-ticks, .kf-axis-title, .kf-pick-label { font: 12px sans-serif; fill: #5f5a52; }
.kf-axis-title { fill: #1f1d1a; font-weight: 600; }
.kf-plane, .kf-boundary { fill: #c79a2e; fill-opacity: 0.28; stroke: #7a5a12; stroke-width: 1.5; }
.kf-boundary { fill-opacity: 0.12; stroke-dasharray: 5 3; }
.kf-witness, .kf-corner { fill: none; stroke: #1f1d1a; stroke-width: 1.3; stroke-dasharray: 4 3; }
.kf-trapped { fill: none; stroke: #1f1d1a; stroke-width: 2; }
.kf-pick { fill: none; stroke: #b3261e; stroke-width: 2; }
`;

const data = ringsData();
/** One point of each ring, so both marker shapes carry a pick. */
const picks = { x: 0, y: 41 };

/** What a plot's draw function leaves in an SVG element, for the map and turn given. */
function drawn(draw: typeof drawScatter2d, map: FeatureMapId, turn: number): string {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  const state = { ...DEFAULT_KF_STATE, ...picks, map, turn };
  draw(svg, { data, split: separation(map, data), state }, labels);
  return svg.innerHTML;
}

describe("golden drawings: kernel methods scatter plots", () => {
  it.each<FeatureMapId>(["identity", "lift", "product"])(
    "the data in the plane, feature map %s",
    async (map) => {
      const svg = goldenSvg(
        { width: PLOT_2D.size, height: PLOT_2D.size, style: STYLE },
        drawn(drawScatter2d, map, 0),
      );
      await expect(svg).toMatchFileSnapshot(`./golden/kernel-scatter2d-${map}.svg`);
    },
  );

  it.each<FeatureMapId>(["lift", "product"])(
    "the lifted data in 3-D, feature map %s",
    async (map) => {
      const svg = goldenSvg(
        { width: PLOT_3D.width, height: PLOT_3D.height, style: STYLE },
        drawn(drawScatter3d, map, 125),
      );
      await expect(svg).toMatchFileSnapshot(`./golden/kernel-scatter3d-${map}.svg`);
    },
  );
});
