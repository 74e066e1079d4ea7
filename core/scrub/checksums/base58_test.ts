import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { base58CheckDecode, base58Decode, RIPPLE_ALPHABET } from "./base58.ts";

Deno.test("base58 decodes the draft-msporny-base58 examples", () => {
  const text = new TextDecoder();
  strictEqual(text.decode(base58Decode("2NEpo7TZRRrLZSi2U")!), "Hello World!");
  deepStrictEqual(
    base58Decode("1111233QC4"),
    Uint8Array.from([0, 0, 0, 0, 0x28, 0x7f, 0xb4, 0xcd]),
  );
  strictEqual(base58Decode("0OIl"), null);
});

Deno.test("base58check accepts published Bitcoin addresses and returns their version byte", () => {
  // The genesis block's coinbase address (P2PKH, version 0) and the BIP-13/16 P2SH example.
  strictEqual(base58CheckDecode("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")![0], 0x00);
  strictEqual(base58CheckDecode("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")![0], 0x05);
  strictEqual(base58CheckDecode("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")!.length, 21);
  strictEqual(base58CheckDecode("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", 21)!.length, 21);
  strictEqual(base58CheckDecode("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", 20), null);
});

Deno.test("base58check rejects a changed character", () => {
  strictEqual(base58CheckDecode("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"), null);
  strictEqual(base58CheckDecode("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz"), null);
  ok(base58CheckDecode("") === null);
});

Deno.test("XRP Ledger addresses decode in the Ripple alphabet: the genesis account, and a changed character fails", () => {
  // The XRP Ledger's genesis account, documented as rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh.
  const genesis = "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh";
  strictEqual(base58CheckDecode(genesis, 21, RIPPLE_ALPHABET)?.[0], 0);
  strictEqual(base58CheckDecode(genesis.replace("9C", "9D"), 21, RIPPLE_ALPHABET), null);
  // In the Bitcoin alphabet the same text is no valid Base58Check.
  strictEqual(base58CheckDecode(genesis, 21), null);
});
