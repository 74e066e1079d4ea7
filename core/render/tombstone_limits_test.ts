/**
 * The tombstone's defences at every edge, with generated ids and names: a requester is mentioned
 * only for a whole well-formed user id (`U…`/`W…`, 3 to 21 upper-case letters and digits), a
 * stored name is shown whole up to 80 characters and cut after, and a time that is not a time
 * reads as unknown.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { buildTombstone } from "./tombstone.ts";

const random = seededRandom(0x70b);
/** The longest name shown whole (the module's documented limit). */
const NAME_LIMIT = 80;
const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const base = {
  service: "checkout",
  environment: "production",
  requesterId: "U05ONCALL01",
  createdAt: Date.UTC(2026, 11, 4, 14, 5) / 1000,
  expiresAt: Date.UTC(2026, 11, 4, 15, 5) / 1000,
};

/** The `<…>` tokens of a tombstone: mentions and links. */
const tokens = (text: string) => [...text.matchAll(/<[^>]*>/g)].map((t) => t[0]);
const id = (first: string, length: number) => first + random.chars(length - 1, ID_CHARS);

Deno.test("tombstone: every well-formed id from 3 to 21 characters is mentioned, and only it", () => {
  for (const first of ["U", "W"]) {
    for (let length = 3; length <= 21; length++) {
      const requesterId = id(first, length);
      const { text } = buildTombstone({ ...base, requesterId });
      strictEqual(tokens(text).join(" "), `<@${requesterId}>`, requesterId);
    }
  }
});

Deno.test("tombstone: a valid id with anything before or after it, or too short or long, mentions no one", () => {
  const hostile = ["<!channel>", "<!here>", ">", "<", "|", " ", "\n", "<@U999999>", "x", "é"];
  const ids: string[] = ["", "U", id("U", 2), id("W", 2), id("U", 22), id("W", 30)];
  for (let i = 0; i < 20; i++) {
    const valid = id(random.pick(["U", "W"]), 3 + random.int(19));
    for (const h of hostile) ids.push(h + valid, valid + h, `${valid}${h}${valid}`);
    ids.push(valid.toLowerCase(), id("B", 3 + random.int(19)), id("C", 3 + random.int(19)));
  }
  for (const requesterId of ids) {
    const { text } = buildTombstone({ ...base, requesterId });
    strictEqual(tokens(text).length, 0, `${JSON.stringify(requesterId)}: ${text}`);
    ok(text.includes("requested by someone at"), JSON.stringify(requesterId));
  }
});

Deno.test("tombstone: names up to 80 characters are shown whole, longer ones cut at 80 with …", () => {
  const alphabet = "abcdefghijklmnopqrstuvwxyz-0123456789é🙂";
  for (const length of [1, 2, 40, 79, 80, 81, 82, 200]) {
    for (const field of ["service", "environment"] as const) {
      const chars = Array.from({ length }, () => random.pick([...alphabet]));
      const value = chars.join("");
      const { text } = buildTombstone({ ...base, [field]: value });
      const shown = length <= NAME_LIMIT ? value : `${chars.slice(0, NAME_LIMIT).join("")}…`;
      ok(text.includes(`\`${shown}\``), `${field} of ${length}: ${text}`);
    }
  }
});

Deno.test("tombstone: times that are not times read as unknown; real ones as hours and minutes", () => {
  for (const bad of [NaN, Infinity, -Infinity, 1e300]) {
    const { text } = buildTombstone({ ...base, createdAt: bad, expiresAt: bad });
    ok(text.includes("at an unknown time, expired at an unknown time"), `${bad}: ${text}`);
  }
  const { text } = buildTombstone({ ...base, createdAt: 0, expiresAt: 59 });
  ok(text.includes("at 00:00 UTC, expired at 00:00 UTC"), text);
});
