import { describe, expect, it } from "vitest";
import { brushKeyAction } from "../../src/widgets/shared/brush";

describe("brushKeyAction", () => {
  const press = (key: string, shiftKey = false) => ({ key, shiftKey });

  it("moves the brush by the stride from its nearest cell", () => {
    expect(brushKeyAction(press("ArrowRight"), { x: 10, y: 10 }, 64, 2)).toEqual({
      move: { x: 12, y: 10 },
    });
    expect(brushKeyAction(press("ArrowUp"), { x: 3.4, y: 7.6 }, 28, 1)).toEqual({
      move: { x: 3, y: 7 },
    });
  });

  it("keeps the brush on the grid", () => {
    expect(brushKeyAction(press("ArrowLeft"), { x: 1, y: 0 }, 64, 2)).toEqual({
      move: { x: 0, y: 0 },
    });
    expect(brushKeyAction(press("ArrowDown"), { x: 5, y: 27.4 }, 28, 1)).toEqual({
      move: { x: 5, y: 27 },
    });
  });

  it("paints with Space, erases with Shift+Space, and ignores other keys", () => {
    const at = { x: 4, y: 4 };
    expect(brushKeyAction(press(" "), at, 28, 1)).toEqual({ paint: 1 });
    expect(brushKeyAction(press(" ", true), at, 28, 1)).toEqual({ paint: 0 });
    expect(brushKeyAction(press("Enter"), at, 28, 1)).toBeNull();
    expect(brushKeyAction(press("a"), at, 28, 1)).toBeNull();
  });
});
