// Two copies of one widget on a page, the second with a key (`<ConvArithmetic key="b" />`):
// each keeps its own state in the URL, and a reload restores both. No chapter shows a widget
// twice, and a test page in the build would be a page readers could reach, so the page is the
// built mechanics chapter with a keyed copy of two of its widgets added after the originals,
// served in its place by a route: the same scripts and styles, only the data-key the
// component's `key` prop writes.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  assertNoProblems,
  assertUrlMatches,
  copiedLink,
  enhanceWidgets,
  startSite,
} from "./harness.mjs";

/** @type {import("./harness.mjs").Site} */
let site;
before(async () => {
  // SITE_ROOT lets a helper test its own build while others rebuild dist/.
  site = await startSite({ root: process.env.SITE_ROOT ?? "dist" });
});
after(async () => {
  await site?.close();
});

const CHAPTER = "en/mechanics/";
const KEY = "b";

/** The page's HTML with a copy of the first `<tag>` element, given `key`, right after it. */
function withKeyedCopy(html, tag, key) {
  const start = html.indexOf(`<${tag} `);
  const close = `</${tag}>`;
  const end = html.indexOf(close, start) + close.length;
  assert.ok(start >= 0 && end > start, `the chapter has a <${tag}>`);
  const copy = html.slice(start, end).replace(`<${tag} `, `<${tag} data-key="${key}" `);
  return html.slice(0, end) + copy + html.slice(end);
}

/**
 * A page showing the chapter with a keyed copy of conv-arithmetic and channels-view. It
 * records each figure marked as reached by a link (the mark lasts two seconds only).
 */
async function openTwoCopies(hash = "") {
  const url = new URL(CHAPTER, site.url);
  const built = await (await fetch(url)).text();
  const html = withKeyedCopy(withKeyedCopy(built, "conv-arithmetic", KEY), "channels-view", KEY);
  const page = await site.openPage("about:blank");
  await page.addInitScript(() => {
    const landed = [];
    Object.assign(window, { landed });
    new MutationObserver((records) => {
      for (const { target } of records) {
        if (target instanceof HTMLElement && target.classList.contains("figure-landed")) {
          landed.push(`${target.localName} ${target.dataset.key ?? "(no key)"}`);
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["class"] });
  });
  await page.route(
    (u) => u.pathname === url.pathname,
    (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }),
  );
  await page.goto(url.href + hash);
  // A link to a figure scrolls to it as the page loads; enhancing every widget (which scrolls
  // too) waits until it has.
  if (hash.includes("fig=")) await page.waitForFunction(() => window.landed.length > 0);
  await enhanceWidgets(page);
  return page;
}

const conv = (page, i) => page.locator("conv-arithmetic").nth(i);
const size = (page, i, name) => conv(page, i).getByRole("textbox", { name }).inputValue();
const outputCaption = (page, i) => conv(page, i).locator('[data-caption="output"]').textContent();
const mapButton = (page, i, o) =>
  page
    .locator("channels-view")
    .nth(i)
    .getByRole("button", { name: `z2 map ${o}` });
const pressed = async (page, i, o) =>
  (await mapButton(page, i, o).getAttribute("aria-pressed")) === "true";

describe("two copies of a widget on one page", () => {
  test("each copy keeps its own state in the URL, and a reload restores both", async () => {
    const page = await openTwoCopies();
    assert.equal(await page.locator("conv-arithmetic").count(), 2);
    const firstCaption = await outputCaption(page, 0);
    const firstSize = await size(page, 0, "n, input size");

    // The keyed copy, set by its preset button, writes only its own keys.
    await conv(page, 1)
      .getByRole("button", { name: /AlexNet as printed/ })
      .click();
    await page.waitForFunction(() => location.hash.includes("b~ca.n=224"));
    assert.equal(await size(page, 1, "n, input size"), "224");
    assert.equal(await outputCaption(page, 1), "54 × 54");
    assert.equal(await outputCaption(page, 0), firstCaption, "the other copy is unchanged");
    assert.doesNotMatch(page.url(), /[#&]ca\./, "the copy without a key wrote nothing");

    // The copy without a key writes the keys every existing link uses.
    await conv(page, 0).getByRole("textbox", { name: "p, padding per side" }).fill("2");
    await page.waitForFunction(() => /[#&]ca\.p=2/.test(location.hash));
    await assertUrlMatches(page, /b~ca\.p=0/, "the keyed copy's state is kept");
    assert.equal(await size(page, 1, "p, padding per side"), "0");

    // A second widget type: the keyed channels view chooses map 2, the other stays on map 1.
    await mapButton(page, 1, 2).click();
    await page.waitForFunction(() => location.hash.includes("b~ch.o=2"));
    assert.ok(await pressed(page, 0, 1));
    assert.ok(await pressed(page, 1, 2));
    assert.doesNotMatch(page.url(), /[#&]ch\.o=/);

    await page.reload();
    await enhanceWidgets(page);
    assert.equal(await size(page, 0, "p, padding per side"), "2");
    assert.equal(await size(page, 0, "n, input size"), firstSize);
    assert.equal(await size(page, 1, "n, input size"), "224");
    assert.equal(await size(page, 1, "p, padding per side"), "0");
    assert.equal(await outputCaption(page, 1), "54 × 54");
    assert.ok(await pressed(page, 0, 1), "the unkeyed channels view is back on map 1");
    assert.ok(await pressed(page, 1, 2), "the keyed one is back on map 2");
    assertNoProblems(page);
    await page.close();
  });

  test("a copied link names the keyed copy's figure, and restores each copy from its keys", async () => {
    const first = await openTwoCopies();
    await mapButton(first, 1, 3).click();
    const tools = first.locator(`channels-view[data-key="${KEY}"] + .widget-toolbar`);
    const link = await copiedLink(first, tools);
    assert.match(new URL(link).hash, /(^#|&)fig=channels-view-b(&|$)/, link);
    assert.match(new URL(link).hash, /b~ch\.o=3/, link);
    assertNoProblems(first);
    await first.close();

    const page = await openTwoCopies(new URL(link).hash + "&ca.n=12&b~ca.n=9");
    assert.deepEqual(await page.evaluate(() => window.landed), ["channels-view b"]);
    assert.equal(await size(page, 0, "n, input size"), "12");
    assert.equal(await size(page, 1, "n, input size"), "9");
    assert.ok(await pressed(page, 0, 1));
    assert.ok(await pressed(page, 1, 3));
    assertNoProblems(page);
    await page.close();
  });

  test("a broken value for the keyed copy makes only that copy fall back", async () => {
    const page = await openTwoCopies("#b~ca.n=zz&ca.n=12");
    assert.equal(await size(page, 0, "n, input size"), "12");
    assert.equal(await conv(page, 0).locator("[data-notice]").isVisible(), false);
    assert.equal(await conv(page, 1).locator("[data-notice]").isVisible(), true);
    assertNoProblems(page);
    await page.close();
  });
});
