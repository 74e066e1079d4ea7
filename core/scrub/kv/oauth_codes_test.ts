/**
 * The `code` of an OAuth 2.0 authorization response (RFC 6749 4.1.2) is masked in a redirect URL
 * that is one (a `state` parameter beside it, or a callback, OAuth, authorize or redirect path),
 * in every shape providers give it; `code` elsewhere names no secret and stays.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { VALUE_CAP } from "./assignments.ts";

const scrubber = createScrubber();
const CODES = [
  "eLEW12XJD1jim0jnMOGvCi6CLoUr2gbkdRMVeQy_nJu",
  "66534a53-d904-47a6-9419-9d443bc149f2.184e3058-8107-4614-9162-7fc0b9755d86",
  "4/0AeanS0bT7x9QpLm2Kv-dW3_zYq",
  "SplxlOBeZQQYbYS6WxSbIA",
];

Deno.test("an authorization response's code is masked, by its state or its path", () => {
  for (const code of CODES) {
    for (
      const line of [
        `GET /auth/callback?state=9c7363b297afdffd&code=${code}&scope=openid 302 67ms`,
        `GET /login?code=${code}&state=xyz HTTP/1.1`,
        `redirect_uri=https://app.example.org/oauth2/redirect?code=${code}`,
        `"url":"https://client.example.com/cb/authorize?session_state=1&code=${code}#_=_"`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      ok(!out.includes(code), `${line} -> ${out}`);
      ok(out.includes("[REDACTED:oauth-authorization-code]"), out);
    }
  }
});

Deno.test("an Azure Functions HTTP trigger's code (its access key) is masked; a code on another /api/ stays", () => {
  const key = "Vb7nQ2xL9kT4wR8mZ3cY6pD1sF5hJ0gA-eU_oI2nT7rXw==";
  const line = `POST https://fn-billing.azurewebsites.net/api/invoice?code=${key} 200`;
  const out = scrubber.scrub(line).text;
  ok(!out.includes(key), out);
  const other = `POST https://billing.example.com/api/invoice?code=${key} 200`;
  strictEqual(scrubber.scrub(other).text, other);
});

Deno.test("code elsewhere stays: status codes, error codes, promo codes, no OAuth context", () => {
  for (
    const line of [
      "GET /api/status?code=200&state=ok 200",
      "GET /checkout?promo=1&code=SPRING2026SALE 200",
      "GET /auth/callback?error=access_denied&error_code=4f1c2e9a7b3d9a 302",
      "GET /verify?code=Qm7xT2vK9pL4wR8nZ3bY6 200",
      "GET /auth/callback?code=1234567890123 302",
      "lookup code=eLEW12XJD1jim0jnMOGvCi6 state=done",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("a code longer than VALUE_CAP masks the rest of its line, unread", () => {
  const long = "Zx9Qm2LwV7pK".repeat(Math.ceil(VALUE_CAP / 12) + 1);
  const out = scrubber.scrub(`GET /callback?state=s&code=${long}&scope=openid 302`).text;
  strictEqual(out, "GET /callback?state=s&code=[REDACTED:scrub-limit]");
});
