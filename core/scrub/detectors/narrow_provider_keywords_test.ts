/**
 * Provider detectors whose keywords were common words of key/value logs (`key` in every
 * `routing_key`, `pub` in `public`, `secret` in `secret_name`, `session_token` in
 * `session_token_ttl`) are woken by the longer words every one of their matches holds instead:
 * the token's prefix and a hex digit (telnyx-api-key, datadog-client-token), the names' words as
 * they are joined (aws-secret-access-key, ibm-cos-hmac-secret, aws-session-token). A line of
 * such common words wakes none of them; every match they find, in every writing of their names,
 * still wakes its detector.
 */
import { ok } from "@node/assert";
import type { Detector } from "../detector.ts";
import { matchDetector } from "../match.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { DETECTORS } from "./mod.ts";
import { wakes } from "./test_support.ts";

const IDS = [
  "telnyx-api-key",
  "datadog-client-token",
  "aws-secret-access-key",
  "ibm-cos-hmac-secret",
  "aws-session-token",
];
const detector = (id: string) => DETECTORS.find((d) => d.id === id) as Detector;

Deno.test("a key/value line of common key words wakes none of the narrowed provider detectors", () => {
  const lines = [
    '{"routing_key":"orders.created.v1","cache_key":"orders:24752:v1","key_name":"primary","keys":4}',
    "level=info public=true publisher=feed secret_name=stripe-webhook secret_version=3 key=users.updated",
    '{"session_token_ttl":900,"security_token_count":2,"credentials_source":"vault","api_key_id":"key_859"}',
    'msg="key rotated" Key: orders.created secret: hidden session-token-ttl=900 pubsub=on',
  ];
  for (const line of lines) {
    for (const id of IDS) ok(!wakes(line, detector(id)), `${id} woken by ${line}`);
  }
});

/** `n` characters of `alphabet`, from `random`. */
const drawn = (random: () => number, alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");

const HEX = "0123456789abcdef",
  ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Each of `words` joined by nothing, `_` or `-`, in lower, upper and title case. */
function writings(...words: string[]): string[] {
  let forms = [words[0]];
  for (const word of words.slice(1)) {
    forms = forms.flatMap((f) => ["", "_", "-"].map((join) => f + join + word));
  }
  return forms.flatMap((
    f,
  ) => [f, f.toUpperCase(), f.replace(/(^|[_-])(\w)/g, (m) => m.toUpperCase())]);
}

Deno.test("every match of a narrowed provider detector, its names in every writing, wakes it", () => {
  const random = seededRandom(0x5e7c);
  const b64 = ALNUM + "/+";
  const names: Record<string, string[]> = {
    "aws-secret-access-key": [
      ...writings("aws", "secret", "access", "key"),
      ...writings("aws", "secret", "key"),
      ...writings("aws", "token"),
      ...writings("secret", "access", "key"),
    ],
    "ibm-cos-hmac-secret": [
      ...writings("secret", "access", "key"),
      ...writings("secret", "key"),
      ...writings("cos", "hmac", "secret", "key"),
      ...writings("ibm", "secret", "access", "key"),
    ],
    "aws-session-token": [
      ...writings("aws", "session", "token"),
      ...writings("aws", "security", "token"),
      "SessionToken",
      "sessiontoken",
      "X-Amz-Security-Token",
      "x-amz-security-token",
    ],
  };
  const values: Record<string, () => string> = {
    "aws-secret-access-key": () => drawn(random, b64, 40),
    "ibm-cos-hmac-secret": () => drawn(random, HEX, 48),
    "aws-session-token": () => drawn(random, b64, 120),
  };
  const lines: [string, string][] = [];
  for (const [id, keys] of Object.entries(names)) {
    for (const key of keys) {
      lines.push([id, `${key}=${values[id]()}`], [id, `{"${key}": "${values[id]()}"}`]);
    }
  }
  for (let k = 0; k < 200; k++) {
    const telnyx = `KEY${drawn(random, "0123456789ABCDEF", 32)}_${drawn(random, ALNUM, 22)}`;
    lines.push(["telnyx-api-key", `api_key=${telnyx} status=ok`]);
    lines.push(["datadog-client-token", `{"clientToken":"pub${drawn(random, HEX, 32)}"}`]);
  }
  let found = 0;
  for (const [id, line] of lines) {
    const d = detector(id);
    if (matchDetector(d, line).length === 0) continue;
    found++;
    ok(wakes(line, d), `${id} not woken by ${line}`);
  }
  // Most lines hold a match (a drawn value of too little entropy may be refused).
  ok(found > lines.length * 0.9, `${found} of ${lines.length} lines matched`);
});
