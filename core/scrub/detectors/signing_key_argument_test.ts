/**
 * A signing or private key's secret handed to a call as a string literal (a JWT library's
 * sign/encode/decode, `Algorithm.HMAC256`, `JWK.asKey`, Go's `SignedString([]byte(…))`, Ruby
 * OpenSSL's passphrase) is masked; the other arguments, and a key held in a variable, a call or
 * a reference, stay.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";

/** A made-up key, from a small seeded generator. */
function keyOf(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  return Array.from({ length: 8 + (next() % 12) }, () => ALPHABET[next() % ALPHABET.length])
    .join("");
}

Deno.test("a literal key given to a signing call is masked; the other arguments stay", () => {
  for (let seed = 1; seed <= 25; seed++) {
    const k = keyOf(seed);
    for (
      const [line, kept] of [
        [`    out = jwt.encode({"uid": 42}, '${k}', algorithm="HS512")`, '"HS512"'],
        [`const signed = JWT.sign(body, "${k}", { expiresIn: "1h" });`, '"1h"'],
        [`let claims = jwt.verify(bearer, '${k}')`, "bearer"],
        [`    decoded = JWT.decode raw, '${k}', true, { algorithm: 'HS256' }`, "'HS256'"],
        [`    t = JWT.encode claims, "${k}", "HS384"`, '"HS384"'],
        [`Algorithm algo = Algorithm.HMAC512("${k}");`, "algo"],
        [`const key = JWK.asKey('${k}')`, "key"],
        [`    .WithSecret("${k}")`, ".WithSecret("],
        [`\tsigned, err := tok.SignedString([]byte("${k}"))`, "tok"],
        [`  File.write(path, rsa.to_pem(cipher, '${k}'))`, "path"],
        [`  io.write ca_key.export(cipher, "${k}")`, "ca_key"],
        [`  pkey = OpenSSL::PKey::RSA.new pem_text, '${k}'`, "pem_text"],
        [`  pkey = OpenSSL::PKey::EC.new(pem_text, "${k}")`, "pem_text"],
      ]
    ) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(k), false, out);
      strictEqual(out.includes(kept), true, out);
    }
  }
});

Deno.test("a key held in a variable, a call or a reference stays", () => {
  for (
    const line of [
      "const signed = jwt.sign(body, config.jwtSecret, { expiresIn: '1h' });",
      "out = jwt.encode(payload, settings.SECRET_KEY, algorithm='HS256')",
      "claims = jwt.decode(token, options={'verify_signature': False})",
      'const signed = jwt.sign(body, "${JWT_SECRET}")',
      "Algorithm algo = Algorithm.HMAC256(signingKey);",
      '\tsigned, err := tok.SignedString([]byte(os.Getenv("JWT_KEY")))',
      "  io.write ca_key.export(cipher, pass_phrase)",
      "  pkey = OpenSSL::PKey::RSA.new pem_text, ENV['KEY_PASS']",
      "const wrapped = JWK.asKey(keyMaterial)",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
