/**
 * Email addresses and SIP/tel phone numbers at the lengths their standards allow, generated at
 * every length around each bound: a local part of 1 to 64 characters (RFC 5321), quoted or not
 * and with its `@` plain or `%40`; domain labels of 1 to 63 (RFC 1035); 7 to 15 digits in a
 * `sip:` or `tel:` URI (E.164). Inside the bounds the whole address or number is masked; one
 * past a bound, the detector leaves it.
 */
import { strictEqual } from "@node/assert";
import { matchDetector } from "../match.ts";
import { detectors } from "./pii_contact.ts";

const detector = (id: string) => detectors.find((d) => d.id === id)!;
/** `length` characters of a name, not a word or a run of one letter. */
const name = (length: number) => "mq7rz2kw4xv9tb3n".repeat(5).slice(0, length);
const wholeFound = (id: string, line: string, text: string) => {
  const at = line.indexOf(text);
  return matchDetector(detector(id), line).some((s) =>
    s.start === at && s.end === at + text.length
  );
};

Deno.test("an email's local part is read up to 64 characters, plain, quoted or URL-encoded", () => {
  for (let length = 1; length <= 66; length++) {
    const local = name(length);
    const plain = `${local}@mail.example.com`;
    strictEqual(wholeFound("email-address", `to ${plain} ok`, plain), length <= 64, plain);
    const encoded = `${local}%40mail.example.com`;
    strictEqual(
      wholeFound("email-address-url-encoded", `GET /u?to=${encoded}&x=1`, encoded),
      length <= 64,
      encoded,
    );
    const quoted = `"${local.slice(0, 2)} ${local.slice(3)}"@mail.example.com`;
    if (length >= 4) {
      strictEqual(
        wholeFound("email-address-quoted-local", `to ${quoted} ok`, quoted),
        length <= 64,
        quoted,
      );
      const escaped = quoted.replaceAll('"', '\\"');
      strictEqual(
        wholeFound("email-address-quoted-local", `{"to":"${escaped}"}`, escaped),
        length <= 64,
        escaped,
      );
    }
  }
});

Deno.test("an email's domain labels are read up to 63 characters", () => {
  for (let length = 1; length <= 65; length++) {
    const domain = `${name(length)}.example.com`;
    for (
      const [id, text, line] of [
        ["email-address", `ann@${domain}`, (t: string) => `to ${t} ok`],
        ["email-address-url-encoded", `ann%40${domain}`, (t: string) => `GET /u?to=${t}&x=1`],
        ["email-address-quoted-local", `"ann lee"@${domain}`, (t: string) => `to ${t} ok`],
      ] as const
    ) {
      strictEqual(wholeFound(id, line(text), text), length <= 63, text);
    }
  }
});

Deno.test("a SIP or tel URI's number is masked with 7 to 15 digits, separated or not", () => {
  for (let digits = 5; digits <= 17; digits++) {
    const number = "4930123456789876543".slice(0, digits);
    const dashed = number.replace(/(\d{3})(?=\d)/g, "$1-");
    for (
      const written of [
        number,
        `+${number}`,
        dashed,
        `${number.slice(0, 2)}(${number.slice(2, 4)})${number.slice(4)}`,
      ]
    ) {
      for (
        const [id, line] of [
          ["phone-number-sip-uri", `INVITE sip:${written}@pbx.example.com SIP/2.0`],
          ["phone-number-sip-uri", `To: <SIPS:${written};user=phone>`],
          ["phone-number-tel-uri", `href="tel:${written}" call`],
          ["phone-number-tel-uri", `TEL:${written}`],
        ] as const
      ) {
        strictEqual(wholeFound(id, line, written), digits >= 7 && digits <= 15, line);
      }
    }
  }
});

Deno.test("an email whose domain label starts or ends with a hyphen is no address", () => {
  for (const domain of ["-mail.example.com", "mail-.example.com", "mail.-example.com"]) {
    for (
      const [id, text] of [
        ["email-address", `ann@${domain}`],
        ["email-address-quoted-local", `"ann lee"@${domain}`],
        ["email-address-url-encoded", `ann%40${domain}`],
      ] as const
    ) {
      strictEqual(matchDetector(detector(id), `to=${text} ok`).length, 0, text);
    }
  }
});

Deno.test("a form-encoded number under a phone key is masked with 8 to 15 digits, not under an id key", () => {
  const found = (line: string) => matchDetector(detector("phone-number-form-encoded"), line);
  for (
    const [digits, number] of [
      [7, "12+45678"],
      [8, "123+45678"],
      [12, "1234+56789012"],
      [15, "1234+56789012345"],
      [16, "1234+567890123456"],
    ] as const
  ) {
    for (const line of [`phone=${number}&x=1`, `a=1&mobile_no=${number}`]) {
      const at = line.indexOf(number);
      const masked = found(line).some((s) => s.start === at && s.end === at + number.length);
      strictEqual(masked, digits >= 8 && digits <= 15, line);
    }
    // A key that names a phone but ends in an id or a count holds no number.
    for (const key of ["phone_ids", "phone_id", "phone_count"]) {
      strictEqual(found(`${key}=${number}&x=1`).length, 0, `${key}=${number}`);
    }
  }
});
