// Hostile input against every widget, in the browser: strings typed and pasted into every
// numeric or text field (fixed nasties, then a seeded random sample), and a 50-megapixel
// image given to the pipeline explorer. Whatever arrives, the page logs no error, no widget
// shows NaN or Infinity, a refused value gets a message, and the widget keeps working.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import fc from "fast-check";
import { REPO_ROOT, describeProblems, startSite } from "./harness.mjs";

/** @type {import("./harness.mjs").Site} */
let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** The widgets, by custom-element name, as the embed pages are generated from them. */
const WIDGETS = [
  ...readFileSync(path.join(REPO_ROOT, "src/widgets/registry.ts"), "utf8").matchAll(
    /name: "([a-z-]+)"/g,
  ),
].map((m) => m[1]);

// Fields tried per widget: the first, the last and one between, so that every kind of field
// (kernel cell, bias, size, point) is met while the file stays within ~4 minutes on a busy
// 2-core machine. The pipeline explorer's 40 fields all share one handler.
const FIELDS_PER_WIDGET = 3;
const RANDOM_PER_FIELD = 20;

/** Strings no numeric field may take: each must leave the field marked with a message. */
const REFUSED = ["", "-", "1e999", "-1e999", "abc", "9".repeat(400), " ", "NaN", "Infinity"];
/**
 * Strings the browser may turn into a number on the way in ("1\n2" pasted becomes 12, "0x10"
 * becomes 010) or that a field may take ("1e-320"): no message is required, but no NaN either.
 */
const MAYBE = ["1\n2", "1e-320", "0x10"];
const HOSTILE = [...REFUSED, ...MAYBE];

/** A seeded sample of strings, half of them number-like, different for each field. */
function randomStrings(seed) {
  const numberLike = fc.oneof(
    fc.double().map(String),
    fc.stringMatching(/^[-+−]?\d{0,4}[.,]?\d{0,3}([eE][-+]?\d{0,4})?$/),
  );
  return fc.sample(fc.oneof(fc.string({ maxLength: 16 }), numberLike), {
    seed,
    numRuns: RANDOM_PER_FIELD,
  });
}

/**
 * In the page: optionally replaces the field's text as a paste does (execCommand goes through
 * the browser's editing, so a number field filters it exactly as it filters a real paste),
 * then reports the field and any NaN/Infinity the widget shows, once as typed and once after
 * leaving the field (which commits it). Each state is read after two frames, so that a redraw
 * scheduled with requestAnimationFrame has happened.
 * @param {HTMLInputElement} field
 * @param {[string, string | null]} args the widget's tag, and the text to paste (null: none)
 */
async function probeInPage(field, [tag, text]) {
  const frames = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const widget = field.closest(tag);
  /** Everything the widget says, to eyes and to screen readers, that shows NaN or Infinity. */
  const badNumbers = () => {
    const texts = [widget.innerText];
    for (const el of widget.querySelectorAll("[aria-label], [alt], [aria-valuetext], [title]")) {
      for (const name of ["aria-label", "alt", "aria-valuetext", "title"]) {
        const v = el.getAttribute(name);
        if (v) texts.push(`${name}="${v}"`);
      }
    }
    return texts
      .flatMap((t) => t.split("\n"))
      .filter((line) => /\bNaN\b|Infinity/.test(line))
      .map((line) => line.trim().slice(0, 120));
  };
  const state = () => {
    const id = field.getAttribute("aria-describedby");
    const message = id ? document.getElementById(id) : null;
    return {
      value: field.value,
      badInput: field.validity.badInput,
      invalid: field.getAttribute("aria-invalid") === "true",
      message: message?.checkVisibility() ? (message.textContent ?? "").trim() : "",
      shown: badNumbers(),
    };
  };
  if (text !== null) {
    field.focus();
    field.select();
    document.execCommand("delete");
    if (text) document.execCommand("insertText", false, text);
  }
  await frames();
  const typed = state();
  field.blur();
  await frames();
  return { typed, left: state() };
}

/** A fingerprint of what the widget shows: its text, its canvases' pixels and the URL hash. */
function fingerprint(widget) {
  return widget.evaluate((root) => {
    let hash = 0;
    const mix = (n) => (hash = (hash * 31 + n) >>> 0);
    for (const canvas of root.querySelectorAll("canvas")) {
      if (!canvas.width || !canvas.height) continue;
      const data = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < (data?.length ?? 0); i += 4) mix(data[i] + data[i + 1] + data[i + 2]);
    }
    const text = root instanceof HTMLElement ? root.innerText : "";
    for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
    return `${location.hash} ${hash}`;
  });
}

