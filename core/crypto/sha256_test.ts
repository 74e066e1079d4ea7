import { strictEqual } from "@node/assert";
import { hmacSha256, INITIAL_STATE, K, sha256 } from "./sha256.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
const fromHex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16));
const repeat = (byte: number, n: number) => new Uint8Array(n).fill(byte);

Deno.test("sha256 matches the FIPS 180-4 example vectors", () => {
  strictEqual(
    hex(sha256(utf8("abc"))),
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  );
  strictEqual(
    hex(sha256(utf8(""))),
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  );
  strictEqual(
    hex(sha256(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))),
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  );
  strictEqual(
    hex(sha256(repeat(0x61, 1_000_000))),
    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
  );
});

Deno.test("sha256 agrees with WebCrypto around the padding boundaries", async () => {
  for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000]) {
    const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
    const expected = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
    strictEqual(hex(sha256(data)), hex(expected), `length ${n}`);
  }
});

Deno.test("hmacSha256 matches the RFC 4231 test cases", () => {
  // Case 1: 20-byte key.
  strictEqual(
    hex(hmacSha256(repeat(0x0b, 20), utf8("Hi There"))),
    "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
  );
  // Case 2: key shorter than the output.
  strictEqual(
    hex(hmacSha256(utf8("Jefe"), utf8("what do ya want for nothing?"))),
    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
  );
  // Case 3: 50 bytes of 0xdd.
  strictEqual(
    hex(hmacSha256(repeat(0xaa, 20), repeat(0xdd, 50))),
    "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
  );
  // Case 4.
  strictEqual(
    hex(
      hmacSha256(fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819"), repeat(0xcd, 50)),
    ),
    "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
  );
  // Case 6: a key longer than the block size is hashed first.
  strictEqual(
    hex(
      hmacSha256(repeat(0xaa, 131), utf8("Test Using Larger Than Block-Size Key - Hash Key First")),
    ),
    "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
  );
});

Deno.test("hmacSha256 agrees with WebCrypto for keys around the block size", async () => {
  const data = utf8("the same value maps to the same token");
  for (const n of [1, 32, 63, 64, 65, 200]) {
    const key = Uint8Array.from({ length: n }, (_, i) => (i * 13 + 5) & 0xff);
    const cryptoKey = await crypto.subtle.importKey(
      "raw",
      key,
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    const expected = new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, data));
    strictEqual(hex(hmacSha256(key, data)), hex(expected), `key length ${n}`);
  }
});

/** FIPS 180-4's round constants (4.2.2) and initial hash value (5.3.2), as published. */
const PUBLISHED_K =
  "428a2f9871374491b5c0fbcfe9b5dba53956c25b59f111f1923f82a4ab1c5ed5d807aa9812835b01243185be" +
  "550c7dc372be5d7480deb1fe9bdc06a7c19bf174e49b69c1efbe47860fc19dc6240ca1cc2de92c6f4a7484aa" +
  "5cb0a9dc76f988da983e5152a831c66db00327c8bf597fc7c6e00bf3d5a7914706ca63511429296727b70a85" +
  "2e1b21384d2c6dfc53380d13650a7354766a0abb81c2c92e92722c85a2bfe8a1a81a664bc24b8b70c76c51a3" +
  "d192e819d6990624f40e3585106aa07019a4c1161e376c082748774c34b0bcb5391c0cb34ed8aa4a5b9cca4f" +
  "682e6ff3748f82ee78a5636f84c878148cc7020890befffaa4506cebbef9a3f7c67178f2";
const PUBLISHED_INITIAL_STATE = "6a09e667bb67ae853c6ef372a54ff53a510e527f9b05688c1f83d9ab5be0cd19";

Deno.test("sha256's round constants and initial state, computed when it loads, are the published ones", () => {
  const words = (values: ArrayLike<number>) =>
    Array.from(values, (x) => x.toString(16).padStart(8, "0")).join("");
  strictEqual(words(K), PUBLISHED_K);
  strictEqual(words(INITIAL_STATE), PUBLISHED_INITIAL_STATE);
});
