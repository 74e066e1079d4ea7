/**
 * FAKE secrets and personal data in the formats real logs leak them in, so the demo shows masking.
 * None of these is a working credential: they are random strings in the documented shapes, on
 * reserved test ranges (RFC 5737 IPs, example.com mail, 555 phone numbers, test card numbers).
 */
import { ALNUM, DIGITS, HEX, type Random, UPPER_ALNUM } from "./random.ts";

const FIRST = ["jane", "omar", "li", "maria", "kofi", "anna", "raj", "sofia"];
const LAST = ["doe", "haddad", "wei", "garcia", "mensah", "novak", "patel", "rossi"];
/** Card numbers published by payment processors for testing; they pass the Luhn check. */
const TEST_CARDS = [
  "4111 1111 1111 1111",
  "5555555555554444",
  "4242-4242-4242-4242",
  "378282246310005",
];

export const fake = {
  email: (r: Random) => `${r.pick(FIRST)}.${r.pick(LAST)}@example.com`,
  phone: (r: Random) => `+1 415 555 01${r.chars(2, DIGITS)}`,
  ipv4: (r: Random) => `203.0.113.${1 + r.int(254)}`,
  card: (r: Random) => r.pick(TEST_CARDS),
  awsAccessKeyId: (r: Random) => `AKIA${r.chars(16, UPPER_ALNUM)}`,
  awsSecretKey: (r: Random) => r.chars(40, `${ALNUM}/+`),
  slackBotToken: (r: Random) =>
    `xoxb-${r.chars(12, DIGITS)}-${r.chars(13, DIGITS)}-${r.chars(24, ALNUM)}`,
  githubToken: (r: Random) => `ghp_${r.chars(36, ALNUM)}`,
  stripeKey: (r: Random) => `sk_live_${r.chars(24, ALNUM)}`,
  password: (r: Random) => `${r.pick(["Hunter", "Winter", "Dragon"])}${r.chars(4, DIGITS)}!`,
  traceId: (r: Random) => r.chars(16, HEX),
  jwt(r: Random): string {
    const encode = (value: unknown) =>
      btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
    const header = encode({ alg: "HS256", typ: "JWT" });
    const payload = encode({
      sub: `user_${r.chars(6, DIGITS)}`,
      email: fake.email(r),
      iat: 1795946400,
    });
    return `${header}.${payload}.${r.chars(43, `${ALNUM}-_`)}`;
  },
  pemBlock(r: Random): string {
    const lines = Array.from({ length: 4 }, () => r.chars(64, `${ALNUM}+/`));
    return ["-----BEGIN RSA PRIVATE KEY-----", ...lines, "-----END RSA PRIVATE KEY-----"].join(
      "\n",
    );
  },
};
