/**
 * Home Assistant's and ESPHome's `!secret NAME` as a value (`password: !secret wifi_password`):
 * the name of an entry in `secrets.yaml`, read from there, as CloudFormation's `!Ref NAME` is a
 * parameter's. The line stays whole; a value after another tag, or with none, is still read.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";

Deno.test("`key: !secret name` (a secrets.yaml entry's name) stays whole", () => {
  const rnd = seededRandom(0x5ec2);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  for (let i = 0; i < 30; i++) {
    const key = pick([
      "password",
      "api_password",
      "mqtt_password",
      "token",
      "api_key",
      "ota_password",
    ]);
    const name = pick(["wifi", "mqtt", "esphome_api", "influx", "hue"]) + "_" +
      pick(["password", "token", "key", "secret"]);
    for (
      const text of [
        `${key}: !secret ${name}`,
        `wifi:\n  ssid: "HomeNet"\n  ${key}: !secret ${name}\n  fast_connect: true`,
        `  - platform: esphome\n    ${key}: !secret ${name}  # from secrets.yaml`,
      ]
    ) strictEqual(scrub(text), text);
  }
});

Deno.test("a literal value after the key, or after another tag, is still masked", () => {
  const rnd = seededRandom(0x5ec3);
  for (let i = 0; i < 20; i++) {
    const v = secretFrom(rnd);
    for (const text of [`password: ${v}`, `password: !!str ${v}`, `api_key: "${v}"`]) {
      ok(!scrub(text).includes(v), text);
    }
  }
});
