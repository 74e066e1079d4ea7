/**
 * `/proc/PID/environ` printed escaped (`cat -v`-free dumps, a crash reporter's `environ` field,
 * Python's `b'A=1\x00B=2'`): an escaped NUL before the next `NAME=` ends a variable's value
 * (./symbol_words.ts), so a secret variable's value is masked alone, the variables after it stay,
 * and a stand-in between two NULs stays a stand-in.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const random = seededRandom(0x0e17);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const draw = (n: number) =>
  Array.from({ length: n }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join("");

Deno.test("a secret variable between escaped NULs is masked and the next variable kept", () => {
  const wrong: string[] = [];
  for (let k = 0; k < 8; k++) {
    const v = draw(16 + k) + "!" + draw(4);
    for (const [nul, name] of [["\\0", "DB_PASSWORD"], ["\\x00", "API_TOKEN"]]) {
      const line = `HOME=/root${nul}${name}=${v}${nul}PATH=/usr/local/bin:/usr/bin${nul}`;
      const out = scrubWholeAndStreamed(line);
      if (out.includes(v) || !out.endsWith(`${nul}PATH=/usr/local/bin:/usr/bin${nul}`)) {
        wrong.push(out);
      }
    }
  }
  deepStrictEqual(wrong, []);
});

Deno.test("a stand-in between escaped NULs keeps its line", () => {
  const lines = [
    "HOSTNAME=worker-6d5349\\0HOME=/root\\0DB_PASSWORD=********\\0PATH=/usr/local/sbin\\0",
    "LANG=C.UTF-8\\0SESSION_SECRET=REDACTED\\0TERM=xterm\\0",
    "HOME=/root\\0API_TOKEN=<redacted>\\0PWD=/srv/app\\0",
    "HOME=/root\\0API_TOKEN=$API_TOKEN\\0PWD=/srv/app\\0",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
