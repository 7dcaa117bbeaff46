// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { inertOutside } from "../../src/components/lecture/inertOutside";
import { lectureCommand } from "../../src/components/lecture/lectureKeys";
import { lectureZoom } from "../../src/components/lecture/lectureZoom";

describe("lecture mode's keys", () => {
  const press = (key: string, more: Partial<Parameters<typeof lectureCommand>[0]> = {}) => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    defaultPrevented: false,
    ...more,
  });

  it("steps with the arrows and the page keys a projector remote sends, on the frame", () => {
    expect(lectureCommand(press("ArrowRight"), true)).toBe("next");
    expect(lectureCommand(press("PageDown"), true)).toBe("next");
    expect(lectureCommand(press("ArrowLeft"), true)).toBe("previous");
    expect(lectureCommand(press("PageUp"), true)).toBe("previous");
    expect(lectureCommand(press("ArrowUp"), true)).toBeNull();
    expect(lectureCommand(press("Enter"), true)).toBeNull();
  });

  it("leaves the stepping keys to the figure's controls, but leaves on Escape anywhere", () => {
    for (const key of ["ArrowRight", "ArrowLeft", "PageDown", "PageUp"]) {
      expect(lectureCommand(press(key), false), key).toBeNull();
    }
    expect(lectureCommand(press("Escape"), false)).toBe("close");
    expect(lectureCommand(press("Escape"), true)).toBe("close");
  });

  it("ignores a press a control has used, and the browser's shortcuts", () => {
    expect(lectureCommand(press("Escape", { defaultPrevented: true }), false)).toBeNull();
    expect(lectureCommand(press("ArrowRight", { altKey: true }), true)).toBeNull();
    expect(lectureCommand(press("ArrowLeft", { metaKey: true }), true)).toBeNull();
    expect(lectureCommand(press("PageDown", { ctrlKey: true }), true)).toBeNull();
  });
});

describe("inertOutside", () => {
  it("makes all but the figure, its ancestors and the kept bar inert, and undoes only that", () => {
    document.body.innerHTML = `
      <header id="header"></header>
      <main id="main">
        <article id="article">
          <p id="before"></p><div id="figure"><button id="inside"></button></div>
          <div id="toolbar"></div><aside id="already" inert></aside>
        </article>
        <nav id="chapters"></nav>
      </main>
      <footer id="footer"></footer>
      <nav id="bar"></nav>`;
    const byId = (id: string) => document.getElementById(id)!;
    const inert = () =>
      [...document.querySelectorAll("[inert]")].map((element) => element.id).sort();
    const undo = inertOutside(byId("figure"), [byId("bar")]);
    expect(inert()).toEqual(
      ["already", "before", "chapters", "footer", "header", "toolbar"].sort(),
    );
    undo();
    expect(inert()).toEqual(["already"]);
  });
});

describe("lecture mode's zoom", () => {
  it("fills the width available, so a projected figure is as large as fits", () => {
    expect(lectureZoom(1248, 928)).toBeCloseTo(1248 / 928);
    expect(lectureZoom(1856, 928)).toBe(2);
  });

  it("never shrinks a figure nor passes twice its size", () => {
    expect(lectureZoom(360, 928)).toBe(1);
    expect(lectureZoom(4000, 928)).toBe(2);
  });

  it("is 1 for a box or figure with no width yet (hidden, not laid out)", () => {
    expect(lectureZoom(0, 928)).toBe(1);
    expect(lectureZoom(1248, 0)).toBe(1);
    expect(lectureZoom(1248, -Infinity)).toBe(1);
    expect(lectureZoom(Number.NaN, 928)).toBe(1);
  });
});
