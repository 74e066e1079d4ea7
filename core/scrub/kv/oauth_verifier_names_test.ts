/**
 * The verifier an OAuth client proves an authorization code is its own with is a secret
 * (./key_names.ts): PKCE's `code_verifier` (RFC 7636: 43 to 128 characters of `A-Z a-z 0-9 - . _ ~`)
 * in a token request's form body, a JSON field or a debug line, and OAuth 1.0's `oauth_verifier`
 * in a callback's query. Other verifiers (a TLS or e-mail verifier's setting), a verifier's length
 * and a reference to one stay.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const random = seededRandom(0x7c31);
const UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
const verifier = () =>
  Array.from(
    { length: 43 + Math.floor(random() * 86) },
    () => UNRESERVED[Math.floor(random() * UNRESERVED.length)],
  ).join("");

const FORMS = [
  "grant_type=authorization_code&code=Sp1x7Qa&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&code_verifier={v}",
  "DEBUG pkce: code_verifier={v} code_challenge_method=S256",
  '{"codeVerifier":"{v}","state":"af0ifjsldkj"}',
  "sessionStorage pkce_code_verifier = '{v}'",
  "GET /oauth/callback?oauth_token=hh5s93j4hdidpola&oauth_verifier={v} HTTP/1.1",
];

Deno.test("a PKCE code verifier and an OAuth 1.0 verifier are masked in forms, JSON and URLs", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 6; k++) {
    for (const form of FORMS) {
      const v = verifier();
      const line = form.replace("{v}", v);
      if (scrubWholeAndStreamed(line).includes(v)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("other verifiers' settings, a verifier's length and a reference to one keep their lines", () => {
  const lines = [
    "ssl_verifier=strict email_verifier=enabled",
    "code_verifier_length=64 code_challenge_method=S256",
    "code_verifier=${CODE_VERIFIER}",
    '{"code_verifier": null, "grant_type": "client_credentials"}',
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
