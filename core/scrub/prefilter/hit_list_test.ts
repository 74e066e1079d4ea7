import { deepStrictEqual, strictEqual } from "@node/assert";
import { HitList } from "./hit_list.ts";

Deno.test("a hit list keeps every pushed and appended hit in order, past any growth", () => {
  const list = new HitList();
  const expected: [number, number][] = [];
  for (let round = 0; round < 12; round++) {
    for (let k = 0; k < 37 * round; k++) {
      list.push(expected.length, expected.length * 7);
      expected.push([expected.length, expected.length * 7]);
    }
    // An append of more than the room left, and one of part of its source only.
    const count = 50 + 90 * round;
    const positions = Int32Array.from({ length: count + 5 }, (_, i) => expected.length + i);
    const states = positions.map((p) => p * 7);
    list.append(positions, states, count);
    for (let i = 0; i < count; i++) expected.push([positions[i], states[i]]);
    list.append(positions, states, 0);
  }
  strictEqual(list.length, expected.length);
  deepStrictEqual(
    Array.from({ length: list.length }, (_, i) => [list.positions[i], list.states[i]]),
    expected,
  );
});
