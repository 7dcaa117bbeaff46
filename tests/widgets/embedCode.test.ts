import { describe, expect, it } from "vitest";
import { embedCode, FALLBACK_HEIGHT, HEIGHT_KEY } from "../../src/components/embed/embedCode";

const SRC = "https://example.org/fme/en/embed/trained-network-dead/#tn.f=3";

/** Runs the code's parent script in a stand-in page with the given frames; returns the listener. */
function parentListener(
  code: string,
  frames: { contentWindow: object; style: { height?: string } }[],
) {
  const script = /<script>\n([\s\S]*)\n<\/script>/.exec(code)![1];
  let listener: ((event: object) => void) | undefined;
  const addEventListener = (_type: string, fn: (event: object) => void) => (listener = fn);
  const document = { querySelectorAll: () => frames };
  new Function("addEventListener", "document", script)(addEventListener, document);
  return listener!;
}

describe("embed code", () => {
  it("is a frame with the figure's address and title, a fallback height, and its sizing script", () => {
    const code = embedCode(SRC, "A trained network: a dead filter");
    expect(code).toMatch(
      new RegExp(
        `^<iframe src="${SRC.replace(/[.?*+^$[\]\\(){}|-]/g, "\\$&")}" title="A trained network: a dead filter"`,
      ),
    );
    expect(code).toContain(`height="${FALLBACK_HEIGHT}"`);
    expect(code).toContain("data-fme-embed");
  });

  it("escapes quotes in the title", () => {
    expect(embedCode(SRC, 'Say "hi" & <go>')).toContain('title="Say &quot;hi&quot; &amp; &lt;go>"');
  });

  it("sets the height of the frame that sent it, from the site's origin only, to a bounded number", () => {
    const sender = {};
    const frames = [
      { contentWindow: {}, style: {} as { height?: string } },
      { contentWindow: sender, style: {} as { height?: string } },
    ];
    const listen = parentListener(embedCode(SRC, "t"), frames);
    listen({ origin: "https://evil.example", source: sender, data: { [HEIGHT_KEY]: 999 } });
    expect(frames[1].style.height).toBeUndefined();
    listen({ origin: "https://example.org", source: sender, data: { [HEIGHT_KEY]: "999" } });
    listen({ origin: "https://example.org", source: sender, data: { [HEIGHT_KEY]: -5 } });
    listen({ origin: "https://example.org", source: sender, data: null });
    expect(frames[1].style.height).toBeUndefined();
    listen({ origin: "https://example.org", source: sender, data: { [HEIGHT_KEY]: 1234.2 } });
    expect(frames[1].style.height).toBe("1235px");
    expect(frames[0].style.height).toBeUndefined();
    listen({ origin: "https://example.org", source: sender, data: { [HEIGHT_KEY]: 1e9 } });
    expect(frames[1].style.height).toBe("20000px");
  });
});
