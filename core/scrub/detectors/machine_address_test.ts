/**
 * postal-address: `address` with a value holding a digit is a machine's when its form says so
 * (macOS and kernel logs): a word that qualifies it, a hex literal, or a key joined by a blank
 * to a number with no capitalised word. Homes' addresses after the same keys stay masked.
 */
import { deepStrictEqual } from "@node/assert";
import { scrubberFor } from "../scrubber.ts";
import { defaultPolicy } from "../policy_defaults.ts";

const scrubber = scrubberFor(defaultPolicy());
const postal = (line: string) => scrubber.scrub(line).text.includes("[REDACTED:postal-address]");

Deno.test("a machine's address after the word address keeps its value", () => {
  const lines = [
    "IPv6 address 0x1f2e3d4c5b6a7988 has no prefix",
    "memory address 0x7ffd5a2c1b00 in libfoo",
    "IP address 7 already in use",
    "socket address family 10 not supported",
    "address: 0x7ffd5a2c1b00 in libfoo",
    "faulting address 0x0000000000000010 in thread 4",
    "physical_address: 32 bits wide",
    "the return address 4 frames up was overwritten",
    "bind address 0 is reserved",
    "address 12 was already mapped",
  ];
  deepStrictEqual(lines.filter(postal), []);
});

Deno.test("a digit inside a word is no house number: prose after address: keeps its value", () => {
  const lines = [
    "address: A string or integer, the IP address. Either IPv4 or IPv6",
    "address: An integer representation of an IPv6 address",
    "billing_address: encoded as utf8 text by the client",
  ];
  deepStrictEqual(lines.filter(postal), []);
});

Deno.test("a home's address after the same keys is still masked", () => {
  const lines = [
    "address 742 Evergreen Terrace Springfield",
    "shipping address 12 Baker Street London",
    "home address 221B Baker Street",
    "address: 12 main street springfield",
    '{"address":"742 Evergreen Terrace, Springfield, OR 97477"}',
    "Mailing address 55 Queen St W, Toronto",
    "billing_address=9 Rue de Rivoli Paris",
    "customer address 7 Elm Road, Leeds",
    "address: Unit 4, Rosebank House, Leeds",
  ];
  deepStrictEqual(lines.filter((line) => !postal(line)), []);
});
