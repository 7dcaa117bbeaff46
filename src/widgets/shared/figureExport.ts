/**
 * Exports a widget as it looks now, as SVG and PNG, with no library: the element is cloned with
 * its computed styles inlined and its canvases turned into images, and wrapped in an SVG
 * <foreignObject>. Browsers render that SVG, and drawing it on a canvas gives the PNG.
 */

function inlineStyles(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  let text = "";
  for (let i = 0; i < style.length; i++) {
    const name = style[i];
    text += `${name}:${style.getPropertyValue(name)};`;
  }
  target.setAttribute("style", text);
}

export async function figureSvg(
  root: HTMLElement,
): Promise<{ svg: string; width: number; height: number }> {
  const { width, height } = root.getBoundingClientRect();
  const clone = root.cloneNode(true) as HTMLElement;
  const sources = [root, ...root.querySelectorAll("*")];
  const targets = [clone, ...clone.querySelectorAll("*")];
  sources.forEach((s, i) => inlineStyles(s, targets[i]));
  sources.forEach((s, i) => {
    const t = targets[i];
    if (s instanceof HTMLCanvasElement) {
      const img = document.createElement("img");
      img.src = s.toDataURL("image/png");
      img.setAttribute("style", t.getAttribute("style") ?? "");
      img.alt = s.getAttribute("aria-label") ?? "";
      t.replaceWith(img);
    } else if (s instanceof HTMLInputElement) {
      t.setAttribute("value", s.value);
    } else if (s instanceof HTMLScriptElement) {
      t.remove();
    }
  });
  clone.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
  const body = new XMLSerializer().serializeToString(clone);
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><foreignObject x="0" y="0" width="${w}" height="${h}">${body}</foreignObject></svg>`;
  return { svg, width: w, height: h };
}

/** Renders the SVG onto a canvas at `scale` and returns a PNG blob. */
export async function figurePng(root: HTMLElement, scale = 2): Promise<Blob> {
  const { svg, width, height } = await figureSvg(root);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext("2d")!;
  context.fillStyle = getComputedStyle(document.body).backgroundColor;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))),
      "image/png",
    ),
  );
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
