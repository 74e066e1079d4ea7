/**
 * Four-part versions are not IPv4 addresses (benign damage the second red-team round names):
 * generated versions after the words and keys that introduce them, or shaped as no host address
 * is (`0.x.y.z`, every part at most 30), stay; generated addresses in the places logs write them
 * are still masked, private 10.0.0.x ones included.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam_values.ts";

const scrubber = createScrubber();

/** Lines whose words or keys say a version follows. */
const AFTER_VERSION_WORD: ((v: string) => string)[] = [
  (v) => `{"appVersion":"${v}","status":"ok"}`,
  (v) => `[assembly: AssemblyVersion("${v}")]`,
  (v) => `firmware ${v} on device sensor-12`,
  (v) => `fw_rev=${v} battery=87%`,
  (v) => `Mozilla/5.0 (Windows NT 10.0) Chrome ${v} Safari/537.36`,
  (v) => `driver: ${v} loaded`,
  (v) => `Updating wheel ${v} -> latest`,
  (v) => `build: ${v}`,
  (v) => `Installed package libfoo ${v} (kernel 6.3.0-17-generic)`,
];
/** Lines where only the version's shape tells it from an address. */
const SHAPE_ONLY: ((v: string) => string)[] = [
  (v) => `Installing Microsoft.AspNetCore.App ${v} from nuget.org`,
  (v) => `com.acme.app (${v}) crashed`,
  (v) => `package foo@${v} installed`,
  (v) => `cuda ${v}, cudnn 9.1.0`,
];

Deno.test("four-part versions after a version word, or shaped as no address is, stay", () => {
  const r = new Rand(51);
  const part = (max: number) => r.int(max + 1);
  const damaged: string[] = [];
  for (let i = 0; i < 40; i++) {
    const any = `${part(223)}.${part(255)}.${part(255)}.${part(255)}`;
    const first = r.int(2) ? 0 : [1, 2, 4, 8, 12, 20, 30][r.int(7)];
    const small = `${first}.${part(first === 0 ? 255 : 30)}.${part(30)}.${part(30)}`;
    const lines = [
      AFTER_VERSION_WORD[i % AFTER_VERSION_WORD.length](any),
      SHAPE_ONLY[i % SHAPE_ONLY.length](small),
    ];
    for (const line of lines) if (scrubber.scrub(line).text !== line) damaged.push(line);
  }
  deepStrictEqual(damaged, []);
});

Deno.test("addresses in the places logs write them are still masked", () => {
  const r = new Rand(52);
  const octet = () => r.int(256);
  const leaks: string[] = [];
  for (let i = 0; i < 100; i++) {
    const ip = i % 10 === 0
      ? `10.0.0.${1 + r.int(254)}`
      : `${31 + r.int(192)}.${octet()}.${octet()}.${1 + r.int(254)}`;
    const lines = [
      `client connected from ${ip} port 443`,
      `X-Forwarded-For: ${ip}, 10.0.0.1`,
      `${ip} - - [04/Dec/2025:10:12:01 +0000] "GET / HTTP/1.1" 200 12`,
      `{"client_ip":"${ip}","version":"2.1"}`,
      `ssh root@${ip} -p 22`,
      `update from ${ip} accepted; installed by ${ip}`,
      `package mirror at ${ip} is slow`,
    ];
    for (const line of lines) if (scrubber.scrub(line).text.includes(ip)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});
