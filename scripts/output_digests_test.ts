import { equal, notEqual } from "@node/assert";
import { outputDigest, sampleLinesLaidOut } from "./output_digests.ts";

Deno.test("output digests: the same text gives the same digest, and a change of output changes it", async () => {
  const text = "user=bob password=Zq8#vLr2!kPw9 ip=203.0.113.7\nplain line\n";
  const first = await outputDigest(text);
  equal(first.digest, (await outputDigest(text)).digest, "fixed key: the same output each run");
  equal(first.digest.length, 16);
  // A different secret masks to the same placeholder: the output, and so the digest, is the same.
  equal((await outputDigest(text.replace("Zq8#vLr2!kPw9", "Yt7$mNq4@jHs2"))).digest, first.digest);
  // Kept text that differs changes the output, and the digest with it.
  notEqual((await outputDigest(text.replace("plain", "other"))).digest, first.digest);
  // A pseudonymised address: another address, another pseudonym.
  notEqual((await outputDigest(text.replace("203.0.113.7", "203.0.113.8"))).digest, first.digest);
});

Deno.test("output digests: the laid-out sample lines are cut at the length asked, and generated alike", async () => {
  const text = await sampleLinesLaidOut(50_000, 4096);
  const lines = text.split("\n");
  equal(lines.slice(0, -1).every((line) => line.length === 4096), true);
  equal(await sampleLinesLaidOut(50_000, 4096), text);
});
