/**
 * A `data:` map is read without its kind (kubectl prints `data:` before `kind:`), so a
 * ConfigMap's values are judged by their shape: hex digests and ids (the operations corpus's
 * `FEATURE_FLAGS_SHA: <sha256>`) are no base64 of a secret and stay; a Secret's base64 values are
 * still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { isSecretBase64 } from "./kubernetes.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const SHA256 = "96c328437d226b41b3934d918151e660bc101ff9d34546743005484fb0022aba";

Deno.test("hex digests and ids under data: are no base64 of a secret", () => {
  for (const v of [SHA256, SHA256.slice(0, 40), SHA256.slice(0, 32), "0123456789abcdef"]) {
    strictEqual(isSecretBase64(v), false, v);
  }
  strictEqual(isSecretBase64(btoa("hunter2-but-longer")), true);
});

Deno.test("a ConfigMap's digests stay; a Secret's base64 values under data: are masked", () => {
  const configMap = [
    "apiVersion: v1",
    "kind: ConfigMap",
    "data:",
    "  LOG_LEVEL: info",
    `  FEATURE_FLAGS_SHA: ${SHA256}`,
    `  BUILD_COMMIT: ${SHA256.slice(0, 40)}`,
  ].join("\n");
  strictEqual(scrub(configMap), configMap);
  const value = btoa("Saffron1997#x");
  const out = scrub(
    ["apiVersion: v1", "data:", `  DB_PASSWORD: ${value}`, "kind: Secret"].join("\n"),
  );
  ok(!out.includes(value), out);
});
