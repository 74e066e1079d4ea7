/**
 * Labels of detector ids at their edges: plurals of nouns with an s or z inside them, a labelled
 * id with a variant word after it, and an id with two variant words.
 */
import { strictEqual } from "@node/assert";
import { detectorLabel } from "./masking_summary.ts";

Deno.test("a noun with an s or z inside, not at its end, takes a plain s", () => {
  const cases: [id: string, plural: string][] = [
    ["generic-password", "generic passwords"],
    ["password-assignment", "password assignments"],
    ["webhook-response", "webhook responses"],
    ["http-signature", "http signatures"],
    ["api-authorization", "API authorizations"],
  ];
  for (const [id, plural] of cases) strictEqual(detectorLabel(id, 2), plural, id);
  // Words that end on them take "es".
  strictEqual(detectorLabel("password-hash", 2), "password hashes");
  strictEqual(detectorLabel("email-address", 2), "email addresses");
});

Deno.test("a labelled id keeps its label before a variant word", () => {
  // es-dni-nie and us-npi have labels of their own; their words alone would read "… values".
  strictEqual(detectorLabel("us-npi-v2", 1), "US NPI (v2)");
  strictEqual(detectorLabel("us-npi-v2", 2), "US NPIs (v2)");
  strictEqual(detectorLabel("es-dni-nie-compact", 3), "Spanish DNI/NIE numbers (compact)");
});

Deno.test("only the last variant word of an id is shown as its variant", () => {
  strictEqual(
    detectorLabel("email-address-inline-compact", 2),
    "email address inline values (compact)",
  );
});

Deno.test("a fixed label's plural puts its last word before any parenthesis in the plural", () => {
  const cases: [id: string, one: string, many: string][] = [
    ["phone-number-tel-uri", "phone number (tel: URI)", "phone numbers (tel: URI)"],
    ["litecoin-address", "Litecoin address", "Litecoin addresses"],
    ["sg-nric-fin", "Singapore NRIC/FIN", "Singapore NRIC/FINs"],
    ["de-steuer-id", "German tax ID", "German tax IDs"],
    ["cookie-value", "cookie", "cookies"],
  ];
  for (const [id, one, many] of cases) {
    strictEqual(detectorLabel(id, 1), one, id);
    strictEqual(detectorLabel(id, 2), many, id);
  }
});

Deno.test("words that say only how a detector finds a value are not shown; a country code reads as its country", () => {
  const cases: [id: string, one: string, many: string][] = [
    ["person-name-in-prose", "person name", "person names"],
    ["person-name-given-family", "person name", "person names"],
    ["street-address-in-prose", "street address", "street addresses"],
    ["fi-hetu-century-letter", "Finnish personal identity code", "Finnish personal identity codes"],
    ["payment-card-after-name", "payment card", "payment cards"],
    ["date-of-birth", "date of birth", "dates of birth"],
    ["br-cnpj-in-context", "Brazilian CNPJ (in context)", "Brazilian CNPJs (in context)"],
    ["ru-snils", "Russian SNILS number", "Russian SNILS numbers"],
    ["email-address-quoted-local", "email address (quoted)", "email addresses (quoted)"],
  ];
  for (const [id, one, many] of cases) {
    strictEqual(detectorLabel(id, 1), one, id);
    strictEqual(detectorLabel(id, 2), many, id);
  }
});
