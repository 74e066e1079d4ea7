import { deepStrictEqual, notStrictEqual, ok, strictEqual } from "@node/assert";
import {
  canonicalString,
  constantTimeEqual,
  hmacSha256,
  matchingSecret,
  signAlert,
  type SignedValues,
} from "./signature.ts";

const VALUES: SignedValues = {
  timestamp: "1700000000",
  nonce: "n0nce-0123456789abcdef",
  service: "gateway",
  environment: "production",
  window: "15m",
  filter: "",
  channel_id: "C05PRODDBG1",
  on_call_user_id: "U05ONCALL01",
};

Deno.test("the canonical string names every signed field, in order, one per line", () => {
  strictEqual(
    canonicalString(VALUES),
    [
      "safe-debug-alert/v1",
      "timestamp=1700000000",
      "nonce=n0nce-0123456789abcdef",
      "service=gateway",
      "environment=production",
      "window=15m",
      "filter=",
      "channel_id=C05PRODDBG1",
      "on_call_user_id=U05ONCALL01",
    ].join("\n"),
  );
});

Deno.test("the signature is HMAC-SHA256 of the canonical string (an independent computation agrees)", () => {
  // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
  const mac = hmacSha256("Jefe", "what do ya want for nothing?");
  strictEqual(
    Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join(""),
    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
  );
  const signature = signAlert(VALUES, "s".repeat(32));
  ok(/^v1=[0-9a-f]{64}$/.test(signature), signature);
});

Deno.test("changing any signed field changes the signature", () => {
  const base = signAlert(VALUES, "s".repeat(32));
  for (const name of Object.keys(VALUES) as (keyof SignedValues)[]) {
    const changed = { ...VALUES, [name]: VALUES[name] + "x" };
    notStrictEqual(signAlert(changed, "s".repeat(32)), base, name);
  }
  notStrictEqual(signAlert(VALUES, "t".repeat(32)), base, "another secret");
});

Deno.test("constantTimeEqual compares whole strings, lengths included", () => {
  strictEqual(constantTimeEqual("abc", "abc"), true);
  strictEqual(constantTimeEqual("abc", "abd"), false);
  strictEqual(constantTimeEqual("abc", "abcd"), false);
  strictEqual(constantTimeEqual("", ""), true);
});

Deno.test("matchingSecret finds which of several secrets signed, or -1", () => {
  const secrets = ["a".repeat(32), "b".repeat(32), "c".repeat(32)];
  const signature = signAlert(VALUES, secrets[1]);
  strictEqual(matchingSecret(VALUES, signature, secrets), 1);
  strictEqual(matchingSecret(VALUES, signature, [secrets[0], secrets[2]]), -1);
  deepStrictEqual(matchingSecret(VALUES, signature, []), -1);
});
