/**
 * The compact form of the commonest assigned provider value (./provider_shapes.ts's assigned()):
 * an id, the key names, the value, its entropy bound and, when the names' literal starts are not
 * enough, the prefilter keywords, and what may not follow the value (its tail, its cut class).
 * One call per provider keeps each family file's additions, and the function bundles, small; a
 * value needing more (a validate, a checksum) is written with assigned().
 */
import type { Detector } from "../detector.ts";
import { assigned, type AssignedSpec } from "./provider_shapes.ts";

/** assigned({ id, names, value, minEntropy, keywords, ...ending }). */
export function assignedValue(
  id: string,
  names: string,
  value: string,
  minEntropy?: number,
  keywords?: readonly string[],
  ending?: Pick<AssignedSpec, "tail" | "cutClass">,
): Detector {
  return assigned({ id, names, value, minEntropy, keywords, ...ending });
}
