/**
 * What a key's name says (keyKind), generated over spellings (snake, camel, upper, kebab, dotted,
 * after `-`, `--`, `$`, `@`, `:`), with the names that only look like secret names: a secret
 * word not at the end, inside a longer word, a page token or cache key, Bundler's settings.
 *
 * keyKind keeps the kinds of the names it has seen (up to 4,096, then starts again): each test
 * first reads 4,096 other names, so that every name below is judged afresh.
 */
import { deepStrictEqual } from "@node/assert";
import { keyKind, snakeName } from "./key_names.ts";

/** Reads 4,096 names never seen, so that the kinds kept from before are let go. */
function forgetKinds(): void {
  for (let i = 0; i < 4096; i++) keyKind(`unseen_${i}_name`);
}

function check(cases: [name: string, kind: string | null][]) {
  forgetKinds();
  const wrong = cases.filter(([name, kind]) => keyKind(name) !== kind)
    .map(([name, kind]) => `${name}: ${keyKind(name)} (want ${kind})`);
  deepStrictEqual(wrong, []);
}

/** The spellings of a name given as lower-case words. */
function spellings(words: string[]): string[] {
  const camel = words[0] + words.slice(1).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return [
    words.join("_"),
    words.join("_").toUpperCase(),
    words.join("-"),
    words.join("."),
    camel,
    `--${words.join("-")}`,
    `-${camel}`,
    `$${camel}`,
    `@${words.join("_")}`,
    `:${words.join("_")}`,
  ];
}

Deno.test("secret names in every spelling, by kind", () => {
  const cases: [string, string | null][] = [];
  const kinds: [string[], string][] = [
    [["db", "password"], "password"],
    [["password"], "password"],
    [["passwd"], "password"],
    [["passphrase"], "password"],
    [["password", "confirm"], "password"],
    [["password", "confirmation"], "password"],
    [["smtp", "pass"], "password"],
    [["db", "pwd"], "password"],
    [["db", "pw"], "password"],
    [["client", "secret"], "secret"],
    [["api", "token"], "secret"],
    [["credential"], "secret"],
    [["credentials"], "secret"],
    [["api", "key"], "secret"],
    [["license", "key"], "secret"],
    [["secret", "key", "base"], "secret"],
    [["admin", "key"], "key"],
    [["auth"], "key"],
    [["x", "auth"], "key"],
    [["cred"], "key"],
    [["creds"], "key"],
    [["widget", "key"], "key"],
  ];
  for (const [words, kind] of kinds) for (const name of spellings(words)) cases.push([name, kind]);
  cases.push(["secret_keybase", "secret"], ["secretkey_base", "secret"], [
    "secretkeybase",
    "secret",
  ]);
  cases.push(["PASSWORD", "password"], ["PassWord", "password"], ["x-pw", "password"]);
  cases.push(["BUNDLE_GEMS__CONTRIBSYS__COM", "secret"], ["BUNDLE_X__Y", "secret"], [
    "BUNDLE___Y",
    "secret",
  ]);
  check(cases);
});

Deno.test("names that only look like secret names say nothing", () => {
  const cases: [string, string | null][] = [];
  const none = [
    ["password", "hint"],
    ["pass", "through"],
    ["passwords", "count"],
    ["x", "auth", "mode"],
    ["db", "creds", "path"],
    ["page", "token"],
    ["next", "page", "token"],
    ["cache", "key"],
    ["cache", "cred"],
    ["public", "key"],
    ["token", "count"],
    ["get", "key"],
  ];
  for (const words of none) for (const name of spellings(words)) cases.push([name, null]);
  cases.push(
    ["pagetoken", null],
    ["bypass", null],
    ["compass", null],
    ["monkey", null],
    ["key", null],
    ["oauth", null],
    ["keys", null],
    ["passwordx", null],
    ["x_bundle_gems__x", null],
    ["BUNDLE_GEMS__X.Y", null],
    ["BUNDLE_MIRROR__X", null],
    ["BUNDLE_BUILD__X", null],
    ["BUNDLE_PATH", null],
  );
  check(cases);
});

Deno.test("snakeName: one spelling for each way of writing a name", () => {
  const cases: [string, string][] = [
    ["dbPassword", "db_password"],
    ["--db-password", "db-password"],
    ["$apiKey", "api_key"],
    ["@:$-x", "x"],
    ["x-pw", "x-pw"],
    ["a$b", "a$b"],
    ["ABCKey", "abckey"],
    ["api2Key", "api2_key"],
  ];
  deepStrictEqual(cases.filter(([name, snake]) => snakeName(name) !== snake), []);
});
