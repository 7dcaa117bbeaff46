import fc from "fast-check";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { greyPng } from "../fixtures/greyPng.mjs";
import {
  MAX_FILE_BYTES,
  centreSquare,
  checkDecodedSize,
  checkImageFile,
  imageSizeFromHeader,
  paintDisc,
  rgbaToGrey,
} from "../../src/widgets/ownInput";

describe("checkImageFile", () => {
  it.each([
    [{ size: 0, type: "image/png", name: "a.png" }, "empty"],
    [{ size: 10, type: "image/svg+xml", name: "a.svg" }, "svg"],
    [{ size: 10, type: "", name: "evil.SVG" }, "svg"],
    [{ size: 10, type: "text/plain", name: "notes.txt" }, "notAnImage"],
    [{ size: 10, type: "application/pdf", name: "a.pdf" }, "notAnImage"],
    [{ size: MAX_FILE_BYTES + 1, type: "image/jpeg", name: "big.jpg" }, "tooLarge"],
    [{ size: 2000, type: "image/jpeg", name: "cat.jpg" }, null],
    [{ size: 2000, type: "", name: "unknown-type" }, null],
  ])("checkImageFile(%j) answers %s", (file, problem) => {
    expect(checkImageFile(file)).toBe(problem);
  });
});

describe("checkDecodedSize", () => {
  it("checkDecodedSize refuses a 50-megapixel image and accepts a phone photo", () => {
    expect(checkDecodedSize(10_000, 5_000)).toBe("tooManyPixels");
    expect(checkDecodedSize(4032, 3024)).toBeNull();
    expect(checkDecodedSize(0, 10)).toBe("notAnImage");
  });
});

describe("centreSquare", () => {
  it("centreSquare takes the largest centred square", () => {
    expect(centreSquare(600, 400)).toEqual([100, 0, 400]);
    expect(centreSquare(300, 451)).toEqual([0, 75, 300]);
  });
});

describe("rgbaToGrey", () => {
  it("rgbaToGrey maps white to 1, black to 0 and pure green brighter than pure blue", () => {
    const grey = rgbaToGrey([255, 255, 255, 255, 0, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 0]);
    expect(grey[0]).toBeCloseTo(1, 6);
    expect(grey[1]).toBe(0);
    expect(grey[2]).toBeGreaterThan(grey[3]);
  });
});

describe("paintDisc", () => {
  it("paintDisc paints exactly the cells within the radius and reports a change", () => {
    const values = new Float32Array(25);
    expect(paintDisc(values, 5, 2, 2, 1, 1)).toBe(true);
    const painted = [...values].flatMap((v, i) => (v === 1 ? [i] : []));
    expect(painted).toEqual([7, 11, 12, 13, 17]);
    expect(paintDisc(values, 5, 2, 2, 1, 1)).toBe(false);
  });

  it("paintDisc clips at the edges", () => {
    const values = new Float32Array(9);
    paintDisc(values, 3, 0, 0, 1, 1);
    expect([...values]).toEqual([1, 1, 0, 1, 0, 0, 0, 0, 0]);
  });
});

describe("imageSizeFromHeader", () => {
  /** A real file of the given format and size, encoded by sharp (libvips), not by our code. */
  async function encoded(
    format: "png" | "jpeg" | "gif" | "webp",
    width: number,
    height: number,
    options = {},
  ) {
    const image = sharp({
      create: { width, height, channels: 4, background: { r: 200, g: 90, b: 30, alpha: 0.5 } },
    });
    return new Uint8Array(await image.toFormat(format, options).toBuffer());
  }

  it.each([
    ["png", {}],
    ["gif", {}],
    ["jpeg", {}],
    ["jpeg", { progressive: true }],
    ["webp", { lossless: false }],
    ["webp", { lossless: true }],
  ] as const)(
    "imageSizeFromHeader reads %s %j files' width and height",
    async (format, options) => {
      for (const [width, height] of [
        [1, 1],
        [3, 7],
        [640, 480],
        [1000, 17],
      ]) {
        const bytes = await encoded(format, width, height, options);
        expect(imageSizeFromHeader(bytes), `${width}×${height}`).toEqual({ width, height });
      }
    },
  );

  it("imageSizeFromHeader reads a WebP with an extended header (VP8X) and a JPEG with metadata first", async () => {
    // An alpha channel with lossy WebP needs the extended format.
    const webp = await encoded("webp", 37, 11, { lossless: false, alphaQuality: 50 });
    expect(new TextDecoder().decode(webp.slice(12, 16))).toBe("VP8X");
    expect(imageSizeFromHeader(webp)).toEqual({ width: 37, height: 11 });
    const jpeg = new Uint8Array(
      await sharp({ create: { width: 21, height: 9, channels: 3, background: "grey" } })
        .withMetadata({ exif: { IFD0: { ImageDescription: "x".repeat(5000) } } })
        .jpeg()
        .toBuffer(),
    );
    expect(imageSizeFromHeader(jpeg)).toEqual({ width: 21, height: 9 });
  });

  it("imageSizeFromHeader reads a 50-megapixel PNG from its first bytes, so it is refused undecoded", () => {
    const png = greyPng(10_000, 5_000);
    const size = imageSizeFromHeader(png.subarray(0, 64));
    expect(size).toEqual({ width: 10_000, height: 5_000 });
    expect(checkDecodedSize(size!.width, size!.height)).toBe("tooManyPixels");
  });

  it("imageSizeFromHeader answers null for other formats and for headers cut short", async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(imageSizeFromHeader(svg)).toBeNull();
    expect(imageSizeFromHeader(new Uint8Array(0))).toBeNull();
    for (const format of ["png", "gif", "jpeg", "webp"] as const) {
      const bytes = await encoded(format, 5, 4);
      expect(imageSizeFromHeader(bytes.subarray(0, 9)), format).toBeNull();
    }
  });

  it("imageSizeFromHeader never throws on random or truncated bytes", async () => {
    const real = await Promise.all(
      (["png", "gif", "jpeg", "webp"] as const).map((f) => encoded(f, 12, 8)),
    );
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc
        .tuple(fc.constantFrom(...real), fc.nat(), fc.uint8Array({ maxLength: 8 }))
        .map(([file, cut, noise]) => {
          const out = file.slice(0, cut % (file.length + 1));
          out.set(noise.subarray(0, out.length), Math.max(0, out.length - noise.length) >> 1);
          return out;
        }),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const size = imageSizeFromHeader(b);
        return size === null || (Number.isInteger(size.width) && Number.isInteger(size.height));
      }),
      { numRuns: 1000 },
    );
  });
});
