/**
 * The title-case name of a programme that a person key's word opens (Windows'
 * `User Logon Notification for Customer Experience Improvement Program`, as wevtutil and
 * Get-WinEvent print it) is no person's name; a person's name after the same keys is still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const next = seededRandom(0x7001);
const int = (n: number) => Math.floor(next() * n);
const pick = <T>(items: readonly T[]) => items[int(items.length)];
const p2 = (n: number) => String(n).padStart(2, "0");
const date = () =>
  `2026-${p2(1 + int(12))}-${p2(1 + int(28))} ${p2(int(24))}:${p2(int(60))}:${p2(int(60))}`;

Deno.test("Windows event lines naming a customer programme are kept", () => {
  const scrubber = createScrubber();
  for (let k = 0; k < 80; k++) {
    const line = pick([
      `Information\t${date()}\tMicrosoft-Windows-Winlogon\t7001\t(1101)\tUser Logon Notification for Customer Experience Improvement Program`,
      `Information\t${date()}\tMicrosoft-Windows-Winlogon\t7002\t(1102)\tUser Logoff Notification for Customer Experience Improvement Program`,
      `  Description: The Customer Experience Improvement Program task ended (${
        int(9000) + 1000
      } ms).`,
      `${date()} INFO routing ticket ${int(99999)} to Customer Experience Program`,
      `${date()} INFO synced appointments for Patient Portal`,
    ]);
    strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("a person's name after the same keys is still masked", () => {
  const scrubber = createScrubber();
  const given = ["Amara", "Jonas", "Priya", "Mateo", "Ingrid", "Kwame", "Sofia", "Henrik"];
  const family = ["Okafor", "Lindqvist", "Raman", "Silva", "Brandt", "Mensah", "Rossi", "Novak"];
  for (let k = 0; k < 80; k++) {
    const name = `${pick(given)} ${pick(family)}`;
    const line = pick([
      `customer: ${name}`,
      `{"cardholder_name":"${name}"}`,
      `patient=${name}`,
      `Recipient name: ${name}`,
    ]);
    ok(!scrubber.scrub(line).text.includes(name), line);
  }
});
