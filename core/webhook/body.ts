/** What a sender (the sign-webhook task, the relay, tests) POSTs: the fields, signed now. */
import { signAlert, type SignedValues } from "./signature.ts";

/** A fresh nonce: 32 hex characters from the system's random source. */
export function newNonce(): string {
  return crypto.randomUUID().replaceAll("-", "");
}

/** The alert's fields, with `timestamp` and `nonce` unless given, before signing. */
export function alertValues(
  fields: Omit<SignedValues, "timestamp" | "nonce" | "filter"> & Partial<SignedValues>,
  nowMs: number = Date.now(),
): SignedValues {
  return {
    timestamp: String(Math.floor(nowMs / 1000)),
    nonce: newNonce(),
    filter: "",
    ...fields,
  };
}

/** The JSON body for `values` signed with `secret`; an empty filter is left out. */
export function signedAlertBody(
  values: SignedValues,
  secret: string,
): Record<string, string> {
  const { filter, ...rest } = values;
  return { ...rest, ...(filter ? { filter } : {}), signature: signAlert(values, secret) };
}
