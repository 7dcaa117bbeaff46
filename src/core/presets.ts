/** A named 3×3 kernel from image processing, to load into a filter. */
export interface KernelPreset {
  id: string;
  name: string;
  /** One English sentence: what the kernel does to an image. */
  note: string;
  /** 9 numbers, row-major 3×3, applied as cross-correlation (no flip), like conv2d. */
  kernel: number[];
}

function preset(id: string, name: string, note: string, kernel: number[]): KernelPreset {
  return Object.freeze({ id, name, note, kernel: Object.freeze(kernel) as number[] });
}

const ninth = 1 / 9;

/**
 * The preset kernels, in menu order. Frozen: copy a kernel before editing it.
 * Edge kernels are written for cross-correlation, so sobel-x is positive where the
 * image gets brighter from left to right, and sobel-y where it gets brighter downwards.
 */
export const KERNEL_PRESETS: readonly KernelPreset[] = Object.freeze([
  preset("identity", "Identity", "Leaves the image unchanged.", [0, 0, 0, 0, 1, 0, 0, 0, 0]),
  preset(
    "box-blur",
    "Box blur",
    "Replaces each pixel by the plain average of its 3×3 neighbourhood.",
    [ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth],
  ),
  preset(
    "gaussian-blur",
    "Gaussian blur",
    "Smooths the image with a weighted average that favours the centre pixel.",
    [1 / 16, 2 / 16, 1 / 16, 2 / 16, 4 / 16, 2 / 16, 1 / 16, 2 / 16, 1 / 16],
  ),
  preset(
    "sharpen",
    "Sharpen",
    "Exaggerates the difference between each pixel and its neighbours, crisping edges.",
    [0, -1, 0, -1, 5, -1, 0, -1, 0],
  ),
  preset(
    "sobel-x",
    "Sobel (x)",
    "Responds to vertical edges: positive where brightness increases from left to right.",
    [-1, 0, 1, -2, 0, 2, -1, 0, 1],
  ),
  preset(
    "sobel-y",
    "Sobel (y)",
    "Responds to horizontal edges: positive where brightness increases from top to bottom.",
    [-1, -2, -1, 0, 0, 0, 1, 2, 1],
  ),
  preset(
    "prewitt",
    "Prewitt (x)",
    "Like Sobel (x) without extra weight on the middle row: finds vertical edges.",
    [-1, 0, 1, -1, 0, 1, -1, 0, 1],
  ),
  preset(
    "laplacian",
    "Laplacian",
    "Zero on flat areas and even gradients; strong where brightness bends, at edges and dots.",
    [0, 1, 0, 1, -4, 1, 0, 1, 0],
  ),
  preset(
    "emboss",
    "Emboss",
    "Adds the diagonal change in brightness to the image, so shapes look carved in relief.",
    [-2, -1, 0, -1, 1, 1, 0, 1, 2],
  ),
  preset(
    "outline",
    "Outline",
    "Sends flat areas to zero and keeps only the outlines of shapes.",
    [-1, -1, -1, -1, 8, -1, -1, -1, -1],
  ),
]);

/** The preset with this id, or undefined if there is none. */
export function presetById(id: string): KernelPreset | undefined {
  return KERNEL_PRESETS.find((p) => p.id === id);
}
