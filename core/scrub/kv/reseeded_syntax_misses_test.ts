/**
 * The syntax corpus drawn with other seeds (../corpus/syntax_cases.ts) showed provider values
 * found after their key names (../detectors/provider_shapes.ts `assigned`: a GCP private_key_id,
 * an Azure DevOps PAT, a self-hosted Sentry DSN, a Sumo Logic access id …) leaking whenever no
 * generic check happened to catch the value: each detector's own pattern reads only a name, one
 * simple operator and the value, not `?=`, `::=`, `:::=`, `+=`, PHP's `.=`, declared types,
 * `set("KEY", "v")`, escaped JSON, XML elements or setters. Every such detector is tried here
 * with many generated values of its format in each of those syntaxes; values of the same
 * formats under other names stay.
 */
import { ok, strictEqual } from "@node/assert";
import { generateAccepted } from "../corpus/provider_cases.ts";
import { KEYED_SYNTAXES } from "../corpus/syntaxes.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { DETECTORS } from "../detectors/mod.ts";
import { formatOf } from "../detectors/examples/sample_names.ts";
import { defaultPolicy } from "../policy_defaults.ts";
import { scrubberFor } from "../scrubber.ts";

/** The one-line syntaxes the detectors' own patterns did not read. */
const SYNTAXES = [
  "make-conditional",
  "make-simple",
  "make-immediate",
  "make-append",
  "php-concat",
  "rust-let",
  "ts-typed",
  "go-typed",
  "call-pair",
  "builder",
  "java-setter",
  "json-escaped",
  "xml-element",
  "xml-attributes",
  "xml-cdata",
  "xml-named-entry",
].map((id) => {
  const syntax = KEYED_SYNTAXES.find((s) => s.id === id);
  if (syntax === undefined) throw new Error(`no syntax ${id} in ../corpus/syntaxes.ts`);
  return syntax;
});

const VALUES_PER_DETECTOR = 12;
const scrubber = scrubberFor(defaultPolicy());

/** The detector's key name as words (`AZURE_DEVOPS_EXT_PAT` → azure, devops, ext, pat). */
const words = (name: string) =>
  name.split(/[_.-]|(?<=[a-z])(?=[A-Z])/).filter((w) => w !== "").map((w) => w.toLowerCase());

Deno.test("values found after a key name are masked in every one-line key/value syntax", () => {
  const assigned = DETECTORS.filter((d) => formatOf(d)?.kind === "assigned");
  ok(assigned.length >= 50, `${assigned.length}`);
  const leaks: string[] = [];
  let tried = 0;
  for (const detector of assigned) {
    const format = formatOf(detector)!;
    if (format.kind !== "assigned") continue;
    const random = seededRandom(0x7e5eed);
    for (let n = 0; n < VALUES_PER_DETECTOR; n++) {
      const token = generateAccepted(detector, format, random);
      if (token === undefined || token.contextual) continue;
      for (const syntax of SYNTAXES) {
        const { text, written } = syntax.write(words(format.name), token.text);
        tried++;
        if (scrubber.scrub(text).text.includes(written)) leaks.push(`${detector.id}: ${text}`);
      }
    }
  }
  ok(tried >= 50 * VALUES_PER_DETECTOR * SYNTAXES.length / 2, `${tried}`);
  strictEqual(
    leaks.length,
    0,
    `${leaks.length} of ${tried} leak:\n${leaks.slice(0, 20).join("\n")}`,
  );
});

/** The syntaxes whose value goes on below the key's line. */
const BELOW = ["yaml-literal-block", "yaml-folded-block", "yaml-next-line", "xml-own-line"].map(
  (id) => KEYED_SYNTAXES.find((s) => s.id === id)!,
);

Deno.test("values found after a key name are masked on the lines below it (YAML blocks, XML)", () => {
  const leaks: string[] = [];
  let tried = 0;
  for (const detector of DETECTORS) {
    const format = formatOf(detector);
    if (format?.kind !== "assigned") continue;
    const random = seededRandom(0xb10c);
    for (let n = 0; n < VALUES_PER_DETECTOR; n++) {
      const token = generateAccepted(detector, format, random);
      if (token === undefined || token.contextual) continue;
      for (const syntax of BELOW) {
        const { text, written } = syntax.write(words(format.name), token.text);
        tried++;
        if (scrubber.scrub(text).text.includes(written)) leaks.push(`${detector.id}: ${text}`);
      }
    }
  }
  ok(tried >= 50 * VALUES_PER_DETECTOR * BELOW.length / 2, `${tried}`);
  strictEqual(
    leaks.length,
    0,
    `${leaks.length} of ${tried} leak:\n${leaks.slice(0, 20).join("\n")}`,
  );
  // Below such a key, a line that is no value of the format stays.
  for (
    const text of [
      "smtp:\n  sentry_dsn:\n    ${SENTRY_DSN}\n  port: 587",
      "<config>\n  <privateKeyId>\n    see vault\n  </privateKeyId>\n</config>",
    ]
  ) {
    strictEqual(scrubber.scrub(text).text, text);
  }
});

