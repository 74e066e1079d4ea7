/** Authenticating webhook bodies (alerts): shape, canonical string, HMAC, timestamp window. */
export * from "./request.ts";
export * from "./signature.ts";
export * from "./freshness.ts";
export * from "./body.ts";
export * from "./storm.ts";
