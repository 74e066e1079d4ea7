/**
 * Input fields that several functions share, validated the same way everywhere: the service
 * and environment a request names, and optional free text from Workflow Builder.
 */
import * as z from "zod";

export const serviceName = z.string().trim().min(1).max(128);
export const environmentName = z.string().trim().min(1).max(64);

/** Workflow Builder passes an empty string for an optional field left blank. */
export const optionalText = (max: number) =>
  z.string().trim().max(max).optional().transform((text) => text || undefined);
