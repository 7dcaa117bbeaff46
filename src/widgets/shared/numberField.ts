import { parseFieldNumber } from "../parseNumber";

/**
 * Numeric fields are text fields (type="text" with inputmode) rather than type="number": a
 * number field hides what the reader typed (Chrome turns a pasted "−2" into 2 and hands over
 * "1e999" as empty), so no message could say what was wrong. This gives them back the keyboard
 * of a number field, once for every widget.
 */

/** Steps per key: the arrows move by the field's step, Page Up/Down by ten of them. */
const STEPS: Readonly<Record<string, number>> = {
  ArrowUp: 1,
  ArrowDown: -1,
  PageUp: 10,
  PageDown: -10,
};

export interface StepRange {
  step: number;
  min: number;
  max: number;
}

/**
 * The text of a field moved by `steps` steps within [min, max]; null when it would not change.
 * Unreadable text starts from 0 (brought into range), as a number field does.
 */
export function steppedText(text: string, steps: number, range: StepRange): string | null {
  const parsed = parseFieldNumber(text, Number.MAX_VALUE);
  const from = parsed.ok ? parsed.value : 0;
  const moved = Math.max(range.min, Math.min(range.max, from + steps * range.step));
  // Twelve significant digits drop the binary noise of sums such as 0.1 + 0.2.
  const next = String(Number(moved.toPrecision(12)) || 0);
  return parsed.ok && next === text.trim() ? null : next;
}

/** The range a field declares with data-step, data-min and data-max. */
function rangeOf(field: HTMLInputElement): StepRange {
  const read = (value: string | undefined, fallback: number) =>
    value === undefined || value === "" || !Number.isFinite(Number(value))
      ? fallback
      : Number(value);
  return {
    step: read(field.dataset.step, 1),
    min: read(field.dataset.min, -Infinity),
    max: read(field.dataset.max, Infinity),
  };
}

/**
 * Whether the on-screen keypad `inputmode="decimal"` brings up has no minus key: the iPhone's
 * has digits and a point only. Other phones' decimal keypads have a minus; an iPad shows its
 * full keyboard.
 */
export function decimalKeypadLacksMinus(userAgent: string): boolean {
  return /\b(iPhone|iPod)\b/.test(userAgent);
}

/**
 * Makes every `input[data-step]` inside `root` step with the arrow and page keys, and put back
 * its last good value on Escape. A step sends `input` then `change`, as a number field's step
 * does, so the widget's own handlers apply it; Escape on a field marked invalid sends `change`,
 * on which every widget restores the value its figure still uses (as on blur). Where the decimal
 * keypad has no minus, a field that takes negative numbers asks for the full keyboard instead.
 */
export function enableNumberFields(root: HTMLElement): void {
  if (decimalKeypadLacksMinus(navigator.userAgent)) {
    for (const field of root.querySelectorAll<HTMLInputElement>(
      'input[inputmode="decimal"][data-step]',
    )) {
      if (rangeOf(field).min < 0) field.inputMode = "text";
    }
  }
  root.addEventListener("keydown", (event) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || field.dataset.step === undefined) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "Escape") {
      if (field.getAttribute("aria-invalid") !== "true") return;
      event.preventDefault();
      field.dispatchEvent(new Event("change", { bubbles: true }));
      return;
    }
    const steps = STEPS[event.key];
    if (steps === undefined) return;
    event.preventDefault();
    const next = steppedText(field.value, steps, rangeOf(field));
    if (next === null) return;
    field.value = next;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
  });
}
