/**
 * AWS Signature Version 4 for the JSON requests CloudWatch Logs takes (a POST to `/`, no query):
 * the canonical request, the string to sign and the derived signing key, as AWS documents them
 * ("Create a signed AWS API request"). The signature covers every header of the request, `host`
 * and `x-amz-date` (and `x-amz-security-token` with temporary credentials). Hashes and HMACs use
 * the project's own SHA-256 (core/crypto/sha256.ts), which every bundle already holds for the
 * scrubber, rather than Web Crypto's asynchronous API.
 */
import { hmacSha256 } from "../crypto/sha256.ts";
import { hex } from "../crypto/hex.ts";
import { sha256Hex } from "./digest.ts";
import { utf8Encoder } from "../utf8.ts";

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials' session token, when there is one. */
  sessionToken?: string;
}

export interface SigningScope {
  region: string;
  /** The service's signing name, e.g. `logs`. */
  service: string;
}

/** `20261205T013400Z`: the request's time, to the second, in UTC. */
export function amzDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * `request` signed with `credentials` for `scope` at `now`: a new request with `x-amz-date`,
 * `x-amz-security-token` (temporary credentials only) and `authorization` added. Only a request
 * to `/` without a query is signed (what CloudWatch Logs takes); anything else is refused.
 */
export async function signV4(
  request: Request,
  credentials: AwsCredentials,
  scope: SigningScope,
  now: Date,
): Promise<Request> {
  const url = new URL(request.url);
  if (url.pathname !== "/" || url.search !== "") {
    throw new Error("SigV4 signing here covers only requests to / without a query");
  }
  const headers = new Headers(request.headers);
  const date = amzDate(now);
  headers.set("host", url.host);
  headers.set("x-amz-date", date);
  if (credentials.sessionToken) headers.set("x-amz-security-token", credentials.sessionToken);
  // Headers iterates its names lower-cased and sorted, as the canonical request lists them.
  const entries = [...headers];
  const signedHeaders = entries.map(([name]) => name).join(";");
  const body = await request.clone().arrayBuffer();
  const canonicalRequest = [
    request.method,
    "/",
    "",
    ...entries.map(([name, value]) => `${name}:${value.trim().replace(/\s+/g, " ")}`),
    "",
    signedHeaders,
    sha256Hex(new Uint8Array(body)),
  ].join("\n");
  const day = date.slice(0, 8);
  const credentialScope = `${day}/${scope.region}/${scope.service}/aws4_request`;
  const stringToSign = [
    "AWS4-HMAC-SHA256",
    date,
    credentialScope,
    sha256Hex(canonicalRequest),
  ].join("\n");
  let key: Uint8Array = utf8Encoder.encode(`AWS4${credentials.secretAccessKey}`);
  for (const part of [day, scope.region, scope.service, "aws4_request"]) {
    key = hmacSha256(key, utf8Encoder.encode(part));
  }
  const signature = hex(hmacSha256(key, utf8Encoder.encode(stringToSign)));
  headers.set(
    "authorization",
    `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, ` +
      `SignedHeaders=${signedHeaders}, Signature=${signature}`,
  );
  headers.delete("host");
  return new Request(request, { headers });
}
