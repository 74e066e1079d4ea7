/**
 * Windows' `schtasks` given passwords on its command line, as a deployment script's trace or a
 * transcript shows it: `/rp PASS` (the account the task runs as) and `/p PASS` (the `/u` account
 * on a remote `/s` host), any case, quoted or not, are masked, the other options kept; `/rp *`
 * (prompt), a task with no password and a query stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#@_-";

Deno.test("schtasks's /rp and /p passwords are masked, its other options kept", () => {
  const rnd = seededRandom(0x5c47);
  for (let i = 0; i < 12; i++) {
    const pw = "K" +
      Array.from({ length: 14 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    for (
      const [line, kept] of [
        [
          `schtasks /create /tn backup /tr C:\\bk.cmd /ru ACME\\deploy /rp ${pw} /sc daily`,
          "/sc daily",
        ],
        [
          `SCHTASKS /Create /TN nightly /RU svc_etl /RP "${pw}" /SC DAILY /ST 02:00`,
          "/SC DAILY /ST 02:00",
        ],
        [`schtasks.exe /change /tn backup /rp ${pw}`, "schtasks.exe /change /tn backup /rp "],
        [
          `schtasks /create /s srv01 /u ACME\\ops /p ${pw} /tn sync /tr C:\\s.cmd`,
          "/tn sync /tr C:\\s.cmd",
        ],
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(pw), out);
      ok(out.includes(kept), out);
    }
  }
});

Deno.test("schtasks with no password on its line stays", () => {
  for (
    const line of [
      "schtasks /create /tn backup /tr C:\\bk.cmd /ru SYSTEM /sc daily",
      "schtasks /create /tn backup /ru ACME\\deploy /rp * /sc daily",
      "schtasks /query /tn backup /v /fo LIST",
      "schtasks /run /tn backup",
    ]
  ) strictEqual(scrub(line), line);
});
