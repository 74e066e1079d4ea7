import { strictEqual } from "@node/assert";
import { keccak256, ROUND_CONSTANTS_HI, ROUND_CONSTANTS_LO } from "./keccak256.ts";

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
const utf8 = (s: string) => new TextEncoder().encode(s);

Deno.test("keccak256 matches the published Keccak-256 digests", () => {
  strictEqual(
    hex(keccak256(new Uint8Array(0))),
    "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
  );
  strictEqual(
    hex(keccak256(utf8("abc"))),
    "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
  );
  strictEqual(
    hex(keccak256(utf8("The quick brown fox jumps over the lazy dog"))),
    "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15",
  );
});

/** Keccak-f[1600]'s 24 round constants (64-bit, high half first), as published. */
const PUBLISHED_ROUND_CONSTANTS =
  "00000000000000010000000000008082800000000000808a8000000080008000000000000000808b" +
  "000000008000000180000000800080818000000000008009000000000000008a0000000000000088" +
  "0000000080008009000000008000000a000000008000808b800000000000008b8000000000008089" +
  "800000000000800380000000000080028000000000000080000000000000800a800000008000000a" +
  "8000000080008081800000000000808000000000800000018000000080008008";

Deno.test("keccak256's round constants, computed when it loads, are the published ones", () => {
  const lanes = Array.from(
    ROUND_CONSTANTS_HI,
    (hi, i) =>
      hi.toString(16).padStart(8, "0") + ROUND_CONSTANTS_LO[i].toString(16).padStart(8, "0"),
  );
  strictEqual(lanes.join(""), PUBLISHED_ROUND_CONSTANTS);
});
