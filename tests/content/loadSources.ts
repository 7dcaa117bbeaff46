/** Reads content/sources/*.yaml for the content tests (raw YAML, not yet validated). */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "js-yaml";

export const SOURCES_DIR = fileURLToPath(new URL("../../content/sources", import.meta.url));

export interface RawSourceFile {
  id: string;
  file: string;
  raw: unknown;
}

export function readSourceFiles(dir = SOURCES_DIR): RawSourceFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { id: basename(name, ".yaml"), file, raw: load(readFileSync(file, "utf8")) };
    });
}
