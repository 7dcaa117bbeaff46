import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readHash, writeHash } from "../../src/widgets/hashState";
import { checkInstanceKey, instanceChanges, instanceHash } from "../../src/widgets/instanceHash";
import { readGeometryState, writeGeometryState } from "../../src/widgets/ConvArithmetic/state";
import { readOutputState, writeOutputState } from "../../src/widgets/Channels/state";
import { DEFAULT_GEOMETRY, type Geometry } from "../../src/widgets/ConvArithmetic/model";

/** What WidgetElement.writeHash does: a state module's new view, written back under `key`. */
function write(hash: string, key: string | undefined, update: (view: string) => string): string {
  const view = instanceHash(hash, key);
  return writeHash(hash, instanceChanges(view, update(view), key));
}

const small: Geometry = { n: 12, k: 5, s: 3, p: 2, d: 1 };
const large: Geometry = { n: 224, k: 11, s: 4, p: 0, d: 1 };

describe("instance keys", () => {
  it("accept a lower-case letter and up to seven letters or digits", () => {
    for (const key of [undefined, "b", "b2", "second1"]) expect(checkInstanceKey(key)).toBe(key);
  });

  it.each(["", "B", "2", "a-b", "a~b", "a&b", "a=b", "a#", "a b", "a%20", "é", "abcdefghi"])(
    "refuse %j at build, since it would break the hash or a figure's id",
    (key) => {
      expect(() => checkInstanceKey(key)).toThrow(/lower-case letter/);
    },
  );
});

describe("two copies of a widget in one hash", () => {
  it("each reads back its own state, and other widgets' keys are kept", () => {
    let hash = "#tl.lens=karn";
    hash = write(hash, undefined, (view) => writeGeometryState(view, small));
    hash = write(hash, "b", (view) => writeGeometryState(view, large));
    hash = write(hash, "b", (view) => writeOutputState(view, 2));
    expect(readGeometryState(instanceHash(hash, undefined))).toEqual({
      geometry: small,
      fellBack: false,
    });
    expect(readGeometryState(instanceHash(hash, "b"))).toEqual({
      geometry: large,
      fellBack: false,
    });
    expect(readGeometryState(instanceHash(hash, "c")).geometry).toEqual(DEFAULT_GEOMETRY);
    expect(readOutputState(instanceHash(hash, "b"), 4).o).toBe(2);
    expect(readOutputState(instanceHash(hash, undefined), 4).o).toBe(0);
    expect(readHash(hash).get("tl.lens")).toBe("karn");
    expect(readHash(hash).get("b~ca.n")).toBe("224");
  });

  it("without a key, the URL is exactly what the state module writes (old links keep working)", () => {
    const hash = "#fig=conv-arithmetic&ca.n=9&b~ca.n=7&tr.at=5%2C2";
    expect(write(hash, undefined, (view) => writeGeometryState(view, small))).toBe(
      writeGeometryState(hash, small),
    );
    expect(instanceHash(hash, undefined)).toBe(hash);
  });

  it("a keyed copy's view holds its own pairs only, still %-escaped, so a bad one is noticed", () => {
    const hash = "#ca.n=9&b~ca.n=%E0&bb~ca.n=7&b~tr.at=5%2C2";
    expect(instanceHash(hash, "b")).toBe("#ca.n=%E0&tr.at=5%2C2");
    expect(readGeometryState(instanceHash(hash, "b")).fellBack).toBe(true);
    expect(readGeometryState(instanceHash(hash, "bb"))).toEqual({
      geometry: { ...DEFAULT_GEOMETRY, n: 7 },
      fellBack: false,
    });
    expect(instanceHash("#ca.n=9", "b")).toBe("");
  });

  it("a keyed copy dropping a key removes only its own", () => {
    const hash = "#sw.x=1&b~sw.x=2&b~sw.k=3";
    expect(write(hash, "b", () => "#sw.k=3")).toBe("#sw.x=1&b~sw.k=3");
    expect(write("#b~sw.x=2", "b", () => "")).toBe("");
  });

  it("never throw on any hash, key or state text", () => {
    const key = fc.constantFrom(undefined, "b", "c2");
    fc.assert(
      fc.property(fc.string(), fc.string(), key, (hash, after, k) => {
        const view = instanceHash(hash, k);
        readGeometryState(view);
        readOutputState(view, 4);
        const written = writeHash(hash, instanceChanges(view, after, k));
        expect(typeof written).toBe("string");
      }),
    );
  });

  it("keep `__proto__` and other odd keys as ordinary keys", () => {
    expect(instanceChanges("", "#__proto__=1&constructor=2", "b")).toEqual(
      Object.assign(Object.create(null) as object, { "b~__proto__": "1", "b~constructor": "2" }),
    );
  });
});
