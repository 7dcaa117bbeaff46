import type { StageId } from "../../core/stages";
import type { ElementSpec, NodeSpec } from "../../viz/nodes";
import { fillLabel } from "../parseNumber";
import { fillParts } from "./fillParts";
import type { LensSource, LensUsage } from "./lensData";
import type { TermLensLabels } from "./labels";

/*
 * The lens's running text as element specs (drawNodes draws them): the words of a source marked
 * with its language, ours marked as ours, the interface's words plain.
 */

/** Words as the source wrote them (its terms, quotes, names), marked with its language. */
const original = (text: string, lang: string, tag: ElementSpec["tag"] = "span"): ElementSpec => ({
  tag,
  text,
  lang,
});

/** Our words about a source (summary, note, translation, locator), in the edition's language. */
const ours = (text: string, tag: ElementSpec["tag"] = "span", className?: string): ElementSpec => ({
  tag,
  text,
  ours: true,
  className,
});

/** A source's own words for a stage, as a badge shows them: each quoted, between separators. */
export function stageWords(source: LensSource, stage: StageId, labels: TermLensLabels): NodeSpec[] {
  return (source.labels[stage] ?? []).flatMap((word, i) => [
    ...(i > 0 ? [labels.badgeSeparator] : []),
    ...fillParts<NodeSpec>(labels.badgeWord, { term: original(word, source.language) }),
  ]);
}

/** What a choice announces: the source, how many stages it names and its words for each. */
export function announcement(source: LensSource, labels: TermLensLabels): NodeSpec[] {
  const list: NodeSpec[] = source.stages.flatMap((stage, i) => [
    ...(i > 0 ? [labels.listSeparator] : []),
    ...fillParts<NodeSpec>(labels.stageWithWords, {
      stage,
      words: { tag: "span", children: stageWords(source, stage, labels) },
    }),
  ]);
  return fillParts<NodeSpec>(fillLabel(labels.announce, { count: source.stages.length }), {
    source: source.short,
    list: { tag: "span", children: list },
  });
}

/** One usage of a term: the word and its stages, then the quote, or our words when unverified. */
function usageItem(usage: LensUsage, source: LensSource, labels: TermLensLabels): ElementSpec {
  const word: ElementSpec = {
    tag: "strong",
    children: fillParts<NodeSpec>(labels.term, { term: original(usage.term, source.language) }),
  };
  const line = fillParts<NodeSpec>(labels.names, {
    term: word,
    stages: usage.stages.join(labels.listSeparator),
  });
  const { quote } = usage;
  if (quote?.verified) {
    const text = original(quote.text, source.language, "p");
    if (!quote.translation) {
      return {
        tag: "li",
        children: [...line, { tag: "blockquote", children: [text, ours(quote.locator, "footer")] }],
      };
    }
    // The Japanese edition: the verbatim quote stays in English and our translation follows it,
    // outside the blockquote (it is not the source's text) and marked as ours.
    return {
      tag: "li",
      children: [
        ...line,
        { tag: "blockquote", children: [text] },
        {
          tag: "p",
          className: "lens__translation",
          children: [
            {
              tag: "span",
              className: "lens__tag",
              text: `${labels.ourTranslation}${labels.colon}`,
            },
            ours(quote.translation),
          ],
        },
        ours(quote.locator, "p", "lens__quote-locator"),
      ],
    };
  }
  if (usage.note || quote) {
    const said: ElementSpec = {
      tag: "p",
      children: [`${labels.ourWords}${labels.colon}`, ours(usage.note ?? quote?.text ?? "")],
    };
    return { tag: "li", children: [...line, said] };
  }
  return { tag: "li", children: line };
}

/** One piece of the reference: the source's names and title in its language, ours marked, the URL a link. */
function citationPart(part: LensSource["citation"][number], source: LensSource): NodeSpec {
  if (typeof part === "string") return part;
  if (part.origin === "source") return original(part.text, part.lang ?? source.language);
  if (part.origin === "ours") return ours(part.text);
  return { tag: "a", text: part.text, href: part.text };
}

/** A source's panel: its name (with the panel's role for screen readers), summary, usages, reference. */
export function panelText(source: LensSource, role: string, labels: TermLensLabels): ElementSpec[] {
  const unverified = source.usages.some((u) => u.quote && !u.quote.verified);
  return [
    {
      tag: "h3",
      children: [
        { tag: "span", className: "visually-hidden", text: `${role}${labels.colon}` },
        source.short,
      ],
    },
    ours(source.summary, "p"),
    { tag: "ul", children: source.usages.map((usage) => usageItem(usage, source, labels)) },
    ...(unverified
      ? [{ tag: "p", className: "lens__unverified", text: labels.unverifiedNote } as const]
      : []),
    {
      tag: "p",
      className: "lens__cite",
      children: source.citation.map((part) => citationPart(part, source)),
    },
  ];
}
