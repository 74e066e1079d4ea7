/**
 * An IPv4 address as a URL path's segment after one naming it (`GET /ip/81.2.69.160/geo`,
 * `/geoip/…`, `/api/v1/hosts/10.1.2.3/metrics`) is masked (values generated), though a word and
 * a slash before a dotted quad are otherwise read as a product's version (`Chrome/120.0.0.0`),
 * which still stays, as does a version in another path segment.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("an IPv4 address as a path segment after ip, geoip or hosts is masked", () => {
  const r = new Rand(7710);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const ip = `${r.pick([31, 46, 81, 93, 151, 185, 212])}.${r.range(0, 255)}.${r.range(0, 255)}.${
      r.range(1, 254)
    }`;
    const line = r.pick([
      `GET /ip/${ip}/geo HTTP/1.1" 200 ${r.range(100, 999)}`,
      `GET /api/geoip/${ip}?fields=country`,
      `DELETE /v1/blocklist/ips/${ip} 204`,
      `GET /api/v1/hosts/${ip}/metrics 200`,
    ]);
    if (scrubber.scrub(line).text.includes(ip)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a product's version after its name and a slash stays", () => {
  for (
    const line of [
      "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.0.0 Safari/537.36",
      "GET /download/jdk/8.0.201.9/bin.tar.gz",
      "GET /zip/120.0.0.0/chrome.zip",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
