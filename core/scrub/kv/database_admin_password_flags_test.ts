/**
 * Administration tools' own password flags (../kv/commands.ts FLAGS): Cassandra's `cqlsh -p`,
 * Neo4j's `cypher-shell -p`, Pacemaker's `pcs host auth … -p`, `xcrun altool -p` (an Apple
 * app-specific password), OpenShift's `oc login -p` (only in its `login`: `oc process -p` sets a
 * template's parameter), and etcd's `etcdctl --user u:PASS` (read as curl's `--user`). Seeded
 * values of our own; the same commands without a password stay as they are.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@%^*+=_.-";

Deno.test("a password given to an administration tool's own flag is masked", () => {
  const rnd = seededRandom(0x0c51);
  for (let i = 0; i < 8; i++) {
    const v = "Q" +
      Array.from({ length: 15 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    for (
      const line of [
        `$ cqlsh cass1 9042 -u cassandra -p ${v} --ssl -e "DESCRIBE KEYSPACES"`,
        `$ cypher-shell -a neo4j://graph:7687 -u neo4j -p '${v}' "MATCH (n) RETURN count(n)"`,
        `# pcs host auth node1 node2 -u hacluster -p ${v}`,
        `$ xcrun altool --upload-app -f App.ipa -t ios -u ios-ci -p ${v}`,
        `$ oc login -u kubeadmin -p ${v} https://api.crc.testing:6443`,
        `+ etcdctl --endpoints=https://etcd1:2379 --user root:${v} get /registry --prefix`,
        `+ etcdctl --user=root:${v} member list`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(v), out);
    }
  }
});

Deno.test("the same tools without a password, and -p that is no password, stay", () => {
  for (
    const line of [
      '$ cqlsh cass1 9042 -u cassandra --ssl -e "DESCRIBE KEYSPACES"',
      "$ oc process -f template.yaml -p NAME=api -p REPLICAS=3",
      "$ oc login --web --server=https://api.ocp.example.com:6443",
      "+ etcdctl --endpoints=https://etcd1:2379 --user root get /registry --prefix --keys-only",
      "# pcs host auth node1 node2 -u hacluster",
      "$ xcrun altool --upload-app -f App.ipa -t ios -u ios-ci -p @keychain:AC_PASSWORD",
    ]
  ) strictEqual(scrub(line), line);
});
