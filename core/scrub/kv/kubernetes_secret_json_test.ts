/**
 * Kubernetes Secrets in JSON, generated, through the whole scrubber: `kubectl get secret -o json`
 * spread over lines (keys sorted, so `"data": {` comes before `"kind": "Secret"`) at every
 * indentation, key order, line ending and spacing; and a Secret on one line with any blanks
 * around its commas and colons. No value of a Secret is let through.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber({}, { pseudonymKey: new Uint8Array(32).fill(5) });

const DB_URL = "postgres://app:hunter2@db1/app";
const LOGIN = "deploybot:Qwerty123";
const TOKEN = "Zx9Qm2LwV7pK4rT8yB3nD6hJ1sF5gC0e";
const VALUES = [DB_URL, LOGIN, TOKEN];
const ENCODED = VALUES.map((v) => btoa(v));

function assertHidden(out: string, secrets: readonly string[], what: string): void {
  for (const s of secrets) ok(!out.includes(s), `${what}: ${s} let through in\n${out}`);
}

/** A Secret as `kubectl -o json` prints it: one key a line, `indent` deep, keys in `order`. */
function multiLineSecret(indent: number, order: readonly string[], map: string, eol: string) {
  const pad = (n: number) => " ".repeat(indent * n);
  const values = map === "data" ? ENCODED : VALUES;
  const entries = values.map((v, i) => `${pad(2)}"KEY_${i}": "${v}"`).join(`,${eol}`);
  const parts: Record<string, string> = {
    apiVersion: `${pad(1)}"apiVersion": "v1"`,
    map: `${pad(1)}"${map}": {${eol}${entries}${eol}${pad(1)}}`,
    kind: `${pad(1)}"kind": "Secret"`,
    metadata: `${pad(1)}"metadata": {${eol}${pad(2)}"name": "app-secrets"${eol}${pad(1)}}`,
    type: `${pad(1)}"type": "Opaque"`,
  };
  return `{${eol}${order.map((k) => parts[k]).join(`,${eol}`)}${eol}}${eol}`;
}

const ORDERS = [
  ["apiVersion", "map", "kind", "metadata", "type"], // kubectl's: sorted
  ["apiVersion", "kind", "metadata", "map", "type"], // a manifest's
  ["map", "type", "metadata", "kind", "apiVersion"],
];

Deno.test("a multi-line JSON Secret's data (base64) and stringData values are masked", () => {
  for (const indent of [2, 4, 8]) {
    for (const order of ORDERS) {
      for (const map of ["data", "stringData"]) {
        for (const eol of ["\n", "\r\n"]) {
          const text = multiLineSecret(indent, order, map, eol);
          const out = scrubber.scrub(text).text;
          const what = `indent ${indent}, ${order.join(" ")}, ${map}, ${JSON.stringify(eol)}`;
          assertHidden(out, map === "data" ? ENCODED : VALUES, what);
          // The lines around the map stay as they were.
          ok(out.includes(`"kind": "Secret"`), what);
          ok(out.includes(`"name": "app-secrets"`), what);
          strictEqual(out.split("\n").length, text.split("\n").length, what);
        }
      }
    }
  }
});

Deno.test("the brief's kubectl output leaks neither value", () => {
  const text = [
    "{",
    '    "apiVersion": "v1",',
    '    "data": {',
    '        "DB_URL": "cG9zdGdyZXM6Ly9hcHA6aHVudGVyMkBkYjEvYXBw",',
    '        "SMTP_LOGIN": "ZGVwbG95Ym90OlF3ZXJ0eTEyMw=="',
    "    },",
    '    "kind": "Secret",',
    '    "metadata": { "name": "app" }',
    "}",
  ].join("\n");
  const out = scrubber.scrub(text).text;
  assertHidden(
    out,
    ["cG9zdGdyZXM6Ly9hcHA6aHVudGVyMkBkYjEvYXBw", "ZGVwbG95Ym90OlF3ZXJ0eTEyMw=="],
    "kubectl",
  );
});

