/**
 * Keccak-256 as used by Ethereum (original Keccak padding 0x01, not SHA3-256's 0x06).
 * 64-bit lanes are held as two 32-bit halves so no BigInt is needed.
 */

/**
 * The iota step's round constants, as halves of 64-bit lanes, made by the Keccak reference's
 * linear feedback shift register (x^8 + x^6 + x^5 + x^4 + 1): in round i, bit 2^j - 1 is the
 * register's low bit at its step 7i + j. Computed when the module loads (written out, their 48
 * numbers take ~0.4 KB of every function bundle); keccak256_test.ts holds them equal to the
 * published constants.
 */
export const ROUND_CONSTANTS_HI = new Uint32Array(24);
export const ROUND_CONSTANTS_LO = new Uint32Array(24);
for (let round = 0, register = 1; round < 24; round++) {
  for (let j = 0; j < 7; j++) {
    const bit = (1 << j) - 1;
    if (register & 1) {
      if (bit < 32) ROUND_CONSTANTS_LO[round] |= 1 << bit;
      else ROUND_CONSTANTS_HI[round] |= 1 << (bit - 32);
    }
    register = ((register << 1) ^ (register & 0x80 ? 0x71 : 0)) & 0xff;
  }
}
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
