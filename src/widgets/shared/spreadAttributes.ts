/**
 * Attributes passed through a component, ready to spread on its element. Astro renders a spread
 * `true` as `="true"`, so a bare data attribute (data-bias, or the caller's scoped-style
 * attribute data-astro-cid-…) would change its value; these keep their empty value instead.
 */
export function passThrough<T extends Record<string, unknown>>(attributes: T): T {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [
      name,
      name.startsWith("data-") && value === true ? "" : value,
    ]),
  ) as T;
}