/** Numbers to try, near the original, until the widget takes one. */
function candidates(original, field) {
  return field.evaluate((el, value) => {
    const v = Number(value);
    const step = el.step && el.step !== "any" ? Number(el.step) : 0.5;
    return [v - 1, v + 1, v - step, v + step, 0.5, 0.25, 2]
      .filter((c) => Number.isFinite(c) && c !== v)
      .map((c) => String(Math.round(c * 1000) / 1000));
  }, original);
}

/** Hashes that open a widget with every field usable (the slope field needs leaky ReLU). */
const OPENING_HASH = { "bias-activation": "#ba.f=leakyRelu" };

/** What went wrong with one string in one field, as lines for the report. */
function judge(what, text, { typed, left }) {
  const out = [];
  for (const line of typed.shown) out.push(`${what}: shows "${line}"`);
  for (const line of left.shown) out.push(`${what}: after leaving the field, shows "${line}"`);
  const unreadable = typed.value.trim() === "" || typed.badInput;
  if ((REFUSED.includes(text) || unreadable) && !typed.invalid) {
    out.push(`${what}: the refused value "${typed.value}" is not marked invalid`);
  }
  if (typed.invalid && !typed.message) out.push(`${what}: marked invalid, but no message shows`);
  if (left.value.trim() === "" && !(left.invalid && left.message)) {
    out.push(`${what}: left empty without a message`);
  }
  return out;
}

describe("hostile strings in every numeric field", () => {
  for (const name of WIDGETS) {
    test(`${name}: hostile and random strings get a message, no NaN, and the widget keeps working`, async () => {
      const page = await site.openPage(`en/embed/${name}/${OPENING_HASH[name] ?? ""}`, {
        reducedMotion: "reduce",
      });
      const widget = page.locator(name).first();
      await widget.waitFor();
      const fields = [];
      for (const field of await widget
        .locator(
          "input[type=number], input[type=text], input[type=search], input:not([type]), textarea",
        )
        .elementHandles()) {
        if ((await field.isVisible()) && (await field.isEditable())) fields.push(field);
      }
      const picked = [...new Set([0, fields.length - 1, Math.floor(fields.length / 2)])]
        .filter((i) => i >= 0 && i < fields.length)
        .slice(0, FIELDS_PER_WIDGET);
      const problems = [];
      const shown = await widget.evaluate((root) => /\bNaN\b|Infinity/.test(root.innerText));
      if (shown) problems.push("the first frame shows NaN or Infinity");
      for (const index of picked) {
        const field = fields[index];
        const label = await field.evaluate(
          (el) => el.getAttribute("aria-label") ?? el.labels?.[0]?.textContent?.trim() ?? el.id,
        );
        const original = await field.inputValue();
        const first = await field.evaluate(probeInPage, [name, null]);
        problems.push(...judge(`${label} as loaded`, original, first));

        // The fixed strings through Playwright's keyboard (a paste: one input event) …
        for (const text of HOSTILE) {
          await field.fill("");
          if (text) await page.keyboard.insertText(text);
          const what = `${label} ← ${JSON.stringify(text.slice(0, 24))}`;
          problems.push(...judge(what, text, await field.evaluate(probeInPage, [name, null])));
        }
        // … the random ones pasted in the page, one round trip each, to stay fast.
        for (const text of randomStrings(9000 + index)) {
          const what = `${label} ← ${JSON.stringify(text)}`;
          problems.push(...judge(what, text, await field.evaluate(probeInPage, [name, text])));
        }
        const trouble = describeProblems(page);
        if (trouble) problems.push(`${label}: ${trouble}`);

        // The field takes its first value back, then a new one that changes what is shown.
        const restored = (await field.evaluate(probeInPage, [name, original])).left;
        if (restored.invalid || restored.value !== original) {
          problems.push(`${label}: typing ${original} back leaves ${JSON.stringify(restored)}`);
        }
        const before = await fingerprint(widget);
        let responded = false;
        for (const value of await candidates(original, field)) {
          const { left } = await field.evaluate(probeInPage, [name, value]);
          if (left.invalid) continue;
          responded = (await fingerprint(widget)) !== before;
          if (responded) break;
        }
        if (!responded) problems.push(`${label}: no new value changed what the widget shows`);
        await field.evaluate(probeInPage, [name, original]);
      }
      assert.deepEqual(problems, [], `${name}: ${picked.length} of ${fields.length} field(s)`);
      assert.equal(describeProblems(page), "");
      await page.close();
    });
  }
});

/** A valid greyscale PNG of any size whose pixel rows deflate to almost nothing. */
function greyPng(width, height) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample; colour type 0 (grey), no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc((width + 1) * height, 0))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

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
