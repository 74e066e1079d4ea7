/**
 * Swift's `dump` of a dictionary prints each pair's key and value as sibling items (`- key:
 * "password"` then `- value: "v"`): the sibling `- value:` item after a secret-named key is its
 * value, as a `value:` entry of the same map is after `- name: KEY`. Found by the seventeenth
 * corpus's printouts (../corpus/secrets_dumps17.jsonl). Any other item ends the search: the next
 * item's `value:` is not the key's.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Hn5wKq2Vz8Lc", B = "Md3rXt7Bf1Jp6Qs9";

Deno.test("the sibling - value: item after - key: with a secret's name is masked", () => {
  const cases: [string, string][] = [
    [
      `▿ 1 key/value pair\n  ▿ (2 elements)\n    - key: "password"\n    - value: "${A}"`,
      `▿ 1 key/value pair\n  ▿ (2 elements)\n    - key: "password"\n    - value: "[REDACTED:password-assignment]"`,
    ],
    [
      `  ▿ (2 elements)\n    - key: "apiToken"\n    - value: "${B}"\n  ▿ (2 elements)`,
      `  ▿ (2 elements)\n    - key: "apiToken"\n    - value: "[REDACTED:secret-assignment]"\n  ▿ (2 elements)`,
    ],
  ];
  for (const [text, expected] of cases) strictEqual(scrub(text), expected);
});

Deno.test("another item after the key ends the search", () => {
  for (
    const text of [
      "- name: DB_PASSWORD\n  valueFrom: {secretKeyRef: {name: db}}\n- name: LOG_LEVEL\n  value: debug",
      '    - key: "password"\n    - other: "x"\n      value: "debug"',
      `    - key: "requestId"\n    - value: "${B}"`,
    ]
  ) strictEqual(scrub(text), text);
});
