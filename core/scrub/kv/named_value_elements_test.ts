/**
 * A value in an element of its own, named by the element before it: Hadoop's / Hive's
 * `<property><name>NAME</name><value>v</value></property>` (on one line or over several), and
 * unattend.xml's `<AdministratorPassword>` / `<Password>` holding `<Value>v</Value>` on the next
 * line. The value is masked when the name names a secret; other names, an empty `<Value>`, and
 * a `<Value>` that is not the first thing below stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#%*+/_~";

function values(seed: number, count: number): string[] {
  const rnd = seededRandom(seed);
  return Array.from(
    { length: count },
    () => "Q" + Array.from({ length: 17 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join(""),
  );
}

Deno.test("a <name> naming a secret masks the <value> after it, on its line or the next", () => {
  const names = [
    "javax.jdo.option.ConnectionPassword",
    "fs.s3a.secret.key",
    "hadoop.http.authentication.signature.secret",
    "ssl.server.keystore.password",
  ];
  for (const [i, v] of values(0x4d2a, 8).entries()) {
    const name = names[i % names.length];
    for (
      const text of [
        `<property>\n  <name>${name}</name>\n  <value>${v}</value>\n</property>`,
        `<property><name>${name}</name><value>${v}</value></property>`,
        `  <property>\n    <name>${name}</name>\n\n    <value>${v}</value>\n  </property>`,
      ]
    ) {
      const out = scrub(text);
      ok(!out.includes(v), `${JSON.stringify(text)} -> ${out}`);
      ok(out.includes(`<name>${name}</name>`) && out.includes("</value>"), out);
    }
  }
});

Deno.test("unattend.xml: <Value> on the line below a password element is masked", () => {
  for (const v of values(0x7b31, 8)) {
    for (
      const text of [
        `<UserAccounts>\n    <AdministratorPassword>\n        <Value>${v}</Value>\n        <PlainText>true</PlainText>\n    </AdministratorPassword>\n</UserAccounts>`,
        `<AutoLogon>\n  <Password>\n    <Value>${v}</Value>\n    <PlainText>true</PlainText>\n  </Password>\n  <Enabled>true</Enabled>\n</AutoLogon>`,
        `<LocalAccount>\n  <Password>\n\n    <value>${v}</value>\n  </Password>\n</LocalAccount>`,
      ]
    ) {
      const out = scrub(text);
      ok(!out.includes(v), `${JSON.stringify(text)} -> ${out}`);
      ok(out.includes("<PlainText>true</PlainText>") || !text.includes("PlainText"), out);
    }
  }
});

Deno.test("values named otherwise, empty, or not the first element below, stay", () => {
  for (
    const text of [
      "<property>\n  <name>dfs.replication</name>\n  <value>3</value>\n</property>",
      "<property><name>hadoop.tmp.dir</name><value>/var/lib/hadoop/tmp-7Qz</value></property>",
      "<property>\n  <name>fs.defaultFS</name>\n  <value>hdfs://namenode.acme.lan:8020</value>\n</property>",
      "<AdministratorPassword>\n  <Value></Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>",
      "<Password>\n  <Enabled>true</Enabled>\n  <Value>Build Agent Seven 42</Value>\n</Password>",
      "<Display>\n  <Value>Zx9Qm2LwV7pK4rT8yB3nD6hJ</Value>\n</Display>",
    ]
  ) strictEqual(scrub(text), text);
});
