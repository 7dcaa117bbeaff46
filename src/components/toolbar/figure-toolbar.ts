import {
  figureCitationBibtex,
  figureCitationText,
  type CitationWords,
} from "../../widgets/shared/figureCitation";
import type { FigureFrame } from "../../widgets/shared/figureExport";
import { figureIds, linkToFigure, stateOnly } from "./figureLink";
import { landOnFigure } from "./landOnFigure";

/**
 * Adds the teacher's tools under every widget of the page: copy a link to its exact state
 * that lands on it, cite it, download it as PNG or SVG, and copy the code that embeds it. The
 * toolbar's markup, in the page's language, is a <template> rendered by the layout.
 */
const template = document.querySelector<HTMLTemplateElement>("template[data-figure-toolbar]");
const site = document.documentElement.dataset;
const citeWords = JSON.parse(template?.dataset.citeWords ?? "null") as
  (CitationWords & { figures: Record<string, string> }) | null;

// The exporter is loaded when a reader first downloads a figure: no page pays for it before.
async function exportFigure(widget: HTMLElement, frame: FigureFrame, kind: "svg" | "png") {
  const { figurePng, figureSvg } = await import("../../widgets/shared/figureExport");
  if (kind === "png") return figurePng(widget, frame);
  return new Blob([figureSvg(widget, frame).svg], { type: "image/svg+xml" });
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function copy(text: string, status: HTMLElement, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    // Clipboard access can be refused (insecure origin, permissions): show the text instead.
    status.textContent = text;
  }
}

function toggle(button: HTMLButtonElement, panel: HTMLElement): boolean {
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  panel.hidden = !open;
  return open;
}

const widgets = [...document.querySelectorAll<HTMLElement>(".widget")];
const ids = figureIds(widgets.map((w) => ({ tag: w.localName, view: w.dataset.view })));
const figures = new Map(widgets.map((widget, i) => [ids[i], widget]));

for (const [id, widget] of template ? figures : []) {
  const link = () => linkToFigure(location.href, id);
  const toolbar = template!.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const tag = widget.tagName.toLowerCase();
  const figureTitle = citeWords?.figures[tag] ?? tag;
  const find = <T extends HTMLElement>(selector: string) => toolbar.querySelector<T>(selector)!;
  const status = find("[data-toolbar-status]");
  const citeButton = find<HTMLButtonElement>("[data-action='cite']");
  const embedButton = find<HTMLButtonElement>("[data-action='embed']");
  const embedUrl = () =>
    new URL(
      `${site.base ?? "/"}${site.lang ?? "en"}/embed/${tag}/${stateOnly(location.hash)}`,
      location.href,
    ).href;
  const citation = () => ({
    siteTitle: site.siteTitle ?? document.title,
    chapterTitle: document.querySelector("h1")?.textContent?.trim() ?? document.title,
    url: link(),
    accessed: new Date(),
    figure: tag,
    figureTitle,
  });
  // An exported figure carries its title above it and its citation, the site's credit, below.
  const frame = () => ({ title: figureTitle, credit: figureCitationText(citation(), citeWords!) });
  toolbar.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-action]");
    if (!button) return;
    const done = button.dataset.done ?? "";
    switch (button.dataset.action) {
      case "link":
        void copy(link(), status, done);
        break;
      case "cite":
        if (toggle(citeButton, find("[data-panel='cite']"))) {
          find<HTMLTextAreaElement>("[data-cite-text]").value = figureCitationText(
            citation(),
            citeWords!,
          );
          find<HTMLTextAreaElement>("[data-cite-bib]").value = figureCitationBibtex(
            citation(),
            citeWords!,
          );
        }
        break;
      case "embed":
        if (toggle(embedButton, find("[data-panel='embed']"))) {
          const code = document.createElement("iframe");
          code.src = embedUrl();
          code.title = figureTitle;
          code.width = "100%";
          code.height = "720";
          code.setAttribute("loading", "lazy");
          find<HTMLTextAreaElement>("[data-embed-code]").value = code.outerHTML;
        }
        break;
      case "copy-embed":
        void copy(find<HTMLTextAreaElement>("[data-embed-code]").value, status, done);
        break;
      case "svg":
      case "png": {
        const kind = button.dataset.action === "png" ? "png" : "svg";
        void exportFigure(widget, frame(), kind).then(
          (blob) => {
            download(blob, `${tag}.${kind}`);
            status.textContent = done;
          },
          () => (status.textContent = button.dataset.failed ?? ""),
        );
        break;
      }
    }
  });
  widget.after(toolbar);
}

void landOnFigure(figures);
