/**
 * A protocol's `PASS` command in a session's transcript (FTP's and POP3's), after the direction a
 * client prints (`> ` as curl -v does, `C: ` as RFCs write sessions, `---> ` as ftp -d does): its
 * mixed-class word is masked as on a line of its own. A stand-in, a plain word, the server's
 * replies naming a password and a `>` inside prose stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
/** Seeded bytes (mulberry32), so that every run tests the same values. */
const random = seededRandom(0x5eed4);
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));

const scrubber = createScrubber();
const LOWER = "abcdefghijkmnopqrstuvwxyz", UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ", DIGITS = "23456789";
const pick = (alphabet: string, n: number) =>
  Array.from(randomBytes(n), (b) => alphabet[b % alphabet.length])
    .join("");
const made = () => pick(UPPER, 2) + pick(LOWER, 6) + pick(DIGITS, 3) + "#" + pick(UPPER, 3);

Deno.test("PASS after a transcript's client direction is masked", () => {
  for (const direction of ["> ", "C: ", "---> ", "  -> "]) {
    const value = made();
    const out = scrubber.scrub(
      `> USER bob\n< 331 Password required\n${direction}PASS ${value}\n< 230 Logged in`,
    ).text;
    ok(!out.includes(value), out);
    ok(out.includes(`${direction}PASS [REDACTED:`), out);
  }
});

Deno.test("what a transcript holds beside a password stays", () => {
  for (
    const text of [
      "> PASS ********",
      "> PASS anonymous",
      "C: PASS <your password>",
      "< 331 Password required for bob",
      "S: +OK password accepted",
      `see the docs > PASS ${made()} here`,
    ]
  ) strictEqual(scrubber.scrub(text).text, text);
});
