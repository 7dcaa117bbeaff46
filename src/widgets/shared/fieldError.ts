/**
 * The message beside a numeric field that holds text the figure cannot use, for every widget:
 * shown while the text is bad, gone as soon as the field holds a good value again (typed, or
 * put back when the reader leaves the field).
 */

/** Whether a mouse button, finger or pen is pressed somewhere on the page now. */
let pointerPressed = false;
if (typeof document !== "undefined") {
  document.addEventListener("pointerdown", () => (pointerPressed = true), true);
  for (const end of ["pointerup", "pointercancel"]) {
    document.addEventListener(end, () => (pointerPressed = false), true);
  }
}

let messageIds = 0;

/** Marks `input` invalid and shows `text` in `message`, which describes it to assistive tech. */
export function showFieldError(input: HTMLInputElement, message: HTMLElement, text: string): void {
  if (!message.id) message.id = `field-error-${++messageIds}`;
  message.textContent = text;
  message.hidden = false;
  input.setAttribute("aria-invalid", "true");
  input.setAttribute("aria-describedby", message.id);
}

/**
 * Marks `input` valid; its message goes unless another field of `scope` (the fields sharing
 * the message) is still invalid.
 */
export function clearFieldError(
  input: HTMLInputElement,
  message: HTMLElement,
  scope: ParentNode = input,
): void {
  input.removeAttribute("aria-invalid");
  input.removeAttribute("aria-describedby");
  if (scope.querySelector("[aria-invalid='true']")) return;
  message.hidden = true;
  message.textContent = "";
}

/**
 * On commit (blur, Enter, Escape) of a field left invalid: it shows again `good`, the value the
 * figure still uses, and its message goes. When a press elsewhere took the focus away, the
 * message goes after that press ends: removing it earlier would move the page under the
 * pointer between press and release, and the click would land on nothing.
 */
export function restoreField(
  input: HTMLInputElement,
  message: HTMLElement,
  good: string,
  scope: ParentNode = input,
): void {
  if (input.getAttribute("aria-invalid") !== "true") return;
  input.value = good;
  input.removeAttribute("aria-invalid");
  input.removeAttribute("aria-describedby");
  const hide = () => {
    if (input.getAttribute("aria-invalid") !== "true") clearFieldError(input, message, scope);
  };
  if (!pointerPressed) {
    hide();
    return;
  }
  // The click follows the release in the same task, so a timeout set then runs after it.
  const later = () => {
    document.removeEventListener("pointerup", later, true);
    document.removeEventListener("pointercancel", later, true);
    setTimeout(hide, 0);
  };
  document.addEventListener("pointerup", later, true);
  document.addEventListener("pointercancel", later, true);
}
