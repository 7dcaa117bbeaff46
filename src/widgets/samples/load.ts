// In a browser: the photographs' pixels, downloaded when a widget first needs them, so pages
// do not carry them as JavaScript.
import { fillLabel } from "../parseNumber";
import { download } from "../shared/download";
import { pageLanguage, showFigureAlert } from "../shared/figureAlert";
import { isPhoto, photoFile, storePhoto } from "./index";

/** Downloads the photographs among ids (once per page), so sampleValues can return them. */
export async function loadSamples(ids: readonly string[]): Promise<void> {
  const photos = ids.filter(isPhoto);
  const files = await Promise.all(
    photos.map((id) => download(`${import.meta.env.BASE_URL}${photoFile(id)}`)),
  );
  photos.forEach((id, i) => storePhoto(id, files[i]));
}

const LOAD_FAILED = {
  en: "The sample photograph could not be downloaded ({reason}), so this figure stays as first drawn. Reload the page to try again.",
  ja: "サンプル写真をダウンロードできなかったため（{reason}）、この図は最初の状態のままです。ページを再読み込みしてください。",
};

/** Why a figure cannot show a photograph, in the language of the page around host. */
export function loadFailureText(host: HTMLElement, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return fillLabel(LOAD_FAILED[pageLanguage(host)], { reason });
}

/**
 * For defineWhenNear: downloads the photographs every <name> element needs (needs lists them
 * per element) before the elements are defined; on failure each element says why.
 */
export function samplesReady(
  name: string,
  needs: (element: HTMLElement) => readonly string[],
): () => Promise<void> {
  return async () => {
    const elements = [...document.querySelectorAll<HTMLElement>(name)];
    try {
      await loadSamples(elements.flatMap(needs));
    } catch (error) {
      for (const element of elements) showFigureAlert(element, loadFailureText(element, error));
      throw error;
    }
  };
}
