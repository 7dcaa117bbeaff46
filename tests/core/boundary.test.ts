import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const CORE = resolve(dirname(fileURLToPath(import.meta.url)), "../../src/core");
const FORBIDDEN_GLOBALS = new Set([
  "document",
  "window",
  "navigator",
  "localStorage",
  "globalThis",
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Everything in a core file that breaks the rule "src/core imports nothing outside
 * itself, touches no DOM and uses no unseeded randomness". Comments and strings are
 * ignored because the check walks the syntax tree ("pooling window" is fine).
 */
function violations(file: string, text: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const checkSpecifier = (spec: string) => {
    if (!spec.startsWith("./") && !spec.startsWith("../")) {
      found.push(`imports the package "${spec}"`);
      return;
    }
    const target = resolve(dirname(file), spec);
    if (relative(CORE, target).startsWith(".."))
      found.push(`imports "${spec}" from outside src/core`);
  };
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      checkSpecifier(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      if (isDynamicImport || isRequire) {
        const arg = node.arguments[0];
        if (ts.isStringLiteralLike(arg)) checkSpecifier(arg.text);
        else found.push("imports a computed module name");
      }
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const lit = node.argument.literal;
      if (ts.isStringLiteral(lit)) checkSpecifier(lit.text);
    }
    if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isPropertyName) found.push(`uses ${node.text}`);
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "Math" &&
      node.name.text === "random"
    ) {
      found.push("uses Math.random (use createRandom)");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("src/core import boundary", () => {
  const files = sourceFiles(CORE);

  it("src/core has files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))(
    "%s imports only from src/core and uses no DOM or Math.random",
    (_name, file) => {
      expect(violations(file, readFileSync(file, "utf8"))).toEqual([]);
    },
  );

  it("violations catches d3, astro, outside paths, DOM globals and Math.random", () => {
    const file = join(CORE, "bad.ts");
    const bad = [
      'import { select } from "d3-selection";',
      'import { getCollection } from "astro:content";',
      'import { draw } from "../viz/heatmap";',
      'export { x } from "../widgets/x";',
      'const m = await import("astro");',
      "document.title = 'x';",
      "const w = window.innerWidth;",
      "const r = Math.random();",
    ].join("\n");
    expect(violations(file, bad)).toEqual([
      'imports the package "d3-selection"',
      'imports the package "astro:content"',
      'imports "../viz/heatmap" from outside src/core',
      'imports "../widgets/x" from outside src/core',
      'imports the package "astro"',
      "uses document",
      "uses window",
      "uses Math.random (use createRandom)",
    ]);
  });

  it("violations ignores the words in comments, strings and property names", () => {
    const ok = [
      'import { tensor } from "./tensor";',
      'import type { Tensor } from "../core/tensor";',
      "// the pooling window; see the document",
      'const message = "The 2×2 pooling window is larger than the input.";',
      "const o = { window: 2 }; o.window = 3;",
    ].join("\n");
    expect(violations(join(CORE, "ok.ts"), ok)).toEqual([]);
  });
});
