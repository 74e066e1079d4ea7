/**
 * A password after a user in statements no flag names (../kv/commands.ts USER_THEN_PASSWORD):
 * Redis's ACL rules typed at a prompt, as MONITOR prints them and in an ACL file (`>PASS`),
 * MongoDB's `db.changeUserPassword("u", "PASS")`, Neo4j's `dbms.security.createUser('u', 'PASS',
 * false)` and Db2's `CONNECT TO db USER u USING PASS`. Seeded values of our own; the same
 * statements without a password (`nopass`, a hashed `#…` rule, `passwordPrompt()`, a `${VAR}`, no
 * `USING`) stay as they are.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@%^*+=_.-";

Deno.test("a password after its user is masked", () => {
  const rnd = seededRandom(0xac15);
  for (let i = 0; i < 8; i++) {
    const v = "R" +
      Array.from({ length: 15 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    for (
      const line of [
        `cache-1:6379> ACL SETUSER worker on >${v} ~jobs:* +@all`,
        `1721896778.975260 [0 unix:/run/redis/redis.sock] "ACL" "SETUSER" "worker" "on" ">${v}" "~jobs:*"`,
        `user app on >${v} ~app:* &* +@read +@write`,
        `admin> db.changeUserPassword("reporter", "${v}")`,
        `query: CALL dbms.security.createUser('reporting', '${v}', false)`,
        `$ db2 connect to SAMPLE user db2inst1 using ${v}`,
        `db2 => CONNECT TO sample USER db2inst1 USING ${v};`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(v), out);
    }
  }
});

Deno.test("the same statements without a password stay", () => {
  for (
    const line of [
      `cache-1:6379> ACL SETUSER worker on nopass ~jobs:* +@all`,
      `user app on #${"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"} ~app:*`,
      `user default off`,
      `admin> db.changeUserPassword("reporter", passwordPrompt())`,
      `admin> db.changeUserPassword("reporter", "\${REPORTER_PASSWORD}")`,
      `query: CALL dbms.security.listUsers()`,
      `$ db2 connect to SAMPLE user db2inst1`,
      `redirected output of user jobs to > 3 files`,
      `  user deploy ran: echo done >/tmp/out.log`,
      `user admin logged in, queue depth >250`,
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("Teradata BTEQ's `.LOGON host/user,PASS`: the password is masked, the logon kept", () => {
  const rnd = seededRandom(0x7d1a);
  for (let i = 0; i < 8; i++) {
    const v = "T" +
      Array.from({ length: 13 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    for (
      const line of [
        `.LOGON tdprod/etl_user,${v};`,
        `2026-03-01T10:00:00Z .logon td-prod.acme.io/dbc,${v}`,
        ` BTEQ -- Enter your SQL request or BTEQ command: .LOGON tdprod/etl_user,${v},'acct01'`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(v) && /\.logon [\w.-]+\/\w+,/i.test(out), out);
    }
  }
  for (
    const line of [
      ".LOGON tdprod/etl_user,",
      ".LOGON tdprod/etl_user",
      ".logoff",
      ".LOGON tdprod/etl_user,$TD_PASSWORD",
    ]
  ) {
    strictEqual(scrub(line), line);
  }
});

Deno.test("`user:PASS` after a directive: the password is masked", () => {
  const rnd = seededRandom(0x2c4e);
  for (let i = 0; i < 8; i++) {
    const v = "Z" +
      Array.from({ length: 13 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    for (
      const line of [
        `[zk: zk1:2181(CONNECTED) 3] addauth digest kafka:${v}`,
        `cache_peer proxy.acme.io parent 3128 0 no-query default login=svc_proxy:${v}`,
        `+ skopeo copy --src-creds ci:${v} docker://a.io/app:1 docker://b.io/app:1`,
        `$ skopeo copy --dest-creds='ci:${v}' dir:/tmp/app docker://b.io/app:1`,
        `podman pull --creds "deploy:${v}" registry.acme.io/app:2.1.0`,
        `etcdctl --endpoints=https://etcd-1:2379 user add app:${v}`,
        `$ ETCDCTL_API=3 etcdctl user add root:${v}`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(v), out);
    }
  }
  for (
    const line of [
      "[zk: zk1:2181(CONNECTED) 3] addauth digest",
      "cache_peer proxy.acme.io parent 3128 0 no-query default login=PASSTHRU",
      "cache_peer proxy.acme.io parent 3128 0 no-query login=PASS",
      "+ skopeo copy --authfile /run/containers/auth.json docker://a.io/app:1 docker://b.io/app:1",
      "podman pull --creds deploy registry.acme.io/app:2.1.0",
      "etcdctl user add app",
      "etcdctl user add app --interactive=false --new-user-password=$APP_PW",
      "etcdctl member add infra3 --peer-urls=http://etcd-3.internal:2380",
      "etcdctl user grant-role app readwrite",
    ]
  ) strictEqual(scrub(line), line);
});
