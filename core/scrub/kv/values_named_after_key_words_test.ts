/**
 * Provider values read back to their key from the places a value may start after a key word
 * (valuesNamedAfterKeyWords) are the values a search of the whole line finds (valuesNamedBy),
 * in every key/value syntax; and a provider's value below its key is still read wherever the
 * key may open one (valueNamedBelow tests cheaply whether the line may open one at all).
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { KEYED_SYNTAXES } from "../corpus/syntaxes.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { caseless } from "../detectors/provider_shapes.ts";
import { defaultPolicy } from "../policy_defaults.ts";
import { scrubberFor } from "../scrubber.ts";
import { valuesNamedAfterKeyWords, valuesNamedBy } from "./values_named_by.ts";

/** Key names that end in a key word, with values of their formats (as provider detectors declare them). */
const SPECS = [
  {
    names: "(?:(?:ibm|cloud|iam)[a-z_-]{0,16}?)?(?:api[_-]?)?(?:key|pwd|pw|pass(?:word)?|token)",
    value: "[A-Za-z0-9_-]{44}",
    tail: "A-Za-z0-9_-",
    alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
    length: 44,
    name: ["ibm", "cloud", "api", "key"],
  },
  {
    names: "(?:(?:ibm|cos|hmac)[a-z_-]{0,14}?)?secret[_-]?(?:access[_-]?)?key",
    value: "[a-fA-F0-9]{48}",
    tail: "A-Za-z0-9_-",
    alphabet: "0123456789abcdef",
    length: 48,
    name: ["cos", "hmac", "secret", "access", "key"],
  },
  {
    names: "dd[_-]?api[_-]?key|datadog[a-z_-]{0,20}?key",
    value: "[a-f0-9]{32}",
    tail: "A-Za-z0-9_-",
    alphabet: "0123456789abcdef",
    length: 32,
    name: ["dd", "api", "key"],
  },
];

/** The readings a provider detector builds from its spec (../detectors/provider_shapes.ts). */
function readings(spec: typeof SPECS[number]) {
  const nameAtEnd = new RegExp(`(?<![A-Za-z0-9])(?:${caseless(spec.names)})$`);
  const named = new RegExp(
    `(?<![A-Za-z0-9_])(?<secret>${spec.value})(?![${spec.tail}])`,
    "gd",
  );
  const nameAnywhere = new RegExp(`(?:${caseless(spec.names)})`);
  return {
    afterKeyWords: (line: string) => valuesNamedAfterKeyWords(line, nameAtEnd, named),
    search: (line: string) => valuesNamedBy(line, nameAtEnd, named, nameAnywhere),
  };
}

