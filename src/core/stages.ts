/**
 * The stage ids the whole site shares (../DESIGN.md): the core's pipeline result,
 * the sources data, widget URLs, the glossary and the CSS colour tokens all use them.
 */
export const TENSOR_STAGES = ["x", "s1", "z1", "a1", "p1", "s2", "z2", "a2", "p2"] as const;
export const PARAMETER_STAGES = ["w1", "b1", "w2", "b2"] as const;
/** Readings of "feature map" that are functions, not tensors. */
export const FUNCTION_STAGES = ["F1", "F2", "phi"] as const;
export const STAGE_IDS = [...TENSOR_STAGES, ...PARAMETER_STAGES, ...FUNCTION_STAGES] as const;

export type TensorStageId = (typeof TENSOR_STAGES)[number];
export type StageId = (typeof STAGE_IDS)[number];

export function isStageId(value: string): value is StageId {
  return (STAGE_IDS as readonly string[]).includes(value);
}
