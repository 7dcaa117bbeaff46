import type { StageId } from "../../core/stages";
import type { LensSource } from "./lensData";
import type { TermLensLabels } from "./labels";
import { readLensState, writeLensState, type LensState } from "./state";
import { fillLabel } from "../parseNumber";
import { fillParts } from "./fillParts";
import type { WidgetModule } from "../defineWhenNear";
import { followExplorer } from "./followExplorer";
import { WidgetElement } from "../shared/WidgetElement";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Words as the source wrote them (its terms, quotes, names), marked with its language. */
function original(
  text: string,
  language: LensSource["language"],
  tag: "span" | "p" = "span",
  className?: string,
) {
  const node = element(tag, text, className);
  node.lang = language;
  return node;
}

/**
 * Our words about a source (summary, note, translation), from the sources collection: in the
 * edition's language, but quoting the source's terms and code as written. Marked so that tests
 * of the interface's words can tell them apart.
 */
function sourceText(text: string, tag: "span" | "p" | "footer" = "span", className?: string) {
  const node = element(tag, text, className);
  node.dataset.sourceText = "";
  return node;
}

/**
 * <term-lens>: highlights the stages a source's words name. State is per instance; the URL
 * hash keys `tl.lens` and `tl.pin` (see state.ts) make a view linkable.
 */
class TermLens extends WidgetElement<TermLensLabels> {
  private sources: LensSource[] = [];
  private state!: LensState;

