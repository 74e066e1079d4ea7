/**
 * A base64 word whose last letters spell a key word (`…Tpw`, `…9Token`) and whose `==` padding is
 * glued to it, with nothing glued after (an SSH public key's comment after a blank, a PEM body's
 * last line before its escaped line break, the word's end): the padding is no operator, so the
 * comment, the END marker and the next word stay. A `==` with its value glued after it (HTTPie's
 * query parameter `api_key==v`) or spaced as a comparison (`pw == v`) still gives the value. One
 * `=` of padding so after a base64 word of 24 characters or more (an SSH public key's, its
 * comment after it), not after a name (`password= v`).
 * Found by the ninth and tenth benign audits.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const V = "Zq81kd0Lm7Tx";

Deno.test("a base64 word's `==` padding glued after a key word, nothing glued after it, stays", () => {
  for (
    const text of [
      "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7Tpw== deploy@build01",
      "authorized key AAAAC3NzaC1lZDI1NTE5AAAAIKx9Token== ops-laptop",
      '{"pem":"-----BEGIN CERTIFICATE-----\\nMIIBszCCAVmgAwIBAgIU9Tpw==\\n-----END CERTIFICATE-----"}',
      "body tail GIrT2yMjZKeBsTp15Tpw==",
      "sig=q8Zs0Pwd==\tverified",
    ]
  ) strictEqual(scrub(text), text);
});

Deno.test("one `=` of padding after a base64 word ending in a key word, a blank after it, stays", () => {
  for (
    const text of [
      "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7Tpw= deploy@build01",
      "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7+xToken= ops@laptop",
      "authorized_keys: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7Secret=\troot@db01",
    ]
  ) strictEqual(scrub(text), text);
});

Deno.test("one `=` and a blank after a name, not a base64 word, still gives the value", () => {
  for (const text of [`password= ${V}`, `x keystorePassword= ${V}`, `DB_PASSWORD_2024= ${V}`]) {
    const out = scrub(text);
    strictEqual(out.includes(V), false, out);
  }
});

Deno.test("a `==` with its value glued after it, or spaced as a comparison, still gives it", () => {
  const cases: [string, string][] = [
    [`http GET api.internal/v1 api_key==${V}`, "http GET api.internal/v1 api_key==[REDACTED:"],
    [`if pw == ${V}:`, "if pw == [REDACTED:"],
    [`if(pw=="${V}")`, 'if(pw=="[REDACTED:'],
  ];
  for (const [text, head] of cases) {
    const out = scrub(text);
    strictEqual(out.startsWith(head) && !out.includes(V), true, out);
  }
});
