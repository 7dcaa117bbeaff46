import { readHash } from "../hashState";
import { fillLabel } from "../parseNumber";
import { upgradeMapImages } from "../shared/canvasMaps";
import type { ViewContext, ViewController } from "./context";
import { DeadController } from "./deadView";
import { NetworkJobs } from "./jobClient";
import type { TrainedNetworkLabels } from "./labels";
import { MapsController } from "./mapsView";
import {
  DIGITS_FILE,
  WEIGHTS_FILE,
  occluderSteps,
  DEFAULT_OCCLUSION,
  readModelFiles,
} from "./model";
import type { TensorNames } from "./names";
import { OcclusionController } from "./occlusionView";
import {
  VIEWS,
  readTrainedNetworkState,
  writeTrainedNetworkState,
  type TrainedNetworkState,
  type View,
} from "./state";
import type { WidgetModule } from "../defineWhenNear";
import { download } from "../shared/download";
import { WidgetElement } from "../shared/WidgetElement";

let instances = 0;

// One worker serves every copy of the widget on the page: they all read the same shipped files.
let sharedJobs: NetworkJobs | null = null;

/**
 * <trained-network>: one view (maps, dead filters or occlusion) of the network trained by
 * scripts/train.ts. The build renders its first frame; when it scrolls near the viewport, the
 * element downloads the shipped weights and digits and runs the network itself.
 */
class TrainedNetworkElement extends WidgetElement<TrainedNetworkLabels> {
  private view: View = "maps";
  private context: ViewContext | null = null;
  private controller: ViewController | null = null;
  private observer: IntersectionObserver | null = null;
  private lastHash = "";

  protected start(): void {
    const view = this.dataset.view ?? "maps";
    this.view = (VIEWS as readonly string[]).includes(view) ? (view as View) : "maps";
    if (!("IntersectionObserver" in window)) {
      void this.load();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.observer?.disconnect();
        void this.load();
      },
      { rootMargin: "300px" },
    );
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private message(text: string, isError = false): void {
    const message = this.querySelector<HTMLElement>("[data-message]");
    if (!message) return;
    message.textContent = text;
    message.toggleAttribute("data-error", isError);
  }

  private async load(): Promise<void> {
    this.message(this.labels.loading);
    const base = this.dataset.base ?? "/";
    let files;
    try {
      const [weights, digits] = await Promise.all([
        download(`${base}${WEIGHTS_FILE}`),
        download(`${base}${DIGITS_FILE}`),
      ]);
      files = readModelFiles(weights, digits);
    } catch (error) {
      this.message(fillLabel(this.labels.loadError, { reason: reasonOf(error) }), true);
      return;
    }
    this.message("");
    const read = this.readState(files.digits.labels.length, files.net.w1.shape[0]);
    this.context = {
      root: this,
      labels: this.labels,
      net: files.net,
      digits: files.digits,
      canvases: upgradeMapImages(this),
      state: read.state,
      save: () => this.save(),
      uid: ++instances,
      run: async (channel, job, progress) => {
        sharedJobs ??= new NetworkJobs(files.net, files.digits);
        try {
          return await sharedJobs.run(channel, job, progress);
        } catch (error) {
          this.removeAttribute("aria-busy");
          this.message(fillLabel(this.labels.computeError, { reason: reasonOf(error) }), true);
          return null;
        }
      },
    };
    this.notice(read.fellBack);
    this.controller = this.createController(this.context);
    this.controller.render();
    this.listen(window, "hashchange", () => this.onHashChange());
  }

  private createController(context: ViewContext): ViewController {
    if (this.view === "dead") return new DeadController(context);
    if (this.view === "occlusion") return new OcclusionController(context);
    const names = JSON.parse(this.dataset.names ?? "{}") as Record<string, TensorNames>;
    return new MapsController(context, names);
  }

  private readState(digits: number, filters: number) {
    return readTrainedNetworkState(this.hash, this.view, {
      digits,
      filters,
      steps: occluderSteps(DEFAULT_OCCLUSION.stride),
    });
  }

  private notice(show: boolean): void {
    const notice = this.querySelector<HTMLElement>("[data-notice]");
    if (notice) notice.hidden = !show;
  }

  /** Follows a hash edited by hand or a link; ignores anchors and other widgets' keys. */
  private onHashChange(): void {
    if (!this.context || !this.controller || this.hash === this.lastHash) return;
    if (![...readHash(this.hash).keys()].some((k) => k.startsWith("tn."))) return;
    const read = this.readState(this.context.digits.labels.length, this.context.net.w1.shape[0]);
    Object.assign(this.context.state, read.state);
    this.notice(read.fellBack);
    this.controller.render();
  }

  /** Records the state in the URL; only after the reader acts, so loading never rewrites it. */
  private save(): void {
    if (!this.context) return;
    const state: TrainedNetworkState = this.context.state;
    const url = writeTrainedNetworkState(this.hash, this.view, state);
    this.lastHash = url;
    this.writeHash(url);
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the page's script defines as <trained-network> when it comes near (defineWhenNear). */
export const widget: WidgetModule = { element: TrainedNetworkElement };
