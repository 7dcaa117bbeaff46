import { describe, expect, it } from "vitest";
import { isStageId, STAGE_IDS, type StageId } from "../../src/core/stages";
import { sourceSchema, type Source } from "../../src/content/sourceSchema";
import {
  compareTable,
  citationParts,
  formatCitation,
  lensStages,
  termsByStage,
  toBibtex,
} from "../../src/content/sources";
import { readSourceFiles } from "./loadSources";

const files = readSourceFiles();
const sources = files.map(({ id, raw }) => ({ id, result: sourceSchema.safeParse(raw) }));
const parsed = new Map<string, Source>(
  sources.flatMap(({ id, result }) => (result.success ? [[id, result.data] as const] : [])),
);

/** Source ids the site relies on (issue 3). */
const REQUIRED_IDS = [
  "cv-291820-question",
  "cv-291820-answer-one",
  "cv-291820-answer-karn-quote",
  "cv-291820-answer-two",
  "nielsen",
  "zeiler-fergus",
  "cs231n-convnets",
  "cs231n-visualizing",
  "deshpande",
  "karn",
  "goodfellow",
  "lecun-1998",
  "d2l",
  "pytorch-conv2d",
  "torchvision-feature-extraction",
  "keras-conv2d",
  "dumoulin-visin",
  "krizhevsky-2012",
  "olah-2017",
  "kernel-methods",
  "d2l-ja",
  "saito-2016",
];

/**
 * The stages the term lens must highlight for each source, written from the dossier
 * (/work/shared/sources/dossier.md, summary table §1 and subtle points §5), in pipeline order.
 * s1 = bias-free linear output (z − b); "the same in every layer" adds the layer-2 ids.
 */
const EXPECTED_LENS: Record<string, StageId[]> = {
  // The asker's candidates: input x, dot products z1, activations a1, the "process" x ↦ a1.
  "cv-291820-question": ["x", "z1", "a1", "F1"],
  // a1 per filter, same in every layer (a2); rectified feature map a1; z1 "not common".
  "cv-291820-answer-one": ["z1", "a1", "a2"],
  // Quotes Karn's definition: the matrix of dot products of one filter, s1 (bias-free) or z1.
  "cv-291820-answer-karn-quote": ["s1", "z1"],
  // A function between feature-vector spaces: the kernel-methods φ.
  "cv-291820-answer-two": ["phi"],
  // Definition F1; weight figure w1; footnote a1; condensed feature map p1; kernel = weights + bias.
  nielsen: ["a1", "p1", "w1", "b1", "F1"],
  // Fig. 1 z / a / p; text: input maps from below (x for layer 1, p for layer 2); filters w1.
  "zeiler-fergus": ["x", "z1", "a1", "p1", "w1"],
  // Activation map = z1[:,:,d] (bias, no ReLU); filter (or kernel) = w1[k].
  "cs231n-convnets": ["z1", "w1"],
  // Mostly-zero CONV1/CONV5 maps: post-ReLU, a1 and a deeper layer.
  "cs231n-visualizing": ["a1", "a2"],
  // 28×28×1 map without bias or ReLU = (z1 − b1); filter = neuron = kernel = w1[k].
  deshpande: ["s1", "w1"],
  // Convolved feature = activation map = feature map: z1 (bias-free example s1); rectified a1.
  karn: ["s1", "z1", "a1", "w1"],
  // §9.1 s = x ∗ w, no bias, no nonlinearity; §9.3 linear activations with §9.5's bias, z1;
  // the bias term; kernel w.
  goodfellow: ["s1", "z1", "w1", "b1"],
  // Plane outputs after bias and tanh; sub-sampling planes too; every layer.
  "lecun-1998": ["a1", "p1", "a2", "p2"],
  // Conv layer output before any activation; its example has no bias (s1), its layer adds one
  // (z1); channels (no bias); kernel.
  d2l: ["s1", "z1", "w1"],
  // Output channels z1, "a channel is a 2D feature map"; filters = weight tensor w1.
  "pytorch-conv2d": ["z1", "w1"],
  // Node names: conv1 with bias=False (s1), bn1 in the bias's role (z1), in-place relu, maxpool.
  "torchvision-resnet": ["s1", "z1", "a1", "p1"],
  // Any node you request: conv → z, relu → a, maxpool → p, in any layer.
  "torchvision-feature-extraction": ["z1", "a1", "p1", "z2", "a2", "p2"],
  // activation(conv2d(inputs, kernel) + bias): z1 by default, a1 with relu; kernel = w1.
  "keras-conv2d": ["z1", "a1", "w1"],
  // Input feature maps = input channels; output feature maps = linear outputs.
  "dumoulin-visin": ["x", "z1"],
  // Kernel map = one kernel's post-ReLU map; kernel = one 11×11×3 filter.
  "krizhevsky-2012": ["a1", "w1"],
  // layer_n[:,:,z] of any layer, pre- or post-ReLU depending on the node.
  "olah-2017": ["z1", "a1", "z2", "a2"],
  // φ: X → V.
  "kernel-methods": ["phi"],
  // The Japanese edition of D2L: 特徴マップ and フィーチャマップ for the output before any
  // activation (s1 or z1, as in English), フィーチャマップ for channels; カーネル w1.
  "d2l-ja": ["s1", "z1", "w1"],
  // Saito: 入力特徴マップ x (first layer) and p1 (Convolution → ReLU → Pooling before the next);
  // 出力特徴マップ = the Convolution layer's output with its bias, z1.
  "saito-2016": ["x", "z1", "p1"],
  // The whole W×H×N output of any layer, σ included; pooling outputs too.
  "springenberg-2015": ["a1", "p1", "a2", "p2"],
};

