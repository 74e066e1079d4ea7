/**
 * A JSON Web Key's private members are masked (RFC 7518: `d` of an EC, OKP or RSA key, `p`, `q`,
 * `dp`, `dq`, `qi` of an RSA key, `k` of a symmetric one) in an object that names its key type
 * (`"kty"`, first as most libraries write it, or last as Node's `export({ format: "jwk" })`
 * does), in plain or escaped JSON; the public members (`n`, `e`, `x`, `y`, `kid`) and a public
 * key set stay. Found by a blind red team of signing keys printed into logs (its values stay
 * outside the repository); the values here are generated, seeded.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(4106);
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const b64url = (n: number) => {
  let out = "";
  for (let i = 0; i < n; i++) out += B64URL[Math.floor(random() * 64)];
  return out;
};

Deno.test("the private members of EC, RSA and symmetric JWKs are masked", () => {
  for (let i = 0; i < 4; i++) {
    const [d, p, q, dp, dq, qi, k] = [342, 171, 171, 171, 171, 171, 43].map(b64url);
    const ecD = b64url(43);
    const rsa = { kty: "RSA", kid: b64url(8), n: b64url(342), e: "AQAB", d, p, q, dp, dq, qi };
    const ec = { crv: "P-256", d: ecD, x: b64url(43), y: b64url(43), kty: "EC" };
    const oct = { kty: "oct", kid: "hs-1", alg: "HS256", k };
    for (
      const [text, secrets] of [
        [JSON.stringify({ keys: [rsa] }), [d, p, q, dp, dq, qi]],
        [JSON.stringify(ec), [ecD]],
        [`JWT_PRIVATE_JWK='${JSON.stringify(oct)}'`, [k]],
        [`{"msg":"loaded key","jwk":${JSON.stringify(JSON.stringify(ec))}}`, [ecD]],
        [JSON.stringify(oct, null, 2).replace(/\n\s*/g, " "), [k]],
      ] as const
    ) {
      const out = scrubber.scrub(text).text;
      for (const s of secrets) ok(!out.includes(s), `${text.slice(0, 80)} -> ${out}`);
      ok(out.includes('"kty'), out);
    }
  }
});

Deno.test("public keys and same-named members outside a JWK stay", () => {
  const n = b64url(342), x = b64url(43), y = b64url(43);
  for (
    const text of [
      JSON.stringify({ keys: [{ kty: "RSA", kid: b64url(8), n, e: "AQAB", alg: "RS256" }] }),
      JSON.stringify({ kty: "EC", crv: "P-256", x, y, use: "sig" }),
      JSON.stringify({ d: "2026-11-20", k: "build-1042", q: "status:open" }),
      JSON.stringify({ kid: "hs-1", d: x }),
    ]
  ) strictEqual(scrubber.scrub(text).text, text);
});
