/**
 * A label with {placeholders} as the parts to append to an element: the label's own text, and
 * the value of each placeholder as given, so that a value can be an element (a source's word
 * marked lang="en") and not only text. Unknown placeholders stay as written.
 */
export function fillParts<T>(template: string, values: Record<string, string | T>): (string | T)[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== "")
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && name in values ? values[name] : part;
    });
}
