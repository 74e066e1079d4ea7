/**
 * An object or map printed as a secret-named key's value (`creds={user: "bob", …}`, TOML's
 * `creds = { user = "bob", … }`, Ruby's `{:user=>"bob", …}`, Java's `{user=bob, password=…}`)
 * is no value of that key: its entries are read by their own names, so a secret entry is masked
 * and the others are kept. An ODBC value in braces is still one value.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
/** Seeded bytes (mulberry32), so that every run tests the same values. */
const random = seededRandom(0x5eed3);
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
/** A version-4 UUID's layout from seeded bytes. */
const randomUuid = () => {
  const h = Array.from(randomBytes(16), (b) => b.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${
    h.slice(20, 32)
  }`;
};

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const made = (n: number) =>
  Array.from(randomBytes(n), (b) => ALPHABET[b % ALPHABET.length])
    .join("") + "$5";
const hex = (n: number) =>
  Array.from(randomBytes(n / 2), (b) => b.toString(16).padStart(2, "0"))
    .join("");

const objects = (name: string, value: string) => [
  `creds={user: "bob", ${name}: "${value}"}`,
  `creds = { user = "bob", ${name} = "${value}" }`,
  `credentials={:user=>"bob", :${name}=>"${value}"}`,
  `auth={user=bob, ${name}=${value}}`,
];

Deno.test("an object under a secret name: its non-secret entries stay", () => {
  for (
    const [name, value] of [["sha256", hex(64)], ["request_id", randomUuid()], [
      "commit",
      hex(40),
    ]]
  ) {
    for (const line of objects(name, value)) strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("an object under a secret name: its secret entries are masked; an ODBC braced value still is", () => {
  for (const name of ["password", "api_key", "token"]) {
    const value = made(16);
    for (const line of objects(name, value)) {
      const out = scrubber.scrub(line).text;
      ok(!out.includes(value), out);
      ok(out.includes("bob"), out);
    }
  }
  const odbc = made(12);
  const out = scrubber.scrub(`Driver={ODBC Driver 18};Server=db01;PWD={${odbc}};`).text;
  ok(!out.includes(odbc), out);
});
