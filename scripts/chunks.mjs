// How the browser's JavaScript is cut into files (Rollup's manualChunks, used by astro.config.mjs).
//
// Left to itself, Rollup gives every set of widgets that share a module a chunk of its own:
// en/mechanics/ fetched 42 files, each gzipped alone, so each compressed without the others' words
// (7–10 KiB more than the same code gzipped as one file). The modules that most figures use go
// into one chunk instead, the figure kit: d3's scales, colours, formats and selections, the
// convolution core, the widget layer and the sample images' code. A page with a single small
// figure fetches code it does not run; the heaviest chapters fetch 4.3–5.5 KiB less, and a reader
// of many chapters fetches the kit once (docs/performance.md, "Page weight").
//
// Only the modules named here are placed so (astro.config.mjs sets onlyExplicitManualChunks):
// what they import, and is not named, stays where Rollup puts it, so the kit does not take in
// the modules behind the d3 and core barrels that only a few figures use.

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
 * What every page with a figure runs before its figures, in one chunk of its own: the URL's
 * state, the embed code and the loader of figures, which the figure toolbar and each figure's
 * script import, with Vite's preload helper. (The kit imports some of it too: were it in the
 * kit, every page would fetch the kit up front.)
 */
const PAGE_COMMON =
  /(\/src\/widgets\/(hashState|instanceHash|parseNumber|defineWhenNear)\.ts|\/src\/components\/embed\/embedCode\.ts|vite\/preload-helper\.js)$/;

/** @param {string} id a module's resolved path */
export function chunkOf(id) {
  if (KIT.some((pattern) => pattern.test(id))) return "figure-kit";
  if (PAGE_COMMON.test(id)) return "page-common";
}
