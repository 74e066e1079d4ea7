/**
 * Line shapes: each automaton agrees with the expression its comment quotes, on random text;
 * and no keyword-free detector ever matches a line where its shape (or line filter) is absent.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import {
  builtShapeTables,
  LINE_SHAPES,
  lineHasShape,
  shapeAloneIn,
  ShapeAutomaton,
  shapeSlot,
} from "./line_shapes.ts";
import type { LineShape } from "./types.ts";
import { DETECTORS } from "../detectors/mod.ts";
import { matchDetector } from "../match.ts";
import type { Detector } from "../detector.ts";
import { shapeTables } from "./line_shape_tables.ts";
import { shapeTablesSource } from "../../../scripts/generate_shape_tables.ts";
import { examplesOf } from "../detectors/examples/mod.ts";

const REFERENCE: Record<LineShape, RegExp> = {
  "number-run":
    /(?:(?<![A-Za-z0-9_.:\/-])|(?<=[A-Za-z]:))\d(?:[ .\/()+-]{0,4}\d){8}|\+\d(?:[ .\/()+-]{0,4}\d){7}/,
  "base58-run": /(?<![A-Za-z0-9])[13LMDX][1-9A-HJ-NP-Za-km-z]{25}/,
  "iban-start": /(?<![A-Za-z0-9])[A-Z]{2}\d{2}[A-Z0-9 -]/,
  "dotted-quad": /\.\d+\.\d+\.\d/,
  "hex-groups": /[:-](?:[0-9A-Fa-f]{1,4}[:-]){4}/,
  "email-at": /[A-Za-z0-9._%+\u0080-\uffff-]@[A-Za-z0-9\u0080-\uffff-]+\.[A-Za-z0-9\u0080-\uffff-]/,
  "a-token": /A(?:C[0-9a-zA-Z]{4}|P[0-9A-F][A-Za-z0-9]{4})/,
  "hetu-letter": /(?<![A-Za-z0-9])\d{6,8}[A-Z]\d{3}/,
  "mbi-grouped":
    /(?<![A-Za-z0-9])\d[A-Za-z][A-Za-z0-9]\d[ .\/()+-][A-Za-z][A-Za-z0-9]\d[ .\/()+-][A-Za-z]{2}\d\d/,
  "uk-postcode": /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z0-9]? ?\d[A-Z]{2}/,
  "nino-spaced": /(?<![A-Za-z0-9])[A-Z]{2} \d\d \d\d \d\d [A-Z]/,
  "id-check": /(?<![A-Za-z0-9])(?:[A-Z][A-Z0-9]?\d{7}|\d{8}-?[A-Z]|\d\d[A-Z]{5}\d{4}[A-Z])/,
};

/** Whether a shape's slot hits on `line`: where any shape sharing it does. */
const slotReference = (shape: LineShape, line: string) => {
  const { group, bit } = shapeSlot(shape);
  return LINE_SHAPES.some((other) => {
    const slot = shapeSlot(other);
    return slot.group === group && slot.bit === bit && REFERENCE[other].test(line);
  });
};

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const has = lineHasShape;

Deno.test("line shapes: the stored tables are those the definitions build", async () => {
  const tables = builtShapeTables();
  const built = tables.map((table) => ShapeAutomaton.fromTable(table));
  // Compared as JSON: node:assert's deepStrictEqual takes minutes over tables that differ.
  ok(
    JSON.stringify(shapeTables()) === JSON.stringify(tables),
    "core/scrub/prefilter/line_shape_tables.ts is stale: run `deno task shape-tables`",
  );
  const stored = await Deno.readTextFile(new URL("./line_shape_tables.ts", import.meta.url));
  strictEqual(stored, shapeTablesSource(), "run `deno task shape-tables`");
  // Loading a table gives the automaton that was built: same classes, moves, hits.
  ShapeAutomaton.shared().forEach((loaded, g) => {
    deepStrictEqual(loaded.names, built[g].names);
    deepStrictEqual(loaded.classes, built[g].classes);
    deepStrictEqual(loaded.delta, built[g].delta);
    strictEqual(loaded.firstHit, built[g].firstHit);
    for (
      let state = loaded.firstHit;
      state < loaded.delta.length;
      state += loaded.delta.length / loaded.size
    ) {
      strictEqual(loaded.maskOf(state), built[g].maskOf(state));
    }
  });
});

