import assert, { deepStrictEqual } from "@node/assert";
import { matchDetector } from "../match.ts";
import { detectors } from "./encoded_credentials.ts";

const userPassword = detectors.find((d) => d.id === "base64-user-password")!;
/** The same detector searched by its pattern at every character instead of read run by run. */
const bySearch = { ...userPassword, find: undefined };

const spans = (detector: typeof userPassword, line: string) =>
  matchDetector(detector, line).map((s) => [s.start, s.end, s.detector.id]);

Deno.test("base64-user-password reads runs as its pattern matches them: padding, ends, cuts", () => {
  const value = "YWRtaW46UzNjcjN0UGFzcyE"; // admin:S3cr3tPass!
  const lines = [
    `creds ${value}= ok`,
    `creds ${value}== ok`,
    `creds ${value}=== not a value`,
    `creds ${value}=x not a value`,
    `creds ${value}==x not a value`,
    `creds ${value}=,${value}`,
    `cred=${value}`,
    `creds x${value.replaceAll("S", "-")} url-safe`,
    `creds ${"A".repeat(8191)}`,
    `creds ${"A".repeat(8192)} ${value}`,
    `creds ${"A".repeat(8193)} ${value}`,
    `creds é${value}é`,
    "creds YWJjZGVmZzp4eQ== short password",
  ];
  let found = 0;
  for (const line of lines) {
    const read = spans(userPassword, line);
    deepStrictEqual(read, spans(bySearch, line), line.slice(0, 60));
    found += read.length;
  }
  assert(found >= 5, "the lines hold values the detector masks");
});

Deno.test("base64-user-password finds the same values in random base64 text as its pattern", () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = (s: string) => s[Math.floor(random() * s.length)];
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-";
  let found = 0;
  for (let k = 0; k < 2000; k++) {
    let line = "creds ";
    for (let j = 0; j < 4; j++) {
      let user = "";
      for (let q = 1 + Math.floor(random() * 8); q > 0; q--) user += pick("abXY09._@+-");
      let password = "";
      for (let q = Math.floor(random() * 12); q > 0; q--) password += pick("aZ9!:~ \x7f");
      let noise = "";
      for (let q = Math.floor(random() * 20); q > 0; q--) noise += pick(B64 + "= ,:");
      line += btoa(user + ":" + password).replace(/=+$/, random() < 0.5 ? "" : "$&") +
        (random() < 0.7 ? pick(" ,:") : "") + noise;
    }
    const read = spans(userPassword, line);
    deepStrictEqual(read, spans(bySearch, line), line);
    found += read.length;
  }
  assert(found > 150, "the lines hold values the detector masks");
});
