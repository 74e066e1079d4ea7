import { ok, strictEqual } from "@node/assert";
import {
  alertGrantCheck,
  alertGrantValid,
  GRANT_TTL_SECONDS,
  readAlertGrantKey,
  signAlertGrant,
} from "./alert_grant.ts";

const KEY = "k".repeat(40);
const NOW = 1_764_000_000;
const REQUEST = {
  service: "checkout",
  environment: "production",
  filter: "",
  channel_id: "C05PRODDBG1",
  user_id: "U05ONCALL01",
};

Deno.test("an alert grant holds for exactly its request, under its key, until it expires", () => {
  const grant = signAlertGrant(KEY, REQUEST, NOW);
  ok(alertGrantValid(KEY, grant, REQUEST, NOW));
  ok(alertGrantValid(KEY, grant, REQUEST, NOW + GRANT_TTL_SECONDS));
  ok(!alertGrantValid(KEY, grant, REQUEST, NOW + GRANT_TTL_SECONDS + 1), "expired");
  ok(!alertGrantValid("x".repeat(40), grant, REQUEST, NOW), "another key");
  for (const field of Object.keys(REQUEST) as (keyof typeof REQUEST)[]) {
    const other = { ...REQUEST, [field]: `${REQUEST[field]}X` };
    ok(!alertGrantValid(KEY, grant, other, NOW), `another ${field}`);
  }
});

Deno.test("a grant with its expiry moved, or malformed, is refused", () => {
  const grant = signAlertGrant(KEY, REQUEST, NOW);
  const [, expiry, mac] = grant.split(".");
  ok(!alertGrantValid(KEY, `v1.${Number(expiry) + 60}.${mac}`, REQUEST, NOW));
  const far = signAlertGrant(KEY, REQUEST, NOW + 3600);
  ok(!alertGrantValid(KEY, far, REQUEST, NOW), "an expiry past the TTL is not accepted");
  for (const bad of ["", "v1", `v2.${expiry}.${mac}`, `${grant}0`, "v1.1.".padEnd(200, "a")]) {
    ok(!alertGrantValid(KEY, bad, REQUEST, NOW), bad);
  }
});

Deno.test("without ALERT_GRANT_KEY every grant is refused; a short key is a setting problem", () => {
  const grant = signAlertGrant(KEY, REQUEST, NOW);
  const unset = alertGrantCheck({}, grant, REQUEST, NOW);
  strictEqual(unset !== "granted" && unset.detail, "access:bad_alert_grant");
  strictEqual(alertGrantCheck({ ALERT_GRANT_KEY: KEY }, grant, REQUEST, NOW), "granted");
  const short = readAlertGrantKey({ ALERT_GRANT_KEY: "short" });
  ok("problem" in short && short.problem.includes("ALERT_GRANT_KEY must be"));
});
