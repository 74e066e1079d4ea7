/**
 * A JavaScript engine's or shell's four-part version after its name (`V8 12.1.189.37`,
 * `Electron 28.2.10.0`), as browsers' about pages, crash reports and user-agent dumps print it,
 * is a version, no address. Found blind by the benign corpus (../corpus/benign8.jsonl,
 * `versions-and-builds`: `Chrome 115.0.6958.76 (Official Build) (64-bit) / V8 12.1.189.37`).
 * An address after the same names with a host word between is still masked.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("an engine's four-part version after its name stays", () => {
  for (
    const line of [
      "Chrome 115.0.6958.76 (Official Build) (64-bit) / V8 12.1.189.37",
      "node --version: v20.11.1, v8 11.3.244.8-node.17",
      "Electron 28.2.10.0 (Chromium 120.0.6099.291)",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("an address near an engine's name is masked", () => {
  for (
    const [line, ip] of [
      ["V8 inspector listening on host 81.2.69.160", "81.2.69.160"],
      ["electron app connected from 81.2.69.161", "81.2.69.161"],
      ["v8flags 81.2.69.162", "81.2.69.162"],
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(ip), false, out);
  }
});
