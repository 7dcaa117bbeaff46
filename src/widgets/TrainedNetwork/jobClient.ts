import type { DigitSet, NetworkParams } from "../../core/train";
import type { FromWorker, JobModel, JobResult, NetworkJob, ToWorker } from "./jobs";

/** Time per animation frame the page spends on a job when no worker could start. */
const BUDGET_MS = 12;

type Progress = (done: number, total: number) => void;

interface Pending {
  id: number;
  channel: string;
  job: NetworkJob;
  progress?: Progress;
  settle(result: unknown): void;
  fail(error: unknown): void;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Runs the trained network's heavy jobs in a Web Worker, or on the page, sliced across
 * animation frames, where no worker can start (the same job code either way). Jobs go by
 * channel, one per view of a widget: a newer job supersedes the channel's older one, whose
 * promise resolves to null at once and whose late reply is dropped. The page imports the job
 * code only when it has to run a job itself: with a worker, the page never fetches it (the
 * worker's script has its own copy).
 */
export class NetworkJobs {
  private worker: Worker | null = null;
  private model: JobModel | null = null;
  private readonly pending = new Map<string, Pending>();
  private lastId = 0;

  constructor(
    private readonly net: NetworkParams,
    private readonly digits: DigitSet,
  ) {
    try {
      this.worker = new Worker(new URL("./network.worker.ts", import.meta.url), {
        type: "module",
      });
    } catch {
      return;
    }
    this.worker.addEventListener("message", (e: MessageEvent<FromWorker>) => this.receive(e.data));
    // The worker's script could not load or run: the page computes instead.
    this.worker.addEventListener("error", (e) => {
      e.preventDefault();
      this.fallBack();
    });
    this.worker.addEventListener("messageerror", () => this.fallBack());
    // Sent once, copied (about 330 kB); every result comes back transferred.
    this.post({ type: "init", net, digits });
  }

  run<J extends NetworkJob>(
    channel: string,
    job: J,
    progress?: Progress,
  ): Promise<JobResult<J> | null> {
    this.pending.get(channel)?.settle(null);
    return new Promise((resolve, reject) => {
      const entry: Pending = {
        id: ++this.lastId,
        channel,
        job,
        progress,
        settle: (result) => {
          if (this.pending.get(channel) === entry) this.pending.delete(channel);
          resolve(result as JobResult<J> | null);
        },
        fail: (error) => {
          this.pending.delete(channel);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      };
      this.pending.set(channel, entry);
      if (this.worker) this.post({ type: "job", id: entry.id, channel, job });
      else void this.runHere(entry);
    });
  }

  private post(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private receive(message: FromWorker): void {
    const entry = [...this.pending.values()].find((p) => p.id === message.id);
    if (!entry) return; // superseded: a newer job of its channel is on its way
    if (message.type === "progress") entry.progress?.(message.done, message.total);
    else if (message.type === "done") entry.settle(message.result);
    else entry.fail(new Error(message.message));
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const entry of this.pending.values()) void this.runHere(entry);
  }

  /** Runs a job on the page: a slice per animation frame, so that the page stays responsive. */
  private async runHere(entry: Pending): Promise<void> {
    const current = () => this.pending.get(entry.channel) === entry;
    let slice = 0;
    try {
      const { jobModel, runJob } = await import("./jobs");
      this.model ??= jobModel(this.net, this.digits);
      const result = await runJob(this.model, entry.job, async (done, total) => {
        // Wait for a frame first, so a burst of requests (a dragged slider) runs only the last.
        if (done === 0 || performance.now() - slice > BUDGET_MS) {
          await nextFrame();
          slice = performance.now();
        }
        if (!current()) return false;
        if (done > 0) entry.progress?.(done, total);
        return true;
      });
      if (result && current()) entry.settle(result);
    } catch (error) {
      if (current()) entry.fail(error);
    }
  }
}
