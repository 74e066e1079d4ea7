/**
 * SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104), pure TypeScript and synchronous.
 * WebCrypto's digest is asynchronous; detectors (base58check) and the scrubber's
 * pseudonyms need a hash inside synchronous code.
 */

/**
 * The round constants K, the first 32 bits of the fractional parts of the cube roots of the first
 * 64 primes, and the initial state, those of the square roots of the first 8 (FIPS 180-4, 4.2.2
 * and 5.3.3), computed when the module loads: written out, their 72 numbers take ~0.7 KB of every
 * function bundle. sha256_test.ts holds them equal to the standard's.
 */
export const K = new Uint32Array(64);
export const INITIAL_STATE: number[] = [];
const fraction32 = (x: number) => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
for (let n = 2, i = 0; i < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  if (i < 8) INITIAL_STATE.push(fraction32(Math.sqrt(n)));
  K[i++] = fraction32(Math.cbrt(n));
}

const BLOCK_BYTES = 64;

function compressBlock(state: Uint32Array, w: Uint32Array, block: Uint8Array, at: number): void {
  for (let i = 0; i < 16; i++) {
    const j = at + i * 4;
    w[i] = (block[j] << 24) | (block[j + 1] << 16) | (block[j + 2] << 8) | block[j + 3];
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15];
    const y = w[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
  let a = state[0], b = state[1], c = state[2], d = state[3];
  let e = state[4], f = state[5], g = state[6], h = state[7];
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + K[i] + w[i]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] += a;
  state[1] += b;
  state[2] += c;
  state[3] += d;
  state[4] += e;
  state[5] += f;
  state[6] += g;
  state[7] += h;
}

/** The SHA-256 digest (32 bytes) of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  const state = new Uint32Array(INITIAL_STATE);
  const w = new Uint32Array(64);
  const fullBlocks = Math.floor(data.length / BLOCK_BYTES);
  for (let i = 0; i < fullBlocks; i++) compressBlock(state, w, data, i * BLOCK_BYTES);

  // Padding: the tail, 0x80, zeros, then the bit length as a 64-bit big-endian integer.
  const rest = data.length - fullBlocks * BLOCK_BYTES;
  const tail = new Uint8Array(rest < 56 ? BLOCK_BYTES : 2 * BLOCK_BYTES);
  tail.set(data.subarray(fullBlocks * BLOCK_BYTES));
  tail[rest] = 0x80;
  const bitLength = data.length * 8;
  const view = new DataView(tail.buffer);
  view.setUint32(tail.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(tail.length - 4, bitLength >>> 0);
  for (let at = 0; at < tail.length; at += BLOCK_BYTES) compressBlock(state, w, tail, at);

  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, state[i]);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * HMAC-SHA256 (RFC 2104) under a fixed `key`: the key's inner and outer pads are made once, and
 * each call gives the 32-byte MAC of its `data`.
 */
export function hmacSha256With(key: Uint8Array): (data: Uint8Array) => Uint8Array {
  const block = new Uint8Array(BLOCK_BYTES);
  block.set(key.length > BLOCK_BYTES ? sha256(key) : key);
  const inner = block.map((x) => x ^ 0x36);
  const outer = block.map((x) => x ^ 0x5c);
  return (data) => sha256(concat(outer, sha256(concat(inner, data))));
}

/** HMAC-SHA256 (RFC 2104) of `data` under `key`: 32 bytes. */
export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  return hmacSha256With(key)(data);
}
