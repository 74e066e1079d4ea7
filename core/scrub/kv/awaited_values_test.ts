/**
 * JavaScript's `await` read as a password (./code_values.ts): `const password = await prompt()`
 * gives the key what a call returns, no value. Found in an audit of JavaScript sources; the lines
 * here are written for these tests. `await` alone, or glued to more, stays a value.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("`await` before an expression is no value", () => {
  const lines = [
    "    const password = await askFor.password();",
    "  const newPassword = await readSecretLine(rl)",
    "  let passwd = await vault.read(path);",
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("`await` alone or glued to more is still a value", () => {
  const cases = [
    ["password: await", "await"],
    ["  password = await9 x", "await9"],
    ["  password = awaitQk7", "awaitQk7"],
  ];
  deepStrictEqual(cases.filter(([line, v]) => scrubber.scrub(line).text.includes(v)), []);
});
