// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawnAtBuild } from "../../src/viz/atBuild";
import { paintImage } from "../../src/viz/mapImageAtBuild";
import { drawOutput } from "../../src/widgets/Channels/draw";
import { channelsEn as labels } from "../../src/widgets/Channels/labels";
import {
  channelsInput,
  channelsParams,
  runChannels,
  sumView,
} from "../../src/widgets/Channels/model";

const params = channelsParams();
const result = runChannels();
const input = channelsInput(result);
const view = (o: number) => sumView(result, params, o);

/** The build's first frame for output o, parsed into this document as the browser finds it. */
function firstFrame(o: number): HTMLDivElement {
  const holder = document.createElement("div");
  holder.innerHTML = drawnAtBuild<HTMLDivElement>("div", (div) =>
    drawOutput(div, input, view(o), labels, paintImage),
  );
  return holder.firstElementChild as HTMLDivElement;
}

describe("the channels figure's drawOutput", () => {
  it("draws every map once, as an image with its text alternative, and the sum's words", () => {
    const div = firstFrame(1);
    // 4 of a1, 4 contributions, their sum and z2.
    const images = [...div.querySelectorAll("[data-map] img")] as HTMLImageElement[];
    expect(images).toHaveLength(10);
    expect(images.every((img) => /31 × 31 grid, values from/.test(img.alt))).toBe(true);
    expect(div.querySelector("[data-bias]")!.textContent).toMatch(/b2\[2\] = −0\.5/);
    expect(div.querySelector("[data-probe]")!.textContent).toMatch(/z2\[2\]/);
    const slice = [...div.querySelectorAll('table[data-slice="0"] td')].map((td) => td.textContent);
    expect(slice).toEqual(["0", "0", "0", "0", "1", "0", "0", "0", "0"]);
    expect(div.querySelectorAll("tbody[data-rows] tr")).toHaveLength(6);
    expect(div.innerHTML).not.toMatch(/NaN|undefined/);
  });

  it("redrawing the build's first frame with the same output changes nothing", () => {
    const div = firstFrame(0);
    const built = div.outerHTML;
    const elements = [...div.querySelectorAll("*")];
    drawOutput(div, input, view(0), labels, paintImage);
    expect(div.outerHTML).toBe(built);
    expect([...div.querySelectorAll("*")]).toEqual(elements);
  });

  it("a new output updates the elements in place and draws what a fresh draw draws", () => {
    const div = firstFrame(0);
    const slice = div.querySelector('table[data-slice="2"]');
    const z = div.querySelector('[data-part="z"] img');
    drawOutput(div, input, view(2), labels, paintImage);
    expect(div.querySelector('table[data-slice="2"]')).toBe(slice);
    expect(div.querySelector('[data-part="z"] img')).toBe(z);
    expect(div.outerHTML).toBe(firstFrame(2).outerHTML);
  });
});
