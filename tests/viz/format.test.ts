import { describe, expect, it } from "vitest";
import { tensor } from "../../src/core";
import { formatSize } from "../../src/viz/format";
import { LANGS } from "../../src/i18n";
import { biasActivationLabels } from "../../src/widgets/BiasActivation/labels";
import { mapAlt as biasMapAlt } from "../../src/widgets/BiasActivation/model";
import { channelsLabels } from "../../src/widgets/Channels/labels";
import { mapAlt as channelsMapAlt } from "../../src/widgets/Channels/text";
import { checkedExercisesLabels } from "../../src/widgets/CheckedExercises/labels";
import { mapView } from "../../src/widgets/CheckedExercises/mapView";
import { pipelineExplorerLabels } from "../../src/widgets/PipelineExplorer/labels";
import { mapAltText } from "../../src/widgets/PipelineExplorer/maps";
import { traceLabels } from "../../src/widgets/Trace/labels";
import { cropText } from "../../src/widgets/Trace/text";
import { trainedNetworkLabels } from "../../src/widgets/TrainedNetwork/labels";
import { mapAlt as trainedMapAlt } from "../../src/widgets/TrainedNetwork/text";

describe("formatSize", () => {
  it("writes rows by columns, the × spaced in English and set solid in Japanese (3×3, as the terminology table)", () => {
    expect(formatSize(28, 28, "en")).toBe("28 × 28");
    expect(formatSize(28, 28, "ja")).toBe("28×28");
    expect(formatSize(4, 3, "en")).toBe("4 × 3");
    expect(formatSize(4, 3, "ja")).toBe("4×3");
  });
});

/** How each edition writes a 64-row, 31-column grid. */
const WRITTEN = { en: "64 × 31", ja: "64×31" } as const;
const OTHER = { en: "64×31", ja: "64 × 31" } as const;

describe("the sizes in the maps' texts follow the edition", () => {
  const values = new Float32Array([0, 1]);
  const facts = { min: 0, max: 1, sum: 1, zeroShare: 0.5 };
  for (const lang of LANGS) {
    it(`${lang}: every widget that names a map's size writes it ${WRITTEN[lang]}`, () => {
      const texts = [
        channelsMapAlt(channelsLabels[lang], "z1", values, 31, 64),
        trainedMapAlt(trainedNetworkLabels[lang], "a1", 0, facts, 31, 64),
        mapAltText(pipelineExplorerLabels[lang], "z1", 0, { ...facts, mean: 0.5 }, 31, 64),
        cropText(traceLabels[lang], { top: 0, left: 0, size: 3 }, 64, 31),
        mapView(tensor([1, 64, 31], new Float32Array(64 * 31)), "a1", "{size}", lang).alt,
      ];
      for (const text of texts) {
        expect(text).toContain(WRITTEN[lang]);
        expect(text).not.toContain(OTHER[lang]);
      }
      const sample = lang === "en" ? "64 × 64" : "64×64";
      expect(biasMapAlt(biasActivationLabels[lang].mapAlt, "z1", values, lang)).toContain(sample);
      const records = [biasActivationLabels, channelsLabels, checkedExercisesLabels];
      const more = [pipelineExplorerLabels, traceLabels, trainedNetworkLabels];
      for (const labels of [...records, ...more]) expect(labels[lang].lang).toBe(lang);
    });
  }
});
