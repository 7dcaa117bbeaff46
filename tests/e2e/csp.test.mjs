// The Content-Security-Policy: every built page carries it before anything it governs, it
// allows our own origin only (no eval, no inline script but the hashed theme script), and the
// pages that do the most (widgets, search with its WebAssembly) run without one violation.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { RECORD_CSP_VIOLATIONS, cspViolations, describeProblems, useSite } from "./harness.mjs";

const site = useSite();

/** Every built HTML file, relative to the site's root. */
async function htmlFiles(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

/** The policy's directives, as name → list of sources. */
function directives(policy) {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

const decode = (text) =>
  text.replace(/&#39;|&#x27;|&quot;|&amp;/g, (e) =>
    e === "&quot;" ? '"' : e === "&amp;" ? "&" : "'",
  );

/** What is wrong with one page's policy, as readable lines. */
function checkPage(file, html) {
  const problems = [];
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? "";
  const metas = [
    ...head.matchAll(/<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi),
  ];
  if (metas.length !== 1) return [`${file}: ${metas.length} CSP <meta> elements in <head>`];
  const meta = metas[0];
  const policy = decode(/content="([^"]*)"/i.exec(meta[0])?.[1] ?? "");
  // A meta policy governs only what comes after it.
  const first = /<(script|link|style|img|iframe|object|embed)\b/i.exec(head);
  if (first && first.index < meta.index) {
    problems.push(`${file}: <${first[1]}> comes before the CSP <meta>`);
  }
  const d = directives(policy);
  const sources = (name) => d.get(name) ?? d.get("default-src") ?? [];
  if (d.get("default-src")?.join(" ") !== "'self'") {
    problems.push(`${file}: default-src is "${d.get("default-src")?.join(" ")}", not 'self'`);
  }
  for (const [name, list] of d) {
    for (const source of list) {
      if (/^(https?:|wss?:|\*|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic')/i.test(source)) {
        problems.push(`${file}: ${name} allows ${source}`);
      }
    }
  }
  for (const name of ["script-src", "object-src", "base-uri"]) {
    if (sources(name).includes("'unsafe-inline'")) {
      problems.push(`${file}: ${name} allows 'unsafe-inline'`);
    }
  }
  if (d.get("object-src")?.join(" ") !== "'none'") problems.push(`${file}: object-src not 'none'`);
  // Web Workers from our own files only (no blob: or data: workers).
  if (d.get("worker-src")?.join(" ") !== "'self'") problems.push(`${file}: worker-src not 'self'`);
  // Every inline script must be allowed by its hash, or the browser refuses to run it.
  const hashes = new Set(sources("script-src").filter((s) => s.startsWith("'sha256-")));
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc=/i.test(attrs) || /type=["']?application\/(ld\+)?json/i.test(attrs)) continue;
    const hash = `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
    if (!hashes.has(hash)) {
      problems.push(`${file}: an inline script (${body.trim().slice(0, 40)}…) has no hash`);
    }
  }
  // Inline event handlers and javascript: URLs are refused by this policy: they must not exist.
  const handler = /<[a-z][^>]*\s(on[a-z]+)=/i.exec(html);
  if (handler) problems.push(`${file}: an inline ${handler[1]} handler`);
  if (/\s(href|src|action)=["']?\s*javascript:/i.test(html)) {
    problems.push(`${file}: a javascript: URL`);
  }
  return problems;
}

describe("the policy in every built page", () => {
  test("every HTML page has one CSP <meta> first in <head>: our origin only, no eval, inline scripts by hash", async () => {
    const files = await htmlFiles(site.root);
    assert.ok(files.length > 20, `${files.length} pages built`);
    const problems = [];
    for (const file of files) {
      problems.push(...checkPage(file, await readFile(path.join(site.root, file), "utf8")));
    }
    assert.deepEqual(problems, [], `${files.length} pages checked`);
  });

  test("checkPage notices a missing policy, a late one, an unhashed script and a loose source", () => {
    const ok = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'; worker-src 'self'"></head>`;
    assert.deepEqual(checkPage("ok", ok), []);
    assert.equal(checkPage("none", "<head></head>").length, 1);
    const late = ok.replace("<head>", '<head><script src="/a.js"></script>');
    assert.match(checkPage("late", late).join(), /before the CSP/);
    const inline = ok.replace("</head>", "<script>alert(1)</script></head>");
    assert.match(checkPage("inline", inline).join(), /has no hash/);
    const loose = ok.replace("'self';", "'self' https://cdn.example;");
    assert.match(checkPage("loose", loose).join(), /allows https:/);
    const handler = ok.replace("</head>", '</head><body><img src="x" onerror="x()">');
    assert.match(checkPage("handler", handler).join(), /onerror/);
  });
});

