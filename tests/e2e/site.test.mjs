// Whole-site browser checks over every page. They run on the build for a sub-path (dist-sub/,
// BASE=/fme/), the harder case: every link, script and fetch must also stay under the base.
// The root build (dist/) gets the same crawl and static link checks without a browser; the
// widget files test it in the browser. E2E_SITE_ROOT / E2E_SITE_BASE point at another build.
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it, test } from "node:test";
import {
  AXE_COLOUR_RULES,
  PAGE_CONCURRENCY,
  PHONE,
  RECORD_CSP_VIOLATIONS,
  REPO_ROOT,
  check,
  checkNone,
  checkRefs,
  collectLinks,
  crawl,
  cspViolations,
  describeProblems,
  enhanceWidgets,
  failedRequests,
  findOverflowingElements,
  formatViolations,
  pagePool,
  runAxe,
  settleAfterChange,
  startSite,
} from "./harness.mjs";
import { englishWords, readerText } from "./japaneseText.mjs";
import { normalizeBase } from "../../scripts/serve.mjs";

const site = await startSite({
  root: process.env.E2E_SITE_ROOT ?? "dist-sub",
  base: normalizeBase(process.env.E2E_SITE_BASE ?? "/fme/"),
});
after(() => site.close());
const pages = await crawl(site);
const contentPages = pages.filter((p) => !p.redirectTo);
const redirectPages = pages.filter((p) => p.redirectTo);
const TIMEOUT = 180_000; // per page, all its checks
/** The Japanese chapters' paths under the base, e.g. /fme/ja/pipeline/. */
const JA_CHAPTERS = new Set(
  readdirSync(path.join(REPO_ROOT, "content/chapters/ja"))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => `${site.base}ja/${f.replace(/^\d+-|\.mdx$/g, "")}/`),
);

// Each page is checked in a page that has checked another before it (pagePool): these checks
// only read pages, and a fresh page for each would cost a renderer process and a cold cache.
// Without JavaScript a page keeps nothing; with it, no page stores anything before a click.
const jsPages = pagePool(site, { initScript: RECORD_CSP_VIOLATIONS });
const noJsPages = pagePool(site, { javaScriptEnabled: false, waitUntil: "load" });
after(() => Promise.all([jsPages.close(), noJsPages.close()]));

/**
 * Loads `url` with JavaScript off and hands the page to `use`.
 * @template T
 * @param {string} url
 * @param {(page: import("./harness.mjs").SitePage) => Promise<T>} use
 */
const withoutJavaScript = async (url, use) => {
  const page = await noJsPages.take(url);
  try {
    return await use(page);
  } finally {
    noJsPages.give(page);
  }
};

/** @param {import("playwright-core").Page} page */
const documentFacts = (page) =>
  page.evaluate(() => ({
    title: document.title.trim(),
    lang: document.documentElement.getAttribute("lang")?.trim() ?? "",
    h1s: [...document.querySelectorAll("h1")].map((h) => h.textContent?.trim().slice(0, 60)),
  }));

/**
 * Presses Tab on a page and describes what got focus (null: nothing did).
 * @param {import("playwright-core").Page} page
 */
const firstTabStop = async (page) => {
  await page.keyboard.press("Tab");
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const href = el.getAttribute("href") ?? "";
    const r = el.getBoundingClientRect();
    return {
      html: el.outerHTML.slice(0, 120),
      href,
      targetExists: href.startsWith("#") && !!document.getElementById(href.slice(1)),
      visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0,
    };
  });
};

/**
 * Narrows a page to a phone's screen in dark mode and waits for what that sets off (a widget
 * redrawing at its new width, images of another size) to settle.
 * @param {import("./harness.mjs").SitePage} page
 */
const narrowToPhone = async (page) => {
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: "dark" });
  await settleAfterChange(page);
  return page;
};

/** @param {Awaited<ReturnType<typeof documentFacts>>} facts */
const assertDocumentFacts = (facts) => {
  check(facts.title, "the page has no (or an empty) <title>");
  check(facts.lang, "<html> has no lang attribute");
  check(
    facts.h1s.length === 1,
    `expected exactly one <h1>, found ${facts.h1s.length}: ${JSON.stringify(facts.h1s)}`,
  );
};

test("the crawl finds pages", () => {
  check(contentPages.length > 0, `no pages found under ${site.url}`);
  check(
    pages.some((p) => p.path === site.base),
    `the base URL ${site.url} is not a page`,
  );
});

