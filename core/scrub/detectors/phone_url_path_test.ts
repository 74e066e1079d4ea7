/**
 * A number in E.164 form as a segment of a URL's path (`GET /v2/PhoneNumbers/+447700900123`,
 * `/users/+14155550123/verify`, a lookup API's `/lookup/+4915112345678?type=carrier`) is masked
 * (values generated); numbers without their `+` between slashes (dates, ids) stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("an E.164 number as a URL path segment is masked", () => {
  const r = new Rand(7709);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const n = `+${r.pick(["1", "44", "49", "33", "91", "55"])}${r.range(2, 9)}${
      r.digits(r.range(8, 10))
    }`;
    const line = r.pick([
      `GET /v2/PhoneNumbers/${n} HTTP/1.1" 200 ${r.range(100, 9999)}`,
      `POST /api/v1/users/${n}/verify 204`,
      `GET /lookup/${n}?type=carrier`,
      `"path":"/subscribers/${n}/sms"`,
    ]);
    if (scrubber.scrub(line).text.includes(n)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("numbers without a plus between slashes stay", () => {
  for (
    const line of [
      "GET /orders/41555501234/items HTTP/1.1",
      "backup 2024/12/05/0300 done",
      "GET /a/+123/b",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
