/**
 * The theme switch: a button that flips the effective theme (the reader's choice, else the
 * system's) and remembers the choice in localStorage. Its label says what a press will do
 * ("Switch to light theme" while dark), not what is on: a reader need not guess whether a
 * pressed "Dark theme" means dark now or dark next. The inline script in Base.astro applies a
 * stored choice before the first paint.
 */
const KEY = "fme-theme";
const systemDark = matchMedia("(prefers-color-scheme: dark)");

function effectiveDark(): boolean {
  const chosen = document.documentElement.dataset.theme;
  return chosen ? chosen === "dark" : systemDark.matches;
}

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-theme-switch]")) {
  const sync = () => {
    const label = effectiveDark() ? button.dataset.toLight : button.dataset.toDark;
    if (label) button.textContent = label;
  };
  sync();
  button.removeAttribute("data-pending");
  systemDark.addEventListener("change", sync);
  button.addEventListener("click", () => {
    const theme = effectiveDark() ? "light" : "dark";
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // Private browsing may refuse storage; the switch still works for this page.
    }
    sync();
  });
}
