// @vitest-environment happy-dom
import { select } from "d3";
import { describe, expect, it } from "vitest";
import { drawNodes, type NodeSpec } from "../../src/viz/nodes";

function drawn(
  specs: readonly NodeSpec[],
  into: HTMLElement = document.createElement("p"),
): HTMLElement {
  drawNodes(select(into), specs);
  return into;
}

describe("drawNodes", () => {
  const quoted: NodeSpec[] = ["“", { tag: "span", lang: "en", text: "Feature Map" }, "”"];

  it("draws text as spans and marks words with their language or as ours", () => {
    const p = drawn([...quoted, { tag: "span", ours: true, text: "a note" }]);
    expect(p.outerHTML).toBe(
      '<p><span>“</span><span lang="en">Feature Map</span><span>”</span>' +
        '<span data-source-text="">a note</span></p>',
    );
  });

  it("updates the elements of built markup in place, dropping attributes no longer wanted", () => {
    const holder = document.createElement("div");
    holder.innerHTML = drawn(quoted).outerHTML;
    const p = holder.firstElementChild as HTMLElement;
    const spans = [...p.children];
    drawn(["«", { tag: "span", text: "carte" }, "»"], p);
    expect([...p.children]).toEqual(spans);
    expect(p.outerHTML).toBe("<p><span>«</span><span>carte</span><span>»</span></p>");
  });

  it("replaces an element whose tag changed, and empties one that now holds elements", () => {
    const p = drawn([{ tag: "span", text: "old" }, "x"]);
    drawn(
      [
        { tag: "strong", children: ["a", { tag: "a", href: "https://x", text: "b" }] },
        { tag: "span", children: ["y"] },
      ],
      p,
    );
    expect(p.outerHTML).toBe(
      '<p><strong><span>a</span><a href="https://x">b</a></strong><span><span>y</span></span></p>',
    );
    drawn([], p);
    expect(p.outerHTML).toBe("<p></p>");
  });
});
