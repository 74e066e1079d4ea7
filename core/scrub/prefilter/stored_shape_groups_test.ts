/**
 * The stored form of the line-shape groups: packed and unpacked, the definitions' groups give
 * the tables `builtShapeTables()` makes; bytes that do not fit their layout are refused; and the stored
 * form stays small, as every function bundle carries it.
 */
import { deepStrictEqual, ok, throws } from "@node/assert";
import { builtShapeTables, shapeGroups } from "./line_shapes.ts";
import { fromBase64, packBytes, toBase64, unpackBytes } from "./packed_bytes.ts";
import { packShapeGroups, unpackShapeTables } from "./stored_shape_groups.ts";
import { shapeTablesSource } from "../../../scripts/generate_shape_tables.ts";

Deno.test("stored shape groups: packed and unpacked, each group gives the table builtShapeTables() makes", () => {
  const { layout, packed } = packShapeGroups(shapeGroups());
  const tables = unpackShapeTables(layout, packed);
  const built = builtShapeTables();
  deepStrictEqual(tables.length, built.length);
  tables.forEach((table, g) => {
    deepStrictEqual(table.names, built[g].names);
    deepStrictEqual(table.classes, built[g].classes);
    deepStrictEqual(table.hitBase, built[g].hitBase);
    deepStrictEqual(table.masks, built[g].masks);
    // Compared entry by entry: node:assert's deepStrictEqual is slow over long typed arrays.
    ok(table.delta.length === built[g].delta.length, `group ${g}: delta length`);
    ok(table.delta.every((next, i) => next === built[g].delta[i]), `group ${g}: delta`);
  });
});

Deno.test("stored shape groups: bytes that do not fit their layout are refused", () => {
  const { layout, packed } = packShapeGroups(shapeGroups());
  const bytes = unpackBytes(
    fromBase64(packed),
    layout.reduce((sum, g) => sum + 129 + g.width * g.states.reduce((a, n) => a + n, 0), 0),
  );
  const repacked = (edit: (copy: Uint8Array) => void) => {
    const copy = bytes.slice();
    edit(copy);
    return toBase64(packBytes(copy));
  };
  // A move to a state past the shape's last (the first group's first shape, class 0).
  const pastLast = repacked((copy) => (copy[129] = layout[0].states[0] + 1));
  throws(() => unpackShapeTables(layout, pastLast), /a move to no state/);
  // A class past the stated count.
  const wideClass = repacked((copy) => (copy[0x41] = layout[0].width));
  throws(() => unpackShapeTables(layout, wideClass), /classes that do not match their count/);
  // Fewer or more bytes than the layout holds.
  const short = toBase64(packBytes(bytes.subarray(0, bytes.length - 1)));
  throws(() => unpackShapeTables(layout, short), /shorter than stated/);
  const long = toBase64(packBytes(Uint8Array.from([...bytes, 1])));
  throws(() => unpackShapeTables(layout, long), /overrun|outside the output/);
  // Unchanged, they unpack.
  ok(unpackShapeTables(layout, repacked(() => {})).length === layout.length);
});

Deno.test("stored shape groups: the generated tables module stays under 4 KB", () => {
  // Every function bundle holds it; stored as the products' tables it took 24 KB.
  const bytes = new TextEncoder().encode(shapeTablesSource()).length;
  ok(bytes < 4096, `line_shape_tables.ts would take ${bytes} bytes`);
});

Deno.test("stored shape groups: a group is packed only with 129 classes and at most 255 states a shape", () => {
  const classes = new Uint8Array(129);
  classes[0x61] = 1;
  const idle = (states: number) => ({ states, moves: new Int32Array(states * 2), hits: [] });
  const group = (states: number[], codes = classes) => ({
    names: [],
    classes: codes,
    shapes: states.map(idle),
  });
  const { layout, packed } = packShapeGroups([group([1, 255])]);
  deepStrictEqual(layout[0].states, [1, 255]);
  ok(unpackShapeTables(layout, packed)[0].hitBase === 1);
  throws(() => packShapeGroups([group([1, 256])]), /too large for its stored form/);
  throws(() => packShapeGroups([group([256, 1])]), /too large for its stored form/);
  throws(() => packShapeGroups([group([1], classes.subarray(0, 128))]), /too large/);
});
