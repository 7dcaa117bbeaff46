/**
 * A generated input with clean edges: a bright square and a disc on a dark ground, values 0–1.
 * Row-major, one channel; handy for seeing exactly what an edge kernel does.
 */
export function shapesImage(size: number): Float32Array {
  const data = new Float32Array(size * size);
  const r = size * 0.2;
  const cx = size * 0.68;
  const cy = size * 0.62;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inSquare = x >= size * 0.12 && x < size * 0.45 && y >= size * 0.15 && y < size * 0.48;
      const inDisc = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
      data[y * size + x] = inSquare || inDisc ? 0.9 : 0.1;
    }
  }
  return data;
}