Deno.test("a value of a provider's format under another name is left alone in those syntaxes", () => {
  const random = seededRandom(0xbe9);
  const of = (alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  let kept = 0;
  for (let n = 0; n < 20; n++) {
    // The provider's word is on the line (its prefilter passes), but the key is another name.
    const pairs: [string[], string][] = [
      [["private", "key", "id", "sha"], of("0123456789abcdef", 40)],
      [["devops", "build", "ref"], of("abcdefghijklmnopqrstuvwxyz234567", 52)],
      [
        ["sumo", "access", "name"],
        "su" + of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 12),
      ],
    ];
    for (const [name, value] of pairs) {
      for (const syntax of SYNTAXES) {
        const { text } = syntax.write(name, value);
        strictEqual(scrubber.scrub(text).text, text, text);
        kept++;
      }
    }
  }
  strictEqual(kept, 20 * 3 * SYNTAXES.length);
});

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const chars = (random: () => number, alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");

/** The one-line syntaxes the generic key names were missed in with such values. */
const GENERIC_SYNTAXES = ["env", "json", "json-escaped", "js-object", "fish-set", "make-immediate"]
  .map((id) => KEYED_SYNTAXES.find((s) => s.id === id)!);

Deno.test("a padded base64 value that starts with / is masked after a key name, a path is not", () => {
  const random = seededRandom(0x51a5);
  let masked = 0;
  for (let n = 0; n < 40; n++) {
    // One random base64 value in 64 starts with `/`; with padding it is no path.
    const value = "/" + chars(random, BASE64, 39 + (n % 3) * 4) + (n % 2 === 0 ? "==" : "=");
    const names = [["admin", "key"], ["encryption", "key"], ["signing", "key"], ["db", "password"]];
    for (const name of names) {
      for (const syntax of GENERIC_SYNTAXES) {
        const { text, written } = syntax.write(name, value);
        ok(!scrubber.scrub(text).text.includes(written), text);
        masked++;
      }
    }
    const path = `/etc/app${n}/keys/${chars(random, "abcdefghij", 6)}2026.pem`;
    for (const line of [`SIGNING_KEY=${path}`, `--password ${path}`]) {
      strictEqual(scrubber.scrub(line).text, line);
    }
  }
  strictEqual(masked, 40 * 4 * GENERIC_SYNTAXES.length);
});

Deno.test("an unpadded base64 value that starts with / is masked after a password's or key's name", () => {
  const random = seededRandom(0x51a6);
  const ALNUM = BASE64.slice(0, 62);
  let masked = 0;
  for (let n = 0; n < 40; n++) {
    // Unpadded (its length a multiple of 3 bytes, or a raw key's alphabet): no `=` tells it from a
    // path, its mixed case and digits in base64's alphabet alone do. Upper, lower and a digit at
    // its start, so every value has all three.
    const value = "/" + chars(random, "ABCDEFGHIJ", 1) + chars(random, "klmnopqrst", 1) +
      chars(random, "0123456789", 1) +
      chars(random, n % 2 === 0 ? BASE64 : ALNUM, 37 + (n % 3) * 4);
    for (const name of [["db", "password"], ["encryption", "key"], ["ibm", "cloud", "key"]]) {
      for (const syntax of GENERIC_SYNTAXES) {
        const { text, written } = syntax.write(name, value);
        ok(!scrubber.scrub(text).text.includes(written), text);
        masked++;
      }
    }
  }
  strictEqual(masked, 40 * 3 * GENERIC_SYNTAXES.length);
  // A path of names, one segment with no digit or no capital, stays.
  for (const path of ["/run/secrets/db_password", "/etc/app/keys/signing.pem", "/var/lib/app"]) {
    for (const line of [`DB_PASSWORD=${path}`, `IBM_CLOUD_KEY=${path}`]) {
      strictEqual(scrubber.scrub(line).text, line);
    }
  }
});

Deno.test("a value that starts with - is masked after a directive's key (ENV KEY -v…) or a flag", () => {
  const random = seededRandom(0xd0c);
  const lines = (name: string, v: string) => [
    `ENV ${name} ${v}`,
    `ARG ${name} ${v}`,
    `setenv ${name} ${v}`,
    `setx ${name} ${v}`,
  ];
  for (let n = 0; n < 40; n++) {
    const value = "-" + chars(random, BASE64.slice(0, 62), 1) +
      chars(random, BASE64.slice(0, 62) + "-_", 41);
    for (const name of ["SECRET", "SIGNING_KEY", "WEBHOOK_SECRET", "DB_PASSWORD"]) {
      for (const text of lines(name, value)) ok(!scrubber.scrub(text).text.includes(value), text);
    }
  }
  // After a flag too, a long dashed token with a digit in it is its value.
  const flagRandom = seededRandom(0xf1a9);
  for (let n = 0; n < 40; n++) {
    const value = "-" + chars(flagRandom, BASE64.slice(0, 62), 1) +
      chars(flagRandom, BASE64.slice(0, 62) + "-_", 40) + String(n % 10);
    for (
      const text of [
        `./deploy --webhook-secret ${value} --region eu-west-1`,
        `vault login -method=token --token ${value}`,
        `app --client-secret ${value}`,
      ]
    ) ok(!scrubber.scrub(text).text.includes(value), text);
  }
  // An option is the next flag, not a value: after a flag, or after a directive's key.
  for (
    const text of [
      "./deploy --api-key --verbose",
      "app --password --stdin",
      "$ app config set API_TOKEN --from-file x",
      "setx API_TOKEN -m",
      "java --api-key -Dspring.profiles.active=prod2026 -jar app.jar",
      "run --password -Xmx1024m",
    ]
  ) {
    strictEqual(scrubber.scrub(text).text, text);
  }
});
