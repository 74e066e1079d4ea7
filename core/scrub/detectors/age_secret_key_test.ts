/**
 * An age identity is masked in both of its forms: the X25519 one (AGE-SECRET-KEY-1…) and the
 * post-quantum hybrid one that `age-keygen -pq` writes (AGE-SECRET-KEY-PQ-1…), each with 58 bech32
 * characters; a cut key, a key with a character outside bech32 and an all-X stand-in of either
 * form stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const PQ = "AGE-SECRET-KEY-PQ-124FL6ZY54KLAY937YRNUJCKPAK28LRDJG0EEL92UE3GM36KCWF9TFWWQLT";

Deno.test("a post-quantum age identity is masked in any line shape", () => {
  for (
    const text of [
      PQ,
      `SOPS_AGE_KEY=${PQ}`,
      `# created: 2026-11-17T13:39:06+01:00\n${PQ}`,
      `{"identity":"${PQ}","recipients":1}`,
      `2026-03-02T11:04:19Z WARN decrypt failed with identity ${PQ} (file secrets.enc)`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(PQ.slice(19)), `${text} -> ${out}`);
  }
});

Deno.test("a cut identity, one outside bech32 and an all-X stand-in stay", () => {
  for (
    const text of [
      "identity AGE-SECRET-KEY-PQ-124FL6ZY54KLAY937",
      "SOPS_AGE_KEY=AGE-SECRET-KEY-1" + "X".repeat(58),
      "# set SOPS_AGE_KEY=AGE-SECRET-KEY-PQ-1" + "X".repeat(58) + " in .env",
      "AGE-SECRET-KEY-PQ-1" +
      "24FL6ZY54KLAY937YRNUJCKPAK28LRDJG0EEL92UE3GM36KCWF9TFWWQLT".replace("W", "I"),
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
