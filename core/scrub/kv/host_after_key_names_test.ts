/**
 * A per-host setting names its secret's word, then the host it is for (key_names.ts
 * HOST_AFTER_KEY): Hadoop's and Spark's `fs.azure.account.key.ACCOUNT.dfs.core.windows.net`, an
 * OAuth client's `….client.secret.ACCOUNT.dfs.core.windows.net`. The value is masked in a
 * `--conf` argument, a properties line, a Spark UI row and Hadoop's `<name>`/`<value>` pair; the
 * same settings that name no secret (`auth.type`, `client.id`, `keyprovider`) keep theirs.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const random = seededRandom(0x5a7e);
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
const draw = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");

Deno.test("a secret's word before the host a setting is for names a secret", () => {
  const names = [
    "fs.azure.account.key.acmelake.dfs.core.windows.net",
    "spark.hadoop.fs.azure.account.key.logs01.blob.core.windows.net",
    "fs.azure.account.oauth2.client.secret.acmelake.dfs.core.windows.net",
    "fs.azure.account.key.acmelake.blob.core.chinacloudapi.cn",
  ];
  deepStrictEqual(names.filter((name) => keyKind(name) !== "secret"), []);
  const others = [
    "fs.azure.account.auth.type.acmelake.dfs.core.windows.net",
    "fs.azure.account.oauth2.client.id.acmelake.dfs.core.windows.net",
    "fs.azure.account.keyprovider.acmelake.dfs.core.windows.net",
    "fs.azure.account.key.acmelake.dfs.core.windows.net.internal",
  ];
  deepStrictEqual(others.filter((name) => keyKind(name) !== null), []);
});

Deno.test("its value is masked in each carrier; settings naming no secret are kept", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 10; k++) {
    const account = draw(LOWER, 6 + k % 5);
    const value = draw(B64, 86) + "==";
    const name = `fs.azure.account.key.${account}.${k % 2 ? "dfs" : "blob"}.core.windows.net`;
    for (
      const text of [
        `spark-submit --master yarn --conf spark.hadoop.${name}=${value} job.py`,
        `${name}=${value}`,
        `spark.hadoop.${name}\t${value}`,
        `<property>\n  <name>${name}</name>\n  <value>${value}</value>\n</property>`,
      ]
    ) if (scrubWholeAndStreamed(text).includes(value)) leaks.push(text);
  }
  deepStrictEqual(leaks, []);
  const kept = [
    "fs.azure.account.auth.type.acmelake.dfs.core.windows.net=OAuth",
    "fs.azure.account.oauth2.client.id.acmelake.dfs.core.windows.net=analytics-reader",
    "GET https://auth.example.com/token.example.com?page=2",
    "spark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net=${AZURE_STORAGE_KEY}",
  ];
  deepStrictEqual(kept.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
