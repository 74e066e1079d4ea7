/**
 * A NATS creds file (as `nsc generate creds` writes it, and a CI log or a `cat` prints it): the
 * seed between `-----BEGIN USER NKEY SEED-----` and `------END USER NKEY SEED------` (six dashes
 * each side) is masked, with the markers, as a private key's block is; the lines after it pass.
 * A marker named in a sentence, and the creds file's warning banner, stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber({}, { pseudonymKey: new Uint8Array(32).fill(3) });
const scrub = (text: string) => scrubber.scrub(text).text;
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** An NKEY seed's shape: `S`, its kind's letter, then 56 base32 characters. */
function seed(rnd: () => number, kind: string): string {
  return `S${kind}` + Array.from({ length: 56 }, () => BASE32[Math.floor(rnd() * 32)]).join("");
}

Deno.test("a NATS creds file's NKEY seed block is masked, the lines after it kept", () => {
  const rnd = seededRandom(0x4e4b);
  for (let i = 0; i < 12; i++) {
    const value = seed(rnd, "UAO"[i % 3]);
    const label = ["USER", "ACCOUNT", "OPERATOR"][i % 3];
    for (
      const text of [
        `-----BEGIN ${label} NKEY SEED-----\n${value}\n------END ${label} NKEY SEED------\n\nnext: ok`,
        `*** IMPORTANT ***\nNKEY Seed printed below can be used to sign and prove identity.\n\n` +
        `-----BEGIN ${label} NKEY SEED-----\n${value}\n------END ${label} NKEY SEED------\nnext: ok`,
      ]
    ) {
      const out = scrub(text);
      ok(!out.includes(value), out);
      ok(!out.includes("END"), out);
      ok(out.endsWith("\nnext: ok"), out);
    }
  }
});

Deno.test("NKEY seed markers named in prose stay", () => {
  for (
    const line of [
      "NKEY Seed printed below can be used to sign and prove identity.",
      'expected "-----BEGIN USER NKEY SEED-----" in creds file, got none',
      "the nkey seed is stored in /etc/nats/user.creds",
    ]
  ) strictEqual(scrub(line), line);
});
