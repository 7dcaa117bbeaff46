/** The sources collection as the build reads it: content/sources/*.yaml, validated. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { sourceSchema } from "../../src/content/sourceSchema";

const dir = path.resolve("content/sources");

export const sourceEntries = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ""),
    data: sourceSchema.parse(load(readFileSync(path.join(dir, f), "utf8"))),
  }));
