import { ok, strictEqual } from "@node/assert";
import { shannonEntropy } from "./entropy.ts";

const close = (actual: number, expected: number) =>
  ok(Math.abs(actual - expected) < 1e-9, `${actual} is not ${expected}`);

Deno.test("entropy in bits per character, for known distributions", () => {
  strictEqual(shannonEntropy(""), 0);
  strictEqual(shannonEntropy("aaaa"), 0);
  close(shannonEntropy("ab"), 1);
  close(shannonEntropy("abcd"), 2);
  close(shannonEntropy("0123456789abcdef"), 4);
  // p = 0.1, 0.2, 0.3, 0.4
  close(shannonEntropy("1223334444"), 1.8464393446710154);
});

Deno.test("entropy counts non-ASCII characters (and mixes them with ASCII)", () => {
  close(shannonEntropy("\u00e9\u00e8"), 1);
  // Five different code units (the emoji is a surrogate pair), each 1/5 of the text.
  close(shannonEntropy("a\u00e9b\u{1f600}"), Math.log2(5));
  close(shannonEntropy("a\u00e9a\u00e9"), 1);
});

Deno.test("entropy does not depend on earlier calls", () => {
  const first = shannonEntropy("Zx9Qm2LwV7pK4rT8yB3n");
  shannonEntropy("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  shannonEntropy("zzzz\u00e9");
  strictEqual(shannonEntropy("Zx9Qm2LwV7pK4rT8yB3n"), first);
});
