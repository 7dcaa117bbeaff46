// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";

// BASE lets a teacher build the site for a sub-path, e.g. BASE=/cnn/ npm run build.
const base = process.env.BASE ?? "/";

export default defineConfig({
  output: "static",
  base,
  trailingSlash: "always",
  site: "http://127.0.0.1:4321",
  server: { host: "127.0.0.1", port: 4321 },
  integrations: [mdx()],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatex, { output: "htmlAndMathml" }]],
  },
  build: { format: "directory" },
});
