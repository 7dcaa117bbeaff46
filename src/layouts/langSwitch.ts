/**
 * The language switch keeps the reader on the same widget state: the figures' state lives in
 * the URL hash, which a plain link to the other edition would drop.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-lang-switch]")) {
  link.addEventListener("click", () => {
    const target = new URL(link.href);
    target.hash = location.hash;
    link.href = target.href;
  });
}
