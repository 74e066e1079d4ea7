/**
 * What counts as a placeholder at its edges (quotes around it, an empty quoted value, the longest
 * repeated-character stand-in), the default limits as the README states them (a line of 65,536
 * characters is scanned, one more is replaced whole; a call of more than 64 MiB is refused), and
 * errors that say what kind they are.
 */
import { ok, strictEqual } from "@node/assert";
import { isPlaceholder } from "./placeholders.ts";
import { createScrubber, ScrubError } from "./mod.ts";
import { PolicyError } from "./errors.ts";
import { KEY_VALUE, TEST_DETECTOR_SET } from "./test_fixtures.ts";

const QUOTES = ['"', "'", "`"];
/** Characters next to the quotes' codes, and others that start a placeholder: never trimmed. */
const NOT_QUOTES = ["!", "#", "&", "(", "_", "a", "x"];

Deno.test("placeholders: quotes of each kind are trimmed from both ends, and only quotes", () => {
  for (const word of ["changeme", "your_api_key", "${TOKEN}", "xxxx"]) {
    ok(isPlaceholder(word), word);
    for (const q of QUOTES) {
      ok(isPlaceholder(`${q}${word}${q}`), `${q}${word}${q}`);
      ok(isPlaceholder(`${q}${q}${word}${q}`), `${q}${q}${word}${q}`);
      ok(isPlaceholder(`${q}${word}`), `${q}${word}`);
      ok(isPlaceholder(`${word}${q}`), `${word}${q}`);
    }
    for (const c of NOT_QUOTES) {
      if (word === "xxxx" && c === "x") continue;
      strictEqual(isPlaceholder(`${c}${word}${c}`), false, `${c}${word}${c}`);
    }
  }
  // Nothing but quotes: an empty value, no secret.
  for (const value of ['""', "''", "``", '"', "'\"`"]) ok(isPlaceholder(value), value);
});

Deno.test("placeholders: a run of one stand-in character is one up to 200 characters long", () => {
  for (const c of ["x", "X", "*", "#", ".", "_", "-"]) {
    for (const length of [3, 199, 200]) ok(isPlaceholder(c.repeat(length)), `${c} × ${length}`);
    for (const length of [201, 300]) {
      strictEqual(isPlaceholder(c.repeat(length)), false, `${c} × ${length}`);
    }
  }
});

Deno.test("default limits: a line of 65,536 characters is scanned, a line of 65,537 replaced whole", () => {
  const s = createScrubber(undefined, TEST_DETECTOR_SET);
  const secret = "key=hunter22";
  const line = (length: number) => "a ".repeat((length - secret.length) / 2) + secret;
  const at = line(65_536), over = "b" + line(65_536);
  strictEqual(at.length, 65_536);
  strictEqual(over.length, 65_537);
  strictEqual(s.scrub(at).text, at.replace(secret, `key=[REDACTED:${KEY_VALUE.id}]`));
  strictEqual(s.scrub(`${over}\nok`).text, "[REDACTED:oversized-line]\nok");
});

Deno.test("default limits: one call's text over 64 MiB is refused before any of it is read", () => {
  const s = createScrubber(undefined, TEST_DETECTOR_SET);
  try {
    s.scrub("x".repeat(64 * 1024 * 1024 + 1));
    ok(false, "accepted");
  } catch (e) {
    ok(e instanceof ScrubError && e.failure === "input-too-large", String(e));
  }
});

Deno.test("errors say what kind they are", () => {
  const budget = new ScrubError("time-budget", "took too long");
  strictEqual(budget.name, "ScrubError");
  ok(String(budget).startsWith("ScrubError: took too long"));
  const policy = new PolicyError("invalid policy: policy.disabled[0]: bad");
  strictEqual(policy.name, "PolicyError");
  ok(String(policy).startsWith("PolicyError: invalid policy"));
});
