import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultConfig } from "../../src/widgets/PipelineExplorer/model";
import { readExplorerState, writeExplorerState } from "../../src/widgets/PipelineExplorer/state";
import { SAMPLES } from "../../src/widgets/samples";

describe("readExplorerState / writeExplorerState", () => {
  it("writeExplorerState then readExplorerState round-trips edited kernels, presets, biases and sample", () => {
    const config = defaultConfig();
    config.sample = "coffee";
    config.filters[0] = { preset: null, kernel: [1, -2, 0.5, 0, 0, 0, -1e-3, 3, 99], bias: -0.25 };
    config.filters[2].preset = "outline";
    config.filters[2].kernel = [-1, -1, -1, -1, 8, -1, -1, -1, -1];
    const hash = writeExplorerState("#lens=karn", config);
    expect(hash).toContain("lens=karn");
    expect(readExplorerState(hash, defaultConfig())).toEqual({ config, fellBack: false });
  });

  it("pooling is kept in the URL as pe.pool=max, and off leaves no key", () => {
    const config = { ...defaultConfig(), pool: true };
    const hash = writeExplorerState("", config);
    expect(hash).toContain("pe.pool=max");
    expect(readExplorerState(hash, defaultConfig())).toEqual({ config, fellBack: false });
    expect(writeExplorerState(hash, defaultConfig())).not.toContain("pe.pool");
    expect(readExplorerState("#pe.pool=none", { ...defaultConfig(), pool: true }).config.pool).toBe(
      false,
    );
  });

  it("the scale mode is kept in the URL as pe.scale=map; the shared default leaves no key", () => {
    const config = { ...defaultConfig(), scale: "map" as const };
    const hash = writeExplorerState("", config);
    expect(hash).toContain("pe.scale=map");
    expect(readExplorerState(hash, defaultConfig())).toEqual({ config, fellBack: false });
    expect(writeExplorerState(hash, defaultConfig())).not.toContain("pe.scale");
  });

  it("readExplorerState keeps defaults for absent keys and says nothing", () => {
    expect(readExplorerState("", defaultConfig())).toEqual({
      config: defaultConfig(),
      fellBack: false,
    });
  });

  it.each([
    "#pe.x=nope",
    "#pe.w1.1=1,2,3",
    "#pe.w1.2=a,b,c,d,e,f,g,h,i",
    "#pe.w1.3=1e999,0,0,0,0,0,0,0,0",
    "#pe.b1=1,2",
    "#pe.b1=NaN,0,0,0",
    "#pe.pool=avg",
    "#pe.pool=toString",
    "#pe.scale=own",
  ])("readExplorerState(%j) falls back to the defaults and says so", (hash) => {
    const read = readExplorerState(hash, defaultConfig());
    expect(read.fellBack).toBe(true);
    expect(read.config).toEqual(defaultConfig());
  });

  it("readExplorerState never throws and never yields a non-finite number (1000 random hashes)", () => {
    const key = fc.constantFrom("pe.x", "pe.w1.1", "pe.w1.4", "pe.b1", "other");
    const value = fc.oneof(
      fc.string(),
      fc.array(fc.double(), { maxLength: 12 }).map((a) => a.join(",")),
      fc.constantFrom(...SAMPLES.map((s) => s.id), "sobel-x", "Infinity"),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 6 }), fc.nat(40), (pairs, cut) => {
        const hash = `#${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}`;
        const { config } = readExplorerState(hash.slice(0, hash.length - cut), defaultConfig());
        for (const f of config.filters) {
          expect(f.kernel).toHaveLength(9);
          for (const v of [...f.kernel, f.bias]) expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
