// Build time and tests only (never shipped): the photographs' pixels, read from the same files
// in public/ that a browser downloads, so a widget's first frame and its later frames agree.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PHOTOS } from "./photos";
import { photoFile, storePhoto } from "./index";

/** Stores every photograph's pixels for sampleValues; call before drawing a first frame. */
export function readShippedPhotos(): void {
  for (const { id } of PHOTOS) {
    storePhoto(id, readFileSync(join(process.cwd(), "public", photoFile(id))));
  }
}