test("every Japanese chapter is among the pages checked (its citations are checked there)", () => {
  check(JA_CHAPTERS.size >= 10, `only ${JA_CHAPTERS.size} Japanese chapters read`);
  const paths = new Set(contentPages.map((p) => p.path));
  checkNone(
    [...JA_CHAPTERS].filter((chapter) => !paths.has(chapter)),
    "Japanese chapters the crawl did not find:",
  );
});

test("every built page can be reached by following links from the base URL", () => {
  const orphans = pages.filter((p) => !p.linked).map((p) => p.path);
  checkNone(orphans, "built pages that no link leads to:");
});

describe("the root build (dist/), without a browser", () => {
  /** @type {import("./harness.mjs").Site} */
  let root;
  /** @type {Awaited<ReturnType<typeof crawl>>} */
  let rootPages = [];
  before(async () => {
    root = await startSite({ root: process.env.E2E_ROOT ?? "dist", browser: false });
    rootPages = await crawl(root);
  });
  after(() => root?.close());

  it("has the same pages as the sub-path build, each answering 200 and linked from /", () => {
    const paths = (list, base) => list.map((p) => p.path.slice(base.length)).sort();
    check(
      JSON.stringify(paths(rootPages, "/")) === JSON.stringify(paths(pages, site.base)),
      "the root and sub-path builds have different pages",
    );
    checkNone(
      rootPages.filter((p) => p.status !== 200).map((p) => `${p.path} → HTTP ${p.status}`),
      "pages that do not answer 200:",
    );
    checkNone(
      rootPages.filter((p) => !p.linked).map((p) => p.path),
      "built pages that no link leads to:",
    );
  });

  it("has internal links in the built HTML that all resolve", async () => {
    const broken = [];
    for (const p of rootPages) {
      const scan = p.scan;
      if (!scan) continue;
      const found = await checkRefs(root, scan.refs, {
        from: p.url,
        ownIds: scan.ids,
        pages: rootPages,
      });
      broken.push(...found.map((b) => `${p.path}: ${b}`));
    }
    checkNone(broken, "broken links in the root build:");
  });
});

for (const p of redirectPages) {
  test(`redirect ${p.path} lands on a page`, async () => {
    let target = /** @type {string} */ (p.redirectTo);
    for (let hops = 0; hops < 5; hops++) {
      const res = await site.resource(target);
      if (res.status >= 300 && res.status < 400 && res.location) target = res.location;
      else {
        check(res.status === 200, `${p.path} redirects to ${target}, which answers ${res.status}`);
        check(new URL(target).pathname.startsWith(site.base), `${target} escapes the base`);
        return;
      }
    }
    check(false, `${p.path}: redirect loop`);
  });
}

