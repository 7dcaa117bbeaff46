import type { DigitSet, NetworkParams } from "../../core/train";
import type { NetworkJobs } from "./jobClient";
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
  /** Runs heavy recomputes off the main thread (started on first use). */
  jobs(): NetworkJobs;
  /** Tells the reader that a recompute failed; the figure keeps what it shows. */
  failed(error: unknown): void;
}

/** A view's controller: wires its controls once, then draws whatever the state says. */
export interface ViewController {
  render(): void;
}
