/**
 * zod for every schema that runs in a function: zod 4's tree-shakable build (`zod/mini`,
 * functions instead of methods: `z.optional(z.string().check(z.maxLength(64)))`), with zod's
 * English messages, which the classic build sets up itself and the mini build leaves to the app
 * (without them every message is "Invalid input"). The classic build weighs ~95 KB in each bundle
 * and builds every schema with its methods; one module importing `zod` brings it all back (the
 * bundle test refuses that).
 */
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

z.config(en());

export * from "zod/mini";

/**
 * In a transform (`z.transform((value, payload) => …)`): refuses the value with a custom issue
 * worded `message`, as classic zod's `ctx.addIssue` there did, and returns what stands for no
 * value.
 */
export function refuse(
  payload: z.core.ParsePayload,
  message: string,
  params?: Record<string, unknown>,
): never {
  payload.issues.push({
    code: "custom",
    message,
    input: payload.value,
    ...(params === undefined ? {} : { params }),
  });
  return z.NEVER;
}
