/** What a key press asks of lecture mode. */
export type LectureCommand = "previous" | "next" | "close";

/** The parts of a key press lecture mode reads. */
export interface LectureKey {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** A control of the figure has used the press (a field putting back its value on Escape). */
  defaultPrevented: boolean;
}

const STEPS: Readonly<Record<string, LectureCommand>> = {
  ArrowLeft: "previous",
  PageUp: "previous",
  ArrowRight: "next",
  PageDown: "next",
};

/**
 * The command a key press gives in lecture mode, if any. Escape leaves from anywhere; the
 * stepping keys (arrows, and Page Up / Page Down, which a projector remote sends) act only
 * `onFrame`, when the focus is on the figure itself or on lecture mode's own buttons: inside the
 * figure, arrows move the sliding window, a drawing brush, a grid's cursor or a field's value.
 */
export function lectureCommand(press: LectureKey, onFrame: boolean): LectureCommand | null {
  if (press.defaultPrevented || press.altKey || press.ctrlKey || press.metaKey) return null;
  if (press.key === "Escape") return "close";
  return onFrame ? (STEPS[press.key] ?? null) : null;
}
