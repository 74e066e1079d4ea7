import { deepStrictEqual, strictEqual } from "@node/assert";
import { readAlertRequest } from "./request.ts";

const BODY = {
  timestamp: "1700000000",
  nonce: "n0nce-0123456789abcdef",
  service: "gateway",
  environment: "production",
  window: "15m",
  channel_id: "C05PRODDBG1",
  on_call_user_id: "U05ONCALL01",
  signature: "v1=" + "0".repeat(64),
};

function refusal(body: unknown) {
  const read = readAlertRequest(body);
  return read.ok ? undefined : read.refusal;
}

Deno.test("a complete body is read; an absent filter is empty", () => {
  const read = readAlertRequest(BODY);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.refusal)}`);
  strictEqual(read.request.filter, "");
  strictEqual(read.request.service, "gateway");
});

Deno.test("missing or empty required fields are named", () => {
  deepStrictEqual(refusal({ ...BODY, nonce: "", service: undefined }), {
    reason: "missing_fields",
    fields: ["nonce", "service"],
  });
  deepStrictEqual(refusal(null)?.reason, "missing_fields");
  deepStrictEqual(refusal("not an object")?.reason, "missing_fields");
  deepStrictEqual(refusal([BODY])?.reason, "missing_fields");
});

Deno.test("a value longer than its field's limit is oversized", () => {
  deepStrictEqual(refusal({ ...BODY, window: "1".repeat(101) }), {
    reason: "oversized",
    fields: ["window"],
  });
  deepStrictEqual(refusal({ ...BODY, filter: "x".repeat(1_000_000) })?.reason, "oversized");
});

Deno.test("values that are not plain text of their form are malformed, by field", () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ timestamp: 1700000000 }, "timestamp"],
    [{ timestamp: "17e8" }, "timestamp"],
    [{ service: { name: "gateway" } }, "service"],
    [{ service: ["gateway"] }, "service"],
    [{ environment: true }, "environment"],
    [{ window: "15m\nservice=auth" }, "window"],
    [{ filter: "a\u0000b" }, "filter"],
    [{ nonce: "short" }, "nonce"],
    [{ channel_id: "general" }, "channel_id"],
    [{ on_call_user_id: "<@U05ONCALL01>" }, "on_call_user_id"],
    [{ signature: "sha256=abc" }, "signature"],
  ];
  for (const [change, field] of cases) {
    deepStrictEqual(
      refusal({ ...BODY, ...change }),
      { reason: "malformed", fields: [field] },
      field,
    );
  }
});
