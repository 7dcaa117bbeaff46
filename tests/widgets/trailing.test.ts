import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { trailing } from "../../src/widgets/shared/trailing";

describe("trailing", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("trailing runs once, the idle time after the last of a burst of requests", () => {
    const run = vi.fn();
    const later = trailing(run, 100);
    for (let i = 0; i < 20; i++) {
      later.request();
      vi.advanceTimersByTime(50);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(49);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("trailing's flush runs a pending call at once and only then", () => {
    const run = vi.fn();
    const later = trailing(run, 100);
    later.flush();
    expect(run).not.toHaveBeenCalled();
    later.request();
    later.flush();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    later.flush();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
