/**
 * More of a network device's keys that its configuration names by position, as `show
 * running-config` and config backups print them: a pre-shared key (Cisco ASA's `ikev1
 * pre-shared-key V`, VyOS's `authentication pre-shared-secret 'V'`), Junos's reversible `$9$`
 * secrets in quotes (`authentication-key "$9$…"`, `secret "$9$…"; ## SECRET-DATA`), NTP's
 * `ntp authentication-key N md5 V`, Huawei's `password cipher %^%#…%^%#`, FortiOS's `set passwd
 * ENC …`. In a JSON message too, where the value ends at the message's quote or its escaped line
 * break (`\n`), which stay. Values are generated (seeded); ASA's `*****`, Cisco's `<removed>`,
 * prose naming a pre-shared key and a setting's mode stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const rand = seededRandom(0x4e12);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const pick = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join("");
const password = () =>
  `${pick(ALPHABET, 5)}${"!#@*-_"[Math.floor(rand() * 6)]}${pick(ALPHABET, 6)}7`;
const junos = () => "$9$" + pick(ALPHABET + "./-", 24);
const base64 = () => pick(ALPHABET + "+/", 96);

const FORMS: ((v: string) => string)[] = [
  (v) => `tunnel-group HQ ipsec-attributes\n ikev1 pre-shared-key ${v}`,
  (v) => `set vpn ipsec site-to-site peer hq authentication pre-shared-secret '${v}'`,
  (v) => `ntp authentication-key 4 md5 ${v} 7`,
  (v) => `local-user netops password cipher %^%#${v}%^%#`,
];

Deno.test("a pre-shared key, an NTP key, a Junos $9$ secret, a FortiOS ENC value are masked", () => {
  const leaks: string[] = [];
  const check = (line: string, v: string) => {
    const out = scrubber.scrub(line).text;
    if (out.includes(v)) leaks.push(line);
    return out;
  };
  for (let i = 0; i < 8; i++) {
    for (const form of FORMS) {
      const v = password();
      check(form(v), v);
    }
    const j = junos();
    check(`set protocols bgp group ext authentication-key "${j}"`, j);
    check(`radius-server r1 {\n    secret "${j}"; ## SECRET-DATA\n}`, j);
    const e = base64();
    check(`config user local\n    edit "ops"\n        set passwd ENC ${e}\n    next`, e);
    check(`    set psksecret ENC ${e}`, e);
    // In a JSON message: the value ends at the escaped line break or the closing quote.
    const k = password();
    const json = JSON.stringify({ msg: `config:\n ikev1 pre-shared-key ${k}\n exit` });
    const out = check(json, k);
    ok(out.endsWith(`\\n exit"}`), out);
    const q = JSON.stringify({ msg: `set protocols bgp authentication-key "${j}"` });
    ok(check(q, j).endsWith(`\\""}`), q);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("stand-ins, prose and modes naming a pre-shared key stay", () => {
  for (
    const line of [
      " ikev1 pre-shared-key *****",
      JSON.stringify({ msg: "username ops privilege 15 password 0 <removed>" }),
      "set vpn ipsec site-to-site peer hq authentication mode 'pre-shared-secret'",
      "IKE: peer uses a pre-shared-key for auth",
      "the pre-shared-key is configured",
      'set interface "wan1"',
    ]
  ) deepStrictEqual(scrubber.scrub(line).text, line);
});