  protected start(): void {
    this.sources = JSON.parse(this.dataset.sources ?? "[]") as LensSource[];
    const read = readLensState(
      this.hash,
      this.sources.map((s) => s.id),
      this.dataset.fallback ?? this.sources[0].id,
    );
    this.state = read.state;
    this.find("[data-notice]").hidden = !read.fellBack;
    this.find("[data-interactive]").hidden = false;
    this.find<HTMLDetailsElement>("[data-table]").open = false;
    this.addEventListener("click", (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>("button[data-source]");
      if (button) this.choose({ ...this.state, lens: button.dataset.source! });
    });
    this.find<HTMLSelectElement>("select[data-pin]").addEventListener("change", (e) => {
      const value = (e.target as HTMLSelectElement).value;
      this.choose({ ...this.state, pin: value || null });
    });
    this.listen(window, "hashchange", () => {
      const next = readLensState(
        this.hash,
        this.sources.map((s) => s.id),
        this.state.lens,
      );
      this.render(next.state, false);
    });
    this.render(this.state, false);
    followExplorer(this, this.labels, this.listen);
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private choose(next: LensState): void {
    if (next.pin === next.lens) next.pin = null;
    this.writeHash(writeLensState(this.hash, next));
    this.render(next, true);
  }

  private render(state: LensState, announce: boolean): void {
    this.state = state;
    const primary = this.sources.find((s) => s.id === state.lens)!;
    const pinned = this.sources.find((s) => s.id === state.pin) ?? null;
    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-source]")) {
      button.setAttribute("aria-pressed", String(button.dataset.source === state.lens));
      button.toggleAttribute("data-pinned", button.dataset.source === state.pin);
    }
    this.find<HTMLSelectElement>("select[data-pin]").value = state.pin ?? "";
    for (const card of this.querySelectorAll<HTMLElement>(".lens__stage")) {
      const stage = card.dataset.stage as StageId;
      this.badge(card, "primary", primary, stage);
      this.badge(card, "pinned", pinned, stage);
    }
    this.panel("primary", primary, this.labels.chosen);
    const pinnedPanel = this.find("[data-panel='pinned']");
    pinnedPanel.hidden = !pinned;
    if (pinned) this.panel("pinned", pinned, this.labels.pinned);
    if (announce) {
      const { labels } = this;
      const list = document.createDocumentFragment();
      primary.stages.forEach((stage, i) => {
        if (i > 0) list.append(labels.listSeparator);
        list.append(
          ...fillParts(labels.stageWithWords, {
            stage,
            words: this.words(primary, stage),
          }),
        );
      });
      this.find("[data-status]").replaceChildren(
        ...fillParts(fillLabel(labels.announce, { count: primary.stages.length }), {
          source: primary.short,
          list,
        }),
      );
    }
  }

  /** One piece of the reference: the source's names and title in its language, ours marked, the URL a link. */
  private citationPart(part: LensSource["citation"][number], source: LensSource): Node | string {
    if (typeof part === "string") return part;
    if (part.origin === "source") return original(part.text, part.lang ?? source.language);
    if (part.origin === "ours") return sourceText(part.text);
    const link = element("a", part.text);
    link.href = part.text;
    return link;
  }

  /** A source's own words for a stage, each marked with the source's language, as a badge shows them. */
  private words(source: LensSource, stage: StageId): DocumentFragment {
    const { labels } = this;
    const fragment = document.createDocumentFragment();
    (source.labels[stage] ?? []).forEach((word, i) => {
      if (i > 0) fragment.append(labels.badgeSeparator);
      fragment.append(...fillParts(labels.badgeWord, { term: original(word, source.language) }));
    });
    return fragment;
  }

  private badge(
    card: HTMLElement,
    slot: "primary" | "pinned",
    source: LensSource | null,
    stage: StageId,
  ): void {
    const badge = card.querySelector<HTMLElement>(`[data-badge='${slot}']`)!;
    const named = Boolean(source?.labels[stage]?.length);
    badge.hidden = !named;
    badge.replaceChildren(source && named ? this.words(source, stage) : "");
    card.toggleAttribute(`data-${slot}`, named);
  }

  private panel(slot: "primary" | "pinned", source: LensSource, role: string): void {
    const panel = this.find(`[data-panel='${slot}']`);
    const heading = element("h3");
    const { labels } = this;
    heading.append(element("span", `${role}${labels.colon}`, "visually-hidden"), source.short);
    const list = element("ul");
    for (const usage of source.usages) {
      const item = element("li");
      const word = element("strong");
      word.append(...fillParts(labels.term, { term: original(usage.term, source.language) }));
      item.append(
        ...fillParts(labels.names, { term: word, stages: usage.stages.join(labels.listSeparator) }),
      );
      if (usage.quote?.verified) {
        const quote = element("blockquote");
        quote.append(original(usage.quote.text, source.language, "p"));
        if (usage.quote.translation) {
          // The Japanese edition: the verbatim quote stays in English and our translation follows
          // it, outside the blockquote (it is not the source's text) and marked as ours.
          const translation = element("p", "", "lens__translation");
          translation.append(
            element("span", `${labels.ourTranslation}${labels.colon}`, "lens__tag"),
            sourceText(usage.quote.translation),
          );
          item.append(
            quote,
            translation,
            sourceText(usage.quote.locator, "p", "lens__quote-locator"),
          );
        } else {
          quote.append(sourceText(usage.quote.locator, "footer"));
          item.append(quote);
        }
      } else if (usage.note || usage.quote) {
        const ours = element("p", `${labels.ourWords}${labels.colon}`);
        ours.append(sourceText(usage.note ?? usage.quote?.text ?? ""));
        item.append(ours);
      }
      list.append(item);
    }
    const cite = element("p", undefined, "lens__cite");
    cite.append(...source.citation.map((part) => this.citationPart(part, source)));
    const children: Node[] = [heading, sourceText(source.summary, "p"), list];
    if (source.usages.some((u) => u.quote && !u.quote.verified)) {
      children.push(element("p", labels.unverifiedNote, "lens__unverified"));
    }
    children.push(cite);
    panel.replaceChildren(...children);
  }
}

/** What the page's script defines as <term-lens> when it comes near (defineWhenNear). */
export const widget: WidgetModule = { element: TermLens };
