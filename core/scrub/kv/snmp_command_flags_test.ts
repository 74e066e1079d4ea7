/**
 * Net-SNMP's tools take their secrets as flags (../kv/commands.ts FLAGS): `-c V` a v1/v2c
 * community (also glued, `-cV`), `-A V` and `-X V` SNMPv3's authentication and privacy pass
 * phrases. Values are generated (seeded); the default community `public`, a `$VAR` and the
 * protocol flags `-a SHA`/`-x AES` are left alone.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const rand = seededRandom(4607);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const word = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join("");
const password = () =>
  `${word(4 + Math.floor(rand() * 8))}${"!-_.~*+"[Math.floor(rand() * 7)]}${word(6)}9`;

const FORMS: ((a: string, b: string) => string)[] = [
  (a) => `+ snmpwalk -v2c -c ${a} sw-core-1 1.3.6.1.2.1.1`,
  (a) => `snmpbulkwalk -v2c -c${a} sw-core-1 ifTable`,
  (a) => `/usr/bin/snmpget -v2c -c '${a}' sw-core-1 sysContact.0`,
  (a, b) => `snmpget -v3 -u nms -l authPriv -a SHA -A ${a} -x AES -X ${b} sw-core-1 sysUpTime.0`,
  (a) => `snmpwalk -v3 -l authNoPriv -u nms -a SHA -A "${a}" sw-core-1 ifTable`,
];

Deno.test("an SNMP tool's community and v3 pass phrases are masked", () => {
  const leaks: string[] = [];
  for (const form of FORMS) {
    for (let i = 0; i < 8; i++) {
      const a = password(), b = password();
      const line = form(a, b);
      const out = scrubber.scrub(line).text;
      for (const v of [a, b]) if (line.includes(v) && out.includes(v)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("an SNMP tool's default community, a variable and its protocol names are kept", () => {
  const lines = [
    "snmpwalk -v2c -c public sw-core-1 1.3.6.1.2.1.1",
    "snmpbulkwalk -Cr10 -v2c -c $SNMP_COMMUNITY sw-core-1 ifTable",
    "snmpget -v3 -u nms -l noAuthNoPriv -a SHA -x AES sw-core-1 sysUpTime.0",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});
