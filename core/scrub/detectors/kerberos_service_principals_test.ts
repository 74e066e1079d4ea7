/**
 * A Kerberos service principal (`HTTP/web.corp.example.com@CORP.EXAMPLE.COM`,
 * `nn/namenode-1.corp.example.com@REALM`, `krbtgt/REALM@REALM`) names a service on a host in a
 * realm, no person's mailbox: a service's name and `/` before it, its realm in capitals after the
 * `@`. Found blind by the benign corpus (../corpus/benign8.jsonl,
 * `kerberos-service-principals`). A person's principal (`alice@CORP.EXAMPLE.COM`), a mailbox
 * after a path, and a service's principal in a lower-case domain are still masked.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("Kerberos service principals stay", () => {
  for (
    const line of [
      "kinit: keytab /etc/security/keytabs/hdfs.service.keytab principal nn/namenode-3.corp.example.com@CORP.EXAMPLE.COM kvno 4 ok",
      "krb5kdc[3616]: TGS_REQ: ISSUE: authtime 1788290301, HTTP/checkout.corp.example.com@CORP.EXAMPLE.COM for krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM",
      'principal="host/web01.prod.acme.io@PROD.ACME.IO"',
      "MSSQLSvc/sql01.corp.acme.net@CORP.ACME.NET",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("the principals of less common services stay: Hadoop's, Windows', mail's, databases'", () => {
  const lines = [
    "kadmind: kadmin/admin@CORP.EXAMPLE.COM changed password for kiprop/kdc2.corp.example.com@CORP.EXAMPLE.COM",
    "zookeeper.sasl principal zookeeper/zk-2.data.acme.io@DATA.ACME.IO; jhs/history.data.acme.io@DATA.ACME.IO",
    "spark.kerberos.principal=spark/worker-7.data.acme.io@DATA.ACME.IO livy/gw.data.acme.io@DATA.ACME.IO",
    "SPN TERMSRV/rdp01.corp.acme.net@CORP.ACME.NET WSMAN/rdp01.corp.acme.net@CORP.ACME.NET registered",
    "GSSAPI: smtp/mx1.corp.acme.net@CORP.ACME.NET imap/mail.corp.acme.net@CORP.ACME.NET",
    "HTTPS/portal.corp.acme.net@CORP.ACME.NET cassandra/db-3.corp.acme.net@CORP.ACME.NET",
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a person's principal, a mailbox after a path and a lower-case domain are masked", () => {
  for (
    const [line, value] of [
      ["kinit alice@CORP.EXAMPLE.COM", "alice@CORP"],
      ["authenticated JANE.DOE@CORP.ACME.IO via HTTP", "JANE.DOE@"],
      ["/home/john.doe@gmail.com", "john.doe@gmail"],
      ["HTTP/jane.doe@gmail.com", "jane.doe@gmail"],
      ["upload/MARIA.KOWALSKI@GMAIL.COM", "MARIA.KOWALSKI@"],
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(value), false, out);
  }
});
