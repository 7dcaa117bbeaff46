// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { WidgetElement } from "../../src/widgets/shared/WidgetElement";

const onHash = vi.fn();

class TestWidget extends WidgetElement<{ title: string }> {
  protected start(): void {
    this.enableControls("button");
    this.listen(window, "hashchange", () => onHash(this.labels.title));
  }

  save(hash: string): void {
    this.writeHash(hash);
  }
}
customElements.define("test-widget", TestWidget);

function mount(labels: string | null): TestWidget {
  const element = document.createElement("test-widget") as TestWidget;
  if (labels !== null) element.dataset.labels = labels;
  element.innerHTML = "<button disabled>Go</button>";
  document.body.append(element);
  return element;
}

const hashChange = () => window.dispatchEvent(new Event("hashchange"));

afterEach(() => {
  document.body.replaceChildren();
  onHash.mockReset();
});

describe("WidgetElement", () => {
  it("reads its labels, enables the first frame's controls and follows the hash", () => {
    const element = mount('{"title":"Conv"}');
    expect(element.querySelector("button")!.disabled).toBe(false);
    hashChange();
    expect(onHash).toHaveBeenCalledWith("Conv");
  });

  it("drops its window listeners when removed, and takes them back when put back", () => {
    const element = mount('{"title":"Conv"}');
    element.remove();
    hashChange();
    expect(onHash).not.toHaveBeenCalled();
    document.body.append(element);
    hashChange();
    expect(onHash).toHaveBeenCalledTimes(1);
  });

  it.each([null, "{not json", "[]", "null"])(
    "with data-labels %s shows why in the figure, keeps the first frame and does not throw",
    (labels) => {
      const element = mount(labels);
      const alert = element.querySelector("[role=alert]");
      expect(alert?.textContent).toMatch(/could not be read/);
      expect(element.querySelector("button")!.disabled).toBe(true);
      hashChange();
      expect(onHash).not.toHaveBeenCalled();
    },
  );

  it("says so in Japanese on a Japanese page", () => {
    document.body.setAttribute("lang", "ja");
    const alert = mount("").querySelector("[role=alert]");
    document.body.removeAttribute("lang");
    expect(alert?.textContent).toMatch(/読み取れなかった/);
  });

  it("writes the hash, and an empty one leaves the path and the query", () => {
    history.replaceState(null, "", "/en/chapter/?lecture=1#old=1");
    const element = mount('{"title":"Conv"}');
    element.save("#ca.k=3");
    expect(location.pathname + location.search + location.hash).toBe(
      "/en/chapter/?lecture=1#ca.k=3",
    );
    element.save("");
    expect(location.href).toMatch(/\/en\/chapter\/\?lecture=1$/);
  });
});
