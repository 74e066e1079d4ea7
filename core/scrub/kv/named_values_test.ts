/**
 * A secret-named key given as the `name` of an entry whose `value` field holds the secret:
 * Kubernetes env lists (`- name: KEY` then `value: v` below), ECS / JSON
 * `{"name":"KEY","value":"v"}` in any case of the field names, `Name=KEY,Value=v`. The value is
 * masked; other entries, and a `valueFrom:` reference, stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;
const P = "Hq7!vLw2#Rk9zTb4";

Deno.test("a value named by a name field beside it is masked", () => {
  const cases = [
    `env:\n  - name: SMTP_PASSWORD\n    value: "${P}"\n  - name: SMTP_PORT\n    value: "587"`,
    `      - name: SMTP_PASSWORD\n        value: ${P}`,
    `      - name: "STRIPE_SECRET_KEY"\n        value: '${P}'`,
    `{"containerDefinitions":[{"environment":[{"name":"SMTP_PASSWORD","value":"${P}"}]}]}`,
    `{"Environment":[{"Name":"SMTP_PASSWORD","Value":"${P}"},{"Name":"PORT","Value":"80"}]}`,
    `{\\"key\\":\\"smtp_password\\",\\"value\\":\\"${P}\\"}`,
    `aws ecs run-task --overrides Name=SMTP_PASSWORD,Value=${P}`,
    `- {name: SMTP_PASSWORD, value: ${P}}`,
  ];
  deepStrictEqual(cases.filter((text) => scrub(text).includes(P)), []);
});

Deno.test("the entries around a named value, and a reference to one, stay", () => {
  const text = [
    "env:",
    "  - name: SMTP_PASSWORD",
    "    valueFrom:",
    "      secretKeyRef:",
    "        name: smtp",
    "        key: password",
    "  - name: LOG_LEVEL",
    "    value: debug",
  ].join("\n");
  strictEqual(scrub(text), text);
  const json = `{"name":"SMTP_PASSWORD","valueFrom":"arn:aws:ssm:eu-west-1:1:parameter/x"}`;
  strictEqual(scrub(json), json);
  const after =
    `  - name: SMTP_PASSWORD\n    value: "${P}"\n  - name: REGION\n    value: eu-west-1`;
  strictEqual(
    scrub(after).split("\n").slice(2).join("\n"),
    "  - name: REGION\n    value: eu-west-1",
  );
});
