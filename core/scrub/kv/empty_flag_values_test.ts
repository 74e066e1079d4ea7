/**
 * A flag's `=` glued to it with a blank after it, then a URL or another option (`wget
 * --password= https://…`), gives the flag an empty value: the next word is the command's next
 * argument, kept. Any other word after the blank is still read as the flag's value.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("an empty flag value before a URL or an option leaves them", () => {
  for (
    const text of [
      "wget --user=admin --password= https://mirror.example.org/pkg.tgz",
      "curl --token= --silent https://api.example.org/v1/ping",
      "svn checkout --password= svn://repo.example.org/trunk",
    ]
  ) strictEqual(scrub(text), text);
});

Deno.test("a generated word after the blank is still masked", () => {
  const rnd = seededRandom(0x3e7f1a);
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  for (let n = 0; n < 20; n++) {
    let v = "";
    for (let i = 0; i < 16; i++) v += chars[Math.floor(rnd() * chars.length)];
    for (const text of [`curl --token= ${v}`, `mysql --password= ${v} -h db`, `password= ${v}`]) {
      strictEqual(scrub(text).includes(v), false, text);
    }
  }
});
