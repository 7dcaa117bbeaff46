// The Japanese edition of every widget: after its script has run, the text a reader sees or
// hears (text, alt, aria-label, tooltip) holds no English word, and the phone layout does not
// scroll sideways. Text marked lang="en" (verbatim quotes, the sources' own terms and titles)
// is English on purpose and is skipped, and so is text marked data-source-text: our Japanese
// notes and translations from the sources collection, which quote the sources' English terms
// and code as written (tests/content checks them).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { DESKTOP, PHONE, REPO_ROOT, assertNoProblems, startSite } from "./harness.mjs";

/** Every widget, read from the registry that generates the embed pages. */
const WIDGETS = [
  ...readFileSync(`${REPO_ROOT}src/widgets/registry.ts`, "utf8").matchAll(/name: "([a-z-]+)"/g),
].map((m) => m[1]);

/**
 * Words that stay in Latin letters in Japanese text: layer names and formula functions, names
 * of activations and kernels as Japanese ML texts write them, people, institutions and
 * libraries, file formats and key names. Tokens keep their digits and hyphens (conv1, LeNet-5).
 */
const LATIN_ALLOWED = new Set([
  // layers, formula functions, API keywords
  "conv1",
  "conv2",
  "pool",
  "same",
  // activations and kernels
  "ReLU",
  "Leaky",
  "tanh",
  "sigmoid",
  "Sobel",
  "Prewitt",
  // networks, data sets, libraries, courses
  "LeNet-5",
  "AlexNet",
  "MNIST",
  "PyTorch",
  "TensorFlow",
  "scikit-image",
  "CS231n",
  // authors, photographers, places named in credits
  "Deshpande",
  "Nielsen",
  "Zeiler",
  "Fergus",
  "Karn",
  "Stefan",
  "Walt",
  "Rachel",
  "Michetti",
  "Pikolo",
  "Espresso",
  "NASA",
  // file formats and keys
  "JPEG",
  "WebP",
  "BibTeX",
  "Shift",
  "Ctrl",
  "Home",
]);

/** Words of 4 or more Latin letters, with their digits and hyphens (conv1, scikit-image). */
const WORD = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;

/**
 * What the reader meets in one element tree: visible text nodes (details opened), option
 * labels, and the text alternatives that are spoken. Skips subtrees marked as English or as
 * text from the sources collection.
 * Runs in the page.
 * @param {string[]} selectors
 */
function readerText(selectors) {
  const skipped = (el) =>
    (el.closest("[lang]")?.getAttribute("lang") ?? "").startsWith("en") ||
    el.closest("[data-source-text]") !== null;
  /** @type {{ where: string, text: string }[]} */
  const found = [];
  const describe = (el) =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""}`;
  for (const selector of selectors) {
    const root = document.querySelector(selector);
    if (!root) continue;
    for (const details of root.querySelectorAll("details")) details.open = true;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? "";
      if (!el || !text || skipped(el)) continue;
      const shown = el.closest("option") ? true : el.checkVisibility({ visibilityProperty: true });
      if (shown) found.push({ where: describe(el), text });
    }
    for (const el of [root, ...root.querySelectorAll("*")]) {
      if (skipped(el)) continue;
      for (const name of ["aria-label", "alt", "title", "aria-valuetext", "placeholder"]) {
        const value = el.getAttribute(name);
        if (value) found.push({ where: `${describe(el)}[${name}]`, text: value });
      }
    }
  }
  return found;
}

/** @type {import("./harness.mjs").Site} */
let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

describe("the Japanese edition of every widget", () => {
  assert.ok(WIDGETS.length >= 9, "the registry lists the widgets");

  for (const name of WIDGETS) {
    test(`${name} on /ja/embed/ shows and speaks no English word`, async () => {
      const page = await site.openPage(`ja/embed/${name}/`, { viewport: DESKTOP });
      try {
        await page.locator(name).waitFor();
        const texts = await page.evaluate(readerText, [name, ".widget-toolbar"]);
        assert.ok(texts.length > 10, `${name} shows some text`);
        const english = texts.flatMap(({ where, text }) =>
          (text.match(WORD) ?? [])
            .filter((word) => /[A-Za-z]{4,}/.test(word) && !LATIN_ALLOWED.has(word))
            .map((word) => `${word}  (${where}: “${text.slice(0, 90)}”)`),
        );
        assert.deepEqual([...new Set(english)], [], `English words in the Japanese ${name}`);
        assertNoProblems(page);
      } finally {
        await page.close();
      }
    });

    test(`${name} on /ja/embed/ does not scroll sideways on a phone`, async () => {
      const page = await site.openPage(`ja/embed/${name}/`, { viewport: PHONE });
      try {
        await page.locator(name).waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px`);
      } finally {
        await page.close();
      }
    });
  }
});
