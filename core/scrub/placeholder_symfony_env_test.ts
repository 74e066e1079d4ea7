/**
 * Symfony's reference to an environment variable, `%env(NAME)%`, through its processors
 * (`%env(resolve:DATABASE_URL)%`, `%env(json:file:SECRETS_FILE)%`), as `.env`, `services.yaml` and
 * `debug:container --env-vars` print it, is a placeholder (./placeholders.ts); a value that only
 * starts so is still masked.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

Deno.test("Symfony's %env(...)% references are placeholders; values that only start so are not", () => {
  const kept = ["%env(APP_SECRET)%", "%env(resolve:DATABASE_URL)%", "%env(json:file:SECRETS)%"];
  deepStrictEqual(kept.filter((v) => !isPlaceholder(v)), []);
  const secrets = ["%env(Xk9pQ2rT7vW3mN8b", "%env(a)%Xk9pQ2rT7vW3mN8b", "%env(Xk9/pQ2+rT7v)%"];
  deepStrictEqual(secrets.filter((v) => isPlaceholder(v)), []);
});

Deno.test("a line referring to a secret with %env(...)% stays; a real value is masked", () => {
  const scrubber = createScrubber();
  for (
    const line of [
      "APP_SECRET=%env(APP_SECRET)%",
      "    password: '%env(resolve:DATABASE_PASSWORD)%'",
      '"secret": "%env(json:file:SECRETS_FILE)%"',
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
  const out = scrubber.scrub("APP_SECRET=%env(a)%Xk9pQ2rT7vW3mN8b").text;
  strictEqual(out.includes("Xk9pQ2rT7vW3mN8b"), false, out);
});
