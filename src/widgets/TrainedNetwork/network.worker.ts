// The trained network's Web Worker: the occlusion sweep and the dead-filter steps run here, off
// the page's main thread. It imports the pure job code only (jobs.ts, model.ts, the core).
import { jobHost } from "./jobHost";
import type { ToWorker } from "./jobs";

const receive = jobHost((message, transfer) => self.postMessage(message, { transfer }));
self.addEventListener("message", (event: MessageEvent<ToWorker>) => receive(event.data));
