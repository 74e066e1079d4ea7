/**
 * An Erlang record as `io_lib:format("~p")` and OTP's logger print it (`#state{host =
 * "mq.internal",password = undefined,port = 5672}`): the fields are joined by a `,` with no blank
 * and each `=` has a blank on both sides, so a bare value ends at the `,` before the next field's
 * name and ` = ` (./symbol_words.ts BOUNDARY). An atom standing for no value (`undefined`, `nil`,
 * `none`) is then no secret, and the next field stays; a real value is still masked, alone.
 * Found by the seventeenth dumps corpus (../corpus/secrets_dumps17.jsonl `d17:erlang:record`).
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const random = seededRandom(20261207);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const word = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const RECORDS = ["state", "conn", "config", "opts", "amqp_params_network"];
const SECRET_FIELDS = ["password", "passwd", "secret", "api_token", "auth_key"];
const NULL_ATOMS = ["undefined", "nil", "none"];

/** A record's printout: fields before and after the secret-named one, joined by `,` only. */
function record(field: string, value: string): string {
  const before = `host = "${word(LOWER, 6)}.internal"`;
  const after = `${pick(["port", "timeout", "heartbeat", "vhost_id"])} = ${
    Math.floor(random() * 60000)
  }`;
  return `${word("0123456789", 2)}:00:01 [debug] #${
    pick(RECORDS)
  }{${before},${field} = ${value},${after}}`;
}

Deno.test("a null atom in a record's field ends at the next field: the line stays", () => {
  for (let i = 0; i < 60; i++) {
    const line = record(pick(SECRET_FIELDS), pick(NULL_ATOMS));
    strictEqual(scrub(line), line);
  }
});

Deno.test("a record's secret value is masked and the next field after its `,` stays", () => {
  for (let i = 0; i < 60; i++) {
    const value = word(ALNUM, 10 + Math.floor(random() * 14));
    const line = record(pick(SECRET_FIELDS), value);
    const out = scrub(line);
    strictEqual(out.includes(value), false, out);
    const next = line.slice(line.lastIndexOf(",") + 1);
    strictEqual(out.endsWith(`],${next}`), true, out);
  }
});
