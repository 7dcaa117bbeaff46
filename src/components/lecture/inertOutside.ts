/**
 * Makes the whole page inert (no focus, no pointer, hidden from assistive technology) except
 * `shown` and its ancestors' other `kept` children: every sibling of `shown` and of each of its
 * ancestors up to <body>. The figure stays where it is in the document, so its state stays live.
 * Returns what undoes it; elements that were inert already stay so.
 */
export function inertOutside(shown: Element, kept: readonly Element[]): () => void {
  const made: Element[] = [];
  for (let node = shown; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || kept.includes(sibling) || sibling.hasAttribute("inert")) continue;
      sibling.setAttribute("inert", "");
      made.push(sibling);
    }
  }
  return () => made.forEach((element) => element.removeAttribute("inert"));
}
