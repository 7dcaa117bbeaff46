import { describe, expect, it } from "vitest";
import {
  figureIds,
  figureInHash,
  lectureHash,
  lectureInHash,
  linkToFigure,
  stateOnly,
} from "../../src/components/toolbar/figureLink";
import { readHash } from "../../src/widgets/hashState";

describe("links to a figure", () => {
  it("figureIds names each figure by its element and view, numbering repeats from the second", () => {
    expect(
      figureIds([
        { tag: "sliding-window" },
        { tag: "trained-network", view: "maps" },
        { tag: "trained-network", view: "occlusion" },
        { tag: "term-lens" },
        { tag: "term-lens" },
        { tag: "trained-network", view: "maps" },
      ]),
    ).toEqual([
      "sliding-window",
      "trained-network-maps",
      "trained-network-occlusion",
      "term-lens",
      "term-lens-2",
      "trained-network-maps-2",
    ]);
  });

  it("figureIds names a copy with a key by its key, and numbers only the copies without one", () => {
    expect(
      figureIds([
        { tag: "conv-arithmetic", key: "b" },
        { tag: "conv-arithmetic" },
        { tag: "conv-arithmetic", key: "c" },
        { tag: "conv-arithmetic" },
        { tag: "trained-network", view: "dead", key: "b" },
      ]),
    ).toEqual([
      "conv-arithmetic-b",
      "conv-arithmetic",
      "conv-arithmetic-c",
      "conv-arithmetic-2",
      "trained-network-dead-b",
    ]);
  });

  it("linkToFigure adds the figure to the hash and keeps every widget's state", () => {
    const link = linkToFigure("https://example.org/en/mechanics/#tr.at=5,2&sw.k=3", "trace-view");
    expect(new URL(link).pathname).toBe("/en/mechanics/");
    expect([...readHash(new URL(link).hash)]).toEqual([
      ["tr.at", "5,2"],
      ["sw.k", "3"],
      ["fig", "trace-view"],
    ]);
    expect(figureInHash(new URL(link).hash)).toBe("trace-view");
  });

  it("a second copied link names the new figure, not both", () => {
    const first = linkToFigure("https://example.org/en/mechanics/", "trace-view");
    const second = linkToFigure(first, "channels-view");
    expect(figureInHash(new URL(second).hash)).toBe("channels-view");
    expect(second.match(/fig=/g)).toHaveLength(1);
  });

  it("an old link, with state but no figure, names none; stateOnly drops the figure only", () => {
    expect(figureInHash("#tr.at=5,2")).toBeUndefined();
    expect(figureInHash("")).toBeUndefined();
    expect(stateOnly("#tr.at=5%2C2&fig=trace-view")).toBe("#tr.at=5%2C2");
    expect(stateOnly("#fig=trace-view")).toBe("");
  });

  it("lecture mode names the figure it shows, and closing keeps the figure named", () => {
    const open = lectureHash("#tr.at=5%2C2&fig=trace-view", "channels-view");
    expect([...readHash(open)]).toEqual([
      ["tr.at", "5,2"],
      ["fig", "channels-view"],
      ["lecture", "1"],
    ]);
    expect(lectureInHash(open)).toBe(true);
    const closed = lectureHash(open, undefined);
    expect(lectureInHash(closed)).toBe(false);
    expect(figureInHash(closed)).toBe("channels-view");
    expect(stateOnly(open)).toBe("#tr.at=5%2C2");
  });

  it("asks for lecture mode only with lecture=1 and a figure", () => {
    expect(lectureInHash("#lecture=1")).toBe(false);
    expect(lectureInHash("#fig=trace-view&lecture=yes")).toBe(false);
    expect(lectureInHash("#fig=trace-view&lecture=1")).toBe(true);
  });
});