test("a widget far below the fold keeps its static frame until a reader nears it or presses Tab", async () => {
  const defined = (page) => page.evaluate(() => Boolean(customElements.get("trace-view")));
  const page = await site.openPage("en/mechanics/", { viewport: PHONE, enhanceAll: false });
  try {
    check(!(await defined(page)), "trace-view was defined at load, far below the fold");
    check(await page.locator("trace-view button").count(), "trace-view lost its static frame");
    await page.locator("trace-view").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => customElements.get("trace-view"));
  } finally {
    await page.close();
  }
  const keyboard = await site.openPage("en/mechanics/", { viewport: PHONE, enhanceAll: false });
  try {
    check(!(await defined(keyboard)), "trace-view was defined at load, far below the fold");
    await keyboard.keyboard.press("Tab");
    // Focus defines the waiting widgets; their modules then load, which takes a moment.
    const afterTab = await keyboard
      .waitForFunction(() => customElements.get("trace-view"), null, { timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    check(afterTab, "the first Tab did not define the widgets still waiting");
    check(keyboard.problems.pageErrors.length === 0, () => describeProblems(keyboard));
  } finally {
    await keyboard.close();
  }
});

test("the browser reaches no other host: a request to one is stopped at its dead proxy and recorded", async () => {
  const page = await site.openPage("about:blank");
  try {
    const probe = "http://example.com/e2e-probe";
    // Stopped by the proxy, not by a missing network: the test means the same offline and online.
    const error = await page.goto(probe).then(
      () => "answered",
      (err) => String(err.message),
    );
    check(/ERR_PROXY_CONNECTION_FAILED/.test(error), `${probe}: ${error.split("\n")[0]}`);
    check(page.problems.externalRequests.includes(probe), `${probe} was not recorded`);
    check(!failedRequests(page).length, "the blocked request was counted as the site's failure");
  } finally {
    await page.close();
  }
});

test("a new page loads no page of the browser's own interface, and Playwright's switches hold", async () => {
  const page = await site.openPage("about:blank");
  const browser = await /** @type {import("playwright-core").Browser} */ (
    site.browser
  ).newBrowserCDPSession();
  try {
    // Each such page (the address bar's popups) costs a renderer process per page opened.
    const { targetInfos } = await browser.send("Target.getTargets");
    checkNone(
      targetInfos
        .filter((t) => t.type === "browser_ui" || t.url.startsWith("chrome:"))
        .map((t) => `${t.type} ${t.url}`),
      "pages of the browser's interface (switch them off in the harness's CHROMIUM_ARGS):",
    );
    // Chromium reads only the last --disable-features: it must keep what the earlier ones say.
    await page.goto("chrome://version");
    const commandLine = await page.locator("#command_line").innerText();
    const lists = [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((m) =>
      m[1].split(","),
    );
    check(lists.length > 0, "no --disable-features switch");
    const last = new Set(lists.at(-1));
    checkNone(
      lists.flat().filter((feature) => !last.has(feature)),
      "features an earlier --disable-features switches off and the last one drops:",
    );
  } finally {
    await browser.detach();
    await page.close();
  }
});

test("text is sent gzipped to a client that accepts it, as static hosts do", async () => {
  const page = `${site.url}en/`;
  const plain = await fetch(page, { headers: { "Accept-Encoding": "identity" } });
  check(!plain.headers.get("content-encoding"), `${page} was compressed unasked`);
  const html = await plain.text();
  const zipped = await fetch(page, { headers: { "Accept-Encoding": "gzip" } });
  check(zipped.headers.get("content-encoding") === "gzip", `${page} was not sent gzipped`);
  check(
    Number(zipped.headers.get("content-length")) < Buffer.byteLength(html) / 2,
    "gzip saved little",
  );
  check((await zipped.text()) === html, `${page} gzipped differs from ${page} plain`);
});

test("a missing page answers 404 with the 404 page", { timeout: TIMEOUT }, async () => {
  // Nested, so relative links in 404.html would break here.
  const missing = `${site.url}no-such-page-e2e/deeper/`;
  const expected = await readFile(path.join(site.root, "404.html"), "utf8").catch(() => null);
  check(expected !== null, `${site.root}/404.html does not exist`);
  const res = await fetch(missing);
  check(res.status === 404, `GET ${missing} answered ${res.status}, not 404`);
  check((await res.text()) === expected, `GET ${missing} did not answer with 404.html`);

  const page = await site.openPage(missing);
  try {
    assertDocumentFacts(await documentFacts(page));
    // Chromium logs the document's own 404 as a console error; that one is expected.
    const problems = describeProblems(page, { ignoreConsole: /status of 404 .*no-such-page-e2e/ });
    check(!problems, problems);
    const { refs, ids } = await collectLinks(page);
    const broken = await checkRefs(site, refs, { from: missing, ownIds: ids, pages });
    checkNone(broken, `broken links on the 404 page (served at ${missing}):`);
    const violations = await runAxe(page);
    check(!violations.length, () => formatViolations(violations, "the 404 page"));
  } finally {
    await page.close();
  }
});

describe("every page", { concurrency: PAGE_CONCURRENCY }, () => {
  for (const p of contentPages) {
    describe(p.path, { timeout: TIMEOUT, concurrency: 1 }, () => {
      /** @type {import("./harness.mjs").SitePage} */
      let page;
      /** @type {Promise<import("./harness.mjs").SitePage> | undefined} */
      let phonePage;
      // The phone checks narrow the page already open, as a reader narrowing a window or turning
      // a tablet does, instead of loading it again: one load per page for all its checks with
      // JavaScript. A phone's first load is checked per widget (japanese, hostile, widgets tests).
      const openPhone = () => (phonePage ??= narrowToPhone(page));

      /** @type {Awaited<ReturnType<typeof firstTabStop>>} */
      let firstStop;
      /** Whether the page has neither scripts nor <noscript>: the same with JavaScript off. */
      let scriptless = false;

      before(async () => {
        // What Tab reaches first is read on the new document, before any scrolling: scrolling
        // moves the focus navigation starting point in newer Chromium.
        page = await jsPages.take(p.url);
        scriptless = await page.evaluate(() => !document.querySelector("script, noscript"));
        firstStop = await firstTabStop(page);
        await enhanceWidgets(page);
      });
      after(() => {
        if (page) jsPages.give(page);
      });

      it("answers 200", () => {
        check(p.status === 200, `GET ${p.path} answered ${p.status}`);
        check(
          page.response?.status() === 200,
          `the browser got ${page.response?.status()} for ${p.path}`,
        );
      });

      it("logs no console errors and throws no page errors", () => {
        const { consoleErrors, pageErrors } = page.problems;
        checkNone(consoleErrors, `console errors on ${p.path}:`);
        checkNone(pageErrors, `uncaught errors on ${p.path}:`);
      });

      it("makes no failed requests and none to other hosts", () => {
        checkNone(failedRequests(page), `failed requests on ${p.path}:`);
        const { externalRequests } = page.problems;
        checkNone(externalRequests, `requests to other hosts (blocked) from ${p.path}:`);
      });

      it("has a <title>, <html lang> and exactly one <h1>", async () => {
        assertDocumentFacts(await documentFacts(page));
      });

      it("has a skip link as its first focusable element", () => {
        check(firstStop, "pressing Tab focused nothing");
        check(
          firstStop.href.startsWith("#"),
          `the first focusable element is not a skip link: ${firstStop.html}`,
        );
        check(firstStop.targetExists, `the skip link's target ${firstStop.href} does not exist`);
        check(firstStop.visible, `the skip link stays invisible when focused: ${firstStop.html}`);
      });

      it("has internal links (href, src, #fragments) that all resolve", async () => {
        const live = await collectLinks(page);
        const refs = [...live.refs, ...(p.scan?.refs ?? [])];
        const broken = await checkRefs(site, refs, { from: p.url, ownIds: live.ids, pages });
        checkNone(broken, `broken links on ${p.path}:`);
      });

      // Every rule runs on the phone in dark mode below, where the page shows all it shows here
      // and more (nothing is hidden by width but lecture mode's help); here, in the light theme,
      // the rules that depend on colours.
      it("in the light theme: no axe violations of contrast or colour", async () => {
        const violations = await runAxe(page, { rules: AXE_COLOUR_RULES });
        check(!violations.length, () => formatViolations(violations, p.path));
      });

      it(`narrowed to a ${PHONE.width}px phone screen, does not scroll sideways`, async () => {
        const phone = await openPhone();
        const { scrollWidth, clientWidth } = await phone.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        if (scrollWidth > clientWidth + 1) {
          const culprits = await findOverflowingElements(phone);
          checkNone(
            culprits.length ? culprits : ["(no single element found)"],
            `${p.path} scrolls sideways at ${PHONE.width}px: scrollWidth ${scrollWidth} > ` +
              `clientWidth ${clientWidth}. Elements past the right edge:`,
          );
        }
      });

      it("narrowed to a phone and in dark mode: no errors and no axe WCAG 2.1 A/AA violations", async () => {
        const phone = await openPhone();
        const problems = describeProblems(phone);
        check(!problems, problems);
        const violations = await runAxe(phone);
        check(!violations.length, () => formatViolations(violations, `${p.path} (phone, dark)`));
      });

      it("runs, every widget brought into view, without a Content-Security-Policy violation", async () => {
        checkNone(await cspViolations(page), `CSP violations on ${p.path}:`);
      });

      if (JA_CHAPTERS.has(p.path)) {
        it("quotes and cites without an English interface word (et al., n.d.)", async () => {
          const texts = await page.evaluate(readerText, [".quote figcaption", "a.cite"]);
          checkNone(englishWords(texts), `English words in the citations of ${p.path}:`);
          const labels = await page.locator("a.cite").allInnerTexts();
          checkNone(
            labels.filter((label) => /et al\.|n\.d\./.test(label)),
            `citation labels in English form on ${p.path}:`,
          );
        });
      }

      it("renders its main content with JavaScript disabled", async () => {
        /** @param {import("./harness.mjs").SitePage} noJs */
        const checkMain = async (noJs) => {
          const problems = describeProblems(noJs);
          check(!problems, `without JavaScript: ${problems}`);
          const main = await noJs.evaluate(() => {
            const el = document.querySelector("main");
            if (!el) return null;
            let opacity = 1;
            for (let e = /** @type {Element | null} */ (el); e; e = e.parentElement) {
              opacity *= Number(getComputedStyle(e).opacity);
            }
            const h1 = document.querySelector("h1");
            return {
              text: el.innerText.trim().length,
              opacity,
              h1Visible: !!h1 && h1.getBoundingClientRect().height > 0,
            };
          });
          check(main, "no <main> element without JavaScript");
          check(await noJs.locator("main").first().isVisible(), "<main> is hidden without JS");
          check(main.opacity > 0, "<main> is transparent (opacity 0) without JavaScript");
          check(main.text > 0, "<main> has no text without JavaScript");
          check(main.h1Visible, "the <h1> is not shown without JavaScript");
        };
        // A page with no script (a gallery thumbnail) is the same without JavaScript: the page
        // already open is checked instead of loading it again.
        await (scriptless ? checkMain(page) : withoutJavaScript(p.url, checkMain));
      });
    });
  }
});
