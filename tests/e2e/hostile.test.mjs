// Hostile input against every widget, in the browser: strings pasted into every numeric field
// (every fixed nasty in each grid of fields, then a seeded random sample shared out over the
// fields), the keyboard of a numeric field, the Japanese messages, and a 50-megapixel image
// given to the pipeline explorer. Whatever arrives, the page logs no error, no widget shows NaN
// or Infinity, a refused value gets a message, leaving the field (blur or Escape) restores the
// value still in use, and the widget keeps working.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { greyPng } from "../fixtures/greyPng.mjs";
import { PHONE, REPO_ROOT, builtEmbeds, describeProblems, useSite } from "./harness.mjs";

const site = useSite();

/** Where each widget lives: its embed page, and the exercises page for the two exercises. */
const PLACES = [
  ...builtEmbeds().map(({ tag, page }) => ({ tag, page })),
  { tag: "edge-exercise", page: "exercises/" },
  { tag: "bias-exercise", page: "exercises/" },
];

/** The built site, as the harness serves it. */
const ROOT = path.resolve(REPO_ROOT, process.env.E2E_ROOT ?? "dist");
/** The HTML of a built page of the English edition. */
const builtPage = (where) => readFileSync(path.join(ROOT, "en", where, "index.html"), "utf8");
/** Widgets without a numeric field (term lens, channels, trace, trained network) are skipped. */
const WITH_FIELDS = PLACES.filter(({ page }) =>
  /inputmode="(?:decimal|numeric)"/.test(builtPage(page)),
);

/** Hashes that open a widget with every field usable (the slope field needs leaky ReLU). */
const OPENING_HASH = { "bias-activation": "#ba.f=leakyRelu" };

/** Every numeric field is a text field with an inputmode (none is type=number any more). */
const NUMERIC = "input[inputmode=decimal], input[inputmode=numeric]";

/** Strings no numeric field may take: each must leave the field marked with a message. */
const REFUSED = [
  "",
  "-",
  "\u2212",
  "1e999",
  "-1e999",
  "abc",
  "NaN",
  "Infinity",
  "1,5",
  "9".repeat(400),
];
/**
 * Strings a field may take or refuse, depending on its range: "1e-999" is 0, "  2  " is 2, a
 * pasted "1\n2" arrives as 12 (a text field drops line breaks), "1e-320" is a tiny number.
 */
const MAYBE = ["1e-999", "  2  ", "1\n2", "1e-320"];
const HOSTILE = [...REFUSED, ...MAYBE];
/** Random strings per widget, shared out over its fields in turn. */
const RANDOM_PER_WIDGET = 40;
/** Refused strings each further field of a group gets, in turn, besides its random ones. */
const REFUSED_PER_FIELD = 3;

/**
 * The strings for each field. Fields whose names differ only in numbers ("Conv1 filter 2, row 1,
 * column 3") are cells of one grid, read by one handler: the first of each group gets every
 * hostile string, each further one REFUSED_PER_FIELD refused strings in turn (so that the group
 * gets all of them, spread over its cells), and every field its share of the random strings.
 * @param {string[]} labels the fields' accessible names, in order
 * @param {string[]} random
 */
function stringsPerField(labels, random) {
  const group = (label) => label.replace(/\d+/g, "#");
  const seen = new Map();
  return labels.map((label, index) => {
    const mine = random.filter((_, i) => i % labels.length === index);
    const n = seen.get(group(label)) ?? 0;
    seen.set(group(label), n + 1);
    if (n === 0) return [...HOSTILE, ...mine];
    const start = ((n - 1) * REFUSED_PER_FIELD) % REFUSED.length;
    const refused = [...REFUSED, ...REFUSED].slice(start, start + REFUSED_PER_FIELD);
    return [...refused, ...mine];
  });
}

/** A seeded sample of strings, half of them number-like. */
function randomStrings(seed, count) {
  const numberLike = fc.oneof(
    fc.double().map(String),
    fc.stringMatching(/^[-+−]?\d{0,4}[.,]?\d{0,3}([eE][-+]?\d{0,4})?$/),
  );
  return fc.sample(fc.oneof(fc.string({ maxLength: 16 }), numberLike), {
    seed,
    numRuns: count,
  });
}

/**
 * In the page, for each string: puts it in the field as a paste does (execCommand goes through
 * the browser's editing, as a real paste does), reads the field and anything showing NaN or
 * Infinity, then leaves the field (blur, or Escape for every other string) and reads again. Each
 * state is read a frame later, so that a redraw scheduled with requestAnimationFrame is done.
 * @param {HTMLInputElement} field
 * @param {[string, string[]]} args the widget's tag, and the strings
 */
