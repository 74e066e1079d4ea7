/**
 * WhatsApp's webhooks name a contact by `wa_id`, its number as digits without `+`
 * (`"contacts":[{"profile":{…},"wa_id":"2348031234567"}]`): masked on a line about WhatsApp as
 * the message's `from` is (values generated); a `wa_id` off such a line, and WhatsApp's ids of
 * messages and conversations, stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("a WhatsApp contact's wa_id is masked", () => {
  const r = new Rand(6254);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    // A mobile number with its country code: Kenya, Nigeria, Ireland, Ukraine, Vietnam.
    const number = r.pick([
      () => `2547${r.digits(8)}`,
      () => `234${r.pick(["803", "816", "905"])}${r.digits(7)}`,
      () => `3538${r.pick(["3", "7", "9"])}${r.digits(7)}`,
      () => `380${r.pick(["50", "67", "97"])}${r.digits(7)}`,
      () => `849${r.digits(8)}`,
    ])();
    const contact = `"contacts":[{"profile":{"name":"Client"},"wa_id":"${number}"}]`;
    const line = r.pick([
      `{"messaging_product":"whatsapp",${contact}}`,
      `{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{${contact}}}]}]}`,
      `wa-webhook: channel=whatsapp wa_id=${number} type=text`,
    ]);
    const out = scrubber.scrub(line).text;
    if (out.includes(number)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("WhatsApp's message ids and a wa_id off a WhatsApp line stay", () => {
  for (
    const line of [
      '{"messaging_product":"whatsapp","statuses":[{"id":"wamid.HBgLMjM0ODAzMTIzNDU2NxUCABEYEjA","timestamp":"1765090000"}]}',
      "sync user wa_id=36702771337 channel=web",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
