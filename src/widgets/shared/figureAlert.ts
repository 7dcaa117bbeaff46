/** The language of the page around host, for messages that are not among the figure's labels. */
export function pageLanguage(host: HTMLElement): "en" | "ja" {
  return host.closest("[lang]")?.getAttribute("lang")?.startsWith("ja") ? "ja" : "en";
}

/** Tells the reader, inside the figure, why it cannot respond. */
export function showFigureAlert(host: HTMLElement, text: string): void {
  const message = document.createElement("p");
  message.className = "figure-alert";
  message.setAttribute("role", "alert");
  message.textContent = text;
  host.prepend(message);
}
