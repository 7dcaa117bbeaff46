import type { Lang } from "../../i18n";

/** One blank of a worksheet's header: what to write, on a long or a short line. */
export interface HeaderBlank {
  label: string;
  long: boolean;
}

/**
 * What a printed worksheet asks the student to write at the top, as each edition's classes ask
 * it: a name and the date in English; 学籍番号 and 氏名, in that order, in Japanese.
 */
export const WORKSHEET_HEADER: Record<Lang, HeaderBlank[]> = {
  en: [
    { label: "Name", long: true },
    { label: "Date", long: false },
  ],
  ja: [
    { label: "学籍番号", long: false },
    { label: "氏名", long: true },
  ],
};
