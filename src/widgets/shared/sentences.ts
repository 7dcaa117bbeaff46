/**
 * Runs sentences together as each language writes them: a space after an English sentence,
 * none after a Japanese one (「…。」 is followed directly by the next sentence). Empty parts are
 * skipped.
 */
export function joinSentences(...parts: string[]): string {
  return parts
    .filter((part) => part !== "")
    .reduce((text, part) => {
      if (text === "") return part;
      return /[。！？」）]$/.test(text) ? text + part : `${text} ${part}`;
    }, "");
}
