/**
 * A Mexican RFC named for its role on an invoice (CFDI's issuer and recipient, flattened to
 * `rfc_emisor`, `rfc_receptor`, `RfcEmisor`): masked after that name as after `rfc` alone, in
 * each syntax a log writes a name in; other words before the same value stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x2fc1d1);
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ALNUM = LETTERS + "0123456789";
const pick = (chars: string) => chars[Math.floor(random() * chars.length)];
const two = (n: number) => String(n).padStart(2, "0");

/** An RFC of a person (4 letters) or a company (3), a date YYMMDD, a homoclave. */
function rfc(): string {
  const letters = Array.from({ length: 3 + Math.floor(random() * 2) }, () => pick(LETTERS));
  const date = two(Math.floor(random() * 100)) + two(1 + Math.floor(random() * 12)) +
    two(1 + Math.floor(random() * 28));
  return letters.join("") + date + pick(ALNUM) + pick(ALNUM) + pick("0123456789A");
}

const forms = [
  (name: string, v: string) => `{"id":"cus_1","${name}":"${v}","status":"active"}`,
  (name: string, v: string) => `level=info msg="factura timbrada" ${name}=${v} ms=12`,
  (name: string, v: string) => `DEBUG payload={'${name}': '${v}', 'source': 'web'}`,
  (name: string, v: string) => `SELECT id FROM facturas WHERE ${name} = '${v}' LIMIT 1`,
  (name: string, v: string) => `<factura><${name}>${v}</${name}></factura>`,
  (name: string, v: string) => `GET /api/facturas?${name}=${v}&page=1 HTTP/1.1`,
];
const names = ["rfc_emisor", "rfc_receptor", "RfcEmisor", "rfcReceptor", "RFC-EMISOR"];

Deno.test("an RFC under its invoice role's name is masked", () => {
  const leaks: string[] = [];
  for (const form of forms) {
    for (const name of names) {
      const v = rfc();
      const line = form(name, v);
      if (scrubber.scrub(line).text.includes(v)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("the same value under other names stays", () => {
  const lines = ["folio_emisor", "emisor", "order", "sku_receptor"].flatMap((name) =>
    forms.map((form) => form(name, rfc()))
  );
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});