async function probeInPage(field, [tag, strings]) {
  // A frame callback asked for after the input event runs after those the widget asked for
  // while handling it, so one frame is enough for a redraw to be done.
  // The timer only bounds the wait should headless chromium stop running frame callbacks.
  const frame = () =>
    new Promise((resolve) => {
      requestAnimationFrame(resolve);
      setTimeout(resolve, 1000);
    });
  const widget = field.closest(tag);
  /** Everything the widget says, to eyes and to screen readers, that shows NaN or Infinity. */
  const badNumbers = () => {
    const texts = widget.innerText.split("\n");
    for (const el of widget.querySelectorAll("*")) {
      for (const { name, value } of el.attributes) {
        if (name.startsWith("aria-") || name === "alt" || name === "title") {
          texts.push(`${name}="${value}"`);
        }
      }
    }
    return texts.filter((t) => /\bNaN\b|Infinity/.test(t)).map((t) => t.trim().slice(0, 120));
  };
  const state = () => {
    const id = field.getAttribute("aria-describedby");
    const message = id ? document.getElementById(id) : null;
    return {
      value: field.value,
      invalid: field.getAttribute("aria-invalid") === "true",
      message: message?.checkVisibility() ? (message.textContent ?? "").trim() : "",
      shown: badNumbers(),
    };
  };
  const results = [];
  for (const [i, text] of strings.entries()) {
    const before = field.value;
    field.focus();
    field.select();
    document.execCommand("delete");
    if (text) document.execCommand("insertText", false, text);
    await frame();
    const typed = state();
    // Leaving puts the last good value back, so its message must go (issue 16, item 10): read
    // which element it is while the field still points to it.
    const messageId = field.getAttribute("aria-describedby");
    const leave = i % 2 ? "Escape" : "blur";
    if (leave === "blur") field.blur();
    else {
      const key = { key: "Escape", bubbles: true, cancelable: true };
      field.dispatchEvent(new KeyboardEvent("keydown", key));
    }
    await frame();
    const message = messageId ? document.getElementById(messageId) : null;
    const stale = message?.checkVisibility() ? (message.textContent ?? "").trim() : "";
    results.push({ text, before, leave, typed, left: { ...state(), stale } });
  }
  field.blur();
  return results;
}

/** The number a field's text stands for, as far as this test needs to compare two texts. */
const numberOf = (text) => Number(text.trim().replace(/\u2212/g, "-"));

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const COMMA_MESSAGE = { en: /comma|0,5/, ja: /カンマ|0,5/ };

/** What went wrong with one string in one field, as lines for the report. */
function judge(label, lang, { text, before, leave, typed, left }) {
  const what = `${label} ← ${JSON.stringify(text.slice(0, 24))}`;
  const out = [];
  for (const line of typed.shown) out.push(`${what}: shows "${line}"`);
  for (const line of left.shown) out.push(`${what}: after ${leave}, shows "${line}"`);
  if ((REFUSED.includes(text) || typed.value.trim() === "") && !typed.invalid) {
    out.push(`${what}: the refused value "${typed.value}" is not marked invalid`);
  }
  if (!typed.invalid) return out;
  if (!typed.message) out.push(`${what}: marked invalid, but no message shows`);
  else if (lang === "ja" && !JAPANESE.test(typed.message)) {
    out.push(`${what}: the message is not in Japanese: ${typed.message}`);
  } else if (text === "1,5" && !COMMA_MESSAGE[lang].test(typed.message)) {
    out.push(`${what}: the message does not mention the comma: ${typed.message}`);
  }
  if (left.invalid || numberOf(left.value) !== numberOf(before)) {
    out.push(`${what}: after ${leave} the field holds "${left.value}", not "${before}"`);
  }
  if (left.stale) out.push(`${what}: after ${leave} the message still shows: ${left.stale}`);
  return out;
}

/**
 * In the page: types the field's first value back, then values one step or more away, within
 * the field's range, until one changes what the widget shows; puts the first value back.
 * Returns what went wrong, or "".
 */
