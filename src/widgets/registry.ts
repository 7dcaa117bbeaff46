/**
 * Every widget, by its custom-element name, with the chapter it belongs to and the component
 * that draws it in the chapters' MDX. The embed pages (/<lang>/embed/<figure>/) and their links
 * back are generated from this list.
 */
export const WIDGETS = [
  { name: "pipeline-explorer", chapter: "pipeline", component: "PipelineExplorer" },
  { name: "term-lens", chapter: "pipeline", component: "TermLens" },
  { name: "sliding-window", chapter: "mechanics", component: "SlidingWindow" },
  { name: "bias-activation", chapter: "mechanics", component: "BiasActivation" },
  { name: "channels-view", chapter: "mechanics", component: "Channels" },
  { name: "conv-arithmetic", chapter: "mechanics", component: "ConvArithmetic" },
  { name: "trace-view", chapter: "mechanics", component: "Trace" },
  { name: "kernel-feature-map", chapter: "kernel-methods", component: "KernelFeatureMap" },
  { name: "trained-network", chapter: "trained-network", component: "TrainedNetwork" },
] as const;

export type WidgetName = (typeof WIDGETS)[number]["name"];

/** Widgets shown as several figures, one per view (the `view` attribute of one element). */
const WIDGET_VIEWS: Partial<Record<WidgetName, readonly string[]>> = {
  "trained-network": ["maps", "dead", "occlusion"],
};

/** One figure a teacher can link, cite and embed: a widget, or one view of a widget. */
export interface Figure {
  /** The figure's id, as in links (`#fig=<id>`, src/components/toolbar/figureLink.ts). */
  id: string;
  tag: WidgetName;
  view?: string;
  /** The chapter it belongs to (its home; a figure may also appear in other chapters). */
  chapter: string;
}

export const FIGURES: readonly Figure[] = WIDGETS.flatMap((w) =>
  (WIDGET_VIEWS[w.name] ?? [undefined]).map((view) => ({
    id: view ? `${w.name}-${view}` : w.name,
    tag: w.name,
    view,
    chapter: w.chapter,
  })),
);

/**
 * The widgets an MDX chapter shows, in reading order, as element name and view: what the
 * figure ids and figure numbers of a chapter are computed from at build time.
 */
export function figuresInMdx(body: string): { tag: WidgetName; view?: string; key?: string }[] {
  const byComponent = new Map<string, WidgetName>(WIDGETS.map((w) => [w.component, w.name]));
  return [...body.matchAll(/^<([A-Z][A-Za-z]*)\b([^>]*)>/gm)].flatMap(([, component, attrs]) => {
    const tag = byComponent.get(component);
    if (!tag) return [];
    // Without a view attribute the widget shows its first view (TrainedNetwork: "maps").
    const view = /\bview="([a-z-]+)"/.exec(attrs)?.[1] ?? WIDGET_VIEWS[tag]?.[0];
    const key = /\bkey="([^"]*)"/.exec(attrs)?.[1];
    return [{ tag, ...(view ? { view } : {}), ...(key === undefined ? {} : { key }) }];
  });
}
