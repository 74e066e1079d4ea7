/**
 * Registry credentials under generated values: Docker's config `auth` field holds base64 of
 * user:password (a user and a password of printable ASCII each at least one character long);
 * Artifactory keys and encrypted passwords need a letter after their prefix.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { matchDetector } from "../match.ts";
import { detectors } from "./registries.ts";

const random = seededRandom(0xd0ce);
const detector = (id: string) => detectors.find((d) => d.id === id)!;
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join("")
  .replace(":", "");
const found = (id: string, line: string, value: string) => {
  const at = line.indexOf(value);
  return matchDetector(detector(id), line).some((s) =>
    s.start === at && s.end === at + value.length
  );
};

Deno.test("Docker auth: base64 of user:password with both parts, printable, is masked", () => {
  for (let k = 0; k < 300; k++) {
    const user = random.int(3) === 0 ? "" : random.chars(4 + random.int(8), PRINTABLE);
    const password = random.int(3) === 0 ? "" : random.chars(4 + random.int(8), PRINTABLE);
    const text = `${user}:${password}`;
    const b64 = btoa(text);
    if (b64.length < 8) continue;
    const line = `{"auths":{"r.example.com":{"auth":"${b64}"}}}`;
    strictEqual(
      found("docker-config-auth", line, b64),
      user.length > 0 && password.length > 0,
      text,
    );
  }
  for (const text of ["deploy:s3cret", "a:bcdefgh", "abcdefg:h", "a b:c d e"]) {
    const b64 = btoa(text);
    strictEqual(found("docker-config-auth", `{"auth":"${b64}"}`, b64), true, text);
  }
  for (
    const text of [
      ":password",
      "username:",
      "no-colon-here",
      "user:pa\u0001ss",
      "user:pa\u007fss",
      "üser:pass",
    ]
  ) {
    const b64 = btoa(text);
    strictEqual(found("docker-config-auth", `{"auth":"${b64}"}`, b64), false, JSON.stringify(text));
  }
});

Deno.test("Artifactory: a key needs a lower-case letter after AKC, a password a letter after AP and its digit", () => {
  const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (let k = 0; k < 200; k++) {
    const body = random.chars(10 + random.int(20), ALNUM);
    const key = `AKC${body}`;
    strictEqual(found("artifactory-api-key", `artif-key:${key}`, key), /[a-z]/.test(body), key);
    const upper = `AKC${body.toUpperCase()}`;
    strictEqual(found("artifactory-api-key", `artif-key:${upper}`, upper), false, upper);
    const digit = random.int(10);
    const password = `AP${digit}${body}`;
    strictEqual(
      found("artifactory-password", `X-JFrog-Art-Api: ${password}`, password),
      /[A-Za-z]/.test(body),
      password,
    );
    const digitsOnly = `AP${digit}${random.chars(10, "0123456789")}`;
    strictEqual(found("artifactory-password", `X-JFrog-Art-Api: ${digitsOnly}`, digitsOnly), false);
  }
  // the letter must come after the prefix: AKCp… with only capitals and digits after it is not enough
  strictEqual(found("artifactory-api-key", "artif-key:AKCpABCDEFGH12", "AKCpABCDEFGH12"), true);
  strictEqual(found("artifactory-api-key", "artif-key:AKC0ABCDEFGH1p", "AKC0ABCDEFGH1p"), true);
  strictEqual(found("artifactory-password", "jfrog AP1a938475610", "AP1a938475610"), true);
  // the hex digit after AP is no letter of the rest: digits only after it stay, even after A–F
  for (const hex of "ABCDEF") {
    strictEqual(
      found("artifactory-password", `jfrog AP${hex}93847561`, `AP${hex}93847561`),
      false,
      hex,
    );
  }
  strictEqual(found("artifactory-password", "jfrog AP19384756a10", "AP19384756a10"), true);
});

Deno.test("an image-pull secret's docker config outside its Secret is masked when it holds a credential", () => {
  const scrubber = createScrubber();
  for (let k = 0; k < 60; k++) {
    const host = random.pick(["ghcr.io", "quay.io", "registry.example.com:5000"]);
    const field = random.pick(["auth", "password", "identitytoken"]);
    const value = field === "auth"
      ? btoa(`${random.chars(6, LETTERS)}:${random.chars(14, LETTERS)}`)
      : random.chars(12 + random.int(20), LETTERS);
    const config = random.int(2) === 0
      ? { auths: { [host]: { [field]: value } } }
      : { [host]: { [field]: value, email: "ci@example.com" } };
    const b64 = btoa(JSON.stringify(config));
    const key = random.pick([".dockerconfigjson", ".dockercfg"]);
    for (
      const line of [
        `  ${key}: ${b64}`,
        `{"data":{"${key}":"${b64}"}}`,
        `helm upgrade app ./chart --set-string ${key}=${b64}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      ok(!out.includes(b64.slice(8, 40)), `${line} -> ${out}`);
    }
  }
  // No credential in the config, the type's name, a reference: unchanged.
  for (
    const line of [
      `  .dockerconfigjson: ${btoa('{"auths":{}}')}`,
      `  .dockerconfigjson: ${btoa('{"auths":{"ghcr.io":{"auth":""}}}')}`,
      "type: kubernetes.io/dockerconfigjson",
      ".dockercfg: ${DOCKER_CFG}",
    ]
  ) strictEqual(createScrubber().scrub(line).text, line);
});
