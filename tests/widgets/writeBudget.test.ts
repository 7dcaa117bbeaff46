import { describe, expect, it } from "vitest";
import { HISTORY_WRITES, writeBudget } from "../../src/widgets/shared/writeBudget";

describe("writeBudget", () => {
  it("allows a burst at once, then one write per refill period", () => {
    const budget = writeBudget(3, 400);
    for (let i = 0; i < 3; i++) {
      expect(budget.wait(0)).toBe(0);
      budget.spend(0);
    }
    expect(budget.wait(0)).toBe(400);
    expect(budget.wait(100)).toBe(300);
    expect(budget.wait(400)).toBe(0);
    budget.spend(400);
    expect(budget.wait(400)).toBe(400);
  });

  it("refills to the burst and no further", () => {
    const budget = writeBudget(2, 100);
    budget.spend(0);
    budget.spend(0);
    let made = 0;
    for (let now = 10_000; budget.wait(now) === 0; made++) budget.spend(now);
    expect(made).toBe(2);
  });

  it("a write made anyway overdraws, and the next waits longer", () => {
    const budget = writeBudget(1, 100);
    budget.spend(0);
    budget.spend(0);
    expect(budget.wait(0)).toBe(200);
  });

  it("keeps a page's widgets under Safari's 100 writes in 30 s", () => {
    const budget = writeBudget(HISTORY_WRITES.burst, HISTORY_WRITES.refillMs);
    let made = 0;
    for (let now = 0; now < 30_000; now += 16) {
      if (budget.wait(now) === 0) {
        budget.spend(now);
        made++;
      }
    }
    expect(made).toBeLessThanOrEqual(100);
    expect(made).toBeGreaterThan(80);
  });
});
