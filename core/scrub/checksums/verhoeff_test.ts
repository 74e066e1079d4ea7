import { ok } from "@node/assert";
import { verhoeffValid } from "./verhoeff.ts";

Deno.test("verhoeff accepts the published worked examples", () => {
  // 236 -> check digit 3; 12345 -> 1; 142857 -> 0 (Verhoeff's scheme as commonly tabulated).
  for (const n of ["2363", "123451", "1428570"]) ok(verhoeffValid(n), n);
});

Deno.test("verhoeff rejects single-digit errors and adjacent transpositions", () => {
  for (const n of ["2364", "2633", "123415", "1428571", "", "5"]) ok(!verhoeffValid(n), n);
});
