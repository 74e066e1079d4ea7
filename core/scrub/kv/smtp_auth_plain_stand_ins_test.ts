/**
 * SMTP's `AUTH PLAIN <base64>` (`authzid\0user\0password`) whose decoded password is a stand-in
 * (`changeme`, `${SMTP_PASSWORD}`, `<password>`, a mask) holds no secret and is kept, in a
 * session's transcript too (`C: AUTH PLAIN …`, not taken for Redis's `AUTH user pass`); one with a
 * generated password, or whose user is an e-mail address (personal data, base64 or not), is
 * masked. Users and passwords are generated (seeded).
 */
import { deepStrictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#%-";
const STAND_INS = ["changeme", "${SMTP_PASSWORD}", "<password>", "********", "CHANGE_ME"];
const LINES = [
  (b64: string) => `C: AUTH PLAIN ${b64}`,
  (b64: string) => `2026-01-05 10:00:00 DEBUG smtp > AUTH PLAIN ${b64}`,
  (b64: string) => `AUTH PLAIN ${b64}`,
];

function word(random: () => number, n: number): string {
  let w = "";
  for (let i = 0; i < n; i++) w += CHARS[Math.floor(random() * CHARS.length)];
  return w;
}

const plain = (user: string, password: string) => btoa(`\0${user}\0${password}`);

Deno.test("AUTH PLAIN whose decoded password is a stand-in is kept", () => {
  const random = seededRandom(0xa17);
  const damaged: string[] = [];
  for (const line of LINES) {
    for (const standIn of STAND_INS) {
      const text = line(plain(word(random, 8).replace(/[#%-]/g, "x"), standIn));
      if (scrub(text) !== text) damaged.push(text);
    }
  }
  deepStrictEqual(damaged, []);
});

Deno.test("AUTH PLAIN whose user is an e-mail address is masked, its password a stand-in or not", () => {
  const random = seededRandom(0xa19);
  const kept: string[] = [];
  for (const line of LINES) {
    for (const standIn of STAND_INS) {
      const text = line(plain(word(random, 8).replace(/[#%-]/g, "x") + "@mail.example", standIn));
      if (scrub(text) === text) kept.push(text);
    }
  }
  deepStrictEqual(kept, []);
});

Deno.test("AUTH PLAIN with a generated password is masked", () => {
  const random = seededRandom(0xa18);
  const leaks: string[] = [];
  for (const line of LINES) {
    for (let i = 0; i < 6; i++) {
      const b64 = plain("mailer", word(random, 10 + Math.floor(random() * 12)));
      if (scrub(line(b64)).includes(b64)) leaks.push(line(b64));
    }
  }
  deepStrictEqual(leaks, []);
});
