/**
 * Generated cryptocurrency addresses: Base58Check (hashed here with WebCrypto, numbers with
 * BigInt), Bech32/Bech32m SegWit addresses for every witness version and program length (encoded
 * here as BIP-173 and BIP-350 specify), and EIP-55 checksummed addresses; each against the
 * validators, with every bound and one change at a time.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { keccak256 } from "../../crypto/keccak256.ts";
import { base58CheckDecode, base58Decode } from "./base58.ts";
import { BASE58_ALPHABET as B58, base58Encode } from "./base58_encode.ts";
import { bech32Decode, segwitAddressValid } from "./bech32.ts";
import { eip55Valid } from "./eip55.ts";

const random = seededRandom(0xadd2);
const bytes = (n: number) => Uint8Array.from({ length: n }, () => random.int(256));

async function sha256d(data: Uint8Array): Promise<Uint8Array> {
  const once = await crypto.subtle.digest("SHA-256", new Uint8Array(data));
  return new Uint8Array(await crypto.subtle.digest("SHA-256", once));
}

async function base58Check(payload: Uint8Array): Promise<string> {
  const check = (await sha256d(payload)).subarray(0, 4);
  return base58Encode(Uint8Array.from([...payload, ...check]));
}

/** `text` with the character at `i` replaced by another of the alphabet. */
const changedAt = (text: string, i: number) =>
  text.slice(0, i) + B58[(B58.indexOf(text[i]) + 1 + random.int(56)) % 58] + text.slice(i + 1);

Deno.test("Base58: random bytes with 0 to 3 leading zero bytes decode to themselves, up to 128 characters", () => {
  for (let length = 1; length <= 90; length++) {
    const data = bytes(length);
    data.fill(0, 0, Math.min(length, length % 4));
    const text = base58Encode(data);
    deepStrictEqual(base58Decode(text), data, `${length} bytes as ${text}`);
  }
  const longest = random.chars(128, B58);
  strictEqual(base58Encode(base58Decode(longest)!), longest, "128 characters");
  strictEqual(base58Decode(longest + "2"), null, "129 characters are refused");
  strictEqual(base58Decode(""), null, "empty");
});

Deno.test("Base58: any character outside the alphabet, anywhere, is refused", () => {
  const text = base58Encode(bytes(25));
  for (const c of ["0", "O", "I", "l", "+", "/", " ", "é", "\u0100", "\x7f", "\x80"]) {
    for (const at of [0, 7, text.length]) {
      const bad = text.slice(0, at) + c + text.slice(at);
      strictEqual(base58Decode(bad), null, JSON.stringify(bad));
    }
  }
});

Deno.test("Base58Check: generated payloads of 1 to 40 bytes pass; a changed character or checksum byte fails", async () => {
  for (let length = 1; length <= 40; length++) {
    const payload = bytes(length);
    if (length % 5 === 0) payload[0] = 0; // a leading "1"
    const text = await base58Check(payload);
    deepStrictEqual(base58CheckDecode(text), payload, text);
    deepStrictEqual(base58CheckDecode(text, length), payload, `${text} as ${length} bytes`);
    strictEqual(base58CheckDecode(text, length - 1), null, `not ${length - 1} bytes`);
    strictEqual(base58CheckDecode(text, length + 1), null, `not ${length + 1} bytes`);
    for (const at of [0, text.length >> 1, text.length - 1]) {
      const bad = changedAt(text, at);
      strictEqual(base58CheckDecode(bad), null, `${bad}: character ${at} changed`);
    }
    const check = await sha256d(payload);
    for (let k = 0; k < 4; k++) {
      const wrong = Uint8Array.from([...payload, ...check.subarray(0, 4)]);
      wrong[length + k] ^= 1 << random.int(8);
      strictEqual(base58CheckDecode(base58Encode(wrong)), null, `checksum byte ${k} changed`);
    }
  }
  // Four bytes or fewer cannot hold a payload and its checksum, not even the checksum of nothing.
  strictEqual(base58CheckDecode(base58Encode(Uint8Array.from([1, 2, 3, 4]))), null);
  const emptyCheck = (await sha256d(new Uint8Array(0))).subarray(0, 4);
  strictEqual(base58CheckDecode(base58Encode(emptyCheck)), null);
});

const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const BECH32M = 0x2bc830a3;

/** BIP-173's checksum function over 5-bit values. */
function polymod(values: number[]): number {
  const generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    generator.forEach((g, i) => {
      if ((b >>> i) & 1) chk ^= g;
    });
  }
  return chk >>> 0;
}

function bech32Encode(hrp: string, data: number[], m: boolean): string {
  const expanded = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat(
    [0],
    [...hrp].map((c) => c.charCodeAt(0) & 31),
  );
  const mod = polymod([...expanded, ...data, 0, 0, 0, 0, 0, 0]) ^ (m ? BECH32M : 1);
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return hrp + "1" + [...data, ...checksum].map((v) => CHARSET[v]).join("");
}

