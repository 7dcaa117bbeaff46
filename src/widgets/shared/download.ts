// Shipped files never change while a page is open: one download serves every widget on the page
// that asks for the same file. This caches bytes, not widget state; a failed download is
// forgotten, so the next request tries again.
const downloads = new Map<string, Promise<Uint8Array>>();

/** The bytes at url, fetched once per page; rejects with "HTTP <status>" on an error response. */
export function download(url: string): Promise<Uint8Array> {
  let pending = downloads.get(url);
  if (!pending) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    });
    pending.catch(() => downloads.delete(url));
    downloads.set(url, pending);
  }
  return pending;
}
