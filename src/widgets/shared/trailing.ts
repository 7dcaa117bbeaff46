/** A call put off until requests pause: `request` (re)starts the wait, `flush` runs a pending call now. */
export interface Trailing {
  request(): void;
  flush(): void;
}

/**
 * Coalesces frequent requests into one call of `run`, `idleMs` after the last of them. For work
 * only the final state needs, such as writing the URL while the reader types.
 */
export function trailing(run: () => void, idleMs: number): Trailing {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    run();
  };
  return {
    request() {
      clearTimeout(timer);
      timer = setTimeout(flush, idleMs);
    },
    flush,
  };
}
