/**
 * Every widget, by its custom-element name, with the chapter it belongs to. The embed pages
 * (/<lang>/embed/<name>/) and their links back are generated from this list.
 */
export const WIDGETS = [
  { name: "pipeline-explorer", chapter: "pipeline" },
  { name: "term-lens", chapter: "pipeline" },
  { name: "sliding-window", chapter: "mechanics" },
  { name: "bias-activation", chapter: "mechanics" },
  { name: "channels-view", chapter: "mechanics" },
  { name: "conv-arithmetic", chapter: "mechanics" },
  { name: "trace-view", chapter: "mechanics" },
  { name: "kernel-feature-map", chapter: "kernel-methods" },
  { name: "trained-network", chapter: "trained-network" },
] as const;

export type WidgetName = (typeof WIDGETS)[number]["name"];