/** Sources whose quotes the dossier knows only from secondary copies. */
const SECONDARY_ONLY = [
  "cv-291820-answer-one",
  "cv-291820-answer-karn-quote",
  "cv-291820-answer-two",
  "zeiler-fergus",
  "goodfellow",
  "krizhevsky-2012",
  "springenberg-2015",
];

describe("content/sources/*.yaml", () => {
  it("has the source ids the site relies on", () => {
    const ids = files.map((f) => f.id);
    for (const id of REQUIRED_IDS) expect(ids, id).toContain(id);
  });

  it("uses kebab-case file names", () => {
    for (const { id } of files) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(sources)("$id validates against sourceSchema", ({ result }) => {
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(files)("$id names only known stage ids", ({ raw }) => {
    const terms = (raw as { terms?: { stages?: string[] }[] }).terms ?? [];
    for (const stage of terms.flatMap((t) => t.stages ?? [])) {
      expect(isStageId(stage), stage).toBe(true);
    }
  });

  describe.each([...parsed])("%s", (id, source) => {
    it("has at least one term", () => {
      expect(source.terms.length).toBeGreaterThan(0);
    });

    it("gives every quote a non-empty locator, provenance and text", () => {
      for (const quote of source.quotes) {
        expect(quote.locator.trim(), quote.id).not.toBe("");
        expect(quote.provenance.trim(), quote.id).not.toBe("");
        expect(quote.text.trim(), quote.id).not.toBe("");
      }
    });

    it("has unique quote ids", () => {
      const ids = source.quotes.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("resolves every term's quote reference", () => {
      const ids = new Set(source.quotes.map((q) => q.id));
      for (const term of source.terms) {
        if (term.quote !== undefined)
          expect(ids.has(term.quote), `${term.term} → ${term.quote}`).toBe(true);
      }
    });

    it("gives a note to every term whose quote is unverified (the site shows the note instead)", () => {
      const unverified = new Set(source.quotes.filter((q) => !q.verified).map((q) => q.id));
      for (const term of source.terms) {
        if (term.quote !== undefined && unverified.has(term.quote))
          expect(term.note, term.term).toBeDefined();
      }
    });

    it("keeps quotes short (at most 60 words)", () => {
      for (const quote of source.quotes) {
        expect(quote.text.split(/\s+/).length, quote.id).toBeLessThanOrEqual(60);
      }
    });

    it("has a citation with authors, title, year and an http(s) url", () => {
      const { authors, title, year, url } = source.citation;
      expect(authors.length).toBeGreaterThan(0);
      expect(title).not.toBe("");
      expect(year === "n.d." || Number.isInteger(year)).toBe(true);
      expect(new URL(url).protocol).toMatch(/^https?:$/);
    });

    it("highlights in the lens exactly the stages the dossier gives", () => {
      expect(EXPECTED_LENS[id], `no expected lens written for ${id}`).toBeDefined();
      expect(lensStages(source)).toEqual(EXPECTED_LENS[id]);
    });
  });

  it.each(SECONDARY_ONLY)("%s marks every quote unverified (secondary copies only)", (id) => {
    const source = parsed.get(id);
    expect(source).toBeDefined();
    for (const quote of source!.quotes) expect(quote.verified, quote.id).toBe(false);
  });

  it("uses distinct sort orders", () => {
    const orders = [...parsed.values()].map((s) => s.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

/** A small source for the helper tests. */
function fixture(overrides: Partial<Source> = {}): Source {
  return sourceSchema.parse({
    short: "Zeiler & Fergus",
    short_ja: "ZeilerとFergus",
    kind: "paper",
    order: 40,
    summary: "Feature maps before the ReLU, rectified maps after it.",
    citation: {
      authors: ["Matthew D. Zeiler", "Rob Fergus"],
      title: "Visualizing and Understanding Convolutional Networks",
      year: 2014,
      venue: "ECCV 2014, LNCS 8689, pp. 818–833 (arXiv:1311.2901)",
      url: "https://arxiv.org/abs/1311.2901",
      section: "§2, Fig. 1",
    },
    quotes: [
      {
        id: "fig1-labels",
        text: "Feature Maps → Rectified Feature Maps",
        locator: "Fig. 1",
        verified: false,
        provenance: "secondary copy",
      },
    ],
    terms: [
      { term: "Rectified Feature Maps", stages: ["a1"], extent: "slice", quote: "fig1-labels" },
      { term: "Feature Maps", stages: ["z1"], extent: "slice", quote: "fig1-labels" },
      { term: "filters", stages: ["w1"], extent: "weights" },
      { term: "feature maps", stages: ["p1", "a1"], extent: "both" },
    ],
    ...overrides,
  });
}

describe("sourceSchema", () => {
  it("rejects an unknown stage id", () => {
    const raw = { ...fixture(), terms: [{ term: "x", stages: ["z3"], extent: "slice" }] };
    expect(sourceSchema.safeParse(raw).success).toBe(false);
  });

  it("rejects a term whose quote reference does not resolve", () => {
    const raw = {
      ...fixture(),
      terms: [{ term: "x", stages: ["z1"], extent: "slice", quote: "nope" }],
    };
    const result = sourceSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["terms", 0, "quote"]);
  });

  it("rejects duplicate quote ids", () => {
    const base = fixture();
    const raw = { ...base, quotes: [base.quotes[0], base.quotes[0]] };
    expect(sourceSchema.safeParse(raw).success).toBe(false);
  });

  it("rejects a quote without a locator", () => {
    const base = fixture();
    const raw = { ...base, quotes: [{ ...base.quotes[0], locator: " " }] };
    expect(sourceSchema.safeParse(raw).success).toBe(false);
  });

  it("rejects a source without terms", () => {
    expect(sourceSchema.safeParse({ ...fixture(), terms: [] }).success).toBe(false);
  });

  it("rejects a non-http citation url", () => {
    const base = fixture();
    const raw = { ...base, citation: { ...base.citation, url: "ftp://example.org/x" } };
    expect(sourceSchema.safeParse(raw).success).toBe(false);
  });

  it("rejects unknown fields, so typos do not pass silently", () => {
    expect(sourceSchema.safeParse({ ...fixture(), sumary: "typo" }).success).toBe(false);
  });
});

describe("lensStages", () => {
  it("lensStages returns the union of term stages in pipeline order, without repeats", () => {
    expect(lensStages(fixture())).toEqual(["z1", "a1", "p1", "w1"]);
  });

  it("lensStages orders every stage id as STAGE_IDS does", () => {
    const all = fixture({
      terms: [
        {
          term: "all",
          stages: [...STAGE_IDS].reverse() as [StageId, ...StageId[]],
          extent: "both",
        },
      ],
    });
    expect(lensStages(all)).toEqual([...STAGE_IDS]);
  });
});

describe("termsByStage", () => {
  it("termsByStage lists each stage's words once, only for named stages", () => {
    expect(termsByStage(fixture())).toEqual({
      z1: ["Feature Maps"],
      a1: ["Rectified Feature Maps", "feature maps"],
      p1: ["feature maps"],
      w1: ["filters"],
    });
  });
});

describe("formatCitation", () => {
  it("formatCitation gives Authors (year). Title. Venue. Section. URL", () => {
    expect(formatCitation(fixture())).toBe(
      "Matthew D. Zeiler & Rob Fergus (2014). Visualizing and Understanding Convolutional Networks. " +
        "ECCV 2014, LNCS 8689, pp. 818–833 (arXiv:1311.2901). §2, Fig. 1. https://arxiv.org/abs/1311.2901",
    );
  });

  it("formatCitation leaves out a missing venue and section and does not double a question mark", () => {
    const base = fixture();
    const source = fixture({
      citation: {
        authors: ["A", "B", "C"],
        title: "Which tensor?",
        year: "n.d.",
        url: base.citation.url,
      },
    });
    expect(formatCitation(source)).toBe(
      "A, B & C (n.d.). Which tensor? https://arxiv.org/abs/1311.2901",
    );
  });

  it("formatCitation in Japanese: 、 between parts, （year）, 刊行年不明, the Japanese venue and section", () => {
    const base = fixture();
    expect(
      formatCitation(
        fixture({
          citation: {
            ...base.citation,
            year: "n.d.",
            venue_ja: "ECCV 2014、LNCS 8689、818–833ページ",
            section_ja: "2節、図1",
          },
        }),
        "ja",
      ),
    ).toBe(
      "Matthew D. Zeiler・Rob Fergus（刊行年不明）、「Visualizing and Understanding Convolutional Networks」、" +
        "ECCV 2014、LNCS 8689、818–833ページ、2節、図1、https://arxiv.org/abs/1311.2901",
    );
  });

  it("formatCitation in Japanese keeps a Japanese source's own venue and puts a book title in 『』", () => {
    const base = fixture();
    const book = fixture({
      kind: "book",
      language: "ja",
      citation: { ...base.citation, title: "本の題", venue: "出版社", section: undefined },
    });
    expect(formatCitation(book, "ja")).toBe(
      "Matthew D. Zeiler・Rob Fergus（2014）、『本の題』、出版社、https://arxiv.org/abs/1311.2901",
    );
  });

  it("citationParts marks Latin-script names as English and Japanese names as Japanese", () => {
    const names = (authors: [string, ...string[]]) =>
      citationParts(fixture({ citation: { ...fixture().citation, authors } }), "ja")[0];
    expect(names(["Ian Goodfellow", "Yoshua Bengio"])).toMatchObject({ lang: "en" });
    expect(names(["斎藤 康毅"])).toMatchObject({ lang: "ja" });
  });

  it("no Japanese reference of a real source says n.d. or et al.", () => {
    for (const [id, source] of parsed) {
      expect(formatCitation(source, "ja"), id).not.toMatch(/n\.d\.|et al\./);
    }
  });
});

describe("toBibtex", () => {
  it("toBibtex writes an @article keyed by the source id", () => {
    expect(toBibtex("zeiler-fergus", fixture())).toBe(
      [
        "@article{zeiler-fergus,",
        "  author = {Matthew D. Zeiler and Rob Fergus},",
        "  title = {{Visualizing and Understanding Convolutional Networks}},",
        "  year = {2014},",
        "  journal = {ECCV 2014, LNCS 8689, pp. 818–833 (arXiv:1311.2901)},",
        "  note = {§2, Fig. 1},",
        "  url = {https://arxiv.org/abs/1311.2901}",
        "}",
      ].join("\n"),
    );
  });

  it("toBibtex braces corporate authors, escapes & and omits an n.d. year in @misc", () => {
    const source = fixture({
      kind: "docs",
      citation: {
        authors: ["PyTorch Contributors"],
        corporate: true,
        title: "Conv2d & friends",
        year: "n.d.",
        venue: "PyTorch documentation",
        url: "https://docs.pytorch.org/docs/stable/generated/torch.nn.Conv2d.html",
      },
    });
    const bib = toBibtex("pytorch-conv2d", source);
    expect(bib).toMatch(/^@misc\{pytorch-conv2d,\n/);
    expect(bib).toContain("  author = {{PyTorch Contributors}},");
    expect(bib).toContain("  title = {{Conv2d \\& friends}},");
    expect(bib).toContain("  howpublished = {PyTorch documentation},");
    expect(bib).not.toContain("year");
  });

  it("toBibtex writes @book with the venue as publisher", () => {
    expect(toBibtex("b", fixture({ kind: "book" }))).toMatch(/^@book\{b,[\s\S]*publisher = /);
  });

  it("toBibtex gives every real source a balanced entry", () => {
    for (const [id, source] of parsed) {
      const bib = toBibtex(id, source);
      expect(bib.startsWith("@")).toBe(true);
      expect(bib.split("{").length, id).toBe(bib.split("}").length);
    }
  });
});

describe("compareTable", () => {
  const second = fixture({
    short: "Goodfellow",
    order: 10,
    terms: [{ term: "feature map", stages: ["s1"], extent: "both" }],
  });

  it("compareTable sorts rows by order and lists used stages in pipeline order", () => {
    const table = compareTable([
      { id: "zeiler-fergus", data: fixture() },
      { id: "goodfellow", data: second },
    ]);
    expect(table.rows.map((r) => r.id)).toEqual(["goodfellow", "zeiler-fergus"]);
    expect(table.columns).toEqual(["s1", "z1", "a1", "p1", "w1"]);
  });

  it("compareTable fills cells with each term and its quote id", () => {
    const table = compareTable([{ id: "zeiler-fergus", data: fixture() }]);
    expect(table.rows[0]).toEqual({
      id: "zeiler-fergus",
      short: "Zeiler & Fergus",
      language: "en",
      cells: {
        z1: [{ term: "Feature Maps", quoteId: "fig1-labels" }],
        a1: [{ term: "Rectified Feature Maps", quoteId: "fig1-labels" }, { term: "feature maps" }],
        p1: [{ term: "feature maps" }],
        w1: [{ term: "filters" }],
      },
    });
  });

  it("compareTable names the rows by short_ja in the Japanese edition", () => {
    const rows = (lang: "en" | "ja") =>
      compareTable([{ id: "zeiler-fergus", data: fixture() }], lang).rows;
    expect(rows("ja")[0].short).toBe("ZeilerとFergus");
    expect(rows("en")[0].short).toBe("Zeiler & Fergus");
    expect(rows("ja")[0].cells).toEqual(rows("en")[0].cells);
  });

  it("compareTable over the real sources has one row per file and only known columns", () => {
    const table = compareTable([...parsed].map(([id, data]) => ({ id, data })));
    expect(table.rows).toHaveLength(parsed.size);
    for (const column of table.columns) expect(isStageId(column)).toBe(true);
    const orders = table.rows.map((r) => parsed.get(r.id)!.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});
