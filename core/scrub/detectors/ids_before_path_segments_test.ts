/**
 * A national id right after its name's `:` in a URL's path, the path going on after it
 * (`/users/ssn:123-45-6789/profile`, `/nhs:9434765919/records`): a `/` and a word end the path's
 * segment, so the id is masked as at a line's end. A number a `/` and a digit continue (`2026/01`),
 * and numbers in a path with no id's name, stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(0x9a7f);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");

/** A US SSN of an issuable area, group and serial. */
function ssn(): string {
  for (;;) {
    const [a, g, s] = [digits(3), digits(2), digits(4)];
    if (a !== "000" && a !== "666" && a[0] !== "9" && g !== "00" && s !== "0000") {
      return `${a}-${g}-${s}`;
    }
  }
}

/** An NHS number: nine digits and their modulus-11 check digit (10 never issued). */
function nhs(): string {
  for (;;) {
    const body = digits(9);
    const sum = [...body].reduce((t, c, i) => t + Number(c) * (10 - i), 0);
    const check = (11 - sum % 11) % 11;
    if (check !== 10) return body + check;
  }
}

Deno.test("an id after its name's `:` in a path that goes on is masked", () => {
  for (let i = 0; i < 8; i++) {
    for (const [name, id] of [["ssn", ssn()], ["nhs", nhs()]]) {
      for (
        const line of [
          `GET /users/${name}:${id}/profile HTTP/1.1 200`,
          `{"path":"/patients/${name}:${id}/records","method":"GET"}`,
          `cache miss key=person/${name}:${id}/summary`,
        ]
      ) {
        const out = scrub(line);
        ok(!out.includes(id), out);
        ok(out.includes(`${name}:[REDACTED:`) && out.includes("]/"), out);
      }
    }
  }
});

Deno.test("numbers a path's digits continue, or with no id's name, stay", () => {
  for (
    const line of [
      `GET /orders/${digits(9)}/items HTTP/1.1 200`,
      `archive /backups/ssn:${digits(3)}/${digits(2)}/${digits(4)}.tar`,
      `GET /tickets/${ssn()}/comments`,
      `rollout deploy:${digits(9)}/canary started`,
    ]
  ) strictEqual(scrub(line), line);
});
