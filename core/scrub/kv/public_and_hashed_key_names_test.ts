/**
 * A name that says its value is public or a one-way digest names no secret: .NET's strong-name
 * `PublicKeyToken=7cec85d7bea7798e` (8 bytes of a hash of the assembly's PUBLIC key, printed in
 * every assembly name), and a scanner's `hashed_secret` (detect-secrets' baseline stores the
 * SHA-1 of what it found, committed on purpose). Found blind by the benign corpus
 * (../corpus/benign8.jsonl: `dotnet-exception`, `dotnet-assembly-binding`,
 * `secret-scanner-findings`). A private key's token and a password's hash are not covered: a
 * `hashed_password` is still a password's name.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { createScrubber } from "../mod.ts";

Deno.test("public key tokens and hashed secrets name no secret; their neighbours still do", () => {
  const none = [
    "PublicKeyToken",
    "publicKeyToken",
    "public_key_token",
    "public-key-token",
    "hashed_secret",
    "hashedToken",
    "HASHED_API_KEY",
  ];
  deepStrictEqual(none.filter((name) => keyKind(name) !== null), []);
  const still: [string, string][] = [
    ["private_key_token", "secret"],
    ["access_token", "secret"],
    ["hashed_password", "password"],
    ["unhashed_secret", "secret"],
    ["hashedsecret_token", "secret"],
    ["public_token_secret", "secret"],
  ];
  deepStrictEqual(still.filter(([name, kind]) => keyKind(name) !== kind), []);
});

Deno.test("an assembly's public key token and a scanner's hashed secret stay; a token beside them is masked", () => {
  const scrubber = createScrubber();
  for (
    const line of [
      "Assembly: System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e",
      "LOG: DisplayName = Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed (Fully-specified)",
      `{"type": "Secret Keyword", "filename": "settings/base.py", "hashed_secret": "e06b39b511c45a862ea68c342ca7900f653d72e1", "is_verified": false}`,
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
  const out = scrubber.scrub(
    `{"hashed_secret": "e06b39b511c45a862ea68c342ca7900f653d72e1", "api_token": "Zq8Kd2Lm9Xp4Rt7Vw1Yb3Nc6"}`,
  ).text;
  strictEqual(out.includes("Zq8Kd2Lm9Xp4Rt7Vw1Yb3Nc6"), false, out);
});
