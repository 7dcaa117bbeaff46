// Preselects the edition in the reader's browser language: it is outlined and listed first.
const preferred = navigator.languages
  .map((l) => l.slice(0, 2))
  .find((l) => l === "ja" || l === "en");
const item = preferred && document.querySelector<HTMLElement>(`[data-root-lang="${preferred}"]`);
if (item) {
  item.setAttribute("data-preferred", "");
  item.parentElement?.prepend(item);
}
