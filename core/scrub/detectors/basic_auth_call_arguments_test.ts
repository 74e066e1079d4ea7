/**
 * The password given with a user to a basic-auth credential in code (connect-password-argument):
 * requests' `auth=("user", "v")` tuple, `HTTPBasicAuth`, httpx's and aiohttp's `BasicAuth`,
 * Apache HttpClient's `UsernamePasswordCredentials`, when it is a string literal; the user, and a
 * password held in a variable or read from the environment, stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0xba51c);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#-";
const password = () =>
  Array.from(
    { length: 8 + Math.floor(random() * 12) },
    () => ALPHABET[Math.floor(random() * ALPHABET.length)],
  ).join("");

Deno.test("a literal password given to a basic-auth credential is masked; the user stays", () => {
  for (let k = 0; k < 30; k++) {
    const pw = password();
    for (
      const [line, kept] of [
        [`r = requests.get(url, auth=("svc-etl", "${pw}"), timeout=5)`, '"svc-etl"'],
        [`resp = requests.post(url, json=body, auth=('ops', '${pw}'))`, "'ops'"],
        [`session.auth = HTTPBasicAuth("deploy", "${pw}")`, '"deploy"'],
        [`auth = requests.auth.HTTPBasicAuth('ci', '${pw}')`, "'ci'"],
        [`client = httpx.Client(auth=httpx.BasicAuth("api", "${pw}"))`, '"api"'],
        [`async with aiohttp.ClientSession(auth=aiohttp.BasicAuth("ops", "${pw}")) as s:`, '"ops"'],
        [`Credentials c = new UsernamePasswordCredentials("svc", "${pw}");`, '"svc"'],
      ]
    ) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(pw), false, out);
      strictEqual(out.includes(kept), true, out);
    }
  }
});

Deno.test("a password in a variable or read from the environment stays", () => {
  const lines = [
    "r = requests.get(url, auth=(user, password))",
    'session.auth = HTTPBasicAuth("deploy", os.environ["DEPLOY_PASSWORD"])',
    "Credentials c = new UsernamePasswordCredentials(user, pass);",
  ];
  deepStrictEqual(lines.map((line) => scrubber.scrub(line).text), lines);
});
