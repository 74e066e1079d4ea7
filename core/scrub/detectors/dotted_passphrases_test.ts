/**
 * A passphrase of lower-case words joined by dots, ending in two digits
 * (`river.maple.otter42`), as a password: it reads like a member reference
 * (`config.db.password`), which is where a value is kept, yet no reference ends in a word and
 * two digits. Masked after a password's name; references and versioned names stay.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed as scrub } from "../kv/test_support.ts";

const WORDS = ["amber", "basil", "cedar", "delta", "ember", "fjord", "gravel", "heron", "indigo"];

Deno.test("a dotted passphrase ending in two digits is masked after a password's name", () => {
  const rnd = seededRandom(0xd07d);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  for (let i = 0; i < 40; i++) {
    const words = Array.from({ length: 3 + (i % 2) }, () => pick(WORDS));
    const dotted = words.join(".") + String(10 + Math.floor(rnd() * 90));
    for (
      const line of [
        `password: ${dotted}`,
        `    HTTP_Passwd     ${dotted}`,
        `+ helm repo add acme https://charts.acme.test --username ci --password ${dotted}`,
        `Password: ${dotted}`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(dotted), `${line} -> ${out}`);
    }
  }
});

Deno.test("references and versioned dotted names stay", () => {
  for (
    const line of [
      "password: config.db.password",
      "token=orders.created.v1",
      "password: db.primary.replica2",
      "secret: com.acme.payments2024",
    ]
  ) strictEqual(scrub(line), line);
});
