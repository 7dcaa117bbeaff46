import { NETWORK_EVENT, NETWORK_REQUEST, type ExplorerNetwork } from "../PipelineExplorer/network";

/**
 * Calls `show` with a pipeline explorer's network whenever it changes (one network for the
 * figures of a page), at most once a frame however fast the reader types, and at once for an
 * explorer enhanced earlier. Without an explorer on the page, `show` is never called.
 */
export function followExplorerNetwork(show: (network: ExplorerNetwork) => void): void {
  let latest: ExplorerNetwork | null = null;
  document.addEventListener(NETWORK_EVENT, (event) => {
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
