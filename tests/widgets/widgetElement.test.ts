// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { WidgetElement } from "../../src/widgets/shared/WidgetElement";
import { HISTORY_WRITES } from "../../src/widgets/shared/writeBudget";

const onHash = vi.fn();

class TestWidget extends WidgetElement<{ title: string }> {
  protected start(): void {
    this.enableControls("button");
    this.listen(window, "hashchange", () => onHash(this.labels.title));
  }

  save(hash: string): void {
    this.writeHash(hash);
  }

  view(): string {
    return this.hash;
  }
}
customElements.define("test-widget", TestWidget);

function mount(labels: string | null, key?: string): TestWidget {
  const element = document.createElement("test-widget") as TestWidget;
  if (key !== undefined) element.dataset.key = key;
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

  it("with a key, sees and writes only its own keys, unprefixed", () => {
    history.replaceState(null, "", "/en/chapter/#ca.k=3&b~ca.k=5&fig=x");
    const plain = mount('{"title":"Conv"}');
    const keyed = mount('{"title":"Conv"}', "b");
    expect(keyed.view()).toBe("#ca.k=5");
    expect(plain.view()).toBe("#ca.k=3&b~ca.k=5&fig=x");
    keyed.save("#ca.k=7&ca.s=2");
    expect(location.hash).toBe("#ca.k=3&b~ca.k=7&fig=x&b~ca.s=2");
    plain.save("#ca.k=4&b~ca.k=7&fig=x&b~ca.s=2");
    expect(location.hash).toBe("#ca.k=4&b~ca.k=7&fig=x&b~ca.s=2");
    keyed.save("");
    expect(location.hash).toBe("#ca.k=4&fig=x");
  });

  describe("writing often", () => {
    afterEach(() => vi.useRealTimers());

    it("writes a burst at once, then the latest state once the page's budget allows", () => {
      vi.useFakeTimers();
      vi.setSystemTime(Date.now() + 3_600_000); // the budget is full again, whatever came before
      history.replaceState(null, "", "/en/chapter/");
      const element = mount('{"title":"Conv"}');
      const replace = vi.spyOn(history, "replaceState");
      for (let i = 1; i <= HISTORY_WRITES.burst + 5; i++) element.save(`#ca.k=${i}`);
      expect(replace).toHaveBeenCalledTimes(HISTORY_WRITES.burst);
      expect(location.hash).toBe(`#ca.k=${HISTORY_WRITES.burst}`);
      // The widget reads its own latest state even before it is written.
      expect(element.view()).toBe(`#ca.k=${HISTORY_WRITES.burst + 5}`);
      vi.advanceTimersByTime(HISTORY_WRITES.refillMs);
      expect(replace).toHaveBeenCalledTimes(HISTORY_WRITES.burst + 1);
      expect(location.hash).toBe(`#ca.k=${HISTORY_WRITES.burst + 5}`);
      replace.mockRestore();
    });

    it("writes what is waiting when the reader leaves the page", () => {
      vi.useFakeTimers();
      history.replaceState(null, "", "/en/chapter/");
      const element = mount('{"title":"Conv"}');
      for (let i = 1; i <= HISTORY_WRITES.burst + 2; i++) element.save(`#ca.k=${i}`);
      window.dispatchEvent(new Event("pagehide"));
      expect(location.hash).toBe(`#ca.k=${HISTORY_WRITES.burst + 2}`);
    });

    it("writes nothing when the state did not change", () => {
      history.replaceState(null, "", "/en/chapter/#ca.k=3");
      const element = mount('{"title":"Conv"}');
      const replace = vi.spyOn(history, "replaceState");
      element.save("#ca.k=3");
      expect(replace).not.toHaveBeenCalled();
      replace.mockRestore();
    });
  });
});
