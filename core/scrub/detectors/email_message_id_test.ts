/**
 * A mail's Message-ID or In-Reply-To value (`Message-ID: <…@mail.gmail.com>`, postfix's
 * `message-id=<…>`, a Gmail id with `=` and `+` in it) is an id its sending host made up, not a
 * mailbox: it stays, while the addresses around it on the same line are masked (values
 * generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, Rand, UPPER } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const HOSTS = ["mail.gmail.com", "smtp.corp.net", "eurprd04.prod.outlook.com", "mx.shop.io"];

Deno.test("Message-ID and In-Reply-To values stay", () => {
  const r = new Rand(6065);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const id = r.pick([
      () => `${r.chars(16, HEX)}.${r.range(1000, 99999)}.${r.range(1700000000, 1790000000)}`,
      () => `CA${r.chars(10, UPPER + HEX)}=${r.chars(6, HEX)}+${r.chars(8, UPPER)}`,
      () => `2025${r.digits(10)}.${r.chars(12, HEX).toUpperCase()}`,
    ])();
    const host = r.pick(HOSTS);
    lines.push(
      `Message-ID: <${id}@${host}>`,
      `In-Reply-To: <${id}@${host}>`,
      `postfix/cleanup[${r.range(100, 9999)}]: ${
        r.chars(10, HEX).toUpperCase()
      }: message-id=<${id}@${host}>`,
      `{"commonHeaders":{"messageId":"<${id}@${host}>","subject":"Invoice"}}`,
    );
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});

Deno.test("an address beside a Message-ID, or after the header with no brackets, is masked", () => {
  const r = new Rand(6066);
  const leaks: string[] = [];
  for (let i = 0; i < 30; i++) {
    const mail = `${r.chars(6, "abcdefghij")}.${r.chars(5, "klmnopqrst")}@${r.pick(HOSTS)}`;
    const line = r.pick([
      `postfix/qmgr[${r.range(100, 9999)}]: ${
        r.chars(10, HEX).toUpperCase()
      }: from=<${mail}>, size=${r.range(1000, 99999)}, message-id=<${r.chars(12, HEX)}@${
        r.pick(HOSTS)
      }>`,
      `Message-ID: ${mail}`,
      `Message-ID: <${r.chars(12, HEX)}@x.io> From: <${mail}>`,
    ]);
    if (scrubber.scrub(line).text.includes(mail)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});
