const MAGIC = [0x46, 0x4d, 0x45, 0x31]; // "FME1"

/**
 * A small self-describing file: the 4 bytes "FME1", the header's length in bytes
 * (uint32, little-endian), the header as UTF-8 JSON padded with spaces to a multiple of 4
 * bytes (so the payload is aligned for typed arrays), then the payload.
 */
export function packFile(header: unknown, payload: Uint8Array): Uint8Array {
  let json = JSON.stringify(header);
  while ((8 + new TextEncoder().encode(json).length) % 4 !== 0) json += " ";
  const head = new TextEncoder().encode(json);
  const bytes = new Uint8Array(8 + head.length + payload.length);
  bytes.set(MAGIC, 0);
  new DataView(bytes.buffer).setUint32(4, head.length, true);
  bytes.set(head, 8);
  bytes.set(payload, 8 + head.length);
  return bytes;
}

/** Reads a file written by packFile. Throws RangeError when the bytes are not such a file. */
export function unpackFile(bytes: Uint8Array): { header: unknown; payload: Uint8Array } {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new RangeError("This is not a model file of this site (it does not start with FME1).");
  }
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + length > bytes.length) {
    throw new RangeError("The model file is cut short: its header is incomplete.");
  }
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length)));
  } catch {
    throw new RangeError("The model file's header is not valid JSON.");
  }
  return { header, payload: bytes.subarray(8 + length) };
}
