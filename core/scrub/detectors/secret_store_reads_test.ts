/**
 * A secret store's command that prints a stored secret (`gcloud secrets versions access`, `aws
 * secretsmanager get-secret-value … --output text`, `az keyvault secret show --query value -o
 * tsv`, `bw get password`, `pass show`, `op read`, `kubectl get secret … -o
 * jsonpath='{.data.…}'`, `vault kv get -field=…`, `doppler secrets get … --plain`, `bw unlock
 * --raw`, `berglas access`, `chamber read`), pasted with its output: the single word on
 * the line below is the secret (or its base64), masked; the command line and the lines after it
 * are kept. A command printing no secret (`versions list`, `--query id`), or a sentence below,
 * stays.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed as scrub, secretFrom } from "../kv/test_support.ts";
import { secretPrintedBelow } from "./secret_store_commands.ts";

const COMMANDS = [
  "$ gcloud secrets versions access latest --secret=orders-db",
  "$ aws secretsmanager get-secret-value --secret-id prod/orders --query SecretString --output text",
  "PS C:\\> az keyvault secret show --vault-name kv-ops --name sql-admin --query value -o tsv",
  "$ bw get password 0d7c9a1e-5b2f-4c83-9e61-3a0f2b7d4c15",
  "$ pass show infra/mysql/root",
  "+ op read op://ops/orders-db/credential",
  "$ kubectl get secret orders-db -o jsonpath='{.data.password}'",
  '$ kubectl -n ops get secret orders-db -o jsonpath="{.data.password}" | base64 -d',
  "$ vault kv get -field=password secret/orders",
  "$ doppler secrets get ORDERS_DB_PASSWORD --plain",
  "$ bw unlock --raw",
  "$ berglas access sm://ops-prod/orders-db",
  "$ chamber read -q orders db_password",
  "[upload-certs] Using certificate key:",
  "$ cat /run/secrets/db_password",
  "$ sudo cat /var/lib/rancher/k3s/server/node-token",
  "root@zbx:~# cat /etc/zabbix/zabbix_agentd.psk",
  "$ cat /etc/chef/encrypted_data_bag_secret",
  "$ cat ~/.vault-token",
  "$ sudo cat /var/lib/rabbitmq/.erlang.cookie",
  "$ cat /run/secrets/api_token.txt",
];

Deno.test("the secret a secret store's command prints on the line below is masked", () => {
  const rnd = seededRandom(0x5ec7);
  for (let i = 0; i < 8; i++) {
    const secret = secretFrom(rnd);
    for (const command of COMMANDS) {
      for (const value of [secret, btoa(secret)]) {
        const text = `${command}\n${value}\n$ echo done`;
        const out = scrub(text);
        ok(!out.includes(value), `${text} -> ${out}`);
        // The command line scrubs as it does alone (gcloud's `--secret=NAME` is read as a key).
        const lines = out.split("\n");
        strictEqual(lines[0], scrub(command));
        strictEqual(lines[2], "$ echo done");
        ok(/^\[REDACTED:[\w-]+\]$/.test(lines[1]), out);
      }
    }
  }
});

Deno.test("a command printing no secret, or a sentence below one, stays whole", () => {
  for (
    const text of [
      "$ gcloud secrets versions list orders-db\nNAME  STATE    CREATED",
      "$ az keyvault secret show --vault-name kv-ops --name sql-admin --query id -o tsv\nhttps://kv-ops.vault.azure.net/secrets/sql-admin",
      "$ pass show infra/mysql/root\nError: infra/mysql/root is not in the password store.",
      "$ bw get password orders\nNot found.",
      "$ cat /etc/hostname\nweb-01",
      "$ cat VERSION\n2.14.1",
      "$ cat secrets/README.md\nSecrets live in the vault.",
      "$ cat token_usage.csv | head -1\nday,tokens",
      "$ cat /run/secrets/db_password\ncat: /run/secrets/db_password: No such file or directory",
      "$ cat /etc/passwd\nroot:x:0:0:root:/root:/bin/bash",
      "$ cat /var/lib/app/token_count\n12345",
    ]
  ) strictEqual(scrub(text), text);
});

Deno.test("the read commands' keywords are matched as written, `{.data` with its dot", () => {
  // The keyword prefilter finds `{.data` literally; the pattern behind it must agree when called
  // alone: any other character in the dot's place is no jsonpath into a Secret's data.
  ok(secretPrintedBelow("$ kubectl get secret db -o jsonpath='{.data.password}'") !== null);
  for (const other of ["x", "-", "{", "a"]) {
    const line = `$ kubectl get secret db -o jsonpath='{${other}data.password}'`;
    strictEqual(secretPrintedBelow(line), null, line);
  }
});
