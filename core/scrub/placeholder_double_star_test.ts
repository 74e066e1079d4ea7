/**
 * `**` alone is a mask, as `***` and `****` were: Celery's banner and kombu print a broker URL
 * with its password so (`amqp://app:**@rabbit:5672//`), and Redis clients' URLs too. Found by
 * the sixteenth corpus's benign twins (corpus/secrets_carriers16.jsonl). A value with `**` and
 * more in it is still a value.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

Deno.test("two asterisks alone are a placeholder; with more in the value they are not", () => {
  deepStrictEqual(["**", "***"].filter((v) => !isPlaceholder(v)), []);
  deepStrictEqual(["**x", "Zq7**", "*", "**Lk9vQ2**"].filter((v) => isPlaceholder(v)), []);
});

Deno.test("a broker URL whose password is printed as ** is kept; a real one is masked", () => {
  const scrubber = createScrubber();
  for (
    const line of [
      "- ** ---------- .> transport:   amqp://app:**@rabbit:5672//",
      "connecting to redis://:**@redis:6379/0",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
  strictEqual(
    scrubber.scrub("transport: amqp://app:Wm4xR8pLq2Zt@rabbit:5672//").text,
    "transport: amqp://app:[REDACTED:url-credentials]@rabbit:5672//",
  );
});
