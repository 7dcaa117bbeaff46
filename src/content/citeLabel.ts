import type { Source } from "./sourceSchema";
import { sourceShort } from "./paraphrase";

/**
 * The short in-text label of a citation: "Nielsen 2015", "Zeiler & Fergus 2014",
 * "Goodfellow et al. 2016"; organisations and undated pages use the source's short name in the
 * edition's language ("PyTorch Conv2d", "PyTorchのConv2d").
 */
export function citeLabel(source: Source, lang: "en" | "ja" = "en"): string {
  const { authors, corporate, year } = source.citation;
  if (corporate) {
    const short = sourceShort(source, lang);
    return year === "n.d." ? short : `${short}${lang === "ja" ? "、" : ", "}${year}`;
  }
  const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;
  const who =
    authors.length === 1
      ? surname(authors[0])
      : authors.length === 2
        ? `${surname(authors[0])} & ${surname(authors[1])}`
        : `${surname(authors[0])} et al.`;
  return year === "n.d." ? who : `${who} ${year}`;
}
