// @ts-check
import { defineConfig } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";
import globals from "globals";

export default defineConfig(
  { ignores: ["dist/", "dist-sub/", ".astro/", "node_modules/", "reports/", ".stryker-tmp/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The core is pure math: no DOM, no d3, no Astro, no unseeded randomness.
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["d3*", "astro*", "astro:*", "../viz/*", "../widgets/*", "../components/*"] },
      ],
      "no-restricted-globals": ["error", "document", "window", "navigator", "localStorage"],
      "no-restricted-properties": ["error", { object: "Math", property: "random" }],
    },
  },
);
