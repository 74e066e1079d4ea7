/**
 * A network device's keys where its configuration names them by position, not by a key name:
 * Cisco's `crypto isakmp key V address …`, `radius-server host H … key V`, a `tacacs server`
 * block's indented `key [7] V`, `ip ospf message-digest-key N md5 V`, Junos's `set snmp community
 * V`.
 * Values are generated (seeded), so the test does not hang on one sample; the default community
 * `public`, a key chain's number and prose naming a key are left alone.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const rand = seededRandom(4606);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const word = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join("");
const password = () =>
  `${word(4 + Math.floor(rand() * 8))}${"!-_.~*+"[Math.floor(rand() * 7)]}${word(6)}9`;
const type7 = () =>
  Array.from({ length: 20 }, () => "0123456789ABCDEF"[Math.floor(rand() * 16)]).join("");

const FORMS: ((a: string, b: string) => string)[] = [
  (a) => `crypto isakmp key ${a} address 0.0.0.0 0.0.0.0`,
  (a) => `radius-server host aaa-1.corp auth-port 1812 acct-port 1813 key ${a}`,
  (a) => `radius-server host aaa-1.corp key 7 ${a}`,
  (a) => `tacacs server ISE\n address ipv4 ise-1.corp\n key ${a}\n timeout 5`,
  (_a, b) => `tacacs server ISE\n address ipv4 ise-1.corp\n key 7 ${b}`,
  (a) => `interface GigabitEthernet0/1\n ip ospf message-digest-key 1 md5 ${a}`,
  (a) => `set snmp community ${a} authorization read-only`,
];

Deno.test("a network device's positional key or community is masked in every form", () => {
  const leaks: string[] = [];
  for (const form of FORMS) {
    for (let i = 0; i < 8; i++) {
      const a = password(), b = i % 2 ? type7() : password();
      const line = form(a, b);
      const out = scrubber.scrub(line).text;
      for (const v of [a, b]) if (line.includes(v) && out.includes(v)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("the default community, a key chain's number and prose about keys are kept", () => {
  const lines = [
    "set snmp community public authorization read-only",
    "key chain OSPF-KEYS\n key 10\n  cryptographic-algorithm hmac-sha-256",
    "INFO rotated the api key for tenant 42 (old key revoked)",
    "TLS handshake failed:\n  key mismatch",
    "keyboard events:\n  key F5\n  key expired",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});
