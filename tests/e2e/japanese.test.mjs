// The Japanese edition of every widget, and the comparison page: after the scripts have run, the
// text a reader sees or hears (text, alt, aria-label, tooltip) holds no English word, and the
// phone layout does not scroll sideways. Sources are named by their Japanese short names. Text marked lang="en" (verbatim quotes, the sources' own terms and titles)
// is English on purpose and is skipped, and so is text marked data-source-text: our Japanese
// notes and translations from the sources collection, which quote the sources' English terms
// and code as written (tests/content checks them).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { load } from "js-yaml";
import {
  DESKTOP,
  PHONE,
  REPO_ROOT,
  assertNoProblems,
  builtEmbeds,
  settleAfterChange,
  useSite,
} from "./harness.mjs";
import { englishWords, readerText } from "./japaneseText.mjs";

/** Every figure's embed page in the Japanese edition, with its widget. */
const EMBEDS = builtEmbeds("ja");

/** Each source's short name per edition and its own language, from content/sources/*.yaml. */
const SOURCES = readdirSync(`${REPO_ROOT}content/sources`)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => {
    const data = load(readFileSync(`${REPO_ROOT}content/sources/${f}`, "utf8"));
    return {
      id: f.replace(/\.yaml$/, ""),
      short: data.short,
      shortJa: data.short_ja,
      language: data.language ?? "en",
    };
  });

const site = useSite();