Deno.test("values tried after key words are the values a search of the line finds, in every syntax", () => {
  const random = seededRandom(0xa7e5);
  const of = (alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  let lines = 0, found = 0;
  for (const spec of SPECS) {
    const { afterKeyWords, search } = readings(spec);
    for (const syntax of KEYED_SYNTAXES) {
      const value = of(spec.alphabet, spec.length);
      const named = syntax.write(spec.name, value).text;
      // Another name, a value of another length, and two pairs on one line.
      const other = syntax.write(["cache", "entry"], value).text;
      const short = syntax.write(spec.name, value.slice(1)).text;
      const two = `${
        syntax.write(["page", "token"], of(spec.alphabet, spec.length)).text
      } ${named}`;
      for (const text of [named, other, short, two]) {
        for (const line of text.split("\n")) {
          const expected = search(line);
          deepStrictEqual(afterKeyWords(line), expected, `${syntax.id}: ${line}`);
          lines++;
          found += expected.length;
        }
      }
    }
  }
  ok(lines >= SPECS.length * KEYED_SYNTAXES.length * 4, `${lines}`);
  // Most syntaxes name the value on its own line: the comparison is not between empty lists.
  ok(found >= SPECS.length * KEYED_SYNTAXES.length / 2, `${found} values in ${lines} lines`);
});

Deno.test("many pairs and elements on one line: the same values after key words as by a search", () => {
  // A long line's key words are read in order, each element's `>` looked for from the last one.
  const random = seededRandom(0x7a9e);
  const of = (alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const noise = [" ", "; ", " <br> ", "<", ">", " a<b ", ' x="<" ', "</p>", " <x y=1>", "\t"];
  let found = 0;
  for (const spec of SPECS) {
    const { afterKeyWords, search } = readings(spec);
    for (let trial = 0; trial < 300; trial++) {
      let line = "";
      for (let k = 1 + Math.floor(random() * 12); k > 0; k--) {
        const syntax = pick(KEYED_SYNTAXES);
        const name = random() < 0.6 ? spec.name : ["cache", "entry"];
        const text = syntax.write(name, of(spec.alphabet, spec.length)).text.split("\n")[0];
        line += text + pick(noise);
      }
      const expected = search(line);
      found += expected.length;
      deepStrictEqual(afterKeyWords(line), expected, line);
    }
  }
  ok(found > 1_000, `only ${found} values`);
});

Deno.test("an element's `>` is looked for on each line anew: no line's tags are another's", () => {
  const { afterKeyWords, search } = readings(SPECS[2]);
  const id = "0123456789abcdef0123456789abcdef";
  // Its `>` far on (`<`, none after the key, then one), then near, then the first line again.
  const lines = [
    `<dd_api_key x="1">${id}</dd_api_key> <b> dd_api_key=${id}`,
    `a<b dd_api_key ${id} <dd_api_key>${id}<`,
    `<p>${"x".repeat(300)}<dd_api_key y="2">${id}</dd_api_key>`,
    `dd_api_key: ${id} <dd_api_key>${id}`,
  ];
  for (const line of [...lines, ...lines.toReversed(), lines[0], lines[2], lines[1]]) {
    const expected = search(line);
    ok(expected.length > 0, line);
    deepStrictEqual(afterKeyWords(line), expected, line);
  }
});

Deno.test("a provider's value below its key is read wherever the key may open it", () => {
  const scrubber = scrubberFor(defaultPolicy());
  const id = "893ffb82d704eb2ff14150c8b423574dc00c0816";
  for (
    const text of [
      `private_key_id: |\n  ${id}`,
      `  - private_key_id: >-\n      ${id}`,
      `"private_key_id":\n  "${id}"`,
      `  - 'private_key_id':\n      ${id}`,
      `  <config><private_key_id>\n    ${id}\n  </private_key_id></config>`,
      `export PRIVATE_KEY_ID=<<EOF\n${id}\nEOF`,
      `env:\n  - name: PRIVATE_KEY_ID\n    value: ${id}`,
    ]
  ) {
    const scrubbed = scrubber.scrub(text).text;
    ok(!scrubbed.includes(id), `${text}\n=> ${scrubbed}`);
  }
  // The key must start its line (or open an element, an entry, a here-document) to open one.
  const text = `note private_key_id: |\n  ${id}`;
  strictEqual(scrubber.scrub(text).text, text);
});

Deno.test("valuesNamedAfterKeyWords reads the secret group wherever the pattern has it", () => {
  const nameAtEnd = /(?<![A-Za-z0-9])(?:api_key)$/;
  const line = `x=1 api_key='abc123def456' y=2`;
  const secret = { start: line.indexOf("abc"), end: line.indexOf("abc") + 12 };
  // First among the groups (after a lookbehind), as in the detectors' patterns, and after
  // another group (the quote), where the secret is not group 1.
  for (
    const value of [
      /(?<![A-Za-z0-9_])(?<secret>[a-z0-9]{12})(?![A-Za-z0-9_-])/gd,
      /(['"]?)(?<secret>[a-z0-9]{12})(?![A-Za-z0-9_-])\1/gd,
    ]
  ) {
    deepStrictEqual(valuesNamedAfterKeyWords(line, nameAtEnd, value), [secret], value.source);
  }
});

Deno.test("a value after a declared type of any spelling is read after key words as by a search", () => {
  const { afterKeyWords, search } = readings(SPECS[0]);
  const value = "Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4fGh7jKl0nOp3r";
  for (
    const type of [" String", " SecureString", " []byte", ": string", ": str", ": &'static str"]
  ) {
    const line = `let ibm_cloud_api_key${type} = "${value}"`;
    const expected = search(line);
    strictEqual(expected.length, 1, line);
    deepStrictEqual(afterKeyWords(line), expected, line);
  }
});
