import { select } from "d3";
import { drawNodes } from "../../viz/nodes";
import { joinSentences } from "../shared/sentences";
import type { CheckedExercisesLabels } from "./labels";

/** What a check found: right or not, and the sentences that say what the core found. */
export interface Verdict {
  ok: boolean;
  text: string;
}

/**
 * The verdict under a task: "Correct." or "Not yet." in bold, then what the core found; empty
 * (and so unstyled) before the first check. The build draws it empty, the browser on each check.
 */
export function drawResult(
  p: HTMLParagraphElement,
  verdict: Verdict | null,
  labels: CheckedExercisesLabels,
): void {
  const root = select(p)
    .attr("class", "cx__result")
    .attr("role", "status")
    .attr("data-result", "")
    .attr("data-ok", verdict ? String(verdict.ok) : null);
  if (!verdict) {
    drawNodes(root, []);
    return;
  }
  const said = verdict.ok ? labels.correct : labels.notYet;
  // The rest of the sentence pair as the language writes it (a space after English only).
  const rest = joinSentences(said, verdict.text).slice(said.length);
  drawNodes(root, [{ tag: "strong", text: said }, rest]);
}
