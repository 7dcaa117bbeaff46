// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { clearFieldError, restoreField, showFieldError } from "../../src/widgets/shared/fieldError";

function field(): { form: HTMLElement; input: HTMLInputElement; message: HTMLElement } {
  document.body.innerHTML = `<form><input value="x"><input value="y"><p hidden></p></form>`;
  const form = document.querySelector("form")!;
  const [input] = form.querySelectorAll("input");
  return { form, input, message: form.querySelector("p")! };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.dispatchEvent(new Event("pointerup"));
});

describe("field messages", () => {
  it("shows a message that describes the field, and clears it", () => {
    const { input, message } = field();
    showFieldError(input, message, "Type a number.");
    expect(message.hidden).toBe(false);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe(message.id);
    clearFieldError(input, message);
    expect(message.hidden).toBe(true);
    expect(message.textContent).toBe("");
    expect(input.hasAttribute("aria-describedby")).toBe(false);
  });

  it("keeps a shared message while another field of the scope is still invalid", () => {
    const { form, input, message } = field();
    const other = form.querySelectorAll("input")[1];
    showFieldError(input, message, "first");
    showFieldError(other, message, "second");
    clearFieldError(input, message, form);
    expect(message.hidden).toBe(false);
    clearFieldError(other, message, form);
    expect(message.hidden).toBe(true);
  });

  it("puts back the good value and drops the message at once on a keyboard commit", () => {
    const { input, message } = field();
    showFieldError(input, message, "Type a number.");
    restoreField(input, message, "0.1");
    expect(input.value).toBe("0.1");
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(message.hidden).toBe(true);
  });

  it("drops the message only after a press elsewhere ends, so the click lands where aimed", async () => {
    const { input, message } = field();
    showFieldError(input, message, "Type a number.");
    document.dispatchEvent(new Event("pointerdown"));
    restoreField(input, message, "0.1");
    expect(input.value).toBe("0.1");
    await tick();
    expect(message.hidden).toBe(false);
    document.dispatchEvent(new Event("pointerup"));
    expect(message.hidden).toBe(false);
    await tick();
    expect(message.hidden).toBe(true);
  });

  it("leaves a valid field alone", () => {
    const { input, message } = field();
    restoreField(input, message, "0.1");
    expect(input.value).toBe("x");
  });
});
