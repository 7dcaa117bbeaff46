/** One run of an exercise paragraph: plain text, or the TeX source of inline math. */
export type TextSegment = { kind: "text"; text: string } | { kind: "math"; tex: string };

/** The paragraphs of an exercise text as stored by remarkExercises (blank-line separated). */
export function exerciseParagraphs(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Splits a paragraph into text and `$…$` math, undoing the `\$` escape of literal dollars.
 * An unmatched `$` stays text.
 */
export function mathSegments(paragraph: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let text = "";
  const pushText = () => {
    if (text) segments.push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (ch === "\\" && paragraph[i + 1] === "$") {
      text += "$";
      i++;
    } else if (ch === "$") {
      const end = paragraph.indexOf("$", i + 1);
      if (end < 0) {
        text += paragraph.slice(i);
        break;
      }
      pushText();
      segments.push({ kind: "math", tex: paragraph.slice(i + 1, end) });
      i = end;
    } else {
      text += ch;
    }
  }
  pushText();
  return segments;
}
