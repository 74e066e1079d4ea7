import { deepStrictEqual as assertEquals } from "@node/assert";
import { levelOfLine, normalizeLevel } from "./levels.ts";

Deno.test("the level of a line: level words, level fields, klog, Postgres, HTTP status", () => {
  const cases: [string, string][] = [
    ["2025-06-01T00:00:00.002Z ERROR worker aws configure", "error"],
    ["2025-06-01 10:00:00,123 [warn] slow query", "warn"],
    ['{"ts":"2025-06-01T00:00:00Z","level":"debug","msg":"x ERROR y"}', "debug"],
    ["ts=2025-06-01T00:00:00Z level=info msg=started", "info"],
    ["severity: CRITICAL disk full", "error"],
    ["E0603 10:05:25.123456       1 reflector.go:138] watch failed", "error"],
    ["I0603 10:05:25.123456       1 kubelet.go:2345] SyncLoop", "info"],
    ["2025-06-03 10:05:25.123 UTC [42] LOG:  checkpoint starting: time", "info"],
    ["2025-06-03 10:05:25.123 UTC [42] FATAL:  password authentication failed", "error"],
    [
      '10.0.0.1 - - [03/Jun/2025:10:05:25 +0000] "GET /api/orders/7 HTTP/1.1" 503 12 "-" "curl"',
      "error",
    ],
    ['10.0.0.1 - - [03/Jun/2025:10:05:25 +0000] "POST /login HTTP/1.1" 401 0 "-" "curl"', "warn"],
    ["2025-06-01T00:00:00Z GET /healthz 200 12b 3ms", "info"],
    ["the error was retried and the info is fine", "unknown"],
    ["Errors: none", "unknown"],
    ["", "unknown"],
  ];
  for (const [line, level] of cases) assertEquals(levelOfLine(line), level, line);
});

Deno.test("a record's level field is read whatever its case; anything else is unknown", () => {
  assertEquals(
    ["ERROR", "Warning", " info ", "TRACE", "fatal", "loud", "", null, undefined].map(
      normalizeLevel,
    ),
    [
      "error",
      "warn",
      "info",
      "debug",
      "error",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
    ],
  );
});
