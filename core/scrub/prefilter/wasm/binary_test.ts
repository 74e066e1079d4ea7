import { deepStrictEqual, strictEqual } from "@node/assert";
import { assembleModule, ins, s32, u32 } from "./binary.ts";

Deno.test("LEB128 encodings match the specification's examples", () => {
  deepStrictEqual(u32(0), [0x00]);
  deepStrictEqual(u32(127), [0x7f]);
  deepStrictEqual(u32(128), [0x80, 0x01]);
  deepStrictEqual(u32(624485), [0xe5, 0x8e, 0x26]);
  deepStrictEqual(u32(0xffffffff), [0xff, 0xff, 0xff, 0xff, 0x0f]);
  deepStrictEqual(s32(0), [0x00]);
  deepStrictEqual(s32(63), [0x3f]);
  deepStrictEqual(s32(64), [0xc0, 0x00]);
  deepStrictEqual(s32(-1), [0x7f]);
  deepStrictEqual(s32(-64), [0x40]);
  deepStrictEqual(s32(-65), [0xbf, 0x7f]);
  deepStrictEqual(s32(-123456), [0xc0, 0xbb, 0x78]);
});

Deno.test("an assembled module validates, exports its memory and runs its functions", () => {
  // sum(from, to): the bytes of memory[from, to) added up; twice(x) = x + x.
  const [FROM, TO, SUM] = [0, 1, 2];
  // deno-fmt-ignore
  const sum = [
    ins.block, ins.loop,
      ins.get(FROM), ins.get(TO), ins.geU, ins.brIf(1),
      ins.get(SUM), ins.get(FROM), ins.load8(0), ins.add, ins.set(SUM),
      ins.get(FROM), ins.const(1), ins.add, ins.set(FROM),
      ins.br(0),
    ins.end, ins.end,
    ins.get(SUM),
  ];
  const bytes = assembleModule(2, [
    { name: "sum", params: 2, locals: 1, body: sum },
    { name: "twice", params: 1, locals: 0, body: [ins.get(0), ins.get(0), ins.add] },
  ]);
  strictEqual(WebAssembly.validate(bytes), true);
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
  const memory = exports.memory as WebAssembly.Memory;
  strictEqual(memory.buffer.byteLength, 2 * 65536);
  new Uint8Array(memory.buffer).set([1, 2, 3, 250], 70000);
  strictEqual((exports.sum as (a: number, b: number) => number)(70000, 70004), 256);
  strictEqual((exports.twice as (x: number) => number)(-21), -42);
});
