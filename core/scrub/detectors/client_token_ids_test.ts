/**
 * AWS's APIs name a request's idempotency token `clientToken` (CloudTrail's
 * `"clientToken":"fleet-<uuid>-0"` for EC2 Fleet, AWS IoT device shadows' `clientToken=<uuid>`):
 * when it holds a UUID, maybe after a word and `-` and before a `-N`, it is a request's id
 * (./generic_credentials.ts CLIENT_TOKEN_ID). Found by two benign proxies of documented log
 * formats (hO's CloudTrail, hO2's AWS IoT). Any other value under that name, and a UUID under
 * Vault's `client_token`, Go's `ClientToken` or any other token name, is still masked.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(20261209);
const scrub = (text: string) => createScrubber().scrub(text).text;
const run = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
const HEX = "0123456789abcdef";
const uuid = () =>
  `${run(HEX, 8)}-${run(HEX, 4)}-4${run(HEX, 3)}-${"89ab"[Math.floor(random() * 4)]}${
    run(HEX, 3)
  }-${run(HEX, 12)}`;

Deno.test("a UUID under AWS's clientToken stays, in CloudTrail's JSON and a key=value line", () => {
  for (let i = 0; i < 40; i++) {
    for (
      const line of [
        `{"eventName":"CreateFleet","requestParameters":{"CreateFleetRequest":{"clientToken":"fleet-${uuid()}-${
          Math.floor(random() * 4)
        }","Type":"instant"}}}`,
        `{"eventSource":"ecs.amazonaws.com","requestParameters":{"clientToken":"${uuid()}","count":1}}`,
        `INFO aws-iot: device shadow update accepted thing=thermo-${
          run(HEX, 6)
        } version=${i} clientToken=${uuid()}`,
        `clientToken=${uuid()}`,
      ]
    ) strictEqual(scrub(line), line);
  }
});

Deno.test("another value under clientToken, or a UUID under another token name, is masked", () => {
  const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  for (let i = 0; i < 40; i++) {
    const token = run(ALNUM, 32);
    const id = uuid();
    for (
      const [line, secret] of [
        [`clientToken: "${token}"`, token],
        [`clientToken=${id}${token.slice(0, 6)}`, id],
        [`{"auth":{"client_token":"${id}"}}`, id],
        [`{ClientToken:${id} Accessor:x}`, id],
        [`X-Vault-Token: ${id}`, id],
        [`clientToken=${uuid()} token=${id}`, id],
      ]
    ) strictEqual(scrub(line).includes(secret), false, line);
  }
});
