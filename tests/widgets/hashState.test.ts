import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readHash, writeHash } from "../../src/widgets/hashState";
import { readLensState, writeLensState } from "../../src/widgets/TermLens/state";

describe("readHash / writeHash", () => {
  it("writeHash keeps other widgets' keys and removes keys set to undefined", () => {
    const hash = writeHash("#other=1&lens=a", { lens: "b", pin: undefined });
    expect(readHash(hash)).toEqual(
      new Map([
        ["other", "1"],
        ["lens", "b"],
      ]),
    );
    expect(writeHash("#lens=a", { lens: undefined })).toBe("");
  });

  it("readHash skips pairs with malformed keys and keeps malformed values raw, never throwing", () => {
    expect(readHash("#%E0%A4%A=1&lens=ok&=x&novalue")).toEqual(new Map([["lens", "ok"]]));
    expect(readHash("#section-heading")).toEqual(new Map());
    // A malformed value keeps its raw text, so the widget owning the key can say it fell back.
    expect(readHash("#lens=%E0%A4&pin=ok")).toEqual(
      new Map([
        ["lens", "%E0%A4"],
        ["pin", "ok"],
      ]),
    );
  });

  it("writeHash then readHash round-trips any keys and values", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (entries) => {
        const hash = writeHash("", entries);
        expect(Object.fromEntries(readHash(hash))).toEqual(entries);
      }),
    );
  });

  it("readHash never throws on any string", () => {
    fc.assert(
      fc.property(fc.string(), (text) => void readHash(text)),
      { numRuns: 1000 },
    );
  });
});

describe("readLensState", () => {
  const known = ["karn", "nielsen", "zeiler-fergus"];
  it("readLensState reads a known lens and pin from the prefixed keys", () => {
    expect(readLensState("#tl.lens=nielsen&tl.pin=karn", known, "karn")).toEqual({
      state: { lens: "nielsen", pin: "karn" },
      fellBack: false,
    });
  });

  it("readLensState still reads the unprefixed keys of links shared before the prefix", () => {
    expect(readLensState("#lens=nielsen&pin=karn", known, "karn")).toEqual({
      state: { lens: "nielsen", pin: "karn" },
      fellBack: false,
    });
    expect(readLensState("#ca.n=7&lens=zeiler-fergus", known, "karn")).toEqual({
      state: { lens: "zeiler-fergus", pin: null },
      fellBack: false,
    });
  });

  it("readLensState prefers the prefixed keys when a hash holds both", () => {
    expect(readLensState("#lens=karn&pin=nielsen&tl.lens=zeiler-fergus", known, "karn")).toEqual({
      state: { lens: "zeiler-fergus", pin: null },
      fellBack: false,
    });
  });

  it("readLensState falls back to the default for an unknown source and says so", () => {
    for (const hash of ["#tl.lens=nobody", "#lens=nobody"]) {
      expect(readLensState(hash, known, "karn")).toEqual({
        state: { lens: "karn", pin: null },
        fellBack: true,
      });
    }
    expect(readLensState("#tl.lens=nielsen&tl.pin=%%%", known, "karn")).toEqual({
      state: { lens: "nielsen", pin: null },
      fellBack: true,
    });
    expect(readLensState("#lens=nielsen&pin=%%%", known, "karn").state.pin).toBeNull();
  });

  it("readLensState drops a pin equal to the lens", () => {
    expect(readLensState("#tl.lens=karn&tl.pin=karn", known, "nielsen").state).toEqual({
      lens: "karn",
      pin: null,
    });
  });

  it("writeLensState writes the prefixed keys, drops the old ones and keeps other widgets' keys", () => {
    expect(
      writeLensState("#lens=karn&pin=nielsen&ca.n=7", { lens: "zeiler-fergus", pin: null }),
    ).toBe("#ca.n=7&tl.lens=zeiler-fergus");
    expect(writeLensState("", { lens: "karn", pin: "nielsen" })).toBe(
      "#tl.lens=karn&tl.pin=nielsen",
    );
  });

  it("writeLensState then readLensState round-trips every pair of known sources", () => {
    for (const lens of known) {
      for (const pin of [null, ...known.filter((k) => k !== lens)]) {
        const hash = writeLensState("#x=1&lens=nielsen&pin=karn", { lens, pin });
        expect(readLensState(hash, known, "karn")).toEqual({
          state: { lens, pin },
          fellBack: false,
        });
      }
    }
  });
});
