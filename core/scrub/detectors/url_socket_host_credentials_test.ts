/**
 * A connection URL whose host is a Unix socket's path, percent-encoded (libpq's and MongoDB's
 * `postgresql://user:pw@%2Fvar%2Frun%2Fpostgresql/db`, `mongodb://u:pw@%2Ftmp%2Fmongodb-27017.sock`):
 * its password is masked as any URL's is, the socket path kept. A `%` after an `@` that ends no
 * user-info (a path's `%40`, a user alone) masks nothing.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function passwords(seed: number, count: number): string[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let v = "";
    for (let i = 0; i < 14; i++) v += CHARS[Math.floor(rnd() * CHARS.length)];
    return v + "%24" + String(Math.floor(rnd() * 90) + 10);
  });
}

Deno.test("the password of a URL whose host is a percent-encoded socket path is masked", () => {
  for (const pw of passwords(0x50c4e7, 12)) {
    for (
      const text of [
        `postgresql://app:${pw}@%2Fvar%2Frun%2Fpostgresql/orders`,
        `DATABASE_URL="postgres://app:${pw}@%2Fcloudsql%2Fproj%3Aeu%3Adb/app"`,
        `connecting to mongodb://svc:${pw}@%2Ftmp%2Fmongodb-27017.sock/test?authSource=admin`,
        `mysql://root:${pw}@%2Fvar%2Flib%2Fmysql%2Fmysql.sock/shop`,
      ]
    ) {
      const out = scrubber.scrub(text).text;
      ok(!out.includes(pw), `${text} -> ${out}`);
      ok(out.includes("@%2F"), `the socket path stays: ${out}`);
    }
  }
});

Deno.test("a percent sign after an @ that ends no user-info masks nothing", () => {
  const lines = [
    "GET https://cdn.example.com/u/%40alice/avatar.png 200",
    "ssh://git@%2Fsrv%2Fgit.sock/repo.git",
    "postgresql://%2Fvar%2Frun%2Fpostgresql/orders",
  ];
  deepStrictEqual(lines.map((line) => scrubber.scrub(line).text), lines);
});
