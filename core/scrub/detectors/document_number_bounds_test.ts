/**
 * Document numbers after the word naming them, at each bound of what they hold: a passport
 * number with 3 digits or more is masked, a word of letters only is not; a driving licence number 5 to 24 characters with 2 digits or more;
 * a bank account number 17 digits at most. Values are generated at, just inside and just
 * outside each bound.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { matchDetector } from "../match.ts";
import { detectors } from "./pii_documents.ts";

const random = seededRandom(0xd0c);
const detector = (id: string) => detectors.find((d) => d.id === id)!;
const found = (id: string, line: string, value: string) => {
  const at = line.indexOf(value);
  return matchDetector(detector(id), line).some((s) =>
    s.start === at && s.end === at + value.length
  );
};
/** `length` characters with exactly `digits` digits, the rest capital letters, shuffled. */
function mixed(length: number, digits: number): string {
  const chars = [
    ...random.chars(digits, "0123456789"),
    ...random.chars(length - digits, "ABCDEFGHJKLMNPRSTUVWXYZ"),
  ];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join("");
}

Deno.test("passport numbers: 6–10 characters with 3 digits or more are masked, letters only are not", () => {
  for (let length = 6; length <= 10; length++) {
    for (let digits = 0; digits <= Math.min(length, 5); digits++) {
      const value = mixed(length, digits);
      const line = `passport no. ${value} checked`;
      // 1 or 2 digits is left open: German passport numbers have as few, other words not
      if (digits === 0 || digits >= 3) {
        strictEqual(found("passport-number", line, value), digits >= 3, value);
      }
    }
  }
});

Deno.test("driving licence numbers: 5 to 24 characters with 2 digits or more", () => {
  for (let length = 3; length <= 18; length++) {
    for (let digits = 0; digits <= Math.min(length, 3); digits++) {
      const value = mixed(length, digits);
      const line = `driver's license ${value} verified`;
      strictEqual(found("driving-licence-number", line, value), length >= 5 && digits >= 2, value);
    }
  }
  for (const total of [23, 24, 25, 26]) {
    // grouped: 18 characters, then groups joined by a space
    let value = mixed(18, 4);
    while (value.replaceAll(" ", "").length < total) {
      value += " " + mixed(Math.min(3, total - value.replaceAll(" ", "").length), 1);
    }
    const line = `driver's license ${value} verified`;
    strictEqual(found("driving-licence-number", line, value), value.length <= 24, value);
  }
});

Deno.test("bank account numbers: 6 to 17 digits, plain or grouped", () => {
  for (let length = 6; length <= 22; length++) {
    const value = random.chars(1, "123456789") + random.chars(length - 1, "0123456789");
    const line = `refund to account number ${value} queued`;
    strictEqual(found("bank-account-number", line, value), length <= 17, value);
    const grouped = value.replace(/(\d{4})(?=\d)/g, "$1-");
    const groupedLine = `refund to account number ${grouped} queued`;
    strictEqual(found("bank-account-number", groupedLine, grouped), length <= 17, grouped);
  }
});
