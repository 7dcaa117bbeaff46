// Build time: a counter that makes form names unique per widget instance, so that the radio
// groups of two copies on one page never join.
let count = 0;

export function nextUid(prefix: string): string {
  count += 1;
  return `${prefix}-${count}`;
}
