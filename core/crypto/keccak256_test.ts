import { strictEqual } from "@node/assert";
import { keccak256 } from "./keccak256.ts";

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
