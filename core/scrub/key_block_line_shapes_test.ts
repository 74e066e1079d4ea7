/**
 * Which lines go on with an open private-key block, line shape by line shape: within the
 * block's first lines also `Name: value` headers (a capitalised name of letters and digits in
 * dash-joined parts, at the line's start), past them only base64 body, bare or after a logger's
 * prefix (a whitespace, then a run of at least 40 base64 characters, up to two `=`, the line's
 * end). A framed line past them holds body only. And when a marker quoted in prose starts none.
 */
import { strictEqual } from "@node/assert";
import { BLOCK_DETECTORS } from "./detectors/mod.ts";
import { type OpenBlock, quotedInProse, staysInBlock } from "./key_block_lines.ts";
import { LineFrame } from "./line_frame.ts";

const detector = BLOCK_DETECTORS.find((d) => d.id === "private-key-block")!;
const open = (lines: number, frame: LineFrame | null = null): OpenBlock => ({
  detector,
  lines,
  frame,
});
const WITHIN = open(1);
const PAST = open(detector.maxLines);
const RUN = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";

Deno.test("key block lines: headers go on only within the first lines, in their exact shape", () => {
  for (
    const line of [
      "Proc-Type: 4,ENCRYPTED",
      "  Comment: rsa-key",
      "A: b",
      "X-Y: z",
      "Name-A1-B2: v",
      "DEK-Info: AES",
    ]
  ) {
    strictEqual(staysInBlock(WITHIN, line), true, line);
    strictEqual(staysInBlock(PAST, line), false, `${line} (past the first lines)`);
  }
  for (
    const line of [
      "log Proc-Type: 4",
      "xProc-Type: 4,ENCRYPTED",
      "proc-Type: 4",
      "A-: b",
      "A-b:c",
      "INFO:app:done",
    ]
  ) {
    strictEqual(staysInBlock(WITHIN, line), false, line);
  }
  strictEqual(staysInBlock(WITHIN, "Na-b: v"), true);
});

Deno.test("key block lines: base64 after a logger's prefix goes on, in its exact shape", () => {
  for (const block of [WITHIN, PAST]) {
    for (const tail of ["", "=", "==", " ", "==  "]) {
      strictEqual(staysInBlock(block, `2024 INFO ${RUN.slice(0, 40)}${tail}`), true, `40${tail}`);
    }
    for (
      const line of [
        `2024 INFO ${RUN.slice(0, 39)}`,
        `2024 INFO ${RUN.slice(0, 40)}===`,
        `2024 INFO ${RUN.slice(0, 40)}!`,
        `2024 INFO ${RUN} more words`,
        `INFO:${RUN}`,
      ]
    ) {
      strictEqual(staysInBlock(block, line), false, line);
    }
  }
});

Deno.test("key block lines: bare body ends with at most a quote, a comma and whitespace", () => {
  for (const line of [RUN, `"${RUN}",`, `  '${RUN}\\n'  `, "", "   ", "====", `${RUN},`]) {
    strictEqual(staysInBlock(PAST, line), true, JSON.stringify(line));
  }
  for (const line of [`${RUN},junk`, `${RUN}",x`, `${RUN}!`, `${RUN} x`]) {
    strictEqual(staysInBlock(PAST, line), false, JSON.stringify(line));
  }
});

Deno.test("key block lines: a framed line past the first lines holds body only, within them a header too", () => {
  const frame = LineFrame.around("2024-05-01 12:00:00 INFO ", "");
  const header = "2024-05-01 12:00:01 INFO Proc-Type: 4,ENCRYPTED";
  const body = `2024-05-01 12:00:01 INFO ${RUN.slice(0, 12)}`;
  strictEqual(staysInBlock(open(1, frame), header), true);
  strictEqual(staysInBlock(open(detector.maxLines, frame), header), false);
  strictEqual(staysInBlock(open(detector.maxLines, frame), body), true);
  // A JSON encoder's escaped slashes are read as slashes, a header's value too.
  strictEqual(staysInBlock(open(1, frame), "2024-05-01 12:00:01 INFO Comment: \\/"), true);
  strictEqual(
    staysInBlock(open(detector.maxLines, frame), `2024-05-01 12:00:01 INFO ab\\/cd`),
    true,
  );
});

Deno.test("key block lines: a marker quoted in prose, words of two letters or more, no key run of 40", () => {
  strictEqual(quotedInProse(" is it ok"), true);
  strictEqual(quotedInProse(" a b c"), false);
  strictEqual(quotedInProse(` see the docs ${RUN.slice(0, 40)}`), false);
  strictEqual(quotedInProse(` see the docs ${RUN.slice(0, 39)}`), true);
  // Read to 4,096 characters: words at its very start count.
  strictEqual(quotedInProse(`is it ok${".".repeat(5000)}`), true);
  strictEqual(quotedInProse(`${".".repeat(4090)} is it ok`), false);
});

Deno.test("key block lines: a marker then one or two lower-case words of two letters or more and a close is prose", () => {
  // One word, or two, right after the marker, then a quote or a sentence's punctuation.
  strictEqual(quotedInProse(' header" file=/etc/tls/api.key'), true);
  strictEqual(quotedInProse(" ok."), true);
  strictEqual(quotedInProse(' is ok" file=/etc/tls/api.key'), true);
  // Not so: one letter, words with no close after them, or words not right after the marker.
  strictEqual(quotedInProse(' a"'), false);
  strictEqual(quotedInProse(" header file=/etc/tls/api.key"), false);
  strictEqual(quotedInProse('Comment: see it"'), false);
});
