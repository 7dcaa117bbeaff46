import { readHash } from "./hashState";

/**
 * Two copies of one widget on a page would read and write the same hash keys. A copy given a
 * key (`<SlidingWindow key="b" />`) keeps its state under that key instead: `#b~sw.pos=3,5`
 * beside the other copy's `#sw.pos=1,1`. The widget's state module never sees the prefix: it
 * reads and writes the instance's view of the hash, and the changes go back prefixed. A copy
 * without a key uses the keys as they are, so every existing link keeps working.
 */

/** A letter, then up to seven letters or digits: nothing a hash key or a figure id must escape. */
const INSTANCE_KEY = /^[a-z][a-z0-9]{0,7}$/;
/** Between an instance's key and a state key; no widget's key holds it, and it needs no %-escape. */
const SEPARATOR = "~";

/** The key given to a widget, checked at build: a bad one would break the hash's grammar. */
export function checkInstanceKey(key: string | undefined): string | undefined {
  if (key === undefined || INSTANCE_KEY.test(key)) return key;
  throw new Error(
    `A widget's key names its state in the URL, so it must be a lower-case letter and up to ` +
      `seven more letters or digits, such as "b"; got ${JSON.stringify(key)}.`,
  );
}

/**
 * The hash as the instance with `key` sees it: its own pairs, prefix removed, in their written
 * (still %-escaped) form so that its state module can notice one it cannot decode. Without a
 * key, the whole hash.
 */
export function instanceHash(hash: string, key: string | undefined): string {
  if (key === undefined) return hash;
  const prefix = key + SEPARATOR;
  const own = (hash.startsWith("#") ? hash.slice(1) : hash)
    .split("&")
    .filter((part) => part.startsWith(prefix))
    .map((part) => part.slice(prefix.length));
  return own.length ? `#${own.join("&")}` : "";
}

/**
 * What turns the instance's view `before` into `after`, as updates to the page's hash (for
 * hashState's writeHash): changed or new keys with their value, dropped keys as undefined.
 */
export function instanceChanges(
  before: string,
  after: string,
  key: string | undefined,
): Record<string, string | undefined> {
  const prefix = key === undefined ? "" : key + SEPARATOR;
  const was = readHash(before);
  const now = readHash(after);
  // No prototype: a hash may hold a key such as `__proto__`, which must stay an ordinary key.
  const changes = Object.create(null) as Record<string, string | undefined>;
  for (const name of was.keys()) if (!now.has(name)) changes[prefix + name] = undefined;
  for (const [name, value] of now) if (was.get(name) !== value) changes[prefix + name] = value;
  return changes;
}
