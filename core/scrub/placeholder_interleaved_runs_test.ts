/**
 * A stand-in typed as letters and digits in turn whose letters are a run of the alphabet
 * (`b2c3d4…`, each group reversed too) is a placeholder (./placeholders.ts isInterleavedRun);
 * random tokens of every alphabet, letters and digits in turn included, are not.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";
import { seededRandom } from "../../devkit/sample_logs/random.ts";

/** Letters from `from`, `count` of them, each followed by a digit (`b2c3…`). */
function run(from: string, count: number, digits = "1234567890"): string {
  let out = "";
  for (let i = 0; i < count; i++) {
    out += String.fromCharCode(from.charCodeAt(0) + i) + digits[i % digits.length];
  }
  return out;
}

/** The run cut into groups of `sizes` pairs, each group's pairs reversed, joined by `-`. */
function reversedGroups(pairs: string, sizes: number[]): string {
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes) {
    groups.push(pairs.slice(at, at + 2 * size).match(/../g)!.reverse().join(""));
    at += 2 * size;
  }
  return groups.join("-");
}

Deno.test("letters and digits in turn, the letters a run, are placeholders", () => {
  const values = [
    run("b", 14),
    run("c", 16) + "QZ",
    "zz-tok-" + run("a", 4) + "-" + run("e", 4, "7391") + "-" + run("i", 6, "05"),
    "zz-dep-" + reversedGroups(run("a", 16, "4725"), [4, 2, 2, 2, 6]),
  ];
  strictEqual(values[3], "zz-dep-d5c2b7a4-f7e4-h5g2-j7i4-p5o2n7m4l5k2");
  deepStrictEqual(values.filter((v) => !isPlaceholder(v)), []);
  const line = `helm upgrade app --set cfg.licenseKey=${values[1]} --set sub.apiKey=${values[2]}`;
  strictEqual(createScrubber().scrub(line).text, line);
});

Deno.test("random tokens, and runs too short, gapped or repeated, are not placeholders", () => {
  const alphabets = [
    "0123456789abcdef",
    "abcdefghijklmnopqrstuvwxyz0123456789",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  ];
  const random = seededRandom(0x5eed);
  const pick = (chars: string) => chars[random.int(chars.length)];
  const kept: string[] = [];
  for (const alphabet of alphabets) {
    for (let n = 0; n < 10_000; n++) {
      let token = "";
      for (let i = 0; i < 32; i++) token += pick(alphabet);
      if (isPlaceholder(token)) kept.push(token);
    }
  }
  // Letters and digits in turn, the letters random.
  for (let n = 0; n < 10_000; n++) {
    let token = "";
    for (let i = 0; i < 16; i++) token += pick("abcdefghijklmnopqrstuvwxyz") + pick("0123456789");
    if (isPlaceholder(token)) kept.push(token);
  }
  deepStrictEqual(kept, []);
  deepStrictEqual(
    [run("b", 11), run("b", 6) + run("j", 8), run("b", 7) + run("b", 7), run("b", 14) + "QZXYW"]
      .filter((v) => isPlaceholder(v)),
    [],
  );
});

Deno.test("letters in random case after a stand-in's first word (your, insert) are a secret", () => {
  // A stand-in is written in words (`your_token_here`, `YOUR_API_KEY`): capitals start words.
  // Random letters in both cases nearly always hold two capitals together, or one inside a word,
  // so at most a few in a hundred pass for a stand-in (all did before); random lower-case
  // letters after `your` cannot be told from words without a dictionary, and stay stand-ins.
  const random = seededRandom(0x5eed2);
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  let kept = 0;
  for (let n = 0; n < 10_000; n++) {
    const token = ["your", "insert", "Your", "YOUR", "Insert"][n % 5] + random.chars(30, letters);
    if (isPlaceholder(token)) kept++;
  }
  strictEqual(kept < 200, true, `${kept} of 10,000 kept`);
  deepStrictEqual(
    ["your_token_here", "YOUR_API_KEY", "yourGitHubToken", "insert_api_key"]
      .filter((v) => !isPlaceholder(v)),
    [],
  );
});

Deno.test("a value starting with my is one someone chose: a secret, in any case or joining", () => {
  // `mypassword`, `my-token`, `mySecretKey`: what a developer sets, not an instruction to a
  // reader as `your_…` is; a log that holds one holds a credential.
  const random = seededRandom(0x5eed3);
  for (const lead of ["my", "My", "MY", "my_", "my-", "My "]) {
    for (const length of [1, 8, 30]) {
      const value = lead + random.chars(length, "abcdefghijklmnopqrstuvwxyz");
      strictEqual(isPlaceholder(value), false, value);
    }
  }
  deepStrictEqual(
    ["mypassword", "my-token", "mySecretKey", "myGitHubToken", "mysecretpassword"]
      .filter((v) => isPlaceholder(v)),
    [],
  );
});
