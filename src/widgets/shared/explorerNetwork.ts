import { NETWORK_EVENT, NETWORK_REQUEST, type ExplorerNetwork } from "../PipelineExplorer/network";
import type { Listen } from "./WidgetElement";

/**
 * Calls `show` with a pipeline explorer's network whenever it changes (one network for the
 * figures of a page), at most once a frame however fast the reader types, and at once for an
 * explorer enhanced earlier. Without an explorer on the page, `show` is never called. The
 * widget's `listen` holds the document listener.
 */
export function followExplorerNetwork(
  listen: Listen,
  show: (network: ExplorerNetwork) => void,
): void {
  let latest: ExplorerNetwork | null = null;
  listen(document, NETWORK_EVENT, (event) => {
    const booked = latest !== null;
    latest = (event as CustomEvent<ExplorerNetwork>).detail;
    if (booked) return;
    requestAnimationFrame(() => {
      if (latest) show(latest);
      latest = null;
    });
  });
  document.dispatchEvent(new Event(NETWORK_REQUEST));
}
