/**
 * Personal data the blind framework corpus (../corpus/frameworks5.jsonl) found leaking or
 * damaged, by form:
 *
 * - a value wrapped in a list, as Django's QueryDict and JSON arrays print form fields
 *   (`'full_name': ['Jane Doe']`, `"line1": ["12 Rue X"]`);
 * - an address's first and second line under their own key (`"line1":"Storgatan 12"`), as Stripe's
 *   billing details and most address forms write it;
 * - a name under `recipient` (`recipient="Aoife Volkov"`), and under a bare `name` after billing
 *   details or an `email` key (Stripe's `billing_details`), not after a shipping method or plan;
 * - a telephone number followed by a colon that ends a clause (`sending OTP to +1 714-797-5524: …`);
 *   a colon glued to what follows (a port, a time) still ends no number;
 * - and, kept: a card-shaped number under a key that names a generation or a snowflake id
 *   (`"objectGeneration":"5448…"`, `snowflake=6831…`).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a person's name or address wrapped in a list after its key is masked", () => {
  deepStrictEqual(
    leaksOf([
      [
        `POST:<QueryDict: {'full_name': ['Dmitri Volkov'], 'csrfmiddlewaretoken': ['x']}>`,
        "Dmitri Volkov",
      ],
      [`{"full_name": ["Inès Fernández"], "count": 2}`, "Inès Fernández"],
      [
        `POST:<QueryDict: {'address': ['Rua Augusta 905'], 'city': ['São Paulo']}>`,
        "Rua Augusta 905",
      ],
    ]),
    [],
  );
});

Deno.test("an address line under line1 / line2 is masked; a line1 without a street stays", () => {
  deepStrictEqual(
    leaksOf([
      [`"billing_details":{"address":{"city":"Stockholm","line1":"Storgatan 12"}}`, "Storgatan 12"],
      [
        `variables={"address":{"line1":"Calle de Alcalá 221","line2":"Piso 3"}}`,
        "Calle de Alcalá 221",
      ],
      [`POST:<QueryDict: {'line1': ['Hauptstraße 113'], 'city': ['Berlin']}>`, "Hauptstraße 113"],
    ]),
    [],
  );
  deepStrictEqual(changed([`{"line1":"ok","line2":"","diff_lines":12}`]), []);
});

Deno.test("a name under recipient, or under name after billing details or e-mail, is masked", () => {
  deepStrictEqual(
    leaksOf([
      [
        `level=warn msg="address validation failed" recipient="Aoife Volkov" carrier=dhl`,
        "Aoife Volkov",
      ],
      [
        `{"billing_details":{"address":{"city":"Lyon","line1":"14 rue des Lilas"},"email":"m@x.fr","name":"Mateo Halvorsen","phone":null}}`,
        "Mateo Halvorsen",
      ],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      `{"name":"Internal Server Error","status":500}`,
      `{"shipping_method":{"name":"Express Delivery","price":500}}`,
      `{"billing_plan":{"name":"Pro Annual","seats":12}}`,
    ]),
    [],
  );
});

Deno.test("a phone number before a colon that ends the clause is masked; host:port and times stay", () => {
  deepStrictEqual(
    leaksOf([
      [
        "ERROR sms.sender: Twilio error 21211 sending OTP to +1 714-797-5524: not a valid number",
        "+1 714-797-5524",
      ],
      ["sending OTP to (308) 639-5331: The 'To' number is not valid", "(308) 639-5331"],
      ["sending OTP to +91 94424 92092: The 'To' number is not valid", "+91 94424 92092"],
      ["sending OTP to +16628764074: The 'To' number is not valid", "+16628764074"],
      ["sending OTP to 07041 499058: The 'To' number is not valid", "07041 499058"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      "dial tcp db.internal:5432: connect: connection refused",
      "build 555-123-4567:latest pulled",
    ]),
    [],
  );
});

Deno.test("a card-shaped number under a generation or snowflake key is kept", () => {
  deepStrictEqual(
    changed([
      `attributes={"eventType":"OBJECT_FINALIZE","objectGeneration":"5448433354896104"}`,
      `INFO batch: snowflake=6831505951127734396 offset=49329969`,
    ]),
    [],
  );
});
