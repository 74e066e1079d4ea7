/**
 * An OpenVPN static key (the operations corpus's client configuration with `<tls-crypt>`) is
 * masked from its BEGIN to its END marker; the lines around it and a configuration that only
 * names the key file stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const HEX = [
  "a10a6f583f3969516f07db54e690684f",
  "009cfa1a717dee806a68c6a69e6f2950",
  "3f14cb31ae63e41e350b8eca9c846013",
  "11e0941cc9dfaf7454f4b409c86690cf",
];

Deno.test("an OpenVPN static key's hex lines are masked, the configuration around it stays", () => {
  const text = [
    "remote vpn.acme-corp.io 1194",
    "<tls-crypt>",
    "#",
    "# 2048 bit OpenVPN static key",
    "#",
    "-----BEGIN OpenVPN Static key V1-----",
    ...HEX,
    "-----END OpenVPN Static key V1-----",
    "</tls-crypt>",
    "verb 3",
  ].join("\n");
  const out = scrub(text);
  for (const line of HEX) ok(!out.includes(line), line);
  for (const kept of ["remote vpn.acme-corp.io 1194", "<tls-crypt>", "</tls-crypt>", "verb 3"]) {
    ok(out.split("\n").includes(kept), kept);
  }
});

Deno.test("a configuration that names the key file stays", () => {
  const text = "tls-crypt /etc/openvpn/ta.key\nkey-direction 1\n# 2048 bit OpenVPN static key";
  strictEqual(scrub(text), text);
});
