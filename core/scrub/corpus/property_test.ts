/**
 * Property test of every detector's examples in every syntax (./syntaxes.ts), through the whole
 * scrubber:
 *
 * - a positive example's secret that is found on its own (a token that names itself) is masked
 *   as the value of a neutral key in every keyed syntax that writes it as it is (and as base64
 *   under a Kubernetes Secret's `data:`);
 * - a key/value detector's secrets are masked under a key of its kind in every keyed syntax;
 * - every positive example line is masked inside the prefixes loggers put before a message;
 * - a negative example stays unmatched by its detector inside those prefixes, and a negative
 *   that is a bare value stays untouched as the value of a neutral key in every keyed syntax.
 *
 * Every example in every syntax: about a second. Deterministic (no randomness).
 */
import { deepStrictEqual, ok } from "@node/assert";
import type { Detector } from "../detector.ts";
import { DETECTORS } from "../detectors/mod.ts";
import { matchDetector } from "../match.ts";
import { defaultPolicy } from "../policy_defaults.ts";
import { scrubberFor } from "../scrubber.ts";
import { KEYED_SYNTAXES, type KeyedSyntax } from "./syntaxes.ts";
import { examplesOf } from "../detectors/examples/mod.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(7) });
const scrub = (text: string) => scrubber.scrub(text).text;

/** A key that names no secret, so that what masks the value is the value itself. */
const NEUTRAL = ["ref", "data"];

/** The key name each key/value detector reads its values under. */
const KEY_OF: Readonly<Record<string, readonly string[]>> = {
  "password-assignment": ["db", "password"],
  "secret-assignment": ["api", "token"],
  "key-assignment-high-entropy": ["ibm", "cloud", "key"],
};

/** What loggers put before a message; the message is kept as it is. */
const PREFIXES = [
  "2026-03-02T11:04:19.233Z INFO worker-3 ",
  "Mar  2 11:04:19 ip-10-0-3-17 app[4242]: ",
  "[pod/api-7d9f8b6c5d-x2k4q/api] ",
];

/** A value a keyed syntax can hold as it is: no blank, quote or backslash. */
const PLAIN_VALUE = /^[^\s"'`\\]+$/;

/** Whether the written value survives `syntax` writing `value` under `name`. */
function leaks(syntax: KeyedSyntax, name: readonly string[], value: string): string | null {
  const { text, written } = syntax.write(name, value);
  // A syntax that rewrites the value (URL-encoding, escaping) is no test of the value; base64
  // under a Secret's data: is, as every value there is masked.
  if (written !== value && syntax.id !== "k8s-secret-data") return null;
  const out = scrub(text);
  return out.includes(written) ? `${syntax.id}: ${text} → ${out}` : null;
}

const withExamples = DETECTORS.filter((d) => examplesOf(d).positive.length > 0);

Deno.test("a secret found on its own is masked as a value in every keyed syntax", () => {
  const leaked: string[] = [];
  let tried = 0;
  for (const d of withExamples) {
    for (const { secret } of examplesOf(d).positive) {
      if (!PLAIN_VALUE.test(secret) || scrub(secret).includes(secret)) continue;
      for (const syntax of KEYED_SYNTAXES) {
        tried++;
        const leak = leaks(syntax, NEUTRAL, secret);
        if (leak !== null) leaked.push(`${d.id}: ${leak}`);
      }
    }
  }
  deepStrictEqual(leaked, []);
  ok(tried > 5000, `only ${tried} embeddings tried`);
});

Deno.test("a key/value detector's secrets are masked under a key of its kind in every keyed syntax", () => {
  const leaked: string[] = [];
  for (const [id, name] of Object.entries(KEY_OF)) {
    const d = withExamples.find((x) => x.id === id) as Detector;
    for (const { secret } of examplesOf(d).positive) {
      if (!PLAIN_VALUE.test(secret)) continue;
      for (const syntax of KEYED_SYNTAXES) {
        const leak = leaks(syntax, name, secret);
        if (leak !== null) leaked.push(`${id}: ${leak}`);
      }
    }
  }
  deepStrictEqual(leaked, []);
});

Deno.test("every positive example is masked after the prefixes loggers add", () => {
  const leaked: string[] = [];
  for (const d of withExamples) {
    for (const { text, secret } of examplesOf(d).positive) {
      for (const prefix of PREFIXES) {
        const out = scrub(prefix + text);
        if (out.includes(secret)) leaked.push(`${d.id}: ${prefix + text} → ${out}`);
      }
    }
  }
  deepStrictEqual(leaked, []);
});

Deno.test("a negative example stays unmatched after the prefixes loggers add", () => {
  const matched: string[] = [];
  for (const d of withExamples) {
    for (const text of examplesOf(d).negative) {
      for (const prefix of PREFIXES) {
        if (matchDetector(d, prefix + text).length > 0) matched.push(`${d.id}: ${prefix + text}`);
      }
    }
  }
  deepStrictEqual(matched, []);
});

Deno.test("a negative that is a bare value stays untouched as a value in every keyed syntax", () => {
  const damaged: string[] = [];
  let tried = 0;
  for (const d of withExamples) {
    for (const value of examplesOf(d).negative) {
      // Only a value the whole scrubber leaves alone on its own says anything here.
      if (!PLAIN_VALUE.test(value) || /[=:]/.test(value) || scrub(value) !== value) continue;
      for (const syntax of KEYED_SYNTAXES) {
        if (syntax.id === "k8s-secret-data" || syntax.id === "k8s-secret-string-data") continue;
        const { text, written } = syntax.write(NEUTRAL, value);
        if (written !== value) continue;
        tried++;
        const out = scrub(text);
        if (out !== text) damaged.push(`${d.id}: ${text} → ${out}`);
      }
    }
  }
  deepStrictEqual(damaged, []);
  ok(tried > 1000, `only ${tried} embeddings tried`);
});
