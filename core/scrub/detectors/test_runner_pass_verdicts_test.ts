/**
 * The capitals `PASS` of a test runner's verdict name the test that passed, not a password: Go's
 * `--- PASS: TestName (0.01s)` (every passing test of `go test -v`), and at a line's start a
 * test's file (automake's `PASS: tests/test-hmac`, DejaGnu's `PASS: gcc.dg/pr1.c (test for excess
 * errors)`, Jest's and Pest's `PASS  src/a.test.ts`). A password after `PASS` in any other form
 * is still masked.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(20261214);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
const WORDS = ["Token", "Bucket", "Refill", "Sign", "Request", "Api", "Key", "Secret", "Rotate"];
/** A word of a test's name: capitalised, or in capitals and digits (`HMAC256`). */
const word = () =>
  random() < 0.2 ? pick(WORDS).toUpperCase() + Math.floor(random() * 512) : pick(WORDS);
const goName = () =>
  pick(["Test", "Benchmark", "Fuzz"]) + word() + word() + (random() < 0.5 ? "_" + word() : "");
const seconds = () => (random() * 3).toFixed(2);

Deno.test("Go's verdicts of passing tests and subtests stay", () => {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const name = goName();
    lines.push(`--- PASS: ${name} (${seconds()}s)`);
    lines.push(`    --- PASS: ${name}/${word()}_${word()} (${seconds()}s)`);
  }
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a test suite's verdict naming a test's file stays", () => {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const name = `${word()}${word()}`;
    lines.push(`PASS: tests/${name}`);
    lines.push(`PASS: t${1000 + i}-${name}.sh`);
    lines.push(`PASS: gcc.dg/${name}.c (test for excess errors)`);
    lines.push(`  PASS  Tests\\Unit\\${name}Test`);
    lines.push(` PASS  src/auth/${name}.test.ts (${seconds()} s)`);
  }
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a password after PASS in any other form is still masked", () => {
  for (
    const [line, password] of [
      ["PASS: S3cretPw!x", "S3cretPw!x"],
      ["USER: admin PASS: S3cretPw!x", "S3cretPw!x"],
      ["--- PASS: Qm9v4Lx!ua", "Qm9v4Lx!ua"],
      ["PASS: Sup3r/Secret9", "Sup3r/Secret9"],
      ["PASS: Sup3rSecret9.c9", "Sup3rSecret9.c9"],
      ["> PASS QuB0xAVabS9XJH84P1DFgq", "QuB0xAVabS9XJH84P1DFgq"],
    ]
  ) ok(!scrubber.scrub(line).text.includes(password), line);
});

Deno.test("a tally of tests passed after PASS stays", () => {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const total = 1 + Math.floor(random() * 400);
    const passed = Math.floor(random() * (total + 1));
    lines.push(`PASS: ${passed}/${total}`);
    lines.push(`PASS: ${passed}/${total} tests`);
  }
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
  for (const pw of ["41/42x", "12/34/Pw", "s3cr3t/42"]) {
    ok(!scrubber.scrub(`PASS: ${pw}`).text.includes(pw), pw);
  }
});
