// How the browser's JavaScript is cut into files (Rollup's manualChunks, used by astro.config.mjs).
//
// Left to itself, Rollup gives every set of widgets that share a module a chunk of its own: the
// heaviest chapter fetched 38 files, each gzipped alone, so each compressed without the others'
// words (7–10 KiB more than the same code gzipped as one file). The modules that most figures use
// go into one chunk instead, the figure kit: d3's scales, colours, formats and selections, the
// convolution core, the widget layer and the sample images' code. A page with a single small
// figure fetches code it does not run; the heaviest chapters fetch 4–5.5 KiB less, and a reader
// of many chapters fetches the kit once (docs/performance.md, "Page weight").
//
// What else a kit module imports is pulled into the kit too (Rollup does so for a manual chunk),
// so the modules that must stay out of it are named here as chunks of their own.

/** Modules in the kit, by path under the repository. */
const KIT = [
  /\/node_modules\/d3-(array|color|interpolate|scale|format|selection)\//,
  /\/src\/core\/(tensor|shape|bias|presets|conv2d|activations|pooling|pipeline)\.ts$/,
  /\/src\/viz\/(format|scales|heatmap|legend|part|mapPicture)\.ts$/,
  /\/src\/widgets\/shared\/(WidgetElement|figureAlert|writeBudget|download|sentences|canvasMaps|numberField|fieldError|brush|explorerNetwork)\.ts$/,
  /\/src\/widgets\/samples\/(index|photos|generated|load)\.ts$/,
  /\/src\/widgets\/PipelineExplorer\/(model|network)\.ts$/,
];

/**
 * Modules kept out of the kit, in chunks named here: what every page runs before its figures (the
 * URL's state, the embed code and the loader of figures, which the figure toolbar and each
 * figure's script import, with Vite's preload helper), and what only some figures use (d3's axis; its
 * shapes and dragging; the explorer's incremental update; the trained network's random numbers).
 */
const APART = {
  "page-common":
    /(\/src\/widgets\/(hashState|instanceHash|parseNumber|defineWhenNear)\.ts|\/src\/components\/embed\/embedCode\.ts|vite\/preload-helper\.js)$/,
  "d3-axis": /\/node_modules\/d3-axis\//,
  "d3-shape-drag": /\/node_modules\/d3-(shape|path|drag|dispatch)\//,
  "pipeline-update": /\/src\/core\/(incremental|pipelineUpdate)\.ts$/,
  random: /\/src\/core\/random\.ts$/,
};

/** @param {string} id a module's resolved path */
export function chunkOf(id) {
  if (KIT.some((pattern) => pattern.test(id))) return "figure-kit";
  return Object.keys(APART).find((name) => APART[name].test(id));
}
