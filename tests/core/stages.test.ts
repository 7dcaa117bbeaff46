import { describe, expect, it } from "vitest";
import { isStageId, STAGE_IDS, TENSOR_STAGES } from "../../src/core/index";

describe("stages", () => {
  it("isStageId accepts the shared ids and rejects others", () => {
    for (const id of STAGE_IDS) expect(isStageId(id)).toBe(true);
    expect(isStageId("z3")).toBe(false);
    expect(isStageId("")).toBe(false);
  });

  it("TENSOR_STAGES are the keys runPipeline fills, in order", () => {
    expect(TENSOR_STAGES).toEqual(["x", "s1", "z1", "a1", "p1", "s2", "z2", "a2", "p2"]);
  });
});