/**
 * Opens a page with the recorder installed before any of its scripts; the harness brings every
 * widget into view (some start when they are scrolled to) and waits for their requests.
 */
const openRecorded = (target) => site.openPage(target, { initScript: RECORD_CSP_VIOLATIONS });

// Every page runs all its widgets without a violation: site.test.mjs checks that on each page
// it opens. Here: what runs only on a reader's action (an export, a search, a sweep).
describe("no violations while pages run", () => {
  for (const [lang, page] of [
    ["en", "pipeline/"],
    ["ja", "mechanics/"],
  ]) {
    test(`${lang}/${page}: a PNG export runs without a CSP violation`, async () => {
      const p = await openRecorded(`${lang}/${page}`);
      assert.ok((await p.locator(".widget").count()) > 0, "the page has widgets");
      // The PNG export draws the figure as an SVG image into a canvas: blob: and data: URLs.
      const download = p.waitForEvent("download");
      await p.locator('[data-action="png"]').first().click();
      await download;
      assert.deepEqual(await cspViolations(p), []);
      assert.equal(describeProblems(p), "");
      await p.close();
    });

    test(`${lang}/search/: a search, which loads WebAssembly, runs without a CSP violation`, async () => {
      const p = await openRecorded(`${lang}/search/`);
      await p.getByRole("searchbox").fill(lang === "en" ? "feature map" : "特徴マップ");
      await p.locator("site-search [data-results] li").first().waitFor();
      assert.deepEqual(await cspViolations(p), []);
      assert.equal(describeProblems(p), "");
      await p.close();
    });
  }

  test("en/trained-network/: an occlusion sweep runs in a Web Worker without a CSP violation", async () => {
    const p = await openRecorded("en/trained-network/");
    const occlusion = 'trained-network[data-view="occlusion"]';
    // Its sweep runs while the figure is in view, as a reader would have it.
    await p.locator(occlusion).scrollIntoViewIfNeeded();
    await p.locator(occlusion).getByRole("button", { name: "Next digit" }).click();
    await p.waitForFunction(
      (s) => !document.querySelector(s).hasAttribute("aria-busy"),
      occlusion,
      {
        timeout: 30_000,
      },
    );
    assert.match(await p.locator(`${occlusion} [data-occ-status]`).innerText(), /^With the square/);
    const workers = p.workers().map((w) => w.url());
    assert.ok(
      workers.some((url) => /\/network\.worker[^/]*\.js$/.test(url)),
      `the worker started: ${workers}`,
    );
    assert.deepEqual(await cspViolations(p), []);
    assert.equal(describeProblems(p), "");
    await p.close();
  });

  test("the recorder sees a violation when one happens", async () => {
    const p = await openRecorded("en/");
    await p.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.ran = true";
      document.head.append(script);
    });
    await p.waitForFunction(() => window.__cspViolations.length > 0);
    assert.match((await cspViolations(p)).join(), /script-src-elem blocked inline/);
    assert.equal(await p.evaluate(() => window.ran), undefined, "the inline script did not run");
    await p.close();
  });
});
