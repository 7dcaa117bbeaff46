// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import rehypeScrollables from "./src/markdown/rehypeScrollables";
import rehypeNoBreak from "./src/markdown/rehypeNoBreak";
import remarkExercises from "./src/markdown/remarkExercises";
import { chunkOf } from "./scripts/chunks.mjs";

// BASE lets a teacher build the site for a sub-path, e.g. BASE=/cnn/ npm run build.
const base = process.env.BASE ?? "/";
// SITE is the site's public address (https://example.org), used for the pages' absolute links;
// without it they are root-relative, and scripts take the address from the page's location.
const site = process.env.SITE || undefined;
// OUT_DIR lets the test suite build the sub-path copy beside the normal one.
const outDir = process.env.OUT_DIR ?? "dist";

export default defineConfig({
  output: "static",
  base,
  outDir,
  trailingSlash: "always",
  site,
  server: { host: "127.0.0.1", port: 4321 },
  integrations: [mdx()],
  markdown: {
    // Code blocks stay plain text in the site's own colours: the default Shiki theme's comment
    // colour fails WCAG contrast (3.0:1), and plain code reads well in both themes.
    syntaxHighlight: false,
    // remarkExercises after remark-math: it reads inline math nodes.
    remarkPlugins: [remarkMath, remarkExercises],
    rehypePlugins: [[rehypeKatex, { output: "htmlAndMathml" }], rehypeScrollables, rehypeNoBreak],
  },
  // Scripts as files, never inlined: a strict Content-Security-Policy (script-src 'self') can
  // then allow them, and Vite's preload helper is only filled in for bundled chunks.
  build: { format: "directory", inlineStylesheets: "never" },
  vite: {
    build: {
      assetsInlineLimit: 0,
      // Terser packs the scripts about 2 % smaller than esbuild, gzipped (1.4 KiB on the heaviest
      // chapter): see docs/performance.md, "Page weight".
      minify: "terser",
      // No preload lists for dynamic imports: each widget's loader named every chunk its widget
      // needs (0.2–0.3 KiB each, five on a page). A widget's chunks are fetched as the browser
      // reads its imports, while the figure is still a screen away (defineWhenNear).
      modulePreload: false,
      // The figure kit and the page's common modules (scripts/chunks.mjs). Astro passes these
      // options to its prerender build too, where they only group the server's modules.
      rollupOptions: { output: { manualChunks: chunkOf, onlyExplicitManualChunks: true } },
      // SOURCEMAP=1 writes source maps, for scripts/js-weight.mjs to say what each chunk holds.
      sourcemap: process.env.SOURCEMAP === "1",
    },
  },
});
