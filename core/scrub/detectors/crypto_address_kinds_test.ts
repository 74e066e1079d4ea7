/**
 * Address kinds of chains with their own Base58 forms, encoded here from seeded bytes as each
 * chain's specification writes them: Zcash transparent addresses (`t1…` P2PKH, `t3…` P2SH:
 * Base58Check after two version bytes, 0x1CB8 and 0x1CBD), and Monero's standard addresses,
 * subaddresses and integrated addresses (block Base58 of a network byte, two 32-byte keys, an
 * integrated one's 8-byte payment id, and 4 bytes of their Keccak-256), and Solana account
 * addresses (32 bytes in Base58, no checksum) under a wallet or address key; XRP Ledger and TRON
 * addresses (Base58Check) under a transfer's bare `to` key (Python's `'to':` too). Each is
 * masked where a log writes it; a Zcash one with a character changed, another network's, a run of
 * another length, or a Solana-shaped value under another key stays.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { keccak256 } from "../../crypto/keccak256.ts";
import {
  BASE58_ALPHABET as B58,
  base58CheckEncode as base58Check,
  base58Encode as base58,
} from "../checksums/base58_encode.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x2c45);
const scrubber = createScrubber();
const bytes = (n: number) => Array.from({ length: n }, () => random.int(256));

/** Monero's block Base58: each 8 bytes as 11 digits, a last 5 as 7, padded with the zero digit. */
function moneroBase58(data: readonly number[]): string {
  let out = "";
  for (let i = 0; i < data.length; i += 8) {
    const block = data.slice(i, i + 8);
    const digits = base58(block).replace(/^1+/, "");
    out += digits.padStart(block.length === 8 ? 11 : 7, "1");
  }
  return out;
}

/** A Monero address of `network` (18 standard, 19 integrated, 42 subaddress). */
function monero(network: number): string {
  const body = [network, ...bytes(network === 19 ? 72 : 64)];
  return moneroBase58([...body, ...keccak256(Uint8Array.from(body)).subarray(0, 4)]);
}

/** `text` with one character after its first two replaced by another of the alphabet. */
function changed(text: string): string {
  const i = 2 + random.int(text.length - 2);
  return text.slice(0, i) + B58[(B58.indexOf(text[i]) + 1 + random.int(57)) % 58] +
    text.slice(i + 1);
}

const lines = (address: string) => [
  `withdrawal asset=ZEC amount=1.25 to=${address} status=broadcast`,
  `{"payout_address":"${address}","confirmations":3}`,
  `User pasted ${address} into the support chat`,
  `  address: ${address}`,
];

const zcash = (second: number) => base58Check([0x1c, second, ...bytes(20)]);

Deno.test("a Zcash transparent address (t1 P2PKH, t3 P2SH) is masked wherever it is written", () => {
  const left: string[] = [];
  for (let k = 0; k < 30; k++) {
    for (const address of [zcash(0xb8), zcash(0xbd)]) {
      for (const line of lines(address)) {
        if (scrubber.scrub(line).text.includes(address)) left.push(line);
      }
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("a t1/t3 run with a character changed, or another network's version bytes, is kept", () => {
  const masked: string[] = [];
  for (let k = 0; k < 30; k++) {
    // Testnet's `t2` (0x1CBA) and a version no network uses.
    for (const value of [changed(zcash(0xb8)), changed(zcash(0xbd)), zcash(0xba), zcash(0xb9)]) {
      const line = `job ${value} done`;
      if (scrubber.scrub(line).text !== line) masked.push(line);
    }
  }
  deepStrictEqual(masked, []);
});

/** Lines about XMR or a wallet, where a Monero address is read. */
const moneroLines = (address: string) => [
  `xmr withdrawal to ${address} queued`,
  `{"type":"contact","receiving_address":"${address}","created_at":1738644994}`,
  `User pasted wallet ${address} into the support chat`,
  `  payout: ${address}`,
];

Deno.test("a Monero address (standard, subaddress, integrated) is masked on a wallet's line", () => {
  const left: string[] = [];
  for (let k = 0; k < 20; k++) {
    for (const address of [monero(18), monero(42), monero(19)]) {
      for (const line of moneroLines(address)) {
        if (scrubber.scrub(line).text.includes(address)) left.push(line);
      }
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("a Monero-shaped run of another network, or one character short or long, is kept", () => {
  const masked: string[] = [];
  for (let k = 0; k < 20; k++) {
    // Stagenet's 24 (`5…`) and testnet's 53 (`9…`); a standard address cut or grown by one.
    const standard = monero(18);
    for (const value of [monero(24), monero(53), standard.slice(1), standard + "z"]) {
      const line = `wallet sync ${value} done`;
      if (scrubber.scrub(line).text !== line) masked.push(line);
    }
  }
  deepStrictEqual(masked, []);
});

/** A Solana account address: an Ed25519 public key, 32 bytes in Base58. */
const solana = () => base58([1 + random.int(255), ...bytes(31)]);

Deno.test("a Solana address under a wallet or address key is masked", () => {
  const left: string[] = [];
  for (let k = 0; k < 30; k++) {
    const address = solana();
    for (
      const line of [
        `{"msg":"record updated","payout_address":"${address}","req_id":"ed9c35256db89222"}`,
        `level=info msg="lookup done" wallet=${address} duration_ms=285`,
        `ERROR [auth] Wallet: ${address} (attempt 2)`,
        `walletAddress = "${address}"`,
      ]
    ) {
      if (scrubber.scrub(line).text.includes(address)) left.push(line);
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("a 32-byte Base58 value under another key, or a longer one under a wallet key, stays", () => {
  const masked: string[] = [];
  for (let k = 0; k < 30; k++) {
    for (
      const line of [
        `wallet sync blockhash=${solana()} slot=${random.int(1e9)}`,
        `{"wallet":"main","recentBlockhash":"${solana()}"}`,
        `wallet=${base58([1 + random.int(255), ...bytes(63)])} signed`,
      ]
    ) {
      if (scrubber.scrub(line).text !== line) masked.push(line);
    }
  }
  deepStrictEqual(masked, []);
});

const RIPPLE = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";
/** An XRP Ledger classic address: Base58Check of a 20-byte account id, in the ledger's alphabet. */
const xrp = () => [...base58Check([0, ...bytes(20)])].map((c) => RIPPLE[B58.indexOf(c)]).join("");
/** A TRON address: Base58Check of a 20-byte account id after the version byte 0x41. */
const tron = () => base58Check([0x41, ...bytes(20)]);

Deno.test("an XRP or TRON address under a transfer's bare to key is masked", () => {
  const left: string[] = [];
  for (let k = 0; k < 30; k++) {
    for (const address of [xrp(), tron()]) {
      for (
        const line of [
          `[19:19:33 INF] Customer updated {"CustomerId": ${random.int(9999)}, "To": "${address}"}`,
          `{"id":${random.int(99999)},"to":"${address}","verified":false}`,
          `send amount=12.5 to=${address} status=queued`,
          `{'id': ${random.int(99999)}, 'to': '${address}', 'verified': False}`,
        ]
      ) {
        if (scrubber.scrub(line).text.includes(address)) left.push(line);
      }
    }
  }
  deepStrictEqual(left, []);
});
