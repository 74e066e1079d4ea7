/**
 * Personal data written as PII recognizers' own test suites write it (issue 10): an identifier
 * alone in its printed layout, several in a row, a name then `number is`, a name in another
 * language, and the look-alikes that must stay. Each test holds one form; the values are generated
 * here from each format's published rules (check digits included), not taken from any suite.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a Finnish identity code with the century letter written since 2023 is masked with no word naming it", () => {
  deepStrictEqual(
    leaksOf([
      ["140387Y123V", "140387Y123V"],
      ["asiakas 290204A256L rekisteröity", "290204A256L"],
      [`{"holder":"071112B7312"}`, "071112B7312"],
      ["030119E902R is the one on file", "030119E902R"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "ref 140387Y123W", // wrong check character
      "build 320387Y123V", // no 32nd day
      "id 140387y123v", // lower case
      "pkg 140387Y123VX", // longer token
    ]),
    [],
  );
});

Deno.test("payment cards in a row each written with other separators are all masked", () => {
  deepStrictEqual(
    leaksOf([
      ["4526018159083012 4996-0308-2462-8197", "4526018159083012"],
      ["4996-0308-2462-8197 5166 1318 6091 3906", "4996-0308-2462-8197"],
      ["cards 4526018159083012 4996.0308.2462.8197 done", "4526018159083012"],
    ]),
    [],
  );
  // A short group after a card in spaces, or after a plain one, continues it: no card.
  deepStrictEqual(changed(["4526 0181 5908 3012 12", "batch 4526018159083012 7"]), []);
});

Deno.test("the rest of a mistyped IBAN in groups is no telephone number", () => {
  deepStrictEqual(
    changed([
      "DE89 3704 0044 0532 0130 01", // check digits wrong
      "GB29 NWBK 6016 1331 9268 1", // one digit short
      "LI21 0881 0000 2324 013A B",
      "payee CH93 0076 2011 6238 5295 8",
    ]),
    [],
  );
  deepStrictEqual(leaksOf([["call 0044 0532 0130 today", "0044 0532 0130"]]), []);
});

Deno.test("identifiers right after their name and `number is`, or a name in French or Thai, are masked", () => {
  deepStrictEqual(
    leaksOf([
      ["My PAN number is BKRPS7213M, thanks", "BKRPS7213M"],
      ["Your PAN no. is BKRPS7213M", "BKRPS7213M"],
      ["mon NAS: 462 718 537", "462 718 537"],
      ["เลขบัตรประชาชน 3104702158361", "3104702158361"],
      ["Provider identifier 1748392069", "1748392069"],
      ["provider id is 1748392069", "1748392069"],
      ["national_provider_id=1748392069", "1748392069"],
      ["My personal identity code is: 198407153819.", "198407153819"],
      ["NIE Y4719302-S", "Y4719302-S"],
      ["residente X2580146-Y registrado", "X2580146-Y"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "expand BKRPS7213M", // `pan` inside a word
      "dynasty 462 718 537",
      "provider 1748392069",
      // provider_id is a numeric key of OAuth and cloud logs: no word names the health provider.
      "provider_id=1748392069",
      "oauth providerId: 1748392069 linked",
      '{"provider_id":1748392069}',
      "NIE Y4719302-T", // wrong check letter
    ]),
    [],
  );
});

Deno.test("NAS names a SIN only right before it: NAS the storage device before a count is no SIN", () => {
  // Each number passes the SIN's Luhn check.
  deepStrictEqual(
    changed([
      "NAS backup wrote 123456782 bytes",
      "nas01: synced 046454286 files",
      "Synology NAS volume1 used=046454286",
      "backup to NAS done, 130692544 blocks",
    ]),
    [],
  );
  deepStrictEqual(
    leaksOf([
      ["NAS 046 454 286", "046 454 286"],
      ['{"nas":"046454286"}', "046454286"],
      ["numéro NAS est 130-692-544", "130-692-544"],
      ["SIN on file for backup 046454286", "046454286"], // SIN itself still names it a few words away
    ]),
    [],
  );
});

Deno.test("a US Medicare beneficiary identifier in its 4-3-4 layout is masked with no word naming it", () => {
  deepStrictEqual(
    leaksOf([
      ["3HN7-JK2-TW45", "3HN7-JK2-TW45"],
      ["eligibility 8CD9-QR4-XY12 and 5PA3-MN8-GH60", "5PA3-MN8-GH60"],
      ["eligibility 8CD9-QR4-XY12 and 5PA3-MN8-GH60", "8CD9-QR4-XY12"],
      ["member 3hn7-jk2-tw45", "3hn7-jk2-tw45"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "3HS7-JK2-TW45", // S is never used
      "3HN7-JK2-TW45-01", // continues
      "AHN7-JK2-TW45", // starts with a letter
      "3HN7-JK2-T445",
    ]),
    [],
  );
});

Deno.test("a GSTIN right after its name is masked even when its check character is wrong", () => {
  deepStrictEqual(
    leaksOf([
      ["GSTIN: 29ABCPK4321M1ZQ", "29ABCPK4321M1ZQ"],
      ["My GST number is 29ABCPK4321M1ZQ.", "29ABCPK4321M1ZQ"],
      ["GST registration 29ABCPK4321M1ZQ", "29ABCPK4321M1ZQ"],
      ["invoice gst 29ABCPK4321M1ZK ok", "29ABCPK4321M1ZK"], // check right: a gst word near is enough
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "gst applied; ref 29ABCPK4321M1ZQ", // check wrong and not right after the name
      "GSTIN: 39ABCPK4321M1ZQ", // no such state
      "29ABCPK4321M1ZQ",
    ]),
    [],
  );
});

Deno.test("a German tax id in its printed 2 3 3 3 layout is masked with no word naming it, as an ABN is", () => {
  deepStrictEqual(
    leaksOf([
      ["94 580 730 215", "94 580 730 215"],
      ["Mandant 57 368 193 033 angelegt", "57 368 193 033"],
      [`{"ref":"40 613 589 523"}`, "40 613 589 523"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "94 580 730 216", // wrong check digit
      "12 345 678 903", // no digit repeated
      "04 580 730 215", // leading zero
      "94580730215", // plain: only after a word naming it
      "1 94 580 730 215", // part of a longer grouped number
    ]),
    [],
  );
});
