/**
 * Home Assistant's `!secret NAME` names an entry of its `secrets.yaml`, not a value: under a
 * `rest_command`'s `authorization:` header it is kept (http-authorization reads nothing that
 * starts with `!`), while a scheme and a token written in its place are masked.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { seededRandom } from "./corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x5ec7);
const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const draw = (n: number) =>
  Array.from({ length: n }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join("");
const NAMES = ["nas_bearer", "router_token", "api.token", "grafana-auth"];

const restCommand = (value: string) =>
  "rest_command:\n  restart_nas:\n    url: http://nas.local:8123/api/services/x/restart\n" +
  `    headers:\n      authorization: ${value}`;

Deno.test("a !secret reference under authorization: is kept; a token there is masked", () => {
  const problems: string[] = [];
  for (let k = 0; k < 12; k++) {
    const name = NAMES[k % NAMES.length] + (k > 3 ? k : "");
    for (const text of [restCommand(`!secret ${name}`), `Authorization: !secret ${name}`]) {
      if (scrubber.scrub(text).text !== text) problems.push(text);
    }
    const token = draw(24) + k;
    for (const text of [restCommand(`Bearer ${token}`), restCommand(`"${token}"`)]) {
      if (scrubber.scrub(text).text.includes(token)) problems.push(text);
    }
  }
  deepStrictEqual(problems, []);
});
