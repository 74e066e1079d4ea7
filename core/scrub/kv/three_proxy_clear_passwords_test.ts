/**
 * 3proxy's clear-text passwords (`CL`) are read on its `users` line (`users u:CL:PASS …`, pairs
 * quoted or not) and on its password file's `u:CL:PASS` lines; elsewhere `:CL:` between two
 * words is most often Chile's country code (`phone:CL:e164`, `locale es:CL:formal`), and what
 * follows it stays.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("3proxy: clear-text passwords on a users line and in its password file are masked", () => {
  const cases: [string, string[]][] = [
    ["users svc_backup:CL:Orchid12#maple opsadmin:CL:Crimson60*violet", [
      "Orchid12#maple",
      "Crimson60*violet",
    ]],
    ['users "deploy:CL:Ember61!maple" "bob.smith:CL:TJTNMJ.NMGtfUuz%7QO6"', [
      "Ember61!maple",
      "TJTNMJ.NMGtfUuz%7QO6",
    ]],
    ["alice:CL:Tr0ub4dor&3horse", ["Tr0ub4dor&3horse"]],
    ["  bob.smith@corp:CL:Vx9!qLm2Zr", ["Vx9!qLm2Zr"]],
  ];
  for (const [line, secrets] of cases) {
    const out = scrub(line);
    for (const secret of secrets) ok(!out.includes(secret), out);
  }
});

Deno.test("3proxy: Chile's country code between two words is no password's type", () => {
  for (
    const line of [
      "metric phone:CL:e164:vcard count=3",
      "geo lookup country:CL:region:RM city=Santiago",
      "INFO shipping zone=latam:CL:standard rate=4.5",
      "lang=es:CL:formal",
      '{"locale":"es:CL:formal","tz":"America/Santiago"}',
    ]
  ) {
    strictEqual(scrub(line), line);
  }
});
