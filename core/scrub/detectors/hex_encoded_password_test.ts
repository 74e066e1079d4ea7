/**
 * hex-encoded-password reads a run of hex byte pairs that decodes to text assigning a secret
 * (`password=…`, `{"api_key":"…"}`, `DB_PASSWORD=…` in an env file), in either case of hex
 * digits, after `0x` or not, and masks the run; hex that decodes to other text, digests and
 * runs of an odd length stay.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { defaultPolicy } from "../policy_defaults.ts";
import { scrubberFor } from "../scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(5) });
const scrub = (text: string) => scrubber.scrub(text).text;

const random = seededRandom(9127);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const pick = (chars: string, n: number) =>
  Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join("");
const hex = (text: string) =>
  [...text].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");

const TEXTS = [
  (v: string) => `password=${v}`,
  (v: string) => `{"api_key":"${v}"}`,
  (v: string) => `DB_HOST=db.internal\nDB_PASSWORD=${v}\n`,
  (v: string) => `client_secret: ${v}`,
  (v: string) => `TOKEN=${v}`,
];

Deno.test("hex of text assigning a secret is masked", () => {
  for (const text of TEXTS) {
    for (let i = 0; i < 4; i++) {
      const encoded = hex(text(pick(ALNUM, 14 + i * 3)));
      const written = i % 2 === 0 ? encoded : encoded.toUpperCase();
      for (
        const line of [
          `DEBUG frame body_hex=${written} len=${written.length / 2}`,
          `{"level":"debug","data":"0x${written}"}`,
        ]
      ) {
        const out = scrub(line);
        ok(!out.includes(written), out);
        ok(out.includes("[REDACTED:hex-encoded-password]"), out);
      }
    }
  }
});

Deno.test("hex of other text, digests and odd runs stay", () => {
  const lines = [
    `DEBUG frame body_hex=${hex("status=ok&page=2")} len=16`,
    `DEBUG frame body_hex=${hex("password reset requested")}`,
    `{"level":"debug","tx":"0x${pick("0123456789abcdef", 64)}"}`,
    `sha256=${pick("0123456789abcdef", 64)}`,
    // An odd run is no run of bytes.
    `DEBUG frame body_hex=${hex(`password=${pick(ALNUM, 16)}`)}f len=26`,
  ];
  for (const line of lines) strictEqual(scrub(line), line);
});
