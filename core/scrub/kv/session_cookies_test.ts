/**
 * A session cookie's value under its framework's name (Django's `sessionid`, `PHPSESSID`,
 * `JSESSIONID`, `connect.sid`, `laravel_session`, Rails's `_app_session`) is masked outside a
 * `Cookie` header too; the names logs use for session ids that trace (`session_id`,
 * `sessionId`) and ZooKeeper's numeric `sessionid: 0x…` stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { VALUE_CAP } from "./assignments.ts";

const scrubber = createScrubber();
const V = "rf7c0hs5360ihi52mykz6trsaspbt2du";

Deno.test("session cookies' values are masked in a request repr, key=value and JSON", () => {
  for (
    const line of [
      `COOKIES:{'csrftoken': 'x', 'sessionid': '${V}'},`,
      `sessionid=${V}`,
      `PHPSESSID=${V}; path=/`,
      `"JSESSIONID": "${V}"`,
      `connect.sid=s%3A${V}`,
      `laravel_session: ${V}`,
      `cookies={'_shop_session': '${V}'}`,
    ]
  ) {
    const out = scrubber.scrub(line).text;
    ok(!out.includes(V), `${line} -> ${out}`);
    ok(out.includes("[REDACTED:session-cookie-value]"), out);
  }
});

Deno.test("session ids that trace, and numbers, stay", () => {
  for (
    const line of [
      `{"sessionId":"${V}","session_id":"${V}"}`,
      `session_id=${V} user=42`,
      "[ZooKeeperServer@595] Established session sessionid: 0x34f1724a35e000c",
      "sessionid=expired",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("a value longer than VALUE_CAP masks the rest of its line, unread", () => {
  const long = V.repeat(Math.ceil(VALUE_CAP / V.length) + 1);
  strictEqual(
    scrubber.scrub(`sessionid=${long} path=/`).text,
    "sessionid=[REDACTED:scrub-limit]",
  );
});
