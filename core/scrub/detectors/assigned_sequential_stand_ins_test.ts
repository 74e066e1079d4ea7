/**
 * A token documentation writes with an obviously sequential random part
 * (`sk_live_1234567890abcdefghijklmn`, `ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789`) stays under a
 * secret or key name too, as its provider's detector already let it: the assignment detectors
 * refuse the same stand-ins. A random value, one that only ends in a short run, and a password
 * are still masked.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a sequential stand-in under a secret or key name stays", () => {
  const lines = [
    "STRIPE_KEY=sk_live_1234567890abcdefghijklmn",
    'token: "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"',
    '{"api_key": "abcdefghijklmnopqrstuvwxyz012345"}',
    "SENDGRID_API_KEY=SG.0123456789abcdefghijkl",
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("random values, short sequential tails and passwords are still masked", () => {
  for (
    const [line, value] of [
      ["STRIPE_KEY=sk_live_Zk81mQp2Lx7vTn4Rb9WcQa12", "Zk81mQp2Lx7vTn4Rb9WcQa12"],
      ["api_key=Zk81mQp2Lx7vTn4Rb9Wc1234567", "Zk81mQp2Lx7vTn4Rb9Wc1234567"],
      ["DB_PASSWORD=abcdefgh12", "abcdefgh12"],
    ]
  ) {
    ok(!scrubber.scrub(line).text.includes(value), line);
  }
});
