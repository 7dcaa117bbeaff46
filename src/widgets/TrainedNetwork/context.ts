import type { DigitSet, NetworkParams } from "../../core/train";
import type { JobResult, NetworkJob } from "./jobs";
import type { TrainedNetworkLabels } from "./labels";
import type { TrainedNetworkState } from "./state";

/** What a view's controller gets from its <trained-network> element. */
export interface ViewContext {
  root: HTMLElement;
  labels: TrainedNetworkLabels;
  net: NetworkParams;
  digits: DigitSet;
  canvases: Map<string, HTMLCanvasElement>;
  state: TrainedNetworkState;
  /** Records the state in the URL (after the reader acts). */
  save(): void;
  /** A number unique to this element, for ids. */
  uid: number;
  /**
   * Runs a heavy recompute off the main thread (NetworkJobs, started on first use), on the view's
   * channel. Null when a newer job superseded it, or when it failed: the figure then says so and
   * keeps what it shows.
   */
  run<J extends NetworkJob>(
    channel: string,
    job: J,
    progress?: (done: number, total: number) => void,
  ): Promise<JobResult<J> | null>;
}

/** A view's controller: wires its controls once, then draws whatever the state says. */
export interface ViewController {
  render(): void;
}
