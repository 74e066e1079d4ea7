/**
 * The syntax corpus's cases (./gen_syntax.ts writes them to ./syntax.jsonl): generic secret key
 * names and provider tokens crossed with every syntax of ./syntaxes.ts, and benign values and
 * lines in the same syntaxes. Deterministic: the same detectors give the same cases.
 */
import type { Detector } from "../detector.ts";
import { formatOf } from "../detectors/examples/sample_names.ts";
import { type CorpusCase, generateAccepted } from "./provider_cases.ts";
import {
  BENIGN_COMMAND_LINES,
  BENIGN_PAIRS,
  COMMAND_SYNTAXES,
  KEYED_SYNTAXES,
  type ValueUse,
} from "./syntaxes.ts";
import { seededRandom } from "./token_generator.ts";

/** Generic secret key names, as words, and what their values are. */
export const SECRET_NAMES: readonly (readonly [readonly string[], ValueUse])[] = [
  [["password"], "password"],
  [["db", "password"], "password"],
  [["passwd"], "password"],
  [["smtp", "pass"], "password"],
  [["api", "key"], "token"],
  [["secret"], "token"],
  [["client", "secret"], "token"],
  [["access", "token"], "token"],
  [["auth", "token"], "token"],
  [["private", "key"], "token"],
  [["secret", "key"], "token"],
  [["credentials"], "token"],
  [["refresh", "token"], "token"],
  [["webhook", "secret"], "token"],
  [["signing", "key"], "token"],
  [["admin", "key"], "token"],
];

/** Syntaxes in which every value is a secret by construction (a Secret's maps): no benign cases. */
const ALL_SECRET = new Set(["k8s-secret-data", "k8s-secret-string-data"]);

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const ALNUM = LOWER + LOWER.toUpperCase() + "0123456789";
/** Symbols people put in passwords (no `|`, which a shell would read as a pipe). */
const SYMBOLS = "!#%*+-.:=?@^_~";
const HEX = "0123456789abcdef";

function chars(random: () => number, length: number, alphabet: string): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/** A password as people pick them: letters, digits and a symbol or two, 10 to 20 characters. */
export function password(random: () => number): string {
  const length = 10 + Math.floor(random() * 11);
  const body = chars(random, length - 2, ALNUM);
  const at = 1 + Math.floor(random() * (length - 3));
  return body.slice(0, at) + chars(random, 1, SYMBOLS) + body.slice(at) +
    chars(random, 1, "0123456789");
}

/** A generated API token: hex, base64, base64url or alphanumeric, 24 to 64 characters. */
export function apiToken(random: () => number): string {
  const kind = Math.floor(random() * 4);
  if (kind === 0) return chars(random, [32, 40, 64][Math.floor(random() * 3)], HEX);
  if (kind === 1) return chars(random, 40, ALNUM + "+/") + "==";
  if (kind === 2) return chars(random, 43, ALNUM + "-_");
  return chars(random, 24 + Math.floor(random() * 17), ALNUM);
}

const valueFor = (use: ValueUse, random: () => number) =>
  use === "password" ? password(random) : apiToken(random);

/** A provider detector's generated token that it alone finds, with the name it is assigned to. */
interface ProviderToken {
  detector: string;
  name: readonly string[];
  value: string;
}

function providerTokens(detectors: readonly Detector[], random: () => number): ProviderToken[] {
  const tokens: ProviderToken[] = [];
  for (const detector of detectors) {
    const format = formatOf(detector);
    if (format === undefined) continue;
    const token = generateAccepted(detector, format, random);
    // A token that carries its own context (a webhook URL, `sig=`) is no value of a key.
    if (token === undefined || token.contextual) continue;
    const name = format.kind === "assigned"
      ? format.name.split(/[_.-]|(?<=[a-z])(?=[A-Z])/).map((w) => w.toLowerCase())
      : ["ref", "data"];
    tokens.push({ detector: detector.id, name, value: token.text });
  }
  return tokens;
}

/**
 * Every case of the syntax corpus; `providerSyntaxes` syntaxes per provider token. Another `seed`
 * draws other values and other syntaxes for the provider tokens (the committed file uses the default).
 */
export function syntaxCases(
  detectors: readonly Detector[],
  providerSyntaxes = 4,
  seed = 0x5e7a,
): CorpusCase[] {
  const random = seededRandom(seed);
  const cases: CorpusCase[] = [];
  const secret = (id: string, type: string, text: string, written: string) =>
    cases.push({ id, kind: "secret", type, text, secrets: [written], expect_unchanged: false });
  const benign = (id: string, type: string, text: string) =>
    cases.push({ id, kind: "benign", type, text, secrets: [], expect_unchanged: true });

  for (const syntax of KEYED_SYNTAXES) {
    for (const [name, use] of SECRET_NAMES) {
      const { text, written } = syntax.write(name, valueFor(use, random));
      secret(`syn-${syntax.id}-${name.join("_")}`, `syn:${syntax.id}`, text, written);
    }
  }
  for (const syntax of COMMAND_SYNTAXES) {
    for (let n = 0; n < 6; n++) {
      const { text, written } = syntax.write(
        valueFor(syntax.takes[n % syntax.takes.length], random),
      );
      secret(`syn-${syntax.id}-${n}`, `syn:${syntax.id}`, text, written);
    }
  }
  for (const token of providerTokens(detectors, random)) {
    for (let n = 0; n < providerSyntaxes; n++) {
      const syntax = KEYED_SYNTAXES[Math.floor(random() * KEYED_SYNTAXES.length)];
      const { text, written } = syntax.write(token.name, token.value);
      secret(
        `syn-prov-${token.detector}-${syntax.id}-${n}`,
        `syn-prov:${syntax.id}`,
        text,
        written,
      );
    }
  }
  for (const syntax of KEYED_SYNTAXES) {
    if (ALL_SECRET.has(syntax.id)) continue;
    for (const [name, value] of BENIGN_PAIRS) {
      const { text, written } = syntax.write(name, value);
      // A value the syntax rewrites (URL-encoded, escaped) is no longer the benign value.
      if (written !== value) continue;
      benign(`syn-benign-${syntax.id}-${name.join("_")}`, `syn-benign:${syntax.id}`, text);
    }
  }
  BENIGN_COMMAND_LINES.forEach((text, n) =>
    benign(`syn-benign-line-${n}`, "syn-benign:line", text)
  );
  return cases;
}
