export type FieldError = "empty" | "notANumber" | "outOfRange";
export type ParsedNumber = { ok: true; value: number } | { ok: false; error: FieldError };

/** The largest magnitude a kernel or bias field accepts; beyond it the maps lose all contrast. */
export const FIELD_LIMIT = 100;

/**
 * Reads what a reader typed into a numeric field. Accepts "1.5", "-2", ".5", "1e-2" and a
 * Unicode minus; refuses empty text, partial input such as "-", non-numbers and values beyond
 * ±limit. The error is a code, so each language edition words the message itself.
 */
export function parseFieldNumber(text: string, limit = FIELD_LIMIT): ParsedNumber {
  const trimmed = text.trim().replace(/\u2212/g, "-");
  if (trimmed === "") return { ok: false, error: "empty" };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) {
    return { ok: false, error: "notANumber" };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value) || Math.abs(value) > limit) return { ok: false, error: "outOfRange" };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** Fills {name} placeholders in a label. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