/** 8-bit bytes as 5-bit words, zero-padded (BIP-173 convertbits). */
function toWords(program: Uint8Array): number[] {
  const words: number[] = [];
  let acc = 0, bits = 0;
  for (const b of program) {
    acc = (acc << 8) | b;
    bits += 8;
    for (; bits >= 5; bits -= 5) words.push((acc >>> (bits - 5)) & 31);
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) words.push((acc << (5 - bits)) & 31);
  return words;
}

const segwit = (hrp: string, version: number, program: Uint8Array, m = version > 0) =>
  bech32Encode(hrp, [version, ...toWords(program)], m);

Deno.test("SegWit: every witness version 0–16 with every program length 1–41; only the allowed ones pass", () => {
  for (let version = 0; version <= 16; version++) {
    for (let length = 1; length <= 41; length++) {
      const program = bytes(length);
      const allowed = version === 0 ? length === 20 || length === 32 : length >= 2 && length <= 40;
      const address = segwit("bc", version, program);
      strictEqual(segwitAddressValid(address, ["bc"]), allowed, `v${version}, ${length} bytes`);
      if (!allowed) continue;
      // The other checksum constant, another network, upper case, one character changed.
      ok(!segwitAddressValid(segwit("bc", version, program, version === 0), ["bc"]), "encoding");
      ok(!segwitAddressValid(address, ["tb"]), "network");
      ok(segwitAddressValid(address.toUpperCase(), ["bc"]), "upper case");
      const at = 4 + random.int(address.length - 4);
      const other = CHARSET[(CHARSET.indexOf(address[at]) + 1) % 32];
      ok(!segwitAddressValid(address.slice(0, at) + other + address.slice(at + 1), ["bc"]));
    }
  }
  for (const version of [17, 31]) {
    ok(!segwitAddressValid(segwit("bc", version, bytes(20)), ["bc"]), `version ${version}`);
  }
  ok(!segwitAddressValid(bech32Encode("bc", [], false), ["bc"]), "no witness version");
});

Deno.test("SegWit: padding bits must be zero and fewer than five", () => {
  // 20 bytes leave no padding bits, 32 bytes 4, 21 bytes 2, 33 bytes 1; an extra word adds 5.
  for (const [version, length] of [[0, 20], [0, 32], [1, 21], [1, 33]]) {
    const words = [version, ...toWords(bytes(length))];
    const m = version > 0;
    ok(segwitAddressValid(bech32Encode("tb", words, m), ["tb"]), `v${version}, ${length} bytes`);
    if (length !== 20) {
      const nonzero = [...words];
      nonzero[nonzero.length - 1] |= 1;
      ok(!segwitAddressValid(bech32Encode("tb", nonzero, m), ["tb"]), "a padding bit set");
    }
    const extra = [...words, 0];
    ok(!segwitAddressValid(bech32Encode("tb", extra, m), ["tb"]), "a whole extra word");
  }
});

Deno.test("Bech32: 8 to 90 characters, printable ASCII in the prefix, one case, either checksum", () => {
  for (const m of [false, true]) {
    const encoding = m ? "bech32m" : "bech32";
    const shortest = bech32Encode("a", [], m);
    strictEqual(shortest.length, 8);
    strictEqual(bech32Decode(shortest)?.encoding, encoding, shortest);
    strictEqual(bech32Decode(shortest.slice(0, -1)), null, "7 characters");
    const longest = bech32Encode("a", Array.from({ length: 82 }, () => random.int(32)), m);
    strictEqual(longest.length, 90);
    deepStrictEqual(bech32Decode(longest)?.data.length, 82, "90 characters");
    const tooLong = bech32Encode("a", Array.from({ length: 83 }, () => random.int(32)), m);
    strictEqual(bech32Decode(tooLong), null, "91 characters");
    for (const hrp of ["!", "~", "a1b", "bc", "x".repeat(30)]) {
      const text = bech32Encode(hrp, [1, 2, 3], m);
      const decoded = bech32Decode(text);
      strictEqual(decoded?.hrp, hrp, text);
      deepStrictEqual(decoded?.data, [1, 2, 3]);
      strictEqual(decoded?.encoding, encoding);
    }
    for (const c of [" ", "\x7f", "é"]) {
      strictEqual(
        bech32Decode(bech32Encode("a" + c, [1, 2, 3], m)),
        null,
        `prefix ${JSON.stringify(c)}`,
      );
    }
    const text = bech32Encode("abc", [5, 6, 7, 8], m);
    const mixed = text.slice(0, 5) + text.slice(5).toUpperCase();
    strictEqual(bech32Decode(mixed), null, "mixed case");
    strictEqual(bech32Decode(text.replace("1", "")), null, "no separator");
    const at = text.length - 1 - random.int(8);
    const changed = text.slice(0, at) + CHARSET[(CHARSET.indexOf(text[at]) + 1) % 32] +
      text.slice(at + 1);
    strictEqual(bech32Decode(changed), null, `${changed}: one character changed`);
    strictEqual(bech32Decode("1" + text.slice(text.indexOf("1") + 1)), null, "empty prefix");
  }
});

