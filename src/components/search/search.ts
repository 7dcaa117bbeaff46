import { parseExcerpt } from "./excerpt";

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  options(options: {
    baseUrl: string;
    ranking?: { metaWeights?: Record<string, number> };
  }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * <site-search>: a search box over Pagefind's static index, built with the site (npm run build).
 * The index lives at <base>pagefind/; nothing is sent anywhere.
 */
class SiteSearch extends HTMLElement {
  private pagefind: Promise<Pagefind> | null = null;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>("input[type=search]")!;
    const form = this.querySelector("form")!;
    this.querySelector<HTMLElement>("[data-search-ui]")!.hidden = false;
    this.querySelector<HTMLElement>("[data-no-js]")?.remove();
    form.addEventListener("submit", (e) => e.preventDefault());
    input.addEventListener("input", () => void this.search(input.value));
    const initial = new URLSearchParams(location.search).get("q");
    if (initial) {
      input.value = initial;
      void this.search(initial);
    }
  }

  private load(): Promise<Pagefind> {
    const base = this.dataset.base ?? "/";
    // The index is generated after the bundle, so the import must stay out of Vite's graph.
    this.pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(
      async (module: Pagefind) => {
        // A page's title already counts in its text (h1, weight 7); Pagefind's extra boost for a
        // match in the title metadata (5 by default) would rank every chapter with "feature map"
        // in its title above the glossary's definition and the chapter that asks the question.
        await module.options({ baseUrl: base, ranking: { metaWeights: { title: 1 } } });
        return module;
      },
    );
    return this.pagefind;
  }

  private async search(query: string): Promise<void> {
    const status = this.querySelector<HTMLElement>("[data-status]")!;
    const list = this.querySelector<HTMLOListElement>("[data-results]")!;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    let found: { results: PagefindResult[] } | null;
    try {
      found = await (await this.load()).debouncedSearch(query);
    } catch {
      status.textContent = this.dataset.unavailable ?? "";
      return;
    }
    if (!found) return; // superseded by a newer query
    const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((r) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = r.url;
        link.textContent = r.meta.title ?? r.url;
        const excerpt = document.createElement("p");
        for (const part of parseExcerpt(r.excerpt)) {
          if (part.marked) {
            const mark = document.createElement("mark");
            mark.textContent = part.text;
            excerpt.append(mark);
          } else {
            excerpt.append(part.text);
          }
        }
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent = (this.dataset.count ?? "{n}").replace("{n}", String(found.results.length));
  }
}

if (!customElements.get("site-search")) customElements.define("site-search", SiteSearch);
