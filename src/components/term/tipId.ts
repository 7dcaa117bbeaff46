let count = 0;

/**
 * A fresh id for a stage link's definition. Unique across the whole build, hence within each
 * page, which is all aria-describedby needs.
 */
export function nextTermTipId(): string {
  count += 1;
  return `term-tip-${count}`;
}