/** EIP-55: hex letters upper case where the Keccak-256 nibble of the lower-case address is ≥ 8. */
function checksummed(hex40: string): string {
  const hash = keccak256(new TextEncoder().encode(hex40));
  return "0x" + [...hex40].map((c, i) => {
    const nibble = i % 2 === 0 ? hash[i >> 1] >> 4 : hash[i >> 1] & 15;
    return nibble >= 8 ? c.toUpperCase() : c;
  }).join("");
}

Deno.test("EIP-55: generated addresses pass; each letter with its case flipped fails; one-case addresses carry no checksum", () => {
  for (let i = 0; i < 300; i++) {
    const hex = [...bytes(20)].map((b) => b.toString(16).padStart(2, "0")).join("");
    const address = checksummed(hex);
    const body = address.slice(2);
    const oneCase = body === body.toLowerCase() || body === body.toUpperCase();
    strictEqual(eip55Valid(address), !oneCase, address);
    if (oneCase) continue;
    for (let at = 2; at < 42; at++) {
      const c = address[at];
      if (c >= "0" && c <= "9") continue;
      const flipped = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
      const bad = address.slice(0, at) + flipped + address.slice(at + 1);
      ok(!eip55Valid(bad), `${bad}: case of ${at - 2} flipped`);
    }
  }
  const address = checksummed("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
  ok(eip55Valid(address));
  ok(!eip55Valid(address.slice(0, -1)), "39 hex digits");
  ok(!eip55Valid(address + "a"), "41 hex digits");
  ok(!eip55Valid(address.replace("0x", "0X")), "0X");
  ok(!eip55Valid("1" + address), "a character before");
  ok(!eip55Valid(address.slice(0, 10) + "g" + address.slice(11)), "not hex");
});

Deno.test("Bech32: a character outside the charset is refused even where the checksum would hold", () => {
  // "b", "i", "o" and "1" are not in the data charset. Read as -1 (as indexOf gives), a checksum can
  // be made to hold over them: the character must still be refused for itself.
  for (const c of ["b", "i", "o"]) {
    const hrp = "bc";
    const data = [0, 14, 20, 15, 7, 13, 26, 0, 25, 21];
    const values = [
      ...[...hrp].map((x) => x.charCodeAt(0) >> 5),
      0,
      ...[...hrp].map((x) => x.charCodeAt(0) & 31),
    ];
    const withForeign = [...data.slice(0, 4), -1, ...data.slice(4)];
    const mod = polymod([...values, ...withForeign, 0, 0, 0, 0, 0, 0]) ^ 1;
    const checksum = Array.from({ length: 6 }, (_, i) => CHARSET[(mod >>> (5 * (5 - i))) & 31]);
    const text = hrp + "1" + data.slice(0, 4).map((v) => CHARSET[v]).join("") + c +
      data.slice(4).map((v) => CHARSET[v]).join("") + checksum.join("");
    strictEqual(bech32Decode(text), null, text);
  }
});

/** EIP-55 casing of the first 40 characters of `hex` by the Keccak-256 of all of `hex`, lower-cased. */
function casedBy(hex: string): string {
  const hash = keccak256(new TextEncoder().encode(hex.toLowerCase()));
  return [...hex].map((c, i) => {
    if (i >= 40) return c;
    const nibble = i % 2 === 0 ? hash[i >> 1] >> 4 : hash[i >> 1] & 15;
    return nibble >= 8 ? c.toUpperCase() : c.toLowerCase();
  }).join("");
}

Deno.test("EIP-55: an address with no letter, or letters of one case only, carries no checksum", () => {
  const digitsOnly = "0x" + random.chars(40, "0123456789");
  ok(!eip55Valid(digitsOnly), digitsOnly);
  let lower = 0, upper = 0;
  for (let i = 0; lower < 5 || upper < 5; i++) {
    ok(i < 1000, "both cases came up");
    const at = random.int(40);
    const hex = random.chars(40, "0123456789");
    const address = checksummed(hex.slice(0, at) + random.chars(1, "abcdef") + hex.slice(at + 1));
    const letter = address.slice(2).replace(/[0-9]/g, "");
    ok(!eip55Valid(address), `${address}: one letter, ${letter}`);
    if (letter === letter.toLowerCase()) lower++;
    else upper++;
  }
});

Deno.test("EIP-55: exactly 40 hex digits: a checksum over more characters, or text before 0x, fails", () => {
  for (let i = 0; i < 20; i++) {
    const hex41 = [...bytes(21)].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 41);
    ok(!eip55Valid("0x" + casedBy(hex41)), `41 digits, cased over all 41: 0x${casedBy(hex41)}`);
    // "ab0x…": the characters after "ab" cased as if "0x…" were the address's own 42 hex digits
    // (with the "x" left in lower case, as an address prefix has it).
    let body;
    do {
      body = casedBy("0x" + [...bytes(20)].map((b) => b.toString(16).padStart(2, "0")).join(""));
    } while (body[1] !== "x");
    ok(!eip55Valid("ab" + body), `text before 0x: ab${body}`);
  }
});
