import { notStrictEqual, ok, strictEqual } from "@node/assert";
import { Masker } from "./mask.ts";

const keyA = new Uint8Array(32).fill(1);
const keyB = new Uint8Array(32).fill(2);

Deno.test("placeholder names the detector", () => {
  strictEqual(
    new Masker(keyA).mask("aws-access-key-id", "placeholder", "AKIA…"),
    "[REDACTED:aws-access-key-id]",
  );
});

Deno.test("partial keeps the last 4 digits of a card, and nothing of a short value", () => {
  const m = new Masker(keyA);
  strictEqual(
    m.mask("payment-card", "partial", "4111 1111 1111 1111"),
    "[REDACTED:payment-card …1111]",
  );
  strictEqual(
    m.mask("payment-card", "partial", "4111-1111-1111-4242"),
    "[REDACTED:payment-card …4242]",
  );
  strictEqual(m.mask("pin", "partial", "12345678"), "[REDACTED:pin]");
});

Deno.test("pseudonyms: stable within a key, typed, different across keys and values", () => {
  const a = new Masker(keyA);
  const token = a.mask("ipv4", "pseudonym", "10.0.0.1");
  ok(/^\[ipv4:[0-9a-f]{10}\]$/.test(token), token);
  strictEqual(a.mask("ipv4", "pseudonym", "10.0.0.1"), token);
  strictEqual(new Masker(keyA).mask("ipv4", "pseudonym", "10.0.0.1"), token);
  notStrictEqual(new Masker(keyB).mask("ipv4", "pseudonym", "10.0.0.1"), token);
  notStrictEqual(a.mask("ipv4", "pseudonym", "10.0.0.2"), token);
  notStrictEqual(a.mask("ipv6", "pseudonym", "10.0.0.1").slice(6), token.slice(6));
});
