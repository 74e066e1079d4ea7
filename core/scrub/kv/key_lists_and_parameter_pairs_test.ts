/**
 * Secret names this reader knows in more spellings: a list of keys under a plural name (Strapi's
 * `APP_KEYS="k1,k2,k3"`, all masked), a `passcode`, and CloudFormation's parameter pairs
 * (`ParameterKey=DBPassword,ParameterValue=v`, in JSON too), whose value is masked when the key
 * names a secret. Lists under other plural names (`primary_keys`, `sort_keys`), a parameter that
 * names no secret and a passcode's length stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const key = (rnd: () => number) =>
  btoa(String.fromCharCode(...Array.from({ length: 16 }, () => Math.floor(rnd() * 256))));

Deno.test("every key of a list under a plural key name is masked", () => {
  const rnd = seededRandom(0xa99);
  for (let i = 0; i < 8; i++) {
    const keys = [key(rnd), key(rnd), key(rnd)];
    for (
      const line of [
        `app_keys: "${keys.join(",")}"`,
        `{"APP_KEYS":"${keys.join(",")}"}`,
      ]
    ) {
      const out = scrub(line);
      for (const k of keys) ok(!out.includes(k), out);
    }
  }
});

Deno.test("a passcode and a CloudFormation parameter naming a secret are masked", () => {
  const rnd = seededRandom(0xcf7);
  for (let i = 0; i < 8; i++) {
    const v = secretFrom(rnd);
    for (
      const line of [
        `passcode=${v}`,
        `{"passcode": "${v}"}`,
        `export PASSCODE=${v}`,
        `aws cloudformation deploy --parameters ParameterKey=DBPassword,ParameterValue=${v}`,
        `{"ParameterKey": "MasterUserPassword", "ParameterValue": "${v}"}`,
        `ParameterKey=ApiSecret,ParameterValue="${v}" ParameterKey=Env,ParameterValue=prod`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(v), out);
    }
  }
});

Deno.test("other plural names, a parameter naming no secret and a passcode's length stay", () => {
  for (
    const line of [
      '{"primary_keys": ["id", "tenant_id"], "cache_keys": 12}',
      '"sort_keys": true, "dict_keys": ["a","b"]',
      "ssh_keys: /home/deploy/.ssh/authorized_keys",
      "redis: scanned 1200 keys, expired_keys=14",
      "ParameterKey=InstanceType,ParameterValue=t3.micro",
      "ParameterKey=DBPassword,UsePreviousValue=true",
      "passcode_length=6",
    ]
  ) strictEqual(scrub(line), line);
});
