/**
 * A RabbitMQ node's name is an Erlang node name, `rabbit@<host>` (RabbitMQ's default name
 * `rabbit`), printed on most lines of its log (`leader elected: 'rabbit@rmq-0.rmq-nodes.mq'`):
 * no mailbox, even on a host name whose last label could be a top-level domain. A mailbox with
 * any other local part on the same line is still masked. Values generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xab817);
const scrubber = createScrubber();
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
const word = () =>
  Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick([..."abcdefghiklmnoprstuvw"]))
    .join("");
const host = () =>
  pick([
    () => `${word()}-server-${Math.floor(random() * 5)}.${word()}-nodes.${word()}`,
    () => `${word()}-${Math.floor(random() * 9)}.${word()}.example.com`,
    () => `mq${Math.floor(random() * 20)}.${word()}.net`,
  ])();

Deno.test("RabbitMQ node names stay", () => {
  const changed: string[] = [];
  for (let i = 0; i < 60; i++) {
    const node = `rabbit@${host()}`;
    for (
      const line of [
        `2026-12-07T11:45:12.345Z [warning] <0.${i}.0> memory resource limit alarm set on node '${node}'.`,
        `2026-12-07T11:45:12.345Z [info] <0.${i}.0> queue 'orders' in vhost '/': leader elected: '${node}' in term ${i}`,
        `Cluster status of node ${node} ...`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      if (out !== line) changed.push(`${line} -> ${out}`);
    }
  }
  deepStrictEqual(changed, []);
});

Deno.test("a mailbox with another local part beside a node name is still masked", () => {
  const kept: string[] = [];
  for (let i = 0; i < 40; i++) {
    const mail = `${word()}.${word()}@${word()}.example.com`;
    const line = `node 'rabbit@${host()}' alert mailed to ${mail}`;
    const out = scrubber.scrub(line).text;
    if (out.includes(mail)) kept.push(out);
  }
  deepStrictEqual(kept, []);
});
