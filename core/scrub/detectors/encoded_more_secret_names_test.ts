/**
 * base64-encoded-password reads base64 of a secret assigned under the other names logs and
 * config files give one (`credential=…`, `privateKey: …`, `APIKEY=…`, `ACCESS_KEY=…`,
 * `passphrase: …`, `DB_PASS=…`) and of a bearer token's header (`Authorization: Bearer …`),
 * on a line with no other mark of a payload (no `==` padding, no `eyJ`); base64-user-password
 * reads `user:password` in a `basic` field. The same names with nothing assigned stay.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { defaultPolicy } from "../policy_defaults.ts";
import { scrubberFor } from "../scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(5) });
const scrub = (text: string) => scrubber.scrub(text).text;

const random = seededRandom(4417);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const value = (n: number) =>
  Array.from({ length: n }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join("");

/** base64 of `text` with `text` grown by a character until it needs no `==` padding. */
function encodedWithoutDoublePadding(make: (extra: string) => string): string {
  for (let extra = "";; extra += "x") {
    const encoded = btoa(make(extra));
    if (!encoded.endsWith("==")) return encoded;
  }
}

const ASSIGNED = [
  (v: string) => `credential=${v}`,
  (v: string) => `privateKey: ${v}`,
  (v: string) => `private_key=${v}`,
  (v: string) => `APIKEY=${v}`,
  (v: string) => `apikey=${v}`,
  (v: string) => `ACCESS_KEY=${v}`,
  (v: string) => `accessKey=${v}`,
  (v: string) => `passphrase: ${v}`,
  (v: string) => `DB_PASS=${v}`,
  (v: string) => `Authorization: Bearer ${v}`,
];

Deno.test("base64 of a secret under more names, or of a bearer header, is masked", () => {
  for (const assign of ASSIGNED) {
    for (let i = 0; i < 4; i++) {
      const secret = value(18 + i * 5);
      const encoded = encodedWithoutDoublePadding((extra) => assign(secret + extra));
      for (
        const line of [
          `INFO consumer got value=${encoded} offset=${i}`,
          `{"level":"info","config":"${encoded}"}`,
        ]
      ) {
        const out = scrub(line);
        ok(!out.includes(encoded), out);
        ok(out.includes("[REDACTED:base64-encoded-password]"), out);
      }
    }
  }
});

Deno.test("base64 of user:password in a basic field is masked", () => {
  for (let i = 0; i < 8; i++) {
    const encoded = encodedWithoutDoublePadding((extra) => `svc${i}:${value(14 + i)}${extra}`);
    const out = scrub(`basic=${encoded} status=401`);
    ok(!out.includes(encoded), out);
  }
});

Deno.test("base64 of those names with nothing secret assigned stays", () => {
  for (
    const text of [
      "credential rotation scheduled for Friday",
      "privateKey missing from keystore",
      "Authorization header absent",
      "Bearer realm=api",
      "passphrase prompt skipped",
    ]
  ) {
    const line = `{"level":"info","config":"${btoa(text)}"}`;
    strictEqual(scrub(line), line);
  }
  const basic = `basic=${btoa('{"page":2,"size":50}')} status=200`;
  strictEqual(scrub(basic), basic);
});
