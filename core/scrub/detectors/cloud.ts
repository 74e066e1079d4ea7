import type { Detector } from "../detector.ts";

/** (being written) */
export const detectors: Detector[] = [];
