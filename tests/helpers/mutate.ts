/** Mutations of a document's bytes for the fuzz test, as fast-check arbitraries and their application. */
import fc from "fast-check";

export type Op =
  | { kind: "flip"; at: number; bit: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "delete"; at: number; length: number }
  | { kind: "repeat"; at: number; length: number; times: number }
  | { kind: "entry"; entry: number; at: number; byte: number };

const position = fc.nat({ max: 1_000_000 });
export const mutations: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("flip" as const), at: position, bit: fc.nat({ max: 7 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("insert" as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: position, length: fc.integer({ min: 1, max: 256 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("repeat" as const), at: position, length: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 2, max: 200 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("entry" as const), entry: fc.nat({ max: 16 }), at: fc.nat({ max: 4096 }), byte: fc.nat({ max: 255 }) }) },
);

/** Offsets of a zip's local file headers (`PK\3\4`): where each entry's header and data start. */
function zipEntries(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4) starts.push(i);
  }
  return starts;
}

/** Applies `ops` to a copy of `bytes`. */
export function mutate(bytes: Uint8Array, ops: Op[]): Uint8Array {
  let out = Uint8Array.from(bytes);
  for (const o of ops) {
    const at = out.length === 0 ? 0 : o.at % (out.length + 1);
    switch (o.kind) {
      case "flip":
        if (out.length > 0) out[at % out.length]! ^= 1 << o.bit;
        break;
      case "truncate":
        out = out.slice(0, at);
        break;
      case "insert":
        out = Uint8Array.from([...out.subarray(0, at), ...o.bytes, ...out.subarray(at)]);
        break;
      case "delete":
        out = Uint8Array.from([...out.subarray(0, at), ...out.subarray(at + o.length)]);
        break;
      case "repeat": {
        const run = out.subarray(at, at + o.length);
        out = Uint8Array.from([...out.subarray(0, at), ...Array.from({ length: o.times }, () => [...run]).flat(), ...out.subarray(at)]);
        break;
      }
      case "entry": {
        // A byte inside one zip entry's header or compressed data; for other formats, a byte anywhere.
        const starts = zipEntries(out);
        const base = starts.length > 0 ? starts[o.entry % starts.length]! : 0;
        if (out.length > 0) out[(base + o.at) % out.length] = o.byte;
        break;
      }
    }
  }
  return out;
}

