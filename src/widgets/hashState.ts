/**
 * Widget state in the URL hash, as `#key=value&key=value`, so that a teacher can link to an
 * exact view. Each widget reads and writes only its own keys and leaves the others alone.
 * Parsing never throws: a hand-edited or truncated hash yields what could be read.
 */
export function readHash(hash: string): Map<string, string> {
  const entries = new Map<string, string>();
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!text.includes("=")) return entries;
  for (const part of text.split("&")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const key = decode(part.slice(0, eq));
    // A key with a malformed %-escape is no widget's; skip the pair. A value with one keeps its
    // raw text, which no widget accepts, so the widget owning the key says it fell back.
    if (key !== null) entries.set(key, decode(part.slice(eq + 1)) ?? part.slice(eq + 1));
  }
  return entries;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Returns the hash with `updates` applied; `undefined` removes a key. Other keys are kept. */
export function writeHash(hash: string, updates: Record<string, string | undefined>): string {
  const entries = readHash(hash);
  for (const [key, value] of Object.entries(updates)) {
    if (value === undefined) entries.delete(key);
    else entries.set(key, value);
  }
  const text = [...entries]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join("&");
  return text ? `#${text}` : "";
}
