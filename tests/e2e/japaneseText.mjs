// What a reader of the Japanese edition meets, and the English words in it: shared by
// japanese.test.mjs and by site.test.mjs, which checks the Japanese chapters' citations on the
// pages it opens anyway.

/**
 * Words that stay in Latin letters in Japanese text: layer names and formula functions, names
 * of activations and kernels as Japanese ML texts write them, people, institutions and
 * libraries, file formats and key names. Tokens keep their digits and hyphens (conv1, LeNet-5).
 */
export const LATIN_ALLOWED = new Set([
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
  "ResNet",
  "MNIST",
  "PyTorch",
  "Python",
  "TensorFlow",
  "scikit-image",
  "CS231n",
  "Keras",
  "Conv2D",
  "Conv2d",
  "Convolution",
  "torchvision",
  "iframe",
  // the project's name, in the authors' name (siteAuthors: feature-maps-explained執筆者一同)
  "feature-maps-explained",
  // sources' names: a Q&A site, a journal and a book title, which Japanese texts leave in Latin
  // script (short_ja in content/sources/*.yaml)
  "Cross",
  "Validated",
  "Distill",
  "Dive",
  "into",
  "Deep",
  "Learning",
  // authors, photographers, places named in credits
  "Deshpande",
  "Nielsen",
  "Zeiler",
  "Fergus",
  "Karn",
  "Goodfellow",
  "LeCun",
  "Krizhevsky",
  "Springenberg",
  "Dumoulin",
  "Visin",
  "Olah",
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
  "Enter",
]);

/** Words of 4 or more Latin letters, with their digits and hyphens (conv1, scikit-image). */
const WORD = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;

/**
 * What the reader meets in the element trees the selectors match: visible text nodes (details opened), option
 * labels, and the text alternatives that are spoken. Skips subtrees marked as English or as
 * text from the sources collection, verbatim quotes (in any language) and web addresses.
 * Runs in the page.
 * @param {string[]} selectors
 */
export function readerText(selectors) {
  const skipped = (el) =>
    (el.closest("[lang]")?.getAttribute("lang") ?? "").startsWith("en") ||
    el.closest("[data-source-text]") !== null ||
    el.closest("q, blockquote") !== null;
  /** @type {{ where: string, text: string }[]} */
  const found = [];
  const describe = (el) =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""}`;
  for (const root of selectors.flatMap((selector) => [...document.querySelectorAll(selector)])) {
    for (const details of root.querySelectorAll("details")) details.open = true;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? "";
      // An address is not a word of the interface.
      if (!el || !text || skipped(el) || /^https?:\/\/\S+$/.test(text)) continue;
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

/**
 * The English words in what a reader meets, outside the allow-list.
 * @param {{ where: string, text: string }[]} texts
 */
export function englishWords(texts) {
  const english = texts.flatMap(({ where, text }) =>
    (text.match(WORD) ?? [])
      .filter((word) => /[A-Za-z]{4,}/.test(word) && !LATIN_ALLOWED.has(word))
      .map((word) => `${word}  (${where}: “${text.slice(0, 90)}”)`),
  );
  return [...new Set(english)];
}
