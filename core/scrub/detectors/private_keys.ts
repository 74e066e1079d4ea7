import type { BlockDetector, Detector } from "../detector.ts";

/** (being written) */
export const detectors: Detector[] = [];
export const blockDetectors: BlockDetector[] = [];
