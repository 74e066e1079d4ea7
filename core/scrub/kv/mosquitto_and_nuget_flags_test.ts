/**
 * Mosquitto's clients take the broker's password as `-P PASS` (`-p` is the port), and `dotnet
 * nuget add source` (and `update source`) a feed's password as `-p PASS` beside `-u USER`: the
 * password is masked, the port, user, topic and feed kept; with no `-P`/`-p`, the line stays.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";

Deno.test("mosquitto_pub/sub -P and dotnet nuget -p: the password is masked, the rest kept", () => {
  const rnd = seededRandom(0x3a77);
  for (let i = 0; i < 30; i++) {
    const pw = secretFrom(rnd);
    const q = ["", "'", '"'][i % 3];
    for (
      const [line, kept] of [
        [`+ mosquitto_pub -h broker.lan -p 8883 -u sensor -P ${q}${pw}${q} -t home/temp -m 21.5`, [
          "-p 8883 -u sensor -P ",
          " -t home/temp -m 21.5",
        ]],
        [`mosquitto_sub -h broker.lan -u ops -P ${q}${pw}${q} -t 'home/#' -v`, ["-u ops -P "]],
        [
          `> dotnet nuget add source https://pkgs.acme.test/v3/index.json -n acme -u ci -p ${q}${pw}${q} --store-password-in-clear-text`,
          ["-n acme -u ci -p ", " --store-password-in-clear-text"],
        ],
      ] as const
    ) {
      const out = scrub(line);
      ok(!out.includes(pw), `${line} -> ${out}`);
      for (const k of kept) ok(out.includes(k), `${k} in ${out}`);
    }
  }
});

Deno.test("mosquitto and dotnet nuget lines with no password stay whole", () => {
  for (
    const line of [
      "mosquitto_pub -h broker.lan -p 1883 -t home/temp -m 21.5",
      "mosquitto_sub -h broker.lan -p 8883 --cafile ca.crt -t 'home/#'",
      "dotnet nuget add source https://pkgs.acme.test/v3/index.json -n acme",
    ]
  ) strictEqual(scrub(line), line);
});
