/**
 * Cryptocurrency addresses at their edges: a testnet SegWit address; an Ethereum address in one
 * case (all lower or all upper after 0x) within 30 characters of a word naming it, and not in
 * mixed case without a valid EIP-55 checksum.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { matchDetector } from "../match.ts";
import { detectors } from "./pii_financial.ts";

const random = seededRandom(0xe7a);
const detector = (id: string) => detectors.find((d) => d.id === id)!;
const masked = (id: string, line: string, value: string) =>
  matchDetector(detector(id), line).some((s) => line.slice(s.start, s.end) === value);

Deno.test("a testnet SegWit address is masked as a mainnet one is", () => {
  // BIP-173's test vectors
  for (
    const address of [
      "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx",
      "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
    ]
  ) {
    strictEqual(masked("bitcoin-address-bech32", `payout ${address} sent`, address), true, address);
  }
});

Deno.test("an Ethereum address in one case after a digest word counts within 30 characters of its word", () => {
  for (let k = 0; k < 50; k++) {
    const hex = random.chars(40, "0123456789abcdef");
    if (!/[a-f]/.test(hex.slice(1))) continue;
    for (const address of [`0x${hex}`, `0x${hex.toUpperCase()}`]) {
      // `key: ` right before would make it a digest, but `wallet` within 30 characters wins.
      for (const gap of [1, 19]) {
        const line = `wallet${" ".repeat(gap)}key: ${address}`;
        strictEqual(masked("ethereum-address", line, address), true, `${gap} ${address}`);
      }
      for (const gap of [20, 40]) {
        const line = `wallet${" ".repeat(gap)}key: ${address}`;
        strictEqual(masked("ethereum-address", line, address), false, `${gap} ${address}`);
      }
    }
    // one lower-case letter first, the rest upper case: mixed case, no checksum
    const first = hex.search(/[a-f]/);
    const mixed = `0x${hex.slice(0, first + 1)}${hex.slice(first + 1).toUpperCase()}`;
    if (/[A-F]/.test(mixed)) {
      strictEqual(masked("ethereum-address", `wallet ${mixed}`, mixed), false, mixed);
    }
  }
});
