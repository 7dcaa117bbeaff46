import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { encodePng, pngDataUri } from "../../src/viz/png";

describe("encodePng", () => {
  it("encodePng writes a PNG that an independent decoder (sharp) reads back pixel for pixel", async () => {
    const width = 5;
    const height = 3;
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < rgba.length; i++) rgba[i] = (i * 37) % 256;
    for (let i = 3; i < rgba.length; i += 4) rgba[i] = 255;
    const { data, info } = await sharp(encodePng(rgba, width, height))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width, height, channels: 4 });
    expect([...data]).toEqual([...rgba]);
  });

  it("pngDataUri returns a base64 data URI", () => {
    const uri = pngDataUri(new Uint8ClampedArray([0, 0, 0, 255]), 1, 1);
    expect(uri).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });
});
