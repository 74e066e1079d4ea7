import { ok, strictEqual } from "@node/assert";
import { bech32Decode, segwitAddressValid } from "./bech32.ts";

Deno.test("bech32 and bech32m accept the BIP-173 and BIP-350 valid checksum strings", () => {
  for (const s of ["A12UEL5L", "a12uel5l", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw"]) {
    strictEqual(bech32Decode(s)?.encoding, "bech32", s);
  }
  for (const s of ["A1LQFN3A", "a1lqfn3a", "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx"]) {
    strictEqual(bech32Decode(s)?.encoding, "bech32m", s);
  }
});

Deno.test("bech32 rejects the BIP-173 invalid strings", () => {
  // No separator, empty HRP, invalid data character, too short checksum, mixed case.
  for (const s of ["pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3", "A12uEL5L"]) {
    strictEqual(bech32Decode(s), null, s);
  }
});

Deno.test("segwit addresses: BIP-173 v0 and BIP-350 v1 examples pass, wrong encodings fail", () => {
  ok(segwitAddressValid("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", ["bc"]));
  ok(
    segwitAddressValid("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", ["tb"]),
  );
  ok(segwitAddressValid("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", ["bc"]));
  // A v1 program with a Bech32 (not Bech32m) checksum: valid under BIP-173, invalid under BIP-350.
  ok(
    !segwitAddressValid(
      "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx",
      ["bc"],
    ),
  );
  ok(!segwitAddressValid("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T5", ["bc"]));
  ok(!segwitAddressValid("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", ["bc"]));
});
