import { deepStrictEqual, throws } from "@node/assert";
import { builtinDetectors } from "../mod.ts";
import { assigned, shapeOf } from "../provider_shapes.ts";
import { formatOf, SAMPLE_NAMES } from "./sample_names.ts";

Deno.test("sample names: every assigned provider detector has one, and every name a detector", () => {
  const assignedIds = builtinDetectors().filter((d) => shapeOf(d)?.kind === "assigned")
    .map((d) => d.id);
  const named = Object.keys(SAMPLE_NAMES).filter((id) => id !== "test-assigned");
  deepStrictEqual(named.toSorted(), assignedIds.toSorted());
  for (const detector of builtinDetectors()) {
    const format = formatOf(detector);
    if (format?.kind === "assigned") deepStrictEqual(format.name, SAMPLE_NAMES[detector.id]);
  }
});

Deno.test("sample names: an assigned detector without one is refused by name", () => {
  const d = assigned({ id: "unnamed-assigned", names: "acme[_-]?key", value: "[a-f0-9]{16}" });
  throws(() => formatOf(d), /unnamed-assigned: add a sample key name/);
});
