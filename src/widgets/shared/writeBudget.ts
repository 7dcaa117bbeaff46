/**
 * How many writes a page may make now, refilled over time (a token bucket). Browsers throttle a
 * page that replaces its history entry too often (Chromium: 200 times in 10 s; Safari: 100 in
 * 30 s), and a slider dragged at 60 frames a second would get there within seconds.
 */
export interface WriteBudget {
  /** Milliseconds until a write fits the budget: 0 when one may be made now. */
  wait(now: number): number;
  /** Counts a write; one made anyway (a flush) may overdraw, and later writes wait longer. */
  spend(now: number): void;
}

export function writeBudget(burst: number, refillMs: number): WriteBudget {
  let tokens = burst;
  let last = -Infinity;
  const refill = (now: number) => {
    tokens = Math.min(burst, tokens + (now - last) / refillMs);
    last = now;
  };
  return {
    wait(now) {
      refill(now);
      return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * refillMs);
    },
    spend(now) {
      refill(now);
      tokens -= 1;
    },
  };
}

/**
 * A page's budget for its widgets' URL writes: 20 at once, then one per 0.4 s, so that at most
 * 95 fall in any 30 s (under Safari's limit, and Chromium's).
 */
export const HISTORY_WRITES = { burst: 20, refillMs: 400 };
