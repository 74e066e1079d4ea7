/**
 * Where a report may go, with generated channel lists: DEBUG_CHANNEL_IDS is read as up to 100
 * channel ids (C, G or D and 2 to 20 upper-case letters or digits), and one more id, or any id
 * that is not one (whatever is around it), refuses the whole list without repeating it; channel
 * delivery goes only to a listed channel, ephemeral delivery always.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { seededRandom } from "../devkit/sample_logs/random.ts";
import { deliveryRefusal, readAllowedChannels } from "./channel_delivery.ts";

const random = seededRandom(0xc4a);
const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const channel = () => random.pick(["C", "G", "D"]) + random.chars(2 + random.int(19), ID_CHARS);

const read = (value: string | undefined) => readAllowedChannels({ DEBUG_CHANNEL_IDS: value });
const problem = (got: ReturnType<typeof read>) => ("problem" in got ? got.problem : undefined);

Deno.test("channel list: 1 to 100 ids are read, spaces and empty entries ignored; 101 are refused", () => {
  for (const count of [1, 2, 50, 99, 100]) {
    const ids = Array.from({ length: count }, channel);
    const got = read(
      ids.map((id) => random.pick(["", " ", "\t"]) + id).join(random.pick([",", ", ", ",,"])),
    );
    ok(!("problem" in got), `${count}: ${problem(got)}`);
    deepStrictEqual([...(got as ReadonlySet<string>)].sort(), [...new Set(ids)].sort(), `${count}`);
  }
  const tooMany = Array.from({ length: 101 }, (_, i) => `C${String(i).padStart(8, "0")}`);
  ok(problem(read(tooMany.join(","))), "101 ids");
  for (const empty of [undefined, "", " ", ",", " , ,"]) {
    const got = read(empty);
    ok(!("problem" in got) && got.size === 0, JSON.stringify(empty));
  }
});

Deno.test("channel list: one id that is not a channel id, anywhere in the list, refuses it all, unrepeated", () => {
  const hostile = [
    "<!channel>",
    "C0123ABCD>",
    "<#C0123ABCD>",
    "c0123abcd",
    "U0123ABCD",
    "C1",
    "C" + "A".repeat(21),
    "C0123 ABCD",
    "C0123-ABCD",
    "é",
  ];
  for (const bad of hostile) {
    for (let round = 0; round < 5; round++) {
      const ids = Array.from({ length: 1 + random.int(20) }, channel);
      ids.splice(random.int(ids.length + 1), 0, bad);
      const text = problem(read(ids.join(","))) ?? "";
      ok(text !== "", `${bad} in ${ids}`);
      ok(!text.includes(bad) && !ids.some((id) => text.includes(id)), text);
      ok(text.includes("DEBUG_CHANNEL_IDS"), text);
    }
  }
  // Ids of every valid length and first letter are taken.
  for (const first of ["C", "G", "D"]) {
    for (let length = 3; length <= 21; length++) {
      const id = first + random.chars(length - 1, ID_CHARS);
      ok(!("problem" in read(id)), id);
    }
  }
});

Deno.test("delivery: ephemeral always; a channel only when listed, and not when the list is empty", () => {
  const listed = new Set(Array.from({ length: 5 }, channel));
  const one = [...listed][0];
  for (const where of [one, "C999", "", "<!channel>"]) {
    strictEqual(deliveryRefusal("ephemeral", where, listed), undefined);
    strictEqual(deliveryRefusal("ephemeral", where, new Set()), undefined);
    strictEqual(deliveryRefusal("channel", where, new Set())?.detail, "channel_delivery_off");
  }
  for (const id of listed) strictEqual(deliveryRefusal("channel", id, listed), undefined);
  for (const near of [one + "X", " " + one, one.toLowerCase(), one.slice(0, -1), `<#${one}>`]) {
    const refusal = deliveryRefusal("channel", near, listed);
    strictEqual(refusal?.detail, "channel_not_allowed", near);
    ok(!refusal!.error.includes(near), refusal!.error);
  }
});
