import { size, tensor } from "../tensor";
import { packFile, unpackFile } from "./binaryFile";
import { fromFloat16Bits, toFloat16Bits } from "./float16";
import { networkShapes, PARAMETER_NAMES, type NetworkConfig, type NetworkParams } from "./network";

const FORMAT = "fme-cnn-weights";

/** Facts about how the weights were made, stored in the file's header. */
export type WeightsMeta = Record<string, string | number | boolean>;

/**
 * The network as a packFile with a JSON header (config, parameter names and shapes,
 * `meta`) and every parameter in PARAMETER_NAMES order as little-endian float16: two
 * bytes per weight. Throws RangeError if a weight is beyond float16's range (±65504).
 */
export function encodeWeights(net: NetworkParams, meta: WeightsMeta = {}): Uint8Array {
  const shapes = networkShapes(net.config);
  const total = PARAMETER_NAMES.reduce((n, name) => n + size(shapes[name]), 0);
  const payload = new Uint8Array(2 * total);
  const view = new DataView(payload.buffer);
  let at = 0;
  for (const name of PARAMETER_NAMES) {
    const p = net[name];
    const values = p instanceof Float32Array ? p : p.data;
    for (const v of values) {
      if (!(Math.abs(v) <= 65504)) {
        throw new RangeError(`${name} holds ${v}, which half precision cannot store.`);
      }
      view.setUint16(at, toFloat16Bits(v), true);
      at += 2;
    }
  }
  const header = {
    format: FORMAT,
    version: 1,
    dtype: "float16",
    config: net.config,
    parameters: PARAMETER_NAMES.map((name) => ({ name, shape: shapes[name] })),
    meta,
  };
  return packFile(header, payload);
}

function isConfig(c: unknown): c is NetworkConfig {
  if (c === null || typeof c !== "object") return false;
  const r = c as Record<string, unknown>;
  return ["inputSize", "channels1", "channels2", "kernel", "classes"].every((k) =>
    Number.isInteger(r[k]),
  );
}

/**
 * Reads a file written by encodeWeights back into float32 parameters.
 * Throws RangeError, with a message for a human, when the bytes are not such a file.
 */
export function decodeWeights(bytes: Uint8Array): { net: NetworkParams; meta: WeightsMeta } {
  const { header, payload } = unpackFile(bytes);
  const h = header as { format?: unknown; dtype?: unknown; config?: unknown; meta?: unknown };
  if (h === null || typeof h !== "object" || h.format !== FORMAT || h.dtype !== "float16") {
    throw new RangeError("This file holds no float16 network weights.");
  }
  if (!isConfig(h.config)) throw new RangeError("The weights file does not describe its network.");
  const config = h.config;
  const shapes = networkShapes(config);
  const total = PARAMETER_NAMES.reduce((n, name) => n + size(shapes[name]), 0);
  if (payload.length !== 2 * total) {
    throw new RangeError(
      `The network needs ${total} weights (${2 * total} bytes) but the file holds ${payload.length} bytes.`,
    );
  }
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  let at = 0;
  const read = (shape: number[]) => {
    const data = new Float32Array(size(shape));
    for (let i = 0; i < data.length; i++, at += 2) {
      data[i] = fromFloat16Bits(view.getUint16(at, true));
    }
    return data;
  };
  const w1 = tensor(shapes.w1, read(shapes.w1));
  const b1 = read(shapes.b1);
  const w2 = tensor(shapes.w2, read(shapes.w2));
  const b2 = read(shapes.b2);
  const w3 = tensor(shapes.w3, read(shapes.w3));
  const b3 = read(shapes.b3);
  const meta = (h.meta !== null && typeof h.meta === "object" ? h.meta : {}) as WeightsMeta;
  return { net: { config: { ...config }, w1, b1, w2, b2, w3, b3 }, meta };
}
