import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jobHost } from "../../src/widgets/TrainedNetwork/jobHost";
import {
  jobModel,
  runJob,
  transferList,
  type FromWorker,
  type ToWorker,
} from "../../src/widgets/TrainedNetwork/jobs";
import {
  DEFAULT_OCCLUSION,
  DIGITS_FILE,
  WEIGHTS_FILE,
  deadFrame,
  deadScaleMax,
  firstOfEachClass,
  heldOutDigit,
  occlusionMaps,
  readModelFiles,
} from "../../src/widgets/TrainedNetwork/model";

const shipped = readModelFiles(
  readFileSync(`public/${WEIGHTS_FILE}`),
  readFileSync(`public/${DIGITS_FILE}`),
);
const always = () => Promise.resolve(true);

describe("the trained network's jobs (run by the worker, or by the page without one)", () => {
  it("the occlusion job gives exactly the maps of occlusionMaps for the digit and size", async () => {
    const digit = 8;
    const { x, label } = heldOutDigit(shipped.digits, digit);
    const options = { ...DEFAULT_OCCLUSION, size: 8 };
    const expected = occlusionMaps(shipped.net, x.data, options, label);
    const maps = await runJob(
      jobModel(shipped.net, shipped.digits),
      { kind: "occlusion", digit, size: 8 },
      always,
    );
    expect(maps).toEqual(expected);
  });

  it("the dead-filter job gives deadFrame over the first digit of each class 0–7 and the scale's top", async () => {
    const model = jobModel(shipped.net, shipped.digits);
    const step = await runJob(model, { kind: "dead", filter: 2, shift: -1.5 }, always);
    const grid = firstOfEachClass(shipped.digits, 8);
    expect(model.grid).toEqual(grid);
    expect(step).toEqual({
      ...deadFrame(shipped.net, shipped.digits, grid, 2, -1.5),
      scaleMax: deadScaleMax(shipped.net, shipped.digits, grid, 2),
    });
    expect(step!.scaleMax).toBeGreaterThan(0);
  });

  it("a job stops, with no result, as soon as it is no longer wanted; progress counts forward passes", async () => {
    const seen: [number, number][] = [];
    const maps = await runJob(
      jobModel(shipped.net, shipped.digits),
      { kind: "occlusion", digit: 0, size: 6 },
      (done, total) => {
        seen.push([done, total]);
        return Promise.resolve(done < 3 * 14);
      },
    );
    expect(maps).toBeNull();
    expect(seen).toEqual([0, 1, 2, 3].map((row) => [row * 14, 196]));
  });

  it("a result's buffers are transferred, not copied: the sender's arrays are emptied", async () => {
    const model = jobModel(shipped.net, shipped.digits);
    const maps = (await runJob(model, { kind: "occlusion", digit: 3, size: 6 }, always))!;
    const probability = Array.from(maps.probability);
    const received = structuredClone(maps, { transfer: transferList(maps) });
    expect(maps.probability.length).toBe(0);
    expect(maps.activity.length).toBe(0);
    expect(maps.predicted.length).toBe(0);
    expect(Array.from(received.probability)).toEqual(probability);

    const step = (await runJob(model, { kind: "dead", filter: 0, shift: 0 }, always))!;
    expect(transferList(step)).toHaveLength(8);
    structuredClone(step, { transfer: transferList(step) });
    expect(step.grid.maps.every((m) => m.length === 0)).toBe(true);
  });
});

/** Sends messages to a job host as the page would, all at once, and collects its replies. */
async function converse(messages: ToWorker[]): Promise<FromWorker[]> {
  const replies: FromWorker[] = [];
  let resolveDone: () => void;
  const finished = new Promise<void>((r) => (resolveDone = r));
  const expectedDone = new Set<number>();
  const receive = jobHost((message) => {
    replies.push(message);
    if (message.type !== "progress") expectedDone.delete(message.id);
    if (expectedDone.size === 0) resolveDone();
  });
  const latest = new Map<string, number>();
  for (const m of messages) if (m.type === "job") latest.set(m.channel, m.id);
  for (const id of latest.values()) expectedDone.add(id);
  for (const m of messages) receive(m);
  await finished;
  // Let stale jobs run on if they would: none may reply.
  await new Promise((r) => setTimeout(r, 50));
  return replies;
}

describe("the worker's side of the protocol", () => {
  const init: ToWorker = { type: "init", net: shipped.net, digits: shipped.digits };

  it("of requests queued on one channel only the latest is computed and answered", async () => {
    const replies = await converse([
      init,
      { type: "job", id: 1, channel: "occ", job: { kind: "occlusion", digit: 0, size: 6 } },
      { type: "job", id: 2, channel: "occ", job: { kind: "occlusion", digit: 1, size: 6 } },
      { type: "job", id: 3, channel: "occ", job: { kind: "occlusion", digit: 2, size: 4 } },
    ]);
    expect(new Set(replies.map((r) => r.id))).toEqual(new Set([3]));
    const done = replies.filter((r) => r.type === "done");
    expect(done).toHaveLength(1);
    const { x, label } = heldOutDigit(shipped.digits, 2);
    const expected = occlusionMaps(shipped.net, x.data, { ...DEFAULT_OCCLUSION, size: 4 }, label);
    expect(done[0].type === "done" && done[0].result).toEqual(expected);
    const progress = replies.filter((r) => r.type === "progress").map((r) => r.done);
    expect(progress).toEqual(Array.from({ length: 13 }, (_, row) => (row + 1) * 14));
  });

  it("channels are independent, and a job before the network arrives is an error", async () => {
    const replies = await converse([
      { type: "job", id: 1, channel: "dead", job: { kind: "dead", filter: 0, shift: 0 } },
      init,
      { type: "job", id: 2, channel: "dead", job: { kind: "dead", filter: 0, shift: -4 } },
      { type: "job", id: 3, channel: "occ", job: { kind: "occlusion", digit: 5, size: 6 } },
    ]);
    expect(replies.find((r) => r.id === 1)?.type).toBe("error");
    const step = replies.find((r) => r.id === 2);
    expect(step?.type === "done" && "grid" in step.result && step.result.all.silent).toBe(100);
    expect(replies.some((r) => r.id === 3 && r.type === "done")).toBe(true);
  });
});

describe("what the worker bundles", () => {
  it("network.worker.ts imports only the job code, model.ts, the incremental recomputes and the core: nothing that draws or touches the DOM", () => {
    const dir = path.resolve("src/widgets/TrainedNetwork");
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, "utf8");
      for (const [, spec] of code.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gm)) {
        const base = path.resolve(path.dirname(file), spec);
        const target = [`${base}.ts`, path.join(base, "index.ts")].find(existsSync);
        expect(target, `${spec} from ${file}`).toBeDefined();
        visit(target!);
      }
    };
    visit(path.join(dir, "network.worker.ts"));
    const outside = [...seen].filter(
      (f) =>
        !f.startsWith(path.resolve("src/core") + path.sep) &&
        ![
          "network.worker.ts",
          "jobHost.ts",
          "jobs.ts",
          "model.ts",
          "regions.ts",
          "occlusionSweep.ts",
          "deadSweep.ts",
        ].includes(path.relative(dir, f)),
    );
    expect(outside).toEqual([]);
    expect(seen.size).toBeGreaterThan(5);
  });
});
