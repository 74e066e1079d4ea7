/**
 * SNMP's secrets under their names: a v1/v2c community (`community`, `community_string(s)`,
 * `snmp_community`, `rocommunity`, `trap_community`) is a password; a v3 user's authentication and
 * privacy keys (`authKey`, `privKey`, `authentication_key`, `privacy_key`) are secrets. Names that
 * only mention a community (`community_id`, `community_name`, `communication_key`) stay.
 */
import { ok, strictEqual } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

/** A made-up community or key with the symbols such strings hold, from a seeded generator. */
function secretOf(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789_";
  return Array.from({ length: 9 + (next() % 8) }, () => chars[next() % chars.length]).join("") +
    String(next() % 10);
}

Deno.test("SNMP community names are password names; v3 key names secret names", () => {
  for (
    const name of [
      "community",
      "community_string",
      "community_strings",
      "communityString",
      "snmp_community",
      "SNMP_COMMUNITY",
      "rocommunity",
      "trap_community",
    ]
  ) strictEqual(keyKind(name), "password", name);
  for (const name of ["authKey", "privKey", "authentication_key", "privacy_key", "priv_key"]) {
    strictEqual(keyKind(name), "secret", name);
  }
  for (const name of ["community_id", "community_name", "communities", "communication_key"]) {
    ok(keyKind(name) !== "password", name);
  }
});

Deno.test("an SNMP community or v3 key assigned in a config or log is masked", () => {
  for (let seed = 1; seed <= 30; seed++) {
    const value = secretOf(seed);
    for (
      const line of [
        `community_string: ${value}`,
        `community: "${value}"`,
        `snmp_community=${value} port=161`,
        `{"communityString":"${value}","version":"2c"}`,
        `authKey: ${value}`,
        `privKey: ${value}`,
        `privacy_key: '${value}'`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      ok(!out.includes(value), out);
    }
  }
});

Deno.test("names that only mention a community keep their values", () => {
  for (
    const line of [
      "community_id: 12345",
      "community_name=open-source",
      "communication_key=abc status=ok",
      "joined communities: 3",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
