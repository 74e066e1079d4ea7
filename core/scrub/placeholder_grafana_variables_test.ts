/**
 * Grafana's variables in its configuration (grafana.ini, provisioning files, a NixOS module's
 * settings): `$__file{PATH}` reads the value from a file, `$__env{VAR}` from the environment,
 * `$__vault{…}` from Vault. Where the value is, not the value: kept in every form that assigns
 * one. Found by the blind red teams hR8 and hR10 (benign twins). A password in the same places is
 * still masked (seeded values of our own), one that starts with `$__` too.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";
import { seededRandom } from "./corpus/token_generator.ts";

const scrubber = createScrubber();
const LINES = [
  (v: string) => `admin_password = ${v}`,
  (v: string) => `  services.grafana.settings.security.admin_password = "${v}";`,
  (v: string) => `    secureJsonData:\n      password: ${v}`,
  (v: string) => `GF_SECURITY_ADMIN_PASSWORD=${v}`,
];
const VARIABLES = [
  "$__file{/etc/grafana/admin_pw}",
  "$__file{/run/secrets/grafana-admin}",
  "$__env{GF_DB_PASSWORD}",
  "$__vault{database:secret/data/grafana:password}",
];

Deno.test("Grafana's $__file{…}, $__env{…} and $__vault{…} are no secret", () => {
  for (const variable of VARIABLES) strictEqual(isPlaceholder(variable), true, variable);
  for (const value of ["$__Xk9{Qz2", "$__K9xQm2p7", "$_{Rk29xQm}p"]) {
    strictEqual(isPlaceholder(value), false, value);
  }
});

Deno.test("lines giving Grafana's variables are kept; with a password there it is masked", () => {
  for (const line of LINES) {
    for (const variable of VARIABLES) {
      const text = line(variable);
      strictEqual(scrubber.scrub(text).text, text);
    }
  }
  const random = seededRandom(0x6afa);
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!%^*+=_";
  for (let i = 0; i < 8; i++) {
    const v = "G" +
      Array.from({ length: 17 }, () => chars[Math.floor(random() * chars.length)]).join("");
    for (const line of LINES) {
      const out = scrubber.scrub(line(v)).text;
      ok(!out.includes(v), out);
    }
  }
});
