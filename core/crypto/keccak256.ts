/**
 * Keccak-256 as used by Ethereum (original Keccak padding 0x01, not SHA3-256's 0x06).
 * 64-bit lanes are held as two 32-bit halves so no BigInt is needed.
 */

const ROUND_CONSTANTS_HI = new Uint32Array([
  0x00000000,
  0x00000000,
  0x80000000,
  0x80000000,
  0x00000000,
  0x00000000,
  0x80000000,
  0x80000000,
  0x00000000,
  0x00000000,
  0x00000000,
  0x00000000,
  0x00000000,
  0x80000000,
  0x80000000,
  0x80000000,
  0x80000000,
  0x80000000,
  0x00000000,
  0x80000000,
  0x80000000,
  0x80000000,
  0x00000000,
  0x80000000,
]);
const ROUND_CONSTANTS_LO = new Uint32Array([
  0x00000001,
  0x00008082,
  0x0000808a,
  0x80008000,
  0x0000808b,
  0x80000001,
  0x80008081,
  0x00008009,
  0x0000008a,
  0x00000088,
  0x80008009,
  0x8000000a,
  0x8000808b,
  0x0000008b,
  0x00008089,
  0x00008003,
  0x00008002,
  0x00000080,
  0x0000800a,
  0x8000000a,
  0x80008081,
  0x00008080,
  0x80000001,
  0x80008008,
]);
/** Rotation offsets r[x + 5y] of the rho step. */
const ROTATIONS = [
  0,
  1,
  62,
  28,
  27,
  36,
  44,
  6,
  55,
  20,
  3,
  10,
  43,
  25,
  39,
  41,
  45,
  15,
  21,
  8,
  18,
  2,
  61,
  56,
  14,
];
/** Rate of Keccak-256 in bytes (1600 - 2 * 256 bits). */
const RATE = 136;

function permute(hi: Uint32Array, lo: Uint32Array): void {
  const cHi = new Uint32Array(5), cLo = new Uint32Array(5);
  const bHi = new Uint32Array(25), bLo = new Uint32Array(25);
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      cHi[x] = hi[x] ^ hi[x + 5] ^ hi[x + 10] ^ hi[x + 15] ^ hi[x + 20];
      cLo[x] = lo[x] ^ lo[x + 5] ^ lo[x + 10] ^ lo[x + 15] ^ lo[x + 20];
    }
    for (let x = 0; x < 5; x++) {
      const nHi = cHi[(x + 1) % 5], nLo = cLo[(x + 1) % 5];
      const dHi = cHi[(x + 4) % 5] ^ ((nHi << 1) | (nLo >>> 31));
      const dLo = cLo[(x + 4) % 5] ^ ((nLo << 1) | (nHi >>> 31));
      for (let y = 0; y < 25; y += 5) {
        hi[x + y] ^= dHi;
        lo[x + y] ^= dLo;
      }
    }
    // rho and pi: lane (x, y) moves to (y, 2x + 3y) after rotating left by r[x, y].
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const i = x + 5 * y;
        const r = ROTATIONS[i];
        let h = hi[i], l = lo[i];
        if (r >= 32) [h, l] = [l, h];
        const s = r % 32;
        const rh = s === 0 ? h : (h << s) | (l >>> (32 - s));
        const rl = s === 0 ? l : (l << s) | (h >>> (32 - s));
        const j = y + 5 * ((2 * x + 3 * y) % 5);
        bHi[j] = rh;
        bLo[j] = rl;
      }
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        hi[x + y] = bHi[x + y] ^ (~bHi[((x + 1) % 5) + y] & bHi[((x + 2) % 5) + y]);
        lo[x + y] = bLo[x + y] ^ (~bLo[((x + 1) % 5) + y] & bLo[((x + 2) % 5) + y]);
      }
    }
    // iota
    hi[0] ^= ROUND_CONSTANTS_HI[round];
    lo[0] ^= ROUND_CONSTANTS_LO[round];
  }
}

/** Keccak-256 digest (32 bytes) of `data`. */
export function keccak256(data: Uint8Array): Uint8Array {
  const hi = new Uint32Array(25), lo = new Uint32Array(25);
  const padded = new Uint8Array((Math.floor(data.length / RATE) + 1) * RATE);
  padded.set(data);
  padded[data.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  for (let off = 0; off < padded.length; off += RATE) {
    for (let i = 0; i < RATE / 8; i++) {
      const p = off + i * 8;
      lo[i] ^= padded[p] | (padded[p + 1] << 8) | (padded[p + 2] << 16) | (padded[p + 3] << 24);
      hi[i] ^= padded[p + 4] | (padded[p + 5] << 8) | (padded[p + 6] << 16) | (padded[p + 7] << 24);
    }
    permute(hi, lo);
  }
  const out = new Uint8Array(32);
  for (let i = 0; i < 4; i++) {
    for (let b = 0; b < 4; b++) {
      out[i * 8 + b] = (lo[i] >>> (8 * b)) & 0xff;
      out[i * 8 + 4 + b] = (hi[i] >>> (8 * b)) & 0xff;
    }
  }
  return out;
}
