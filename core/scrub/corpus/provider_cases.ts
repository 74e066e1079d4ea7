/**
 * Generated corpus cases for every provider detector (the ones ../detectors/provider_shapes.ts
 * builds): tokens generated from each detector's declared format (./token_generator.ts),
 * written in the syntaxes logs and configs use (JSON, compact JSON, key=value, env export,
 * YAML, URL query, HTTP header, JSON with escaped slashes, bearer, prose, terminal colours), each
 * with the exact text that must not survive.
 * A token whose format carries its own context (a `secret` group: a webhook URL, `sig=`) is
 * written as it is, in a log line and inside a JSON message.
 */
import type { Detector } from "../detector.ts";
import { matchDetector } from "../match.ts";
import { formatOf, type TokenFormat } from "../detectors/examples/sample_names.ts";
import { generatorFor, seededRandom } from "./token_generator.ts";
import type { TypedCase } from "./case_shape.ts";

/** One case in the shared scorer's format (../../../../shared/eval/score.mjs --cases). */
export interface CorpusCase extends TypedCase {
  kind: "secret" | "pii" | "benign";
}

/** How one syntax writes `value` under key `name`: the line, and the value as written in it. */
type Syntax = (name: string, value: string) => { text: string; written: string };

const asIs = (text: string, value: string) => ({ text, written: value });
const jsonString = (value: string) => JSON.stringify(value).slice(1, -1);

/** Syntaxes for a value with a key name (assigned values, and self-contained tokens). */
export const KEYED_SYNTAXES: Readonly<Record<string, Syntax>> = {
  json: (k, v) => ({
    text: `{"ts":"2026-03-02T11:04:19.233Z","level":"info","${k}":"${jsonString(v)}"}`,
    written: jsonString(v),
  }),
  "json-compact": (k, v) => ({
    text: `{"${k.toLowerCase()}":"${jsonString(v)}","retry":2}`,
    written: jsonString(v),
  }),
  "key-value": (k, v) => asIs(`time=2026-03-02T11:04:19Z level=info ${k}=${v} status=200`, v),
  "env-export": (k, v) => asIs(`export ${k}="${v}"`, v),
  yaml: (k, v) => asIs(`    ${k.toLowerCase()}: ${v}`, v),
  "url-query": (k, v) => {
    const written = encodeURIComponent(v);
    return asIs(`GET /v1/sync?${k.toLowerCase()}=${written}&page=2 HTTP/1.1`, written);
  },
  "http-header": (k, v) => asIs(`${k.replaceAll("_", "-")}: ${v}`, v),
  // PHP's json_encode escapes every slash.
  "json-escaped-slashes": (k, v) => {
    const written = jsonString(v).replaceAll("/", "\\/");
    return asIs(`{"channel":"app","context":{"${k}":"${written}"}}`, written);
  },
};

/** Syntaxes only a self-identifying token can be found in (no key name before it). */
export const TOKEN_ONLY_SYNTAXES: Readonly<Record<string, Syntax>> = {
  bearer: (_k, v) => asIs(`Authorization: Bearer ${v}`, v),
  prose: (_k, v) => asIs(`WARN retrying upstream call with ${v} after 401 Unauthorized`, v),
  "terminal-colours": (_k, v) =>
    asIs(`\x1b[33mWARN\x1b[0m upstream rejected \x1b[1m${v}\x1b[0m (attempt 2)`, v),
};

/** Syntaxes for a token that carries its own context (a URL, `sig=`): written as it is. */
export const CONTEXT_SYNTAXES: Readonly<Record<string, Syntax>> = {
  "log-line": (_k, v) => asIs(`2026-03-02T11:04:19.233Z INFO notify ${v} done`, v),
  "json-message": (_k, v) => ({
    text: `{"level":"warn","msg":"calling ${jsonString(v)}"}`,
    written: jsonString(v),
  }),
};

/** A stable seed per detector, so that adding a detector changes no other detector's cases. */
function seedOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A generated value of `format`, and the part of it to mask. */
export interface GeneratedToken {
  /** The whole generated text (for a context-bearing token: the URL or `sig=…`). */
  text: string;
  /** The part that must not survive. */
  secret: string;
  /** True when the format carries its own context (a `secret` group). */
  contextual: boolean;
}

/** Tries to generate a value `detector` alone accepts; undefined after `attempts` tries. */
export function generateAccepted(
  detector: Detector,
  format: TokenFormat,
  random: () => number,
  attempts = 30,
): GeneratedToken | undefined {
  const generate = generatorFor(format.source);
  for (let n = 0; n < attempts; n++) {
    const { text, groups } = generate(random);
    const secret = groups.secret ?? text;
    const line = format.kind === "assigned" ? `${format.name}=${text}` : text;
    const at = line.lastIndexOf(secret);
    const found = matchDetector(detector, line).some((s) =>
      s.start <= at && s.end >= at + secret.length
    );
    if (found) return { text, secret, contextual: groups.secret !== undefined };
  }
  return undefined;
}

/**
 * The key name a value is written under: an assigned value's own name; for a self-identifying
 * token a neutral one that names no secret, so that the token's own detector is what is tested
 * (a name such as API_TOKEN would let the generic key/value detectors mask it instead).
 */
function keyName(format: TokenFormat): string {
  return format.kind === "assigned" ? format.name : "REF_DATA";
}

export interface ProviderCorpus {
  cases: CorpusCase[];
  /** Provider detectors for which no generated value was accepted (format and checks disagree). */
  ungeneratable: string[];
}

/** The secret cases of every provider detector in `detectors`, `perSyntax` tokens per syntax. */
export function providerCases(detectors: readonly Detector[], perSyntax = 1): ProviderCorpus {
  const cases: CorpusCase[] = [];
  const ungeneratable: string[] = [];
  for (const detector of detectors) {
    const format = formatOf(detector);
    if (format === undefined) continue;
    const random = seededRandom(seedOf(detector.id));
    const probe = generateAccepted(detector, format, random);
    if (probe === undefined) {
      ungeneratable.push(detector.id);
      continue;
    }
    const syntaxes = probe.contextual
      ? CONTEXT_SYNTAXES
      : format.kind === "assigned"
      ? KEYED_SYNTAXES
      : { ...KEYED_SYNTAXES, ...TOKEN_ONLY_SYNTAXES };
    const name = keyName(format);
    for (const [syntaxName, syntax] of Object.entries(syntaxes)) {
      for (let n = 0; n < perSyntax; n++) {
        const token = generateAccepted(detector, format, random) ?? probe;
        const written = syntax(name, token.text);
        // The secret as written: the whole written value for a self-contained token, or the
        // secret group's text, written the same way, inside a context-bearing one.
        const secret = token.contextual ? syntax(name, token.secret).written : written.written;
        cases.push({
          id: `prov-${detector.id}-${syntaxName}-${n}`,
          kind: "secret",
          type: `prov:${syntaxName}`,
          text: written.text,
          secrets: [secret],
          expect_unchanged: false,
        });
      }
    }
  }
  return { cases, ungeneratable };
}
