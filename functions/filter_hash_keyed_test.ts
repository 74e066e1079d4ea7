/**
 * What is stored about a person's filter: an HMAC-SHA256 under AUDIT_HASH_KEY, never the text.
 * The key is read at its exact edges (32 to 1,024 characters, blank is off) and a bad one is named
 * without being repeated; the hash is the standard HMAC (RFC 4231's answer, and node:crypto's for
 * generated filters and keys), 64 lower-case hex digits with every byte's leading zero.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createHmac } from "node:crypto";
import { hashFilter, readAuditHashKey } from "./filter_hash.ts";
import { MIN_KEY_CHARS } from "./key_setting.ts";

Deno.test("audit hash key: 32 to 1024 characters are accepted (trimmed), 31 or 1025 refused, blank is off", () => {
  strictEqual(MIN_KEY_CHARS, 32);
  for (const length of [1, 30, 31, 32, 33, 1023, 1024, 1025, 4096]) {
    const key = "k".repeat(length - 1) + "Z";
    const read = readAuditHashKey({ AUDIT_HASH_KEY: `\t ${key} ` });
    if (length >= 32 && length <= 1024) {
      deepStrictEqual(read, { key }, `length ${length}`);
      continue;
    }
    if (!("problem" in read)) throw new Error(`length ${length} was accepted`);
    ok(read.problem.startsWith("AUDIT_HASH_KEY must be 32 to 1024 characters long"), read.problem);
    ok(read.problem.includes("slack env add AUDIT_HASH_KEY"), read.problem);
    ok(!read.problem.includes("kZ") && !read.problem.includes("kkk"), "the key is never said");
  }
  for (const blank of [undefined, "", "   ", "\n"]) {
    deepStrictEqual(readAuditHashKey({ AUDIT_HASH_KEY: blank }), {}, JSON.stringify(blank));
  }
});

Deno.test("filter hash: RFC 4231's HMAC-SHA256 answer", async () => {
  strictEqual(
    await hashFilter("what do ya want for nothing?", "Jefe"),
    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
  );
});

Deno.test("filter hash: generated filters and keys hash as node:crypto's HMAC-SHA256, 64 lower-case hex digits", async () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const alphabet = "abcXYZ019 =:\"'*<>&|é日本🙂\u0000\t-_.";
  let zeroByteSeen = false;
  for (let i = 0; i < 200; i++) {
    const text = (length: number) =>
      Array.from({ length }, () => [...alphabet][next() % [...alphabet].length]).join("");
    const filter = text(next() % 60);
    const key = text(32 + next() % 40);
    const hash = await hashFilter(filter, key);
    strictEqual(
      hash,
      createHmac("sha256", key).update(filter).digest("hex"),
      JSON.stringify(filter),
    );
    ok(/^[0-9a-f]{64}$/.test(hash), hash);
    if (/^(..)*0/.test(hash)) zeroByteSeen = true;
  }
  ok(zeroByteSeen, "some byte below 0x10 was written with its leading zero");
  const key = "a".repeat(40);
  ok(await hashFilter("user_id=42", key) !== await hashFilter("user_id=43", key));
  ok(await hashFilter("x", key) !== await hashFilter("x", key + "b"), "the key matters");
});
