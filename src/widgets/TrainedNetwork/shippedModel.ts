// Build time only (imported from .astro front matter, never shipped): the trained network and
// the held-out digits, read from public/models/ so the first frame needs no JavaScript.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIGITS_FILE, WEIGHTS_FILE, readModelFiles } from "./model";

export function shippedModel() {
  const dir = join(process.cwd(), "public");
  return readModelFiles(
    readFileSync(join(dir, WEIGHTS_FILE)),
    readFileSync(join(dir, DIGITS_FILE)),
  );
}
