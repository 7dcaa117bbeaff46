import {
  figureCitationBibtex,
  figureCitationText,
  type CitationWords,
} from "../../widgets/shared/figureCitation";
import type { FigureFrame } from "../../widgets/shared/figureExport";
import { embedCode } from "../embed/embedCode";
import type { LectureFigure, LectureMode } from "../lecture/lectureMode";
import { figureIds, figureInHash, lectureInHash, linkToFigure, stateOnly } from "./figureLink";
import { landOnFigure } from "./landOnFigure";
import { instanceHash } from "../../widgets/instanceHash";

/**
 * Adds the teacher's tools under every widget of the page: copy a link to its exact state
 * that lands on it, cite it, download it as PNG or SVG, copy the code that embeds it, and
 * project it in lecture mode. The toolbar's markup, in the page's language, is a <template>
 * rendered by the layout.
 */
const template = document.querySelector<HTMLTemplateElement>("template[data-figure-toolbar]");
const site = document.documentElement.dataset;
const citeWords = JSON.parse(template?.dataset.citeWords ?? "null") as
  (CitationWords & { authors: string; figures: Record<string, string> }) | null;
// A chapter numbers its figures in reading order; an embed page holds one figure and was
// given its number in its chapter, and the chapter's address for the permalink, at build.
const chapter = document.querySelector<HTMLElement>("article[data-chapter-number]")?.dataset;
const chapterSlug = chapter?.chapterSlug ?? site.chapterSlug ?? "";
const pageHref = () =>
  site.chapterHref ? new URL(site.chapterHref + location.hash, location.href).href : location.href;

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
const ids = figureIds(
  widgets.map((w) => ({ tag: w.localName, view: w.dataset.view, key: w.dataset.key })),
);
const figures = new Map(widgets.map((widget, i) => [ids[i], widget]));
// Lecture mode steps through the page's figures in reading order. In a frame (an embedded
// figure) it has no screen to fill, so its button goes.
const lectureTemplate = document.querySelector<HTMLTemplateElement>("template[data-lecture-bar]");
const lectureFigures: LectureFigure[] = [];
const inFrame = window.self !== window.top;
const canLecture = lectureTemplate !== null && !inFrame;
let lecture: Promise<LectureMode> | undefined;
// Lecture mode's code is loaded when a reader first opens it (a click, or a link to it): a page
// that is only read does not fetch it.
function openLecture(index: number): void {
  lecture ??= import("../lecture/lectureMode").then(({ lectureMode }) =>
    lectureMode(lectureTemplate!, lectureFigures),
  );
  void lecture.then((mode) => mode.open(index));
}

for (const [index, [id, widget]] of (template ? [...figures] : []).entries()) {
  const link = () => linkToFigure(pageHref(), id);
  const toolbar = template!.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const tag = widget.tagName.toLowerCase();
  // The figure's kind: its embed page and its title (a second one on a page has the same).
  const kind = widget.dataset.view ? `${tag}-${widget.dataset.view}` : tag;
  const figureTitle = citeWords?.figures[kind] ?? kind;
  const number = chapter ? `${chapter.chapterNumber}.${index + 1}` : (site.figureNumber ?? "");
  const find = <T extends HTMLElement>(selector: string) => toolbar.querySelector<T>(selector)!;
  const status = find("[data-toolbar-status]");
  const citeButton = find<HTMLButtonElement>("[data-action='cite']");
  const embedButton = find<HTMLButtonElement>("[data-action='embed']");
  const lectureButton = find<HTMLButtonElement>("[data-action='lecture']");
  if (canLecture) lectureFigures.push({ widget, id, title: figureTitle, button: lectureButton });
  else lectureButton.remove();
  // The embed page holds one copy, without a key: it gets this copy's state, unprefixed.
  const embedHash = () => stateOnly(instanceHash(location.hash, widget.dataset.key));
  const embedUrl = () =>
    new URL(`${site.base ?? "/"}${site.lang ?? "en"}/embed/${kind}/${embedHash()}`, location.href)
      .href;
  const citation = () => ({
    authors: citeWords!.authors,
    siteTitle: site.siteTitle ?? document.title,
    chapterTitle: document.querySelector("h1")?.textContent?.trim() ?? document.title,
    number,
    url: link(),
    accessed: new Date(),
    key: `${chapterSlug}-${id}`,
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
          find<HTMLTextAreaElement>("[data-embed-code]").value = embedCode(embedUrl(), figureTitle);
        }
        break;
      case "lecture":
        openLecture(index);
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

// A link copied in lecture mode opens it again, on its figure, once the page has landed there.
void landOnFigure(figures).then(() => {
  if (!canLecture || !lectureInHash(location.hash)) return;
  const index = [...figures.keys()].indexOf(figureInHash(location.hash) ?? "");
  if (index >= 0) openLecture(index);
});
