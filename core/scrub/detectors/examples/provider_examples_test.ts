/** Provider examples made from a sample: the syntaxes of a token and of an assigned value. */
import { deepStrictEqual, throws } from "@node/assert";
import { assigned, token } from "../provider_shapes.ts";
import { LOG_LOOKALIKES, providerExamples } from "./provider_examples.ts";

Deno.test("providerExamples: a framed token's sample is written in its frame in every syntax", () => {
  /** a test value after Key= */
  const d = token({
    id: "test-framed",
    token: "Key=(?<secret>[0-9]{6})",
  });
  const { positive } = providerExamples(d, {
    sample: "123456",
    negatives: [],
    frame: (v) => `Key=${v}`,
    positives: [{ text: "k=Key=654321", secret: "654321" }],
  });
  deepStrictEqual(positive, [
    { text: "API_TOKEN=Key=123456", secret: "123456" },
    {
      text: '{"level":"error","msg":"upstream rejected credential","credential":"Key=123456"}',
      secret: "123456",
    },
    {
      text: "2026-03-02T11:04:19.233Z WARN retrying with Key=123456 (attempt 2/5)",
      secret: "123456",
    },
    { text: "  token: 'Key=123456'", secret: "123456" },
    { text: "k=Key=654321", secret: "654321" },
  ]);
});

Deno.test("providerExamples: an assigned value is written after its key name", () => {
  /** a test key in context */
  const d = assigned({
    id: "test-assigned",
    names: "acme[_-]?api[_-]?key",
    value: "[a-f0-9]{16}",
  });
  const { positive, negative } = providerExamples(d, {
    sample: "7f3a91c04be2d658",
    negatives: ["ACME_API_KEY=short"],
  });
  deepStrictEqual(positive.map((ex) => ex.text), [
    "ACME_API_KEY=7f3a91c04be2d658",
    '{"service":"billing","ACME_API_KEY":"7f3a91c04be2d658"}',
    '    acme_api_key: "7f3a91c04be2d658"',
    'level=warn msg="config loaded" ACME_API_KEY: 7f3a91c04be2d658',
  ]);
  deepStrictEqual(negative, ["ACME_API_KEY=short", ...LOG_LOOKALIKES]);
});

Deno.test("providerExamples: refuses a detector no provider builder made", () => {
  const d = { id: "hand-made", kind: "secret" as const, pattern: /x/g };
  throws(() => providerExamples(d, { sample: "x", negatives: [] }), /hand-made/);
});
