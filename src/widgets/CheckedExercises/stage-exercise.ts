import { fillLabel } from "../parseNumber";
import type { CheckedExercisesLabels } from "./labels";
import { checkStage, type StageQuiz, type StageVerdict } from "./model";
import { enableControls, showResult } from "./exerciseUi";
import type { WidgetModule } from "../defineWhenNear";
import { WidgetElement } from "../shared/WidgetElement";

/** The quiz as the page passes it: the note in the page's language only. */
type PageQuiz = Omit<StageQuiz, "note"> & { note: string };

/**
 * <stage-exercise>: which stage does an author call the feature map? The right stages and a hint
 * for each wrong one were derived from the sources collection at build time.
 */
class StageExercise extends WidgetElement<CheckedExercisesLabels> {
  private quiz!: PageQuiz;

  protected start(): void {
    this.quiz = JSON.parse(this.dataset.quiz ?? "{}") as PageQuiz;
    enableControls(this);
    const form = this.querySelector("form");
    form?.addEventListener("submit", (e) => {
      e.preventDefault();
      const chosen = form.querySelector<HTMLInputElement>("input[type='radio']:checked");
      const verdict = checkStage(this.quiz, chosen?.value ?? null);
      showResult(this, this.labels, {
        ok: verdict.ok,
        text: this.explain(verdict, chosen?.value ?? ""),
      });
    });
  }

  private explain(verdict: StageVerdict, stage: string): string {
    const words = this.labels.stage;
    if (verdict.ok) return fillLabel(words.success, { note: this.quiz.note });
    const hint = verdict.hint;
    switch (hint.kind) {
      case "unanswered":
        return words.unanswered;
      case "own":
        return fillLabel(words.own, { stage, term: hint.term });
      case "other":
        return fillLabel(words.other, { stage, source: hint.source, term: hint.term });
      default:
        return fillLabel(words.none, { stage });
    }
  }
}

/** What the page's script defines as <stage-exercise> when it comes near (defineWhenNear). */
export const widget: WidgetModule = { element: StageExercise };
