/**
 * An element's markup with each element's attributes in name order: a redraw that removes a
 * flag (data-cut) and sets it again later appends it last, which changes the markup's bytes
 * but not the document, so tests comparing a redraw with a fresh draw compare this.
 */
export function sortedMarkup(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const el of [copy, ...copy.querySelectorAll("*")]) {
    const attributes = [...el.attributes]
      .map((a) => [a.name, a.value] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [name] of attributes) el.removeAttribute(name);
    for (const [name, value] of attributes) el.setAttribute(name, value);
  }
  return copy.outerHTML;
}
