/**
 * Postfix's SASL password map (`sasl_passwd`): `[relay.host]:587 user:password` — the password
 * is masked whatever the relay's port or the user, after a logger's prefix too; a stand-in there,
 * a bracketed log tag (`[main] job:ok`), a peer's address before a source position and the
 * `relayhost =` setting are kept. Passwords are generated (seeded).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!%#-_";

const ENTRIES: ((pw: string) => string)[] = [
  (pw) => `[smtp.relay.example]:587 mailer@corp.example:${pw}`,
  (pw) => `[mail.corp.example]:submission ops:${pw}`,
  (pw) => `  [10.20.0.5] etl-bot:${pw}`,
  (pw) => `[email-smtp.eu-west-1.example.com]:2587 AKIDEXAMPLEUSER:${pw}  `,
  (pw) => `2026-01-05T10:00:00Z INFO postmap [smtp.relay.example]:465 ops+mail@corp.example:${pw}`,
];

Deno.test("the password of a generated sasl_passwd entry is masked for each relay form", () => {
  const random = seededRandom(0x5a51);
  const leaks: string[] = [];
  for (const entry of ENTRIES) {
    for (let i = 0; i < 8; i++) {
      let pw = "";
      for (let n = 10 + Math.floor(random() * 14); n > 0; n--) {
        pw += ALPHABET[Math.floor(random() * ALPHABET.length)];
      }
      const line = entry(pw);
      if (scrubber.scrub(line).text.includes(pw)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a sasl_passwd stand-in, a bracketed log tag and the relayhost setting are kept", () => {
  const lines = [
    "[smtp.relay.example]:587 mailer@corp.example:${SMTP_PASSWORD}",
    "[smtp.relay.example]:587 mailer@corp.example:CHANGE_ME",
    "[main] job:cleanup-7f3a9b",
    "[INFO] user:started",
    "relayhost = [smtp.relay.example]:587",
    "Jan  5 10:00:00.123: [net] INFO: peer up [gw.edge.internal]:9090 (../src/net/peer.c:188)",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});
