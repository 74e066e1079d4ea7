/**
 * A minimal WebAssembly binary writer: enough to assemble one module with one exported memory
 * and exported i32 functions, written as instruction lists that read like the text format.
 * See the WebAssembly core specification, "Binary Format" (modules, sections, instructions).
 */

/** Unsigned LEB128. */
export function u32(value: number): number[] {
  const bytes: number[] = [];
  let v = value >>> 0;
  do {
    const byte = v & 0x7f;
    v >>>= 7;
    bytes.push(v === 0 ? byte : byte | 0x80);
  } while (v !== 0);
  return bytes;
}

/** Signed LEB128 of a 32-bit integer. */
export function s32(value: number): number[] {
  const bytes: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}

const I32 = 0x7f;
const EMPTY_BLOCK = 0x40;
/** Memory access alignment, as log2 of the byte count. */
const ALIGN_BYTE = 0, ALIGN_WORD = 2;

/** Instructions (only those this project uses), each as its encoded bytes. */
export const ins = {
  block: [0x02, EMPTY_BLOCK],
  loop: [0x03, EMPTY_BLOCK],
  if: [0x04, EMPTY_BLOCK],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...u32(depth)],
  brIf: (depth: number) => [0x0d, ...u32(depth)],
  get: (local: number) => [0x20, ...u32(local)],
  set: (local: number) => [0x21, ...u32(local)],
  tee: (local: number) => [0x22, ...u32(local)],
  load: (offset = 0) => [0x28, ALIGN_WORD, ...u32(offset)],
  load8: (offset = 0) => [0x2d, ALIGN_BYTE, ...u32(offset)],
  store: (offset = 0) => [0x36, ALIGN_WORD, ...u32(offset)],
  const: (value: number) => [0x41, ...s32(value)],
  eqz: [0x45],
  ltU: [0x49],
  geU: [0x4f],
  select: [0x1b],
  add: [0x6a],
  sub: [0x6b],
  and: [0x71],
  or: [0x72],
  shl: [0x74],
  shrU: [0x76],
} as const;

export interface FunctionSpec {
  name: string;
  params: number;
  /** Further i32 locals, numbered after the parameters. */
  locals: number;
  /** Instruction bytes, without the final `end`. */
  body: readonly (number | readonly number[])[];
}

function vector(items: readonly (readonly number[])[]): number[] {
  return [...u32(items.length), ...items.flat()];
}

function section(id: number, content: readonly number[]): number[] {
  return [id, ...u32(content.length), ...content];
}

function name(text: string): number[] {
  const bytes = [...new TextEncoder().encode(text)];
  return [...u32(bytes.length), ...bytes];
}

/**
 * A module exporting its memory as `memory` (`minPages` of 64 KiB to start) and each function
 * under its name; every function takes i32 parameters and returns one i32.
 */
export function assembleModule(
  minPages: number,
  functions: readonly FunctionSpec[],
): Uint8Array<ArrayBuffer> {
  const types = functions.map((f) => [0x60, ...vector(new Array(f.params).fill([I32])), 1, I32]);
  const exports = [
    [...name("memory"), 0x02, 0],
    ...functions.map((f, i) => [...name(f.name), 0x00, ...u32(i)]),
  ];
  const codes = functions.map((f) => {
    const locals = f.locals > 0 ? [1, ...u32(f.locals), I32] : [0];
    const body = [...locals, ...f.body.flat(), ...ins.end];
    return [...u32(body.length), ...body];
  });
  return Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d, // "\0asm"
    0x01,
    0x00,
    0x00,
    0x00, // version 1
    ...section(1, vector(types)),
    ...section(3, vector(functions.map((_, i) => u32(i)))),
    ...section(5, vector([[0x00, ...u32(minPages)]])),
    ...section(7, vector(exports)),
    ...section(10, vector(codes)),
  ]);
}