async function respondsInPage(field, [tag, original]) {
  /** A fingerprint of what the widget shows: its text, its canvases' pixels and the URL hash. */
  const fingerprint = (root) => {
    let hash = 0;
    const mix = (n) => (hash = (hash * 31 + n) >>> 0);
    for (const canvas of root.querySelectorAll("canvas")) {
      if (!canvas.width || !canvas.height) continue;
      const data = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < (data?.length ?? 0); i += 4) mix(data[i] + data[i + 1] + data[i + 2]);
    }
    const text = root.innerText;
    for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
    return `${location.hash} ${hash}`;
  };
  const frames = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(resolve));
      setTimeout(resolve, 1000);
    });
  const type = async (text) => {
    field.focus();
    field.select();
    document.execCommand("insertText", false, text);
    field.blur();
    await frames();
  };
  const widget = field.closest(tag);
  await type(original);
  if (field.getAttribute("aria-invalid") === "true" || field.value !== original) {
    return `typing ${original} back leaves "${field.value}"`;
  }
  const before = fingerprint(widget);
  const v = Number(original);
  const step = Number(field.dataset.step ?? 1);
  const min = Number(field.dataset.min ?? -Infinity);
  const max = Number(field.dataset.max ?? Infinity);
  const candidates = [v + step, v - step, v + 1, v - 1, 0.5, 2, min, max]
    .filter((c) => Number.isFinite(c) && c !== v && c >= min && c <= max)
    .map((c) => String(Math.round(c * 1000) / 1000));
  let responded = false;
  for (const value of candidates) {
    await type(value);
    if (field.getAttribute("aria-invalid") === "true") continue;
    responded = fingerprint(widget) !== before;
    if (responded) break;
  }
  await type(original);
  return responded ? "" : `none of ${candidates.join(", ")} changed what the widget shows`;
}

/** The widget's visible, editable numeric fields, with their accessible names. */
async function numericFields(widget) {
  const fields = [];
  for (const field of await widget.locator(NUMERIC).elementHandles()) {
    if (!(await field.isVisible()) || !(await field.isEditable())) continue;
    const label = await field.evaluate(
      (el) => el.getAttribute("aria-label") ?? el.labels?.[0]?.textContent?.trim() ?? el.id,
    );
    fields.push({ field, label });
  }
  return fields;
}

async function openWidget(lang, { tag, page: where }) {
  const page = await site.openPage(`${lang}/${where}${OPENING_HASH[tag] ?? ""}`, {
    reducedMotion: "reduce",
  });
  const widget = page.locator(tag).first();
  await widget.waitFor();
  return { page, widget };
}

/**
 * By the real keyboard, in the first field: ArrowUp and ArrowDown step by the field's step, and
 * Escape puts back the value a refused string replaced. Returns what went wrong.
 */
async function keyboardProblems(page, { field, label }) {
  const out = [];
  const original = await field.inputValue();
  const step = Number((await field.getAttribute("data-step")) ?? 1);
  const max = Number((await field.getAttribute("data-max")) ?? Infinity);
  const stepped = Math.min(max, numberOf(original) + step);
  await field.focus();
  await page.keyboard.press("ArrowUp");
  const up = await field.inputValue();
  if (Math.abs(numberOf(up) - stepped) > 1e-9) out.push(`${label}: ArrowUp gives ${up}`);
  await page.keyboard.press("ArrowDown");
  const down = await field.inputValue();
  if (Math.abs(numberOf(down) - (stepped - step)) > 1e-9) {
    out.push(`${label}: ArrowDown gives ${down}`);
  }
  await field.fill(original);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("abc");
  if ((await field.getAttribute("aria-invalid")) !== "true") out.push(`${label}: abc accepted`);
  await page.keyboard.press("Escape");
  const restored = await field.inputValue();
  if (restored !== original || (await field.getAttribute("aria-invalid"))) {
    out.push(`${label}: after Escape the field holds "${restored}", not "${original}"`);
  }
  await field.evaluate((el) => el.blur());
  return out;
}

test("no page of the built site has a type=number field", async () => {
  const pages = (await readdir(ROOT, { recursive: true })).filter((f) => f.endsWith(".html"));
  assert.ok(pages.length > 20, `${pages.length} pages`);
  const offenders = pages.filter((f) =>
    /<input[^>]*type="number"/.test(readFileSync(path.join(ROOT, f), "utf8")),
  );
  assert.deepEqual(offenders, []);
});

/** Safari on an iPhone, whose decimal keypad has digits and a point but no minus key. */
const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

/** Each stepping field of the page's widget: its inputmode, and whether it takes negatives. */
async function keypads(where, userAgent) {
  const { tag, page: at } = where;
  const page = await site.openPage(`en/${at}${OPENING_HASH[tag] ?? ""}`, {
    viewport: PHONE,
    userAgent,
  });
  const fields = await page.locator(`${tag} input[data-step]`).evaluateAll((inputs) =>
    inputs.map((input) => ({
      name: input.getAttribute("aria-label") ?? input.id,
      mode: input.getAttribute("inputmode"),
      signed: Number(input.dataset.min) < 0,
    })),
  );
  assert.equal(describeProblems(page), "");
  await page.close();
  return fields;
}

