/**
 * Console variables set on a game server's command line with `+` (Source's `srcds_run`, Quake's
 * engines) are read as flags are: `+rcon_password PASS`. Values are generated (seeded); the other
 * `+` commands, a `+` glued to a word, the options and references are left alone.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed, secretFrom } from "./test_support.ts";

const random = seededRandom(0x5c0e);

Deno.test("a +rcon_password value is masked, the rest kept", () => {
  const problems: string[] = [];
  for (let k = 0; k < 12; k++) {
    const password = secretFrom(random);
    const lines = [
      `./srcds_run -game csgo +map de_dust2 +rcon_password ${password} -port 2701${k}`,
      `+rcon_password ${password} +maxplayers 24`,
    ];
    for (const line of lines) {
      const out = scrubWholeAndStreamed(line);
      if (out.includes(password) || !out.includes("+rcon_password [REDACTED")) {
        problems.push(`${line} -> ${out}`);
      }
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("game server command lines with no secret are kept", () => {
  const lines = [
    "./srcds_run -game csgo +map de_dust2 +maxplayers 12 +exec server.cfg",
    "srcds_run +rcon_password $RCON_PASSWORD +map cp_badlands",
    "total = a+password_count 3",
    "+rcon_password -port 27015",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});

const HEX = "0123456789ABCDEF";
const hex = (n: number) =>
  Array.from({ length: n }, () => HEX[Math.floor(random() * HEX.length)]).join("");

Deno.test("a Steam game server login token after sv_setsteamaccount is masked", () => {
  const problems: string[] = [];
  for (let k = 0; k < 12; k++) {
    const token = hex(32);
    const lines = [
      `srcds_run -game tf +sv_setsteamaccount ${token} +maxplayers 24`,
      `+sv_setsteamaccount ${token} -port 27015`,
      `sv_setsteamaccount "${token}"`,
    ];
    for (const line of lines) {
      const out = scrubWholeAndStreamed(line);
      if (out.includes(token) || !out.includes("sv_setsteamaccount ")) {
        problems.push(`${line} -> ${out}`);
      }
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("sv_setsteamaccount given a reference or nothing is kept", () => {
  const lines = ["+sv_setsteamaccount $GSLT +map ctf_2fort", "+sv_setsteamaccount -port 27015"];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
