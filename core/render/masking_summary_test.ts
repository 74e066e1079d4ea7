import { deepStrictEqual, strictEqual } from "@node/assert";
import {
  detectorLabel,
  maskingSummary,
  mergeMaskCounts,
  parseMaskCounts,
} from "./masking_summary.ts";

Deno.test("detector ids read as human labels, singular and plural", () => {
  strictEqual(detectorLabel("aws-access-key-id", 2), "AWS access key IDs");
  strictEqual(detectorLabel("aws-access-key-id", 1), "AWS access key ID");
  strictEqual(detectorLabel("email", 12), "emails");
  strictEqual(detectorLabel("email-address", 3), "email addresses");
  strictEqual(detectorLabel("url-credentials", 2), "URL credentials");
  strictEqual(detectorLabel("ipv4-address", 1), "IPv4 address");
  strictEqual(detectorLabel("private-key", 2), "private keys");
  strictEqual(detectorLabel("github-pat", 2), "GitHub PATs");
  strictEqual(detectorLabel("national-identity", 2), "national identities");
});

Deno.test("summary names the largest kinds first and says when nothing was masked", () => {
  strictEqual(
    maskingSummary({ "aws-access-key-id": 2, email: 12 }),
    "12 emails, 2 AWS access key IDs masked",
  );
  strictEqual(maskingSummary({}), "nothing masked");
  strictEqual(maskingSummary({ email: 0 }), "nothing masked");
  strictEqual(
    maskingSummary({ a: 5, b: 4, c: 3 }, 2),
    "5 as, 4 bs, and 1 more kind masked",
  );
});

Deno.test("parseMaskCounts accepts only kebab ids with non-negative integer counts", () => {
  deepStrictEqual(parseMaskCounts('{"email":3,"aws-access-key-id":1}'), {
    email: 3,
    "aws-access-key-id": 1,
  });
  deepStrictEqual(parseMaskCounts("{}"), {});
  for (
    const bad of [
      "not json",
      "[]",
      '{"email":-1}',
      '{"email":1.5}',
      '{"email":"3"}',
      '{"<!channel>":1}',
      '{"Email":1}',
      `{${Array.from({ length: 201 }, (_, i) => `"d${i}":1`).join(",")}}`,
      `{"email":1,"pad":"${"x".repeat(20_000)}"}`,
    ]
  ) {
    strictEqual(parseMaskCounts(bad), undefined, bad.slice(0, 40));
  }
});

Deno.test("mergeMaskCounts sums and drops zeros", () => {
  deepStrictEqual(mergeMaskCounts({ email: 2, jwt: 0 }, { email: 1, "ipv4-address": 4 }), {
    email: 3,
    "ipv4-address": 4,
  });
});