Deno.test("line shapes: each automaton agrees with its expression on random text", () => {
  const next = random(20250601);
  // Characters, or pieces of a line where a shape is too long to arise from characters.
  const alphabets: Record<LineShape, string | string[]> = {
    "number-run": "0123456789012345678901234567890123456789 .-/()+xa_:,\n",
    "base58-run": "1313XXabcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789 -\n0lIO",
    "iban-start": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789012345678901234567890123 ab-\n",
    "dotted-quad": "0123456789....a :\n",
    "hex-groups": "0123456789abcdefABCDEF::::----xg. \n",
    "email-at": "abcXYZ019-._%+@@@@....:/ \nü例",
    "a-token": "AAAAACCCPPPabcdefXYZ0123456789-_ \n",
    "hetu-letter": "01234567890123456789012345678901234567890123456789AYZa-:\n",
    "mbi-grouped": ["1EG4-", "3hn7+", "TE5-", "Jk2 ", "TE5", "MK73", "mk7", ..."M4- x0\na_"],
    "uk-postcode": ["SW1A", "M1", "EC", "B33", "1AA", "8TH", " ", " ", ..."AZ09 a-\n"],
    "nino-spaced": ["AB", "AB 12", " 34 56", " 12 34", " C", " Z", " ", ..."A9a-\n"],
    "id-check": ["1234", "5678", "DE", "A", "S1", "27", "ABCDE", "Z", "-", ..."09AZa -\n"],
  };
  for (const shape of LINE_SHAPES) {
    const alphabet = alphabets[shape];
    let hits = 0;
    for (let n = 0; n < 20_000; n++) {
      let line = "";
      const length = 1 + Math.floor(next() * 96);
      for (let i = 0; i < length; i++) line += alphabet[Math.floor(next() * alphabet.length)];
      const expected = REFERENCE[shape].test(line);
      if (expected) hits++;
      strictEqual(shapeAloneIn(line, shape), expected, `${shape} on ${JSON.stringify(line)}`);
      strictEqual(has(line, shape), slotReference(shape, line), `${shape}'s slot on ${line}`);
    }
    ok(hits > 200, `${shape}: the random lines hit too rarely (${hits}) to test anything`);
  }
});

Deno.test("line shapes: typical log noise has none, the numbers they stand for have theirs", () => {
  for (
    const line of [
      "2025-06-01T00:00:00.062Z INFO api req=1ec2b3af-b096-44c9-b794-021ad8ca006b 485ms",
      '{"trace_id":"7de5f985ea5bbce02e171f61dd6574a0","duration_ms":977,"status":500}',
      "image@sha256:9d6d5501f518ffa17f3e88bb79b6bab45d7c0462fce647fc876910992371b866",
    ]
  ) {
    for (const automaton of ShapeAutomaton.shared()) strictEqual(automaton.shapesIn(line), 0, line);
  }
  ok(has("sms to +1 (415) 555-2671", "number-run"));
  ok(has("sms to +44 7911 123456", "number-run"));
  ok(has("card 4111 1111 1111 1111", "number-run"));
  ok(!has("card x4111111111111111", "number-run"));
  ok(has("2025-06-01,u42,4111 1111 1111 1111,active", "number-run"), "a CSV field");
  ok(has("to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "base58-run"));
  ok(has("iban DE89 3704 0044 0532 0130 00", "iban-start"));
  ok(has("bank_account=FI06-5154-8960-6717-65", "iban-start"), "dashed groups");
  ok(!has("line 1\nDE89", "iban-start"));
});

Deno.test("a keyword-free detector never matches where its line shape or filter is absent", () => {
  const next = random(7);
  const noise = " .-/()+x_:,@\t0123456789AZaz";
  const found = (d: Detector, line: string) =>
    d.prefilter?.shape !== undefined
      ? has(line, d.prefilter.shape)
      : d.prefilter!.filter!.test(line);
  const gated = DETECTORS.filter((d) =>
    d.prefilter?.shape !== undefined || d.prefilter?.filter !== undefined
  );
  ok(gated.length >= 12, "the number, address and some token detectors are gated");
  let matched = 0;
  for (const d of gated) {
    for (const ex of examplesOf(d).positive) {
      for (let n = 0; n < 400; n++) {
        // Mutate the example: insert, replace or delete a few characters anywhere.
        let line = ex.text;
        for (let k = Math.floor(next() * 4); k >= 0; k--) {
          const at = Math.floor(next() * (line.length + 1));
          const c = noise[Math.floor(next() * noise.length)];
          const op = next();
          line = op < 0.4
            ? line.slice(0, at) + c + line.slice(at)
            : op < 0.8
            ? line.slice(0, at) + c + line.slice(at + 1)
            : line.slice(0, at) + line.slice(at + 1);
        }
        if (matchDetector(d, line).length === 0) continue;
        matched++;
        ok(found(d, line), `${d.id} matches ${JSON.stringify(line)} where its gate is absent`);
      }
    }
  }
  ok(matched > 3000, `too few mutated examples still matched (${matched})`);
});

Deno.test("line shapes: an automaton's size is its number of states, hit states last", () => {
  for (const [g, automaton] of ShapeAutomaton.shared().entries()) {
    const { classes, delta, hitBase, masks } = shapeTables()[g];
    const width = Math.max(...classes) + 1;
    strictEqual(automaton.size, delta.length / width);
    strictEqual(automaton.size, hitBase + masks.length);
    ok(automaton.size > 100, `${automaton.names.join(", ")}: ${automaton.size} states`);
  }
});
