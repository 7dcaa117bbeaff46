import type { Source } from "./sourceSchema";
import { sourceShort } from "./paraphrase";

/** How each edition joins two surnames, marks "and others" and separates the year. */
const WORDS = {
  en: { two: " & ", others: " et al.", beforeYear: " " },
  ja: { two: "と", others: "ら", beforeYear: "、" },
} as const;

/**
 * The short in-text label of a citation: "Nielsen 2015", "Zeiler & Fergus 2014",
 * "Goodfellow et al. 2016" ("Nielsen、2015", "ZeilerとFergus、2014", "Goodfellowら、2016" in the
 * Japanese edition); organisations, and works readers know by name (D2L), use the source's short
 * name in the edition's language ("PyTorch Conv2d", "PyTorchのConv2d"). An undated work has no year.
 */
export function citeLabel(source: Source, lang: "en" | "ja" = "en"): string {
  const { authors, corporate, year } = source.citation;
  const words = WORDS[lang];
  const byName = corporate || source.cite_by_name;
  // A Japanese name is written family name first (斎藤 康毅); a Western one, last.
  const surname = (name: string) => {
    const parts = name.trim().split(/\s+/);
    return (/[\u3040-\u30ff\u3400-\u9fff]/.test(name) ? parts[0] : parts.at(-1)) ?? name;
  };
  const who = byName
    ? sourceShort(source, lang)
    : authors.length === 1
      ? surname(authors[0])
      : authors.length === 2
        ? `${surname(authors[0])}${words.two}${surname(authors[1])}`
        : `${surname(authors[0])}${words.others}`;
  if (year === "n.d.") return who;
  return `${who}${byName && lang === "en" ? ", " : words.beforeYear}${year}`;
}
