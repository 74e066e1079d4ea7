/**
 * How a tool shows a value it hides is no value: a word in brackets (`(hidden)`, `[redacted]`),
 * masking dots (`●●●●●●●●`), a key shortened to its prefix and last characters around an
 * ellipsis (`sk-...abcd`, `sk_live_…4242`). A value with more than that is still masked.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a hidden value as a tool shows it stays under a secret name", () => {
  const lines = [
    'secret: "(hidden)"',
    "password=[redacted]",
    '"password": "●●●●●●●●"',
    "client_secret: ••••••••",
    'api_key: "sk-...abcd"',
    "STRIPE_SECRET_KEY=sk_live_…4242",
    "token: ...",
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a value with more than a shown-hidden form is still masked", () => {
  for (
    const [line, value] of [
      ["password=Pass...123", "Pass...123"],
      ['api_key: "sk-Zk81mQp2Lx7vTn4Rb9Wc...abcd"', "Zk81mQp2Lx7vTn4Rb9Wc"],
      ["password: ●●●●Zk81mQp2", "Zk81mQp2"],
      ["Authorization: (Zk81mQp2Lx7vTn4Rb9Wc)", "Zk81mQp2Lx7vTn4Rb9Wc"],
    ]
  ) {
    ok(!scrubber.scrub(line).text.includes(value), line);
  }
});
