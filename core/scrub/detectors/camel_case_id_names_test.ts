/**
 * An identifier's name glued to the word before it at a camel-case hump, as Java, Go and
 * JavaScript objects name their fields (`providerNpi=`, `AbaRouting:`, `sinNumber="`, found by
 * ../corpus/pii_ids17.jsonl): the name counts as it does alone, so the value after it is masked
 * (the SIN's own name only before its `Number`/`No`: `sinNumber`, not `employeeSin`);
 * the same letters inside a lower-case word (`opinion=`, `basinNumber=`) name nothing. Values are
 * seeded digits, kept when the scrubber's own rule accepts them (the rule is not what is tested).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { canadaSinValid } from "../checksums/national_ids.ts";
import { usAbaRoutingValid, usNpiValid } from "../checksums/registry_ids.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(1717);
/** A number of `n` digits after `lead` that `valid` accepts. */
function draw(lead: string, n: number, valid: (v: string) => boolean): string {
  for (;;) {
    let v = lead;
    while (v.length < n) v += String(Math.floor(random() * 10));
    if (valid(v)) return v;
  }
}
const sin = () => {
  const v = draw(String(1 + Math.floor(random() * 7)), 9, canadaSinValid);
  return `${v.slice(0, 3)}-${v.slice(3, 6)}-${v.slice(6)}`;
};
const npi = () => draw("1", 10, usNpiValid);
const aba = () => draw("0", 9, usAbaRoutingValid);

Deno.test("an identifier's name at a camel-case hump names the value after it", () => {
  const lines: [string, string][] = [];
  for (let k = 0; k < 5; k++) {
    for (const v of [npi(), npi()]) {
      lines.push([`Customer(id=88123, providerNpi=${v}, status=ACTIVE)`, v]);
      lines.push([`<provider renderingNpi="${v}" state="OH"/>`, v]);
    }
    for (const v of [aba(), aba()]) {
      lines.push([`saved: &{ID:88123 AbaRouting:${v} Country:US}`, v]);
      lines.push([`Payee(name=x, bankRouting=${v})`, v]);
    }
    for (const v of [sin(), sin()]) {
      lines.push([`time="2026-03-14T08:12:55Z" msg="duplicate" sinNumber="${v}"`, v]);
      lines.push([
        `saved: &{ID:1 SinNumber:${v.replaceAll("-", " ")} Country:CA}`,
        v.replaceAll("-", " "),
      ]);
      lines.push([`IllegalArgumentException: Invalid sinNo: ${v}`, v]);
    }
  }
  deepStrictEqual(lines.filter(([line, v]) => scrub(line).includes(v)).map(([line]) => line), []);
});

Deno.test("the same letters inside a lower-case word name nothing", () => {
  const lines: string[] = [];
  for (let k = 0; k < 5; k++) {
    lines.push(
      `opinion=${npi()} votes=3`,
      `basinNumber=${sin()} depth=40`,
      `cabaret=${aba()} seats=9`,
    );
  }
  deepStrictEqual(lines.filter((line) => scrub(line) !== line), []);
});
