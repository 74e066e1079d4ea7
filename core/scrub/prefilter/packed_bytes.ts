/**
 * A small byte packing (LZ77) for the stored line-shape groups (./stored_shape_groups.ts), which
 * every function bundle carries: their bytes are very repetitive, and packed they weigh under a
 * third of them. No compression the runtime offers unpacks synchronously, hence this.
 *
 * The packed form is a run of items, each opened by one control byte c:
 * - c < 0x80: the next c + 1 bytes are copied as they are;
 * - c ≥ 0x80: (c & 0x7f) + 3 bytes are copied from `distance` bytes back in the output, the
 *   distance (1 … 65535) in the next two bytes, little-endian.
 */
const MIN_MATCH = 3;
const MAX_MATCH = 0x7f + MIN_MATCH;
const MAX_LITERALS = 0x80;
const MAX_DISTANCE = 0xffff;
/** Earlier positions tried per match: enough for these tables, and it bounds the packing. */
const MAX_TRIES = 256;

/** `bytes` packed (used by `deno task shape-tables`; greedy, longest match first). */
export function packBytes(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  const seen = new Map<number, number[]>();
  const keyAt = (i: number) => bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16);
  let literals: number[] = [];
  const flush = () => {
    for (let i = 0; i < literals.length; i += MAX_LITERALS) {
      const run = literals.slice(i, i + MAX_LITERALS);
      out.push(run.length - 1, ...run);
    }
    literals = [];
  };
  let i = 0;
  while (i < bytes.length) {
    let length = 0;
    let distance = 0;
    const earlier = i + MIN_MATCH <= bytes.length ? seen.get(keyAt(i)) ?? [] : [];
    for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - MAX_TRIES); k--) {
      const from = earlier[k];
      if (i - from > MAX_DISTANCE) break;
      let n = 0;
      while (n < MAX_MATCH && i + n < bytes.length && bytes[from + n] === bytes[i + n]) n++;
      if (n > length) [length, distance] = [n, i - from];
    }
    if (length >= MIN_MATCH) {
      flush();
      out.push(0x80 | (length - MIN_MATCH), distance & 0xff, distance >> 8);
    } else {
      length = 1;
      literals.push(bytes[i]);
    }
    for (const end = i + length; i < end; i++) {
      if (i + MIN_MATCH > bytes.length) continue;
      const key = keyAt(i);
      const positions = seen.get(key);
      if (positions === undefined) seen.set(key, [i]);
      else positions.push(i);
    }
  }
  flush();
  return Uint8Array.from(out);
}

/** `packed` unpacked to its `length` bytes; throws when it does not hold exactly that. */
export function unpackBytes(packed: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  let i = 0;
  while (i < packed.length) {
    const control = packed[i++];
    if (control < 0x80) {
      const n = control + 1;
      if (i + n > packed.length || at + n > length) throw new Error("packed bytes: overrun");
      out.set(packed.subarray(i, i + n), at);
      i += n;
      at += n;
    } else {
      const n = (control & 0x7f) + MIN_MATCH;
      if (i + 2 > packed.length) throw new Error("packed bytes: truncated");
      const distance = packed[i] | (packed[i + 1] << 8);
      i += 2;
      if (distance === 0 || distance > at || at + n > length) {
        throw new Error("packed bytes: a copy outside the output");
      }
      for (let k = 0; k < n; k++, at++) out[at] = out[at - distance];
    }
  }
  if (at !== length) throw new Error("packed bytes: shorter than stated");
  return out;
}

/** Base64 to bytes: the built-in `Uint8Array.fromBase64` where there is one. */
export function fromBase64(text: string): Uint8Array {
  const builtIn = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array })
    .fromBase64;
  if (typeof builtIn === "function") return builtIn(text);
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** Bytes to base64. */
export function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x2000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  }
  return btoa(text);
}
