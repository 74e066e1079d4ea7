/**
 * Network addresses (IPv4, IPv6 full and compressed, MAC with separators or compact) are
 * personal data: by default each is replaced by a keyed pseudonym of its kind (the same address,
 * the same pseudonym, so a report still tells hosts apart), and a policy's strategy for personal
 * data (`strategies.pii`) applies to them. An address the same everywhere (loopback, unspecified,
 * broadcast) is written as the label of its role instead, `[ipv4-address:loopback]`, with no
 * hash. Each detector's own positive examples.
 */
import { ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { examplesOf } from "./examples/mod.ts";
import { detectors } from "./network.ts";

const IDS = [
  "ipv4-address",
  "ipv6-address",
  "ipv6-address-compressed",
  "mac-address",
  "mac-address-compact",
];

Deno.test("network addresses are pseudonymised by default and follow the policy for personal data", () => {
  const byDefault = createScrubber();
  const placeholders = createScrubber({ strategies: { pii: "placeholder" } });
  for (const id of IDS) {
    const detector = detectors.find((d) => d.id === id)!;
    const positives = examplesOf(detector).positive;
    ok(positives.length > 0, id);
    for (const { text, secret } of positives) {
      const pseudonymised = byDefault.scrub(text).text;
      const label = detector.label?.(secret);
      ok(
        label === undefined
          ? new RegExp(`\\[${id}:[0-9a-f]{10}\\]`).test(pseudonymised)
          : pseudonymised.includes(label),
        `${id}: ${pseudonymised}`,
      );
      const placeheld = placeholders.scrub(text).text;
      ok(placeheld.includes(`[REDACTED:${id}]`), `${id}: ${placeheld}`);
    }
  }
});
