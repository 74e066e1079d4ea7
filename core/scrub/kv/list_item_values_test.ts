/**
 * A list opened right after a secret-named key on its line holds its value: the first item, when
 * it has a digit (`token=[v]`, `"api_key": ["v", …]`, Go's http.Header and gRPC metadata printed
 * with %v: `map[X-Api-Key:[v] Content-Type:[application/json]]`), and the items after it up to
 * the list's end (`community_strings: ['v1', 'v2']`). A bracketed word is a stand-in read whole
 * as before (`[FILTERED]`), and lists of numbers or objects under other names stay.
 */
import { ok, strictEqual } from "@node/assert";
import { defaultPolicy } from "../policy_defaults.ts";
import { scrubberFor } from "../scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(5) });
const scrub = (text: string) => scrubber.scrub(text).text;

const TOKEN = "gBHZNvlmj4E6EFSu9CQAiYnI";
const PASSWORD = "qmLU0o$QdsCg6K";

const LINES: [line: string, value: string][] = [
  [`headers=map[X-Api-Key:[${TOKEN}] Content-Type:[application/json]]`, TOKEN],
  [`md=map[x-auth-token:[${TOKEN}] user-agent:[grpc-go/1.62.1]]`, TOKEN],
  [`map[password:[${PASSWORD}]]`, PASSWORD],
  [`token: ["${TOKEN}"]`, TOKEN],
  [`{"client_secret":["${TOKEN}"],"grant":"code"}`, TOKEN],
  [`API_TOKEN=[${TOKEN}]`, TOKEN],
];

for (const [line, value] of LINES) {
  Deno.test(`a list's first item: ${line}`, () => {
    const out = scrub(line);
    ok(!out.includes(value), out);
  });
}

Deno.test("a list's first item: stand-ins and other lists stay", () => {
  for (
    const line of [
      "password: [FILTERED] user=bob",
      "secret: [hidden] token=[redacted]",
      "tokens=[] keys=[1,2,3] token_ids: [12, 13]",
      `{"secret":[{"id":1}],"n":2}`,
      "headers=map[Accept:[application/json] User-Agent:[curl/8.5.0]]",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("a stand-in's list ends at its `]` before a query's next pair or a list's next item", () => {
  for (const key of ["token", "api_key", "password", "client_secret"]) {
    for (const after of ["&state=1", "&page=20&next=3", ",id=42", ";v=2"]) {
      const line = `GET /cb?${key}=[FILTERED]${after} 200`;
      strictEqual(scrub(line), line);
    }
  }
});

Deno.test("a listed value ends at its `]`, the query's next pair kept", () => {
  for (const [i, value] of valuesOf(7, 12).entries()) {
    const line = `GET /cb?token=[${value}]&page=${i} 200`;
    strictEqual(scrub(line).replace(/\[REDACTED:[\w-]+\]/, "V"), `GET /cb?token=[V]&page=${i} 200`);
  }
});

/** Made-up values of letters and digits, from a small seeded generator. */
function valuesOf(seed: number, count: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  return Array.from(
    { length: count },
    () =>
      Array.from({ length: 10 + (next() % 12) }, () => chars[next() % chars.length]).join("") +
      String(next() % 10),
  );
}

Deno.test("a list's items after its first, to the list's end on the line, are masked with it", () => {
  for (let seed = 1; seed <= 20; seed++) {
    const values = valuesOf(seed, 2 + (seed % 4));
    for (
      const line of [
        `community_strings: [${values.map((v) => `'${v}'`).join(", ")}]`,
        `{"client_secret": [${values.map((v) => `"${v}"`).join(",")}], "n": 1}`,
        `API_TOKEN=[${values.join(",")}] next=1`,
      ]
    ) {
      const out = scrub(line);
      for (const v of values) ok(!out.includes(v), `${v} in ${out}`);
      // What comes after the list stays.
      ok(out.endsWith(line.slice(line.lastIndexOf("]"))), out);
    }
  }
});

Deno.test("a list's rest that is not plain items stays as it was (first item only)", () => {
  const [first, second] = valuesOf(99, 2);
  // A nested list or object after the first item: only the first is read.
  const out = scrub(`token: ["${first}", {"id": "${second}"}]`);
  ok(!out.includes(first) && out.includes(second), out);
});
