/**
 * Credentials in the syntaxes the second red-team corpus (../corpus/redteam2/) found leaking,
 * with generated passwords across the forms each syntax takes:
 *
 * - Oracle connect strings given to a tool or to CONNECT (`sqlplus user/pw@host:1521/svc`);
 * - lines of a PostgreSQL password file (`host:port:db:user:password`);
 * - random letters-only values under a `…_key` name (no digit in them);
 * - a provider prefix before a `your-…` stand-in stays (`xoxb-your-bot-token`).
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam_values.ts";
import { LOWER, mixed, password, UPPER } from "../corpus/redteam2/providers.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);

const ORACLE: ((user: string, pw: string) => string)[] = [
  (u, p) => `sqlplus ${u}/${p}@db.internal:1521/ORCLPDB1`,
  (u, p) => `+ sqlplus -s -L ${u}/${p}@//10.0.3.12:1521/ORCL @migrate.sql`,
  (u, p) => `expdp ${u}/${p}@orcl directory=DATA_PUMP_DIR dumpfile=full.dmp`,
  (u, p) => `impdp userid=${u}/${p} dumpfile=x.dmp`,
  (u, p) => `rman target ${u}/${p}@prod catalog rco/x@rcat`,
  (u, p) => `SQL> CONNECT ${u}/${p}@pdb1`,
  (u, p) => `sqlldr ${u}/${p} control=load.ctl`,
];

Deno.test("the password of an Oracle connect string is masked in every tool's syntax", () => {
  const r = new Rand(41);
  const cases: [string, string][] = [];
  for (const write of ORACLE) {
    for (let i = 0; i < 8; i++) {
      const pw = i % 2 ? password(r) : mixed(r, 8 + r.int(20));
      cases.push([write(["scott", "system", "app_rw", "svc_orders"][i % 4], pw), pw]);
    }
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("connect in prose and sqlplus without a password stay", () => {
  const lines = [
    "sqlplus / as sysdba",
    "cannot connect api/health endpoint; connect service/metrics failed",
    "retrying connect to orders/primary in 5s",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});

Deno.test("the password on a .pgpass line is masked, whatever the host, usual port and wildcards", () => {
  const r = new Rand(42);
  const hosts = ["db.internal", "10.0.3.12", "*", "pg-primary.prod.svc", "localhost", "[::1]"];
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    const pw = i % 2 ? password(r) : mixed(r, 10 + r.int(20));
    const port = ["*", "5432", "5433", "6432"][r.int(4)];
    const db = i % 3 === 0 ? "*" : "app";
    cases.push([`${hosts[i % hosts.length]}:${port}:${db}:user_${i}:${pw}`, pw]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("times, MAC addresses and IPv6 with five or more colon groups are no .pgpass line", () => {
  const lines = [
    "10:12:01:123:456",
    "ab:12:cd:ef:01:23",
    "elapsed 10:12:01:123:456 total",
    "fe80:0:0:0:1:2:3:4",
  ];
  const out = lines.map((l) => scrubber.scrub(l).text);
  deepStrictEqual(out.filter((o) => o.includes("pgpass")), []);
});

Deno.test("random letters-only values under a key name are masked (at least 19 in 20)", () => {
  const r = new Rand(43);
  const names = ["stripe_key", "signingKey", "HMAC_KEY", "api-key", "encryption_key"];
  const cases: [string, string][] = [];
  for (let i = 0; i < 200; i++) {
    const value = mixed(r, 20 + r.int(30), UPPER + LOWER);
    const name = names[i % names.length];
    cases.push([i % 2 ? `${name}: ${value}` : `{"${name}":"${value}"}`, value]);
  }
  const leaks = leaksOf(cases);
  ok(leaks.length <= cases.length / 20, leaks.join("\n"));
});

Deno.test("camel-case names and words under a key name stay", () => {
  const lines = [
    "stripe_key: ThisIsMyApplicationKeyName",
    "HMAC_KEY: DefaultSigningAlgorithmName",
    '{"stripe_key":"LastModifiedTimestampDescending"}',
    "signing_key_name: organizationmembershiprecord",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});

Deno.test("a provider prefix before a your-… stand-in is no secret", () => {
  const lines = [
    "SLACK_BOT_TOKEN=xoxb-your-bot-token",
    "export GITHUB_TOKEN=ghp_your_token_here",
    'api_secret: "sk_live_your_secret_key"',
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});
