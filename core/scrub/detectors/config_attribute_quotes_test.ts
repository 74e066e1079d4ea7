/**
 * An XML/.NET config pair is read in either quote XML allows (`<add key='DbPassword'
 * value='…'/>`, the name and the value each in `"` or `'`): the value runs to its own closing
 * quote, so the other quote inside it is part of it.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const VALUE = `Hn4"Qe8;Kw'2Ld`;

Deno.test("config pair: name and value in either quote, the name before or after", () => {
  const inner = (q: string) => VALUE.replaceAll(q, "");
  for (const nq of [`"`, `'`]) {
    for (const vq of [`"`, `'`]) {
      const value = inner(vq);
      for (
        const line of [
          `<add key=${nq}SmtpPassword${nq} value=${vq}${value}${vq}/>`,
          `<setting name=${nq}Payments.ApiKey${nq}  Value = ${vq}${value}${vq} />`,
          `<entry value=${vq}${value}${vq} name=${nq}db_password${nq}/>`,
        ]
      ) {
        const out = scrubber.scrub(line).text;
        strictEqual(out.includes(value), false, line);
        strictEqual(out.includes("[REDACTED:config-attribute-secret]"), true, out);
      }
    }
  }
});

Deno.test("config pair in single quotes: a setting's name keeps its value", () => {
  for (
    const line of [
      "<add key='PasswordMinLength' value='12'/>",
      "<add key='Theme' value='dark-blue-2024'/>",
      "<add key='CacheKey' value='orders-v2-eu'/>",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("an HTML input's or a config pair's value is read past other attributes after its name", async () => {
  const { seededRandom } = await import("../corpus/token_generator.ts");
  const random = seededRandom(2420);
  const letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const password = () =>
    Array.from({ length: 10 }, () => letters[Math.floor(random() * letters.length)]).join("") +
    "7!";
  for (const name of ["password", "passwd", "db_password", "ApiKey"]) {
    for (
      const between of [
        ' type="text"',
        ' id="pw" class="form-control"',
        ' type="hidden" autocomplete="off"',
      ]
    ) {
      const value = password();
      const line = `<input name="${name}"${between} value="${value}">`;
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(value), false, line);
      strictEqual(out.includes("[REDACTED:config-attribute-secret]"), true, out);
    }
  }
  // a name that says no secret, and an empty password field, stay
  for (
    const line of [
      `<input name="username" type="text" value="${password()}">`,
      `<input name="password" type="password" value="">`,
      `<input name="password_hint" type="text" value="first pet">`,
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
