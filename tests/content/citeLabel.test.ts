import { describe, expect, it } from "vitest";
import { citeLabel } from "../../src/content/citeLabel";
import type { Source } from "../../src/content/sourceSchema";

const source = (
  citation: Partial<Source["citation"]>,
  short = "Short",
  short_ja = "短い名",
): Source => ({
  short,
  short_ja,
  kind: "paper",
  order: 1,
  summary: "s",
  citation: { authors: ["A"], title: "T", year: 2000, url: "https://example.org", ...citation },
  quotes: [],
  terms: [{ term: "feature map", stages: ["z1"], extent: "slice" }],
});

describe("citeLabel", () => {
  it("citeLabel uses surnames: one, two with &, three or more with et al.", () => {
    expect(citeLabel(source({ authors: ["Michael A. Nielsen"], year: 2015 }))).toBe("Nielsen 2015");
    expect(citeLabel(source({ authors: ["Matthew D. Zeiler", "Rob Fergus"], year: 2014 }))).toBe(
      "Zeiler & Fergus 2014",
    );
    expect(citeLabel(source({ authors: ["Y. LeCun", "L. Bottou", "Y. Bengio"], year: 1998 }))).toBe(
      "LeCun et al. 1998",
    );
  });

  it("citeLabel uses the short name for organisations and drops n.d.", () => {
    expect(
      citeLabel(source({ authors: ["PyTorch"], corporate: true, year: "n.d." }, "PyTorch Conv2d")),
    ).toBe("PyTorch Conv2d");
    expect(citeLabel(source({ authors: ["Ann Smith"], year: "n.d." }))).toBe("Smith");
  });

  it("citeLabel names an organisation by its Japanese short name in the Japanese edition", () => {
    const docs = source(
      { authors: ["PyTorch"], corporate: true, year: "n.d." },
      "PyTorch Conv2d",
      "PyTorchのConv2d",
    );
    expect(citeLabel(docs, "ja")).toBe("PyTorchのConv2d");
    expect(citeLabel(docs, "en")).toBe("PyTorch Conv2d");
    expect(citeLabel({ ...docs, citation: { ...docs.citation, year: 2020 } }, "ja")).toBe(
      "PyTorchのConv2d、2020",
    );
  });

  it("citeLabel writes people's labels in Japanese: 、 before the year, と for two, ら for more", () => {
    // People keep their surnames: the label does not depend on the short names.
    expect(citeLabel(source({ authors: ["Michael A. Nielsen"], year: 2015 }), "ja")).toBe(
      "Nielsen、2015",
    );
    expect(
      citeLabel(source({ authors: ["Matthew D. Zeiler", "Rob Fergus"], year: 2014 }), "ja"),
    ).toBe("ZeilerとFergus、2014");
    expect(
      citeLabel(source({ authors: ["Y. LeCun", "L. Bottou", "Y. Bengio"], year: 1998 }), "ja"),
    ).toBe("LeCunら、1998");
    expect(citeLabel(source({ authors: ["Ann Smith"], year: "n.d." }), "ja")).toBe("Smith");
    // A Japanese name gives its family name, which comes first.
    expect(citeLabel(source({ authors: ["斎藤 康毅"], year: 2016 }), "ja")).toBe("斎藤、2016");
  });

  it("citeLabel names a work cited by name (D2L) by its short name in each edition", () => {
    const book = {
      ...source({ authors: ["A. Zhang", "Z. Lipton", "M. Li"], year: "n.d." }, "D2L", "D2L（本）"),
      cite_by_name: true,
    };
    expect(citeLabel(book)).toBe("D2L");
    expect(citeLabel(book, "ja")).toBe("D2L（本）");
  });
});
