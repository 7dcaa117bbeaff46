import type { PipelineParams, PipelineResult } from "../../core";

/**
 * How the pipeline explorer tells other figures on its page (the term lens) what its network is
 * now: it dispatches NETWORK_EVENT on the document after each redraw, and answers NETWORK_REQUEST,
 * which a figure enhanced after the explorer sends to get the current state at once.
 */
export const NETWORK_EVENT = "pipeline-explorer:network";
export const NETWORK_REQUEST = "pipeline-explorer:request";

export interface ExplorerNetwork {
  params: PipelineParams;
  /** Updated in place by later edits: read it when the event arrives, do not keep it. */
  result: PipelineResult;
}