describe("the Japanese edition of every widget", () => {
  assert.ok(EMBEDS.length >= 11, "the build has an embed page per figure");

  for (const { figure, tag: name } of EMBEDS) {
    // One load per figure: on a phone first, as a phone opens it, then widened to a desktop.
    test(`${figure} on /ja/embed/ does not scroll sideways on a phone, and shows and speaks no English word`, async () => {
      const page = await site.openPage(`ja/embed/${figure}/`, { viewport: PHONE });
      try {
        await page.locator(name).waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px`);
        await page.setViewportSize(DESKTOP);
        await settleAfterChange(page);
        const texts = await page.evaluate(readerText, [name, ".widget-toolbar"]);
        assert.ok(texts.length > 10, `${name} shows some text`);
        assert.deepEqual(englishWords(texts), [], `English words in the Japanese ${name}`);
        assertNoProblems(page);
      } finally {
        await page.close();
      }
    });
  }
});

describe("the sources' names in the Japanese edition", () => {
  test("every source has a Japanese short name", () => {
    assert.ok(SOURCES.length >= 10, "the sources are read");
    for (const s of SOURCES) assert.ok(s.shortJa, `${s.id} has short_ja`);
  });

  test("the term lens names every source by its Japanese short name, in buttons, menu, panel and table", async () => {
    const page = await site.openPage("ja/embed/term-lens/", { viewport: DESKTOP });
    try {
      const lens = page.locator("term-lens");
      await lens.waitFor();
      const shown = await lens.evaluate((el) => ({
        buttons: [...el.querySelectorAll("button[data-source]")].map((b) => [
          b.getAttribute("data-source"),
          b.textContent?.trim(),
          b.closest("[lang]")?.getAttribute("lang"),
        ]),
        options: [...el.querySelectorAll("select[data-pin] option[value]:not([value=''])")].map(
          (o) => [o.getAttribute("value"), o.textContent?.trim()],
        ),
        rows: [...el.querySelectorAll("tbody th[scope='rowgroup']")].map((th) =>
          th.textContent?.trim(),
        ),
      }));
      const expected = (id) => SOURCES.find((s) => s.id === id)?.shortJa;
      assert.equal(shown.buttons.length, SOURCES.length);
      for (const [id, text, lang] of shown.buttons) {
        assert.equal(text, expected(id), `button of ${id}`);
        assert.equal(lang, "ja", `the button of ${id} is Japanese text`);
      }
      for (const [id, text] of shown.options) assert.equal(text, expected(id), `option of ${id}`);
      assert.deepEqual(
        [...shown.rows].sort(),
        SOURCES.map((s) => s.shortJa).sort(),
        "the table's rows",
      );

      const d2l = SOURCES.find((s) => s.id === "d2l");
      await lens.getByRole("button", { name: d2l.shortJa }).click();
      const panel = lens.locator("[data-panel='primary'] h3");
      assert.match(await panel.innerText(), new RegExp(d2l.shortJa.replace(/[()（）]/g, ".")));
      const status = await lens.locator("[data-status]").innerText();
      assert.ok(status.startsWith(d2l.shortJa), `the announcement names ${d2l.shortJa}: ${status}`);
      assert.deepEqual(
        englishWords(await page.evaluate(readerText, ["term-lens"])),
        [],
        "English words in the Japanese lens after a choice",
      );
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });

  test("on /ja/in-code/ the lens's tiles quote each source's words in 「」 and show no English interface word", async () => {
    const page = await site.openPage("ja/in-code/", { viewport: DESKTOP });
    try {
      const lens = page.locator("term-lens");
      await lens.locator("[data-badge='primary']:not([hidden])").first().waitFor();
      for (const source of SOURCES.filter((s) => s.language === "en")) {
        await lens.getByRole("button", { name: source.shortJa, exact: true }).click();
        await lens.locator("[data-panel='primary'] h3", { hasText: source.shortJa }).waitFor();
        const badges = await lens
          .locator(".lens__stage [data-badge='primary']:not([hidden])")
          .allInnerTexts();
        assert.ok(badges.length > 0, `${source.id} lights some stages`);
        for (const badge of badges) {
          assert.match(badge, /^「[^「」]+」(?:、「[^「」]+」)*$/, `a badge of ${source.id}`);
        }
        assert.deepEqual(
          englishWords(await page.evaluate(readerText, [".lens__diagram"])),
          [],
          `English words on the tiles showing ${source.id}`,
        );
      }
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });

  // Pages of interface text (chapters, glossary and exercises discuss English terms by name).
  for (const path of ["credits/", "gallery/"]) {
    test(`/ja/${path} shows no English interface word`, async () => {
      const page = await site.openPage(`ja/${path}`, { viewport: DESKTOP });
      try {
        const texts = await page.evaluate(readerText, ["main"]);
        assert.ok(texts.length > 5, "the page shows some text");
        assert.deepEqual(englishWords(texts), [], `English words on /ja/${path}`);
        assertNoProblems(page);
      } finally {
        await page.close();
      }
    });
  }

  test("/ja/who-calls-what/ names the rows by the Japanese short names and shows no English interface word", async () => {
    const page = await site.openPage("ja/who-calls-what/", { viewport: DESKTOP });
    try {
      const rows = await page.locator(".compare tbody th[scope='row']").allInnerTexts();
      assert.deepEqual(rows.map((r) => r.trim()).sort(), SOURCES.map((s) => s.shortJa).sort());
      // The sources' own words stay as they wrote them, marked with each source's language.
      const terms = await page.locator(".compare tbody tr").evaluateAll((rows) =>
        rows.flatMap((row) => {
          const id = row.querySelector("th a")?.getAttribute("href")?.split("#ref-")[1];
          return [...row.querySelectorAll(".compare__term")].map((el) => [
            id,
            el.getAttribute("lang"),
          ]);
        }),
      );
      assert.ok(terms.length > SOURCES.length, "the table has terms");
      for (const [id, lang] of terms) {
        assert.equal(lang, SOURCES.find((s) => s.id === id)?.language, `the terms of ${id}`);
      }
      assert.ok(
        terms.some(([, lang]) => lang === "ja"),
        "Japanese-language sources are in the table",
      );
      const texts = await page.evaluate(readerText, ["main"]);
      assert.ok(texts.length > SOURCES.length, "the page shows some text");
      assert.deepEqual(englishWords(texts), [], "English words on /ja/who-calls-what/");
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });
});

/** The text alternatives and crop notes that name a map's size, after the scripts have run. */
function sizeTexts() {
  const picked = document.querySelectorAll(
    "img[alt], canvas[aria-label], .cg__cells[aria-label], .tr__crop",
  );
  return [...picked]
    .map((el) => el.getAttribute("alt") ?? el.getAttribute("aria-label") ?? el.textContent ?? "")
    .filter((text) => /\d\s?×\s?\d/.test(text));
}

describe("sizes in the Japanese edition", () => {
  // The terminology table writes 3×3; the English edition keeps 28 × 28 (formatSize).
  for (const [lang, path] of [
    ["ja", "pipeline/"],
    ["ja", "mechanics/"],
    ["en", "mechanics/"],
  ]) {
    test(`/${lang}/${path}: the maps' text alternatives write sizes as the ${lang} edition does`, async () => {
      const page = await site.openPage(`${lang}/${path}`, { viewport: DESKTOP });
      try {
        const texts = await page.evaluate(sizeTexts);
        const solid = texts.filter((t) => /\b64×64\b/.test(t));
        const spaced = texts.filter((t) => /\b64 × 64\b/.test(t));
        const [written, other] = lang === "ja" ? [solid, spaced] : [spaced, solid];
        assert.ok(written.length > 0, `no text names a 64-by-64 map: ${texts.slice(0, 3)}`);
        assert.deepEqual(other, [], `sizes written as the other edition writes them`);
        assertNoProblems(page);
      } finally {
        await page.close();
      }
    });
  }
});

describe("citations in the Japanese edition", () => {
  test("/ja/bibliography/ shows no English interface word: 刊行年不明, not n.d.; locators in Japanese", async () => {
    const page = await site.openPage("ja/bibliography/", { viewport: DESKTOP });
    try {
      const texts = await page.evaluate(readerText, ["main"]);
      assert.ok(texts.length > SOURCES.length, "the page shows some text");
      assert.deepEqual(englishWords(texts), [], "English words on /ja/bibliography/");
      const main = await page.locator("main").innerText();
      assert.doesNotMatch(main, /n\.d\.|et al\./);
      assert.match(main, /刊行年不明/);
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });

  test("a locator follows its quote solid: no space before its full-width bracket, in the bibliography and the lens's table", async () => {
    for (const [path, selector] of [
      ["ja/bibliography/", ".bib"],
      ["ja/in-code/", "term-lens .lens__table"],
    ]) {
      const page = await site.openPage(path, { viewport: DESKTOP });
      try {
        const text = await page.locator(selector).evaluate((el) => {
          for (const details of el.querySelectorAll("details")) details.open = true;
          if (el instanceof HTMLDetailsElement) el.open = true;
          return el.innerText;
        });
        assert.ok((text.match(/（/g) ?? []).length > 10, `${path} shows locators`);
        assert.deepEqual(text.match(/.{0,20} （.{0,10}/g) ?? [], [], `spaces before （ on ${path}`);
      } finally {
        await page.close();
      }
    }
  });

  // The chapters' quote captions and citation labels are checked on each Japanese chapter by
  // site.test.mjs, which opens every page anyway.

  test("the term lens shows a Japanese-language source's words and quotes marked as Japanese", async () => {
    const page = await site.openPage("ja/embed/term-lens/", { viewport: DESKTOP });
    try {
      const lens = page.locator("term-lens");
      await lens.waitFor();
      const japanese = SOURCES.filter((s) => s.language === "ja");
      assert.ok(japanese.length >= 2, "at least two Japanese-language sources");
      for (const source of japanese) {
        await lens.getByRole("button", { name: source.shortJa, exact: true }).click();
        const panel = lens.locator("[data-panel='primary']");
        await panel.locator("h3", { hasText: source.shortJa }).waitFor();
        const badges = await lens
          .locator("[data-badge='primary']:not([hidden]) [lang]")
          .evaluateAll((els) => els.map((el) => el.getAttribute("lang")));
        assert.ok(badges.length > 0, `${source.id} lights some stages`);
        assert.deepEqual([...new Set(badges)], ["ja"], `the badges of ${source.id}`);
        const words = await panel
          .locator("li strong [lang]")
          .evaluateAll((els) => els.map((el) => el.getAttribute("lang")));
        assert.deepEqual([...new Set(words)], ["ja"], `the terms of ${source.id}`);
        assert.deepEqual(
          englishWords(await page.evaluate(readerText, ["term-lens"])),
          [],
          `English words in the lens showing ${source.id}`,
        );
      }
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });
});

describe("the one 404 page serves both editions", () => {
  /**
   * The edition blocks in order, with their language and links.
   * @param {import("./harness.mjs").SitePage} page
   */
  const blocks = (page) =>
    page.locator("[data-edition]").evaluateAll((sections) =>
      sections.map((s) => ({
        edition: s.getAttribute("data-edition"),
        lang: s.getAttribute("lang"),
        preferred: s.hasAttribute("data-preferred"),
        text: s.textContent ?? "",
        links: [...s.querySelectorAll("a")].map((a) => new URL(a.href).pathname),
      })),
    );

  for (const [lang, missing] of [
    ["ja", "ja/no-such-chapter/"],
    ["en", "en/no-such-chapter/"],
  ]) {
    test(`a missing /${lang}/ address shows the ${lang} block first`, async () => {
      const page = await site.openPage(missing);
      try {
        assert.equal(page.response?.status(), 404);
        const shown = await blocks(page);
        assert.deepEqual(
          shown.map((b) => [b.edition, b.lang]),
          lang === "ja"
            ? [
                ["ja", "ja"],
                ["en", "en"],
              ]
            : [
                ["en", "en"],
                ["ja", "ja"],
              ],
        );
        assert.equal(shown[0].preferred, true);
        for (const block of shown) {
          assert.deepEqual(block.links, [
            `${site.base}${block.edition}/`,
            `${site.base}${block.edition}/search/`,
          ]);
        }
        assert.match(shown.find((b) => b.edition === "ja")?.text ?? "", /ページがありません/);
        assertNoProblems(page, { ignoreConsole: /status of 404/ });
      } finally {
        await page.close();
      }
    });
  }

  test("without JavaScript the 404 page shows both editions in full, English first", async () => {
    const page = await site.openPage("ja/no-such-chapter/", { javaScriptEnabled: false });
    try {
      const shown = await blocks(page);
      assert.deepEqual(
        shown.map((b) => [b.edition, b.lang, b.preferred]),
        [
          ["en", "en", false],
          ["ja", "ja", false],
        ],
      );
    } finally {
      await page.close();
    }
  });
});
