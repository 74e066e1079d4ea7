/**
 * connect-password-argument reads a PDO DSN given before the user only as `mysql:` or `pgsql:`
 * in quotes (`PDO->__construct('mysql:host=…', 'u', 'v')`): it is woken by those two words, not
 * by `sql:` alone, which a query logger's label holds on every line it writes (`DEBUG sql:
 * SELECT …`). Such lines wake it no more; every DSN it reads, in either case, still does, and
 * its password is masked.
 */
import { ok, strictEqual } from "@node/assert";
import { HIDING_MARKERS, WRAPPING_MARKERS } from "../decoded_view.ts";
import type { Detector } from "../detector.ts";
import { createScrubber } from "../mod.ts";
import { LinePrefilter } from "../prefilter/mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { BLOCK_DETECTORS, DETECTORS } from "./mod.ts";

const detector = DETECTORS.find((d) => d.id === "connect-password-argument") as Detector;
const prefilter = new LinePrefilter({
  detectors: DETECTORS,
  blocks: BLOCK_DETECTORS,
  unsearched: new Set(),
  escapes: { hiding: HIDING_MARKERS, wrapping: WRAPPING_MARKERS },
});

/** Whether the prefilter's scan of `line` lets connect-password-argument run on it. */
const wakes = (line: string) =>
  prefilter.lines(line, 0, line.length).upTo(line.length).some((t) =>
    t.type === "detector" && t.detector === detector
  );

Deno.test("a query logger's `sql:` label wakes no connect-password-argument", () => {
  for (
    const line of [
      "2025-06-01T00:01:32.049Z DEBUG sql: SELECT id, status FROM orders WHERE account_id = $1",
      "[db] SQL: UPDATE users SET last_seen = now() WHERE id = 42",
      'level=debug msg="query" sql: "DELETE FROM sessions WHERE expires < $1"',
      "Hibernate: sql: insert into audit (id, actor) values (?, ?)",
    ]
  ) ok(!wakes(line), line);
});

Deno.test("a quoted mysql: or pgsql: DSN before the user wakes it, and its password is masked", () => {
  const random = seededRandom(0xd5a7);
  const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-";
  const scrubber = createScrubber();
  for (let k = 0; k < 20; k++) {
    const pw = Array.from(
      { length: 8 + Math.floor(random() * 10) },
      () => ALPHABET[Math.floor(random() * ALPHABET.length)],
    ).join("");
    for (const scheme of ["mysql", "pgsql", "MySQL", "PGSQL"]) {
      for (
        const line of [
          `#0 /srv/Db.php(70): PDO->__construct('${scheme}:host=db;dbname=shop', 'web', '${pw}', Array)`,
          `#1 /srv/Connector.php(65): Connector->createPdoConnection("${scheme}:host=10.0.0.5", "app", "${pw}", Array)`,
        ]
      ) {
        ok(wakes(line), line);
        const out = scrubber.scrub(line).text;
        strictEqual(out.includes(pw), false, out);
      }
    }
  }
});
