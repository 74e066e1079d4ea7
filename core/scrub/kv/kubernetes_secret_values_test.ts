/**
 * Kubernetes Secrets, generated: every value of a Secret's `data:` (base64 of a secret) and
 * `stringData:` map, at every indentation and quoting, is a candidate, up to the first line no
 * deeper than the map's header; in JSON on one line, every value of `data` and `stringData`,
 * read exactly up to VALUE_CAP and cut past it. A ConfigMap's plain `data:` values are not taken.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import type { Candidate } from "../detector.ts";
import { VALUE_CAP } from "./assignments.ts";
import { isSecretBase64, jsonSecretValues, secretMap } from "./kubernetes.ts";

const SECRET = "Zx9Qm2LwV7pK4rT8";
const B64 = btoa(SECRET); // 24 characters

Deno.test("base64 of a secret: padded, at least 8 characters, text when shorter than 16", () => {
  for (let n = 1; n <= 20; n++) {
    const text = SECRET.repeat(2).slice(0, n);
    const b64 = btoa(text);
    strictEqual(isSecretBase64(b64), b64.length >= 8, `${text} → ${b64}`);
    // Unpadded (not a multiple of 4), it is no base64 value.
    const bare = b64.replace(/=+$/, "");
    if (bare !== b64) strictEqual(isSecretBase64(bare), false, bare);
  }
  // Under 16 characters it must decode to text; from 16 on, binary (a key) is taken too.
  const binary = (bytes: number) =>
    btoa(String.fromCharCode(...Array.from({ length: bytes }, (_, i) => (i * 37 + 250) % 256)));
  strictEqual(isSecretBase64(binary(9)), false, "12 characters of binary");
  strictEqual(isSecretBase64(binary(12)), true, "16 characters of binary");
  for (
    const v of [
      "info",
      "debug",
      "true",
      "8080",
      "ab!cdefgh===",
      "abcdefg=====",
      "abc=defg",
      "a!bcdefghijklmno",
    ]
  ) {
    strictEqual(isSecretBase64(v), false, v);
  }
});

/** The candidates' texts of each line read after `header`, null once the map ended. */
function readMap(header: string, lines: string[]): (string[] | null)[] {
  const c = secretMap(header);
  if (c === null) throw new Error(`${header} opens no map`);
  return lines.map((line) => {
    const found: readonly Candidate[] | null = c.next(line);
    return found === null ? null : found.map((s) => line.slice(s.start, s.end));
  });
}

Deno.test("a Secret's data: and stringData: maps at every indentation and quoting", () => {
  for (const pad of ["", "  ", "\t", "    "]) {
    for (const [map, value] of [["data", B64], ["stringData", SECRET]]) {
      for (const header of [`${pad}${map}:`, `${pad}${map}:  # the secret`]) {
        const e = pad + "  ";
        deepStrictEqual(
          readMap(header, [
            `${e}tls.key: ${value}`,
            `${e}"DB_URL": "${value}"  `,
            `${e}'a b': '${value}'`,
            `${e}.dockerconfigjson:${"\t"}${value}`,
            "",
            `${e}# a comment`,
            `${e}empty: ""`,
            `${e}note: # later`,
            `${e}${value}`,
            `${e}cert: |`,
            `${e}  ${value}`,
            "",
            `${e}    ${value}  `,
            `${e}key: ${value}`,
            `${pad}kind: Secret`,
          ]),
          [
            [value],
            [value],
            [value],
            [value],
            [],
            [],
            [],
            [],
            [value],
            [],
            [value],
            [],
            [value],
            [value],
            null,
          ],
          `${JSON.stringify(header)}`,
        );
      }
    }
    // Under data:, only base64 of a secret: a ConfigMap's values are left.
    deepStrictEqual(
      readMap(`${pad}data:`, [
        `${pad}  LOG_LEVEL: info`,
        `${pad}  PORT: "8080"`,
        `${pad}  x: |`,
        `${pad}    info`,
      ]),
      [[], [], [], []],
    );
  }
  for (const line of ["data: x", "metadata:", "  data: {}", "stringdata:", "data"]) {
    strictEqual(secretMap(line), null, line);
  }
});

/** [text, cut] of each candidate of a JSON line. */
const jsonValues = (line: string) =>
  jsonSecretValues(line).map((c) => [line.slice(c.start, c.end), c.cut === true]);

Deno.test("a JSON Secret's data and stringData values, spaced and escaped, up to VALUE_CAP", () => {
  for (const s of ["", " ", "  ", "   "]) {
    const line = `{"kind":${s}"Secret","data":${s}{${s}"a":${s}"${B64}"${s},${s}"b.key"${s}:` +
      `${s}"${B64}"},${s}"stringData"${s}:${s}{"c":"${SECRET}","d":"x\\"${SECRET}"}}`;
    deepStrictEqual(jsonValues(line), [
      [B64, false],
      [B64, false],
      [SECRET, false],
      [`x\\"${SECRET}`, false],
    ], JSON.stringify(s));
  }
  deepStrictEqual(jsonValues(`{"kind":"ConfigMap","data":{"a":"${B64}"}}`), []);
  deepStrictEqual(jsonValues(`{"kind":"Secret","data":{"a":""}}`), []);
  for (const length of [VALUE_CAP - 1, VALUE_CAP, VALUE_CAP + 1, VALUE_CAP + 2]) {
    const value = "A".repeat(length);
    const line = `{"kind":"Secret","data":{"a":"${value}","b":"${B64}"}}`;
    const start = line.indexOf(value);
    deepStrictEqual(
      jsonSecretValues(line).map((c) => [c.start, c.end, c.cut === true]),
      length <= VALUE_CAP
        ? [[start, start + length, false], [line.indexOf(B64), line.indexOf(B64) + 24, false]]
        : [[start, line.length, true]],
      `${length}`,
    );
  }
});

Deno.test("a block scalar under stringData: is masked line by line whole, whatever its lines look like", () => {
  for (const header of ["|", "|-", "|2-", ">1+", "| # pem"]) {
    deepStrictEqual(
      readMap("stringData:", [
        `  config: ${header}`,
        "    db_user: admin",
        "    db_pass: hunter2",
        "",
        "  x: y",
      ]),
      [[], ["db_user: admin"], ["db_pass: hunter2"], [], ["y"]],
      header,
    );
  }
});
