/**
 * Commands that take a password or key as an argument counted after a word of theirs
 * (commands.ts, ARGUMENT_AFTER): Poetry's `config http-basic.REPO USER PASS`, Backblaze B2's
 * `account authorize KEY_ID KEY`, MinIO's `mc alias set NAME URL ACCESS SECRET`, SAP HANA's
 * `hdbuserstore SET KEY HOST USER PASS`, and their kin;
 * options are not counted, and a command given no such argument, or a stand-in, keeps its line.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed, secretFrom } from "./test_support.ts";

const random = seededRandom(0x7a1f);
const HEX = "0123456789abcdef";
const hex = (n: number) => Array.from({ length: n }, () => HEX[Math.floor(random() * 16)]).join("");

/** Each form, the secret written where `{v}` stands, in every shell quoting. */
const FORMS = [
  "poetry config http-basic.nexus deploy {v}",
  "+ poetry config --local http-basic.private_repo svc-ci {v}",
  `$ b2 account authorize ${hex(25)} {v}`,
  `b2 authorize-account ${hex(12)} {v}`,
  "mc alias set store https://minio.internal:9000 minio-ops {v}",
  "mc config host add store https://minio.internal:9000 minio-ops {v} --api S3v4",
  "mysqladmin -u root password {v}",
  "rabbitmqctl add_user ops {v}",
  "net user svc_backup {v} /add",
  "NET USER /domain svc_backup {v}",
  "hdbuserstore SET BACKUPKEY hana1:30015 SYSTEM {v}",
  "$ hdbuserstore -i set DEFAULT hana-db.acme.io:30013@SYSTEMDB dbadmin {v}",
  "neo4j-admin dbms set-initial-password {v}",
  "sudo grafana-cli admin reset-admin-password {v}",
  "drush user:password admin {v}",
  "drush upwd --yes editor {v}",
  "mkstore -wrl /u01/app/oracle/wallet -createCredential PROD_DB analytics {v}",
  "mkstore -wrl ./wallet -modifyCredential PROD_DB analytics {v} -nologo",
  "sentinel auth-pass mymaster {v}",
  "confluent api-key store ABCD1234EFGH5678 {v} --resource lkc-x7y2z",
  "rclone obscure {v}",
  "rclone config create nas sftp host nas.lan user backup pass {v}",
];

Deno.test("a secret counted after a command's word is masked, in every quoting", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 6; k++) {
    for (const form of FORMS) {
      const value = secretFrom(random);
      for (const q of ["", "'", '"']) {
        const line = form.replace("{v}", q + value + q);
        if (scrubWholeAndStreamed(line).includes(value)) leaks.push(line);
      }
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("no argument at the count, options, stand-ins and other sub-commands keep the line", () => {
  const lines = [
    "poetry config http-basic.nexus deploy",
    "poetry config http-basic.nexus deploy ${NEXUS_PASSWORD}",
    "poetry config --list",
    "poetry add requests",
    "b2 account authorize",
    "b2 ls b2://bucket/logs",
    "mc alias set store https://minio.internal:9000",
    "mc alias list store",
    "mc cp report.csv store/bucket/",
    "mysqladmin -u root -p password",
    "mysqladmin -u root status",
    "rabbitmqctl list_users",
    "net user svc_backup /delete",
    "net user svc_backup * /add",
    "hdbuserstore SET BACKUPKEY hana1:30015 SYSTEM",
    "hdbuserstore LIST BACKUPKEY",
    "hdbuserstore DELETE BACKUPKEY",
    "neo4j-admin dbms set-initial-password",
    "neo4j-admin database dump neo4j --to-path=/backups",
    "grafana-cli plugins install grafana-clock-panel",
    "grafana-cli admin reset-admin-password --password-from-stdin",
    "grafana-cli admin reset-admin-password <new password>",
    "drush user:login admin",
    "drush user:password admin",
    "mkstore -wrl /u01/app/oracle/wallet -listCredential",
    "mkstore -wrl ./wallet -createCredential PROD_DB analytics",
    "sentinel monitor mymaster redis-0.redis 6379 2",
    "sentinel auth-pass mymaster",
    "confluent api-key list --resource lkc-x7y2z",
    "confluent api-key store --resource lkc-x7y2z",
    "rclone config create nas sftp host nas.lan user backup",
    "rclone sync /data nas:backup --progress",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
