import { deepStrictEqual as assertEquals } from "@node/assert";
import { comparePatterns } from "./compare.ts";
import type { Pattern } from "./summary.ts";

function pattern(template: string, count: number): Pattern {
  return {
    template,
    count,
    level: "info",
    firstSeen: null,
    lastSeen: null,
    firstLine: 1,
    lastLine: count,
    example: template,
    previousCount: 0,
    change: null,
  };
}

Deno.test("comparing separately mined windows: new, rising, matched by exact or covering template", () => {
  const previous = [
    pattern("user alice logged in", 4), // one value then: a constant
    pattern("payment <*> retried", 5),
    pattern("cache miss for key <*>", 100),
  ];
  const current = [
    pattern("user <*> logged in", 6),
    pattern("payment <*> retried", 40),
    pattern("cache miss for key <*>", 90),
    pattern("disk full on /dev/<*>", 2),
    pattern("user <*> logged out", 3),
  ];
  assertEquals(
    comparePatterns(current, previous).map((c) => [c.pattern.template, c.change, c.previousCount]),
    [
      ["user <*> logged in", null, 4],
      ["payment <*> retried", "rising", 5],
      ["cache miss for key <*>", null, 100],
      ["disk full on /dev/<*>", "new", 0],
      ["user <*> logged out", "new", 0],
    ],
  );
});

Deno.test("a rise needs both the factor and the absolute number of lines", () => {
  const compared = comparePatterns(
    [pattern("a <*>", 9), pattern("b <*>", 31), pattern("c <*>", 29)],
    [pattern("a <*>", 1), pattern("b <*>", 10), pattern("c <*>", 10)],
  );
  assertEquals(compared.map((c) => c.change), [null, "rising", null]);
});
