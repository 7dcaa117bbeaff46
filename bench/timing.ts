/**
 * Timing helpers shared by the Node benchmarks. The machine is shared with other jobs, so
 * wall-clock times drift with the load; the benchmarks report ratios of medians measured side
 * by side in one process, round after round, so that a burst of load hits every contender
 * alike. Each call is timed twice: wall clock, and this process's CPU time (user + system),
 * which a busy machine does not inflate, as it does not count the time other jobs ran.
 */

export interface SampleOptions {
  /** Run everything in turn for this long before measuring (JIT, caches, wasm compilation). */
  warmupMs?: number;
  /** Keep sampling for at least this long. */
  measureMs?: number;
  minSamples?: number;
  maxSamples?: number;
  /** In each round, every function runs at least once and for at least this long. */
  sliceMs?: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Milliseconds per call of one function. */
export interface Samples {
  wall: number[];
  cpu: number[];
}

function timeOnce(f: () => void, into: Samples): void {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  f();
  const { user, system } = process.cpuUsage(c0);
  into.wall.push(performance.now() - t0);
  into.cpu.push((user + system) / 1000);
}

/**
 * Runs the functions in turn, round after round. In each round every function runs at least
 * once and for at least sliceMs, so a fast function collects many samples even next to a slow
 * one. Returns the samples of each.
 */
export function sampleInterleaved(fns: (() => void)[], options: SampleOptions = {}): Samples[] {
  const {
    warmupMs = 300,
    measureMs = 2000,
    minSamples = 5,
    maxSamples = 1000,
    sliceMs = 100,
  } = options;
  const warmEnd = performance.now() + warmupMs;
  do for (const f of fns) f();
  while (performance.now() < warmEnd);
  const samples: Samples[] = fns.map(() => ({ wall: [], cpu: [] }));
  const end = performance.now() + measureMs;
  while (samples.some((s) => s.wall.length < minSamples) || performance.now() < end) {
    fns.forEach((f, i) => {
      const sliceEnd = performance.now() + sliceMs;
      do timeOnce(f, samples[i]);
      while (performance.now() < sliceEnd && samples[i].wall.length < maxSamples);
    });
  }
  return samples;
}

/** Milliseconds with three decimals under 10, one above. */
export const ms = (v: number): string => v.toFixed(v < 10 ? 3 : 1);

/** A Markdown table: the first column left-aligned, the others (numbers) right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    "| " +
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") +
    " |";
  const rule =
    "|" + widths.map((w, i) => "-".repeat(w + 1) + (i === 0 ? "-" : ":")).join("|") + "|";
  return [line(header), rule, ...rows.map(line)].join("\n");
}