test("on an iPhone, every field that takes negative numbers brings up a keyboard with a minus", async () => {
  let signed = 0;
  for (const where of WITH_FIELDS) {
    for (const field of await keypads(where, IPHONE_SAFARI)) {
      if (field.signed) signed++;
      const mode = field.mode ?? "";
      assert.ok(
        field.signed ? mode === "text" : /^(decimal|numeric)$/.test(mode),
        `${where.tag}: ${field.name} has inputmode ${mode}`,
      );
    }
  }
  assert.ok(signed >= 20, `${signed} signed fields seen`);
  // Elsewhere the decimal keypad has a minus, and signed fields keep it.
  const pipeline = WITH_FIELDS.find(({ tag }) => tag === "pipeline-explorer");
  const modes = (await keypads(pipeline)).filter((f) => f.signed).map((f) => f.mode);
  assert.ok(modes.length > 0 && modes.every((mode) => mode === "decimal"), modes.join());
});

// The widgets run three at a time: most of a probe's time is spent waiting for frames.
describe("hostile strings in every numeric field", { concurrency: 3 }, () => {
  const started = { wall: performance.now(), cpu: process.cpuUsage() };
  after(() => {
    const cpu = process.cpuUsage(started.cpu);
    console.log(
      `hostile strings in ${WITH_FIELDS.length} widgets: ` +
        `${((performance.now() - started.wall) / 1000).toFixed(1)} s wall, ` +
        `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU in node (the browser not counted)`,
    );
  });

  WITH_FIELDS.forEach((place, n) => {
    test(`${place.tag}: every numeric field refuses hostile strings with a message, restores, and keeps working, in English and in Japanese`, async () => {
      const { page, widget } = await openWidget("en", place);
      const problems = [];
      if (await widget.evaluate((root) => /\bNaN\b|Infinity/.test(root.innerText))) {
        problems.push("the first frame shows NaN or Infinity");
      }
      const fields = await numericFields(widget);
      assert.ok(fields.length > 0, "the widget has numeric fields");
      problems.push(...(await keyboardProblems(page, fields[0])));
      const random = randomStrings(9000 + n, RANDOM_PER_WIDGET);
      const perField = stringsPerField(
        fields.map((f) => f.label),
        random,
      );
      for (const [index, { field, label }] of fields.entries()) {
        const original = await field.inputValue();
        for (const result of await field.evaluate(probeInPage, [place.tag, perField[index]])) {
          problems.push(...judge(label, "en", result));
        }
        const trouble = await field.evaluate(respondsInPage, [place.tag, original]);
        if (trouble) problems.push(`${label}: ${trouble}`);
      }
      assert.deepEqual(problems, [], `${place.tag}: ${fields.length} field(s)`);
      assert.equal(describeProblems(page), "");
      await page.close();

      // The Japanese edition words every refusal in Japanese (its first field is enough).
      const ja = await openWidget("ja", place);
      const jaFields = await numericFields(ja.widget);
      assert.equal(jaFields.length, fields.length, "the same fields in both editions");
      const jaStrings = ["", "abc", "1,5", "1e999", "\u2212", "\uff11\uff0c\uff15"];
      const results = await jaFields[0].field.evaluate(probeInPage, [place.tag, jaStrings]);
      assert.deepEqual(
        results.flatMap((r) => judge(jaFields[0].label, "ja", r)),
        [],
      );
      assert.equal(describeProblems(ja.page), "");
      await ja.page.close();
    });
  });
});

describe("a 50-megapixel image", () => {
  test("is refused at once, from its header, with a clear message, and the input stays", async () => {
    const png = greyPng(10_000, 5_000);
    assert.ok(png.length < 200_000, `the file is small (${png.length} bytes) but decodes to 50 MP`);
    const page = await site.openPage("about:blank");
    // Counts decodes: the image must be refused from its header, without one.
    await page.addInitScript(() => {
      const decode = window.createImageBitmap;
      window.decodes = 0;
      window.createImageBitmap = (...args) => {
        window.decodes++;
        return decode(...args);
      };
    });
    await page.goto(new URL("en/embed/pipeline-explorer/", site.url).href);
    const message = page.locator("pipeline-explorer [data-file-message]");
    const input = page.locator('pipeline-explorer .pe__map[data-stage="x"] canvas');
    await input.waitFor();
    const before = await input.evaluate((c) => c.toDataURL());
    await page
      .getByLabel("Load an image file")
      .setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: png });
    await page.waitForFunction((el) => el.textContent.length > 0, await message.elementHandle());
    assert.match(await message.textContent(), /more than 40 million pixels/);
    assert.equal(await page.evaluate(() => window.decodes), 0, "refused before decoding");
    assert.equal(await input.evaluate((c) => c.toDataURL()), before, "the input is unchanged");
    const select = page.getByRole("combobox", { name: "Input image" });
    assert.notEqual(await select.inputValue(), "own", "the input is still the chosen sample");
    assert.equal(describeProblems(page), "");
    await page.close();
  });
});