Deno.test("a multi-line JSON ConfigMap's plain data stays; its map ends at its closing brace", () => {
  const text = [
    "{",
    '  "data": {',
    '    "LOG_LEVEL": "info",',
    '    "PORT": "8080"',
    "  },",
    '  "kind": "ConfigMap",',
    '  "note": "' + ENCODED[2] + '"',
    "}",
  ].join("\n");
  const out = scrubber.scrub(text).text;
  ok(out.includes('"LOG_LEVEL": "info"'), out);
  ok(out.includes('"PORT": "8080"'), out);
});

Deno.test("a one-line JSON Secret with 0 to 20 blanks around its commas and colons", () => {
  for (let n = 0; n <= 20; n++) {
    const s = " ".repeat(n);
    for (const map of ["data", "stringData"]) {
      const values = map === "data" ? ENCODED : VALUES;
      const entries = values.map((v, i) => `"K${i}"${s}:${s}"${v}"`).join(`${s},${s}`);
      for (
        const line of [
          `{"kind"${s}:${s}"Secret","${map}"${s}:${s}{${s}"a":"x"${s},${entries}${s}}}`,
          `{"${map}":{${s}${entries}${s}},${s}"kind":"Secret"}`,
          `{"kind":"Secret","${map}":{"a":"x"${s}\t,${s}${entries}}}`,
        ]
      ) {
        assertHidden(scrubber.scrub(line).text, values, `${n} blanks: ${line}`);
      }
    }
  }
});

Deno.test("the brief's one-line Secret with 5 blanks before a comma leaks nothing", () => {
  const line =
    '{"kind":"Secret","data":{"a":"x"     ,"DB_URL":"cG9zdGdyZXM6Ly9hcHA6aHVudGVyMkBkYjEvYXBw"}}';
  assertHidden(scrubber.scrub(line).text, ["cG9zdGdyZXM6Ly9hcHA6aHVudGVyMkBkYjEvYXBw"], "one line");
});

Deno.test("a Secret held escaped in kubectl's last-applied-configuration annotation", () => {
  for (const [map, values] of [["data", ENCODED], ["stringData", [LOGIN, TOKEN]]] as const) {
    const inner = JSON.stringify({
      apiVersion: "v1",
      [map]: Object.fromEntries(values.map((v, i) => [`K${i}`, v])),
      kind: "Secret",
    });
    for (const indent of [2, 4, 8]) {
      const text = JSON.stringify(
        {
          metadata: {
            annotations: { "kubectl.kubernetes.io/last-applied-configuration": inner + "\n" },
          },
        },
        null,
        indent,
      );
      assertHidden(scrubber.scrub(text).text, values, `${map}, indent ${indent}`);
    }
  }
});

Deno.test("a YAML Secret with CRLF line endings", () => {
  for (const [map, values] of [["data", ENCODED], ["stringData", [LOGIN, TOKEN]]] as const) {
    const entries = values.map((v, i) => `  K${i}: ${v}`);
    const text = [`${map}:`, ...entries, "  cert: |", `    ${values[0]}`, "kind: Secret", ""]
      .join("\r\n");
    assertHidden(scrubber.scrub(text).text, values, map);
  }
});

Deno.test("a one-line Secret entry that cannot be read masks the rest of the line", () => {
  for (
    const head of [
      `"${"k".repeat(254)}":"x",`, // a key past Kubernetes' 253 characters
      `"a":5,`, // a value that is no string
      `"a":"x"  ;  `, // neither a comma nor the end of the object
    ]
  ) {
    const line = `{"kind":"Secret","data":{${head}"DB_URL":"${ENCODED[0]}"}}`;
    assertHidden(scrubber.scrub(line).text, [ENCODED[0]], head);
  }
});

// An escaped Secret is read on the line's nested view as the plain one-line Secret is (see
// ../escaped_json_strings_test.ts): every value masked one by one, as unescaped.
Deno.test("an escaped Secret of many values: every value is masked, as in the plain Secret", () => {
  const secrets = Array.from({ length: 100 }, (_, i) => btoa(`${TOKEN}-${i}`));
  const inner = JSON.stringify({
    data: Object.fromEntries(secrets.map((v, i) => [`K${i}`, v])),
    kind: "Secret",
  });
  const line = JSON.stringify({ "last-applied-configuration": inner });
  const out = scrubber.scrub(line).text;
  assertHidden(out, secrets, "100 escaped values");
  strictEqual(out.split("[REDACTED:kubernetes-secret-data]").length - 1, secrets.length);
});
