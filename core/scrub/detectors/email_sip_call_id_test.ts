/**
 * A SIP message's Call-ID (RFC 3261: `Call-ID: <local-id>@<host>`) is an id the user agent made
 * up, not a mailbox: it stays, while the caller's number and a mailbox elsewhere on the message
 * are masked (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const HOSTS = ["pc33.voice.local", "sbc1.carrier.net", "ua7.pbx.example.org"];
const MAIL_HOSTS = ["mail.shop.io", "corp.example.com", "post.de"];

Deno.test("a SIP Call-ID stays", () => {
  const r = new Rand(7707);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const id = r.pick([
      () => r.chars(14, HEX),
      () => `${r.chars(8, HEX)}-${r.chars(4, HEX)}-${r.chars(4, HEX)}`,
      () => `${r.range(1, 9)}${r.digits(9)}`,
    ])();
    lines.push(
      `Call-ID: ${id}@${r.pick(HOSTS)}`,
      `CALL-ID: ${id}@${r.pick(HOSTS)}\r\nCSeq: ${r.range(1, 9999)} INVITE`,
    );
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});

Deno.test("a mailbox after another header or key is still masked", () => {
  const r = new Rand(7708);
  const leaks: string[] = [];
  for (let i = 0; i < 20; i++) {
    const mail = `${r.chars(6, "abcdefghij")}.${r.chars(5, "klmnopqrst")}@${r.pick(MAIL_HOSTS)}`;
    const line = r.pick([
      `Reply-To: ${mail}`,
      `recall-id: ${mail}`,
      `Call-ID: ${r.chars(10, HEX)}@${r.pick(HOSTS)} Contact: ${mail}`,
    ]);
    if (scrubber.scrub(line).text.includes(mail)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});
