/**
 * The passwords of remote-console tools, given by a flag of their own (./commands.ts FLAGS):
 * ipmitool's `-P PASS` (a BMC's, over IPMI-over-LAN), rdesktop's `-p PASS` and FreeRDP's
 * Windows-style `/p:PASS`, a game server's RCON client `mcrcon -p PASS` (Minecraft's remote
 * console; its `-P` is the port), in any place among the other options; `-p -` (rdesktop reads the
 * password from its input) and ipmitool's `-E` (from the environment) hold none, nor does another
 * command's `-P` or `/p:`, nor FreeRDP's other options.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const random = seededRandom(0x1b31);
const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const WORDS = ["Harbor", "Falcon", "Copper", "Maple", "Orbit", "Tundra"];
const password = (k: number) =>
  k % 2 === 0
    ? WORDS[Math.floor(random() * WORDS.length)] + (1990 + Math.floor(random() * 40)) + "."
    : Array.from({ length: 10 + (k % 11) }, () => LETTERS[Math.floor(random() * LETTERS.length)])
      .join("");

Deno.test("ipmitool's -P and rdesktop's -p passwords are masked", () => {
  for (let k = 0; k < 40; k++) {
    const value = password(k);
    const host = `10.0.${k}.${7 + k}`;
    for (
      const line of [
        `ipmitool -I lanplus -H ${host} -U admin -P ${value} chassis power status`,
        `/usr/bin/ipmitool -H ${host} -P '${value}' -U root sel list`,
        `+ ipmitool -I lanplus -H bmc-${k}.internal -U ADMIN -P "${value}" sdr`,
        `rdesktop -u administrator -p ${value} -g 1280x800 ${host}`,
        `rdesktop -d CORP -u ops -p '${value}' ts${k}.corp.internal`,
      ]
    ) {
      const out = scrubWholeAndStreamed(line);
      ok(!out.includes(value), `${line} -> ${out}`);
    }
  }
});

Deno.test("FreeRDP's /p: password is masked, bare or quoted, its other options kept", () => {
  for (let k = 0; k < 40; k++) {
    const value = password(k);
    const host = `ts${k}.corp.internal`;
    for (
      const line of [
        `xfreerdp /v:${host} /u:Administrator /p:${value} /cert:ignore /dynamic-resolution`,
        `xfreerdp3 /u:ops /d:CORP /p:'${value}' /v:${host}`,
        `C:\\Tools\\wfreerdp.exe /u:ops /p:"${value}" /v:${host} /f`,
        `+ sdl-freerdp /v:${host} /u:svc /p:${value} +clipboard`,
      ]
    ) {
      const out = scrubWholeAndStreamed(line);
      ok(!out.includes(value), `${line} -> ${out}`);
      ok(out.includes(`/v:${host}`), out);
    }
  }
});

Deno.test("mcrcon's -p password is masked, its -P port and the console command kept", () => {
  for (let k = 0; k < 40; k++) {
    const value = password(k);
    for (
      const line of [
        `mcrcon -H mc${k}.example.net -P 25575 -p ${value} "say backup starting" save-off`,
        `/usr/local/bin/mcrcon -p '${value}' -H 127.0.0.1 -w 5 "whitelist add steve"`,
        `+ mcrcon -H game-${k}.lan -p "${value}" -t`,
      ]
    ) {
      const out = scrubWholeAndStreamed(line);
      ok(!out.includes(value), `${line} -> ${out}`);
      ok(out.startsWith(line.slice(0, line.indexOf(" -"))), out);
    }
  }
  const kept = `mcrcon -H mc.example.net -P 25575 -p $RCON_PASSWORD "save-all"`;
  deepStrictEqual(scrubWholeAndStreamed(kept), kept);
  const port = "mcrcon -H mc.example.net -P 25575 -t";
  deepStrictEqual(scrubWholeAndStreamed(port), port);
});

Deno.test("a password read from input or the environment, and other commands' -P, stay", () => {
  for (
    const line of [
      "rdesktop -u ops -p - ts1.corp.internal",
      "ipmitool -I lanplus -H bmc-1.internal -U admin -E chassis status",
      "ls -P /var/log",
      "xargs -P 4 -n 1 gzip",
      "xfreerdp /v:ts1.corp.internal /u:ops /cert:ignore +clipboard /size:1280x800",
      "robocopy C:\\src D:\\dst /p:2 /mt:8",
    ]
  ) deepStrictEqual(scrubWholeAndStreamed(line), line);
});
