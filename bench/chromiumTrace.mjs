// Main-thread CPU time of chosen events in a Chromium trace, for the browser benchmarks.

/** Runs `action` under a devtools.timeline trace of `page`; returns the trace's events. */
export async function traced(site, page, action) {
  await site.browser.startTracing(page, { categories: ["devtools.timeline"] });
  await action();
  const trace = JSON.parse((await site.browser.stopTracing()).toString());
  return trace.traceEvents ?? trace;
}

/** The thread (CPU) duration in ms of each event passing `select`, in trace order. */
export function cpuTimes(events, select) {
  return events
    .filter(select)
    .sort((a, b) => a.ts - b.ts)
    .map((e) => e.tdur / 1000);
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
