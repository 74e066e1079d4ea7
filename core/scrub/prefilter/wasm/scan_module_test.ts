import { strictEqual } from "@node/assert";
import { SCAN_MODULE } from "./scan.ts";
import { assembledScanModule } from "./scan_module.ts";

Deno.test("the scan module the bundles carry is the one its program assembles", () => {
  let bytes = "";
  for (const byte of assembledScanModule()) bytes += String.fromCharCode(byte);
  // A change to the program, the memory layout or RUN_SHORTEST shows here: paste the new value.
  strictEqual(SCAN_MODULE, btoa(bytes), `SCAN_MODULE should be "${btoa(bytes)}"`);
});
