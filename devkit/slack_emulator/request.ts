// Reading a Web API request: arguments from the query string and a
// form-encoded, multipart or JSON body (bounded in size), and the token.
import { readAtMost } from "../../core/bounded_read.ts";
import { type Args, isPlainObject, SlackError } from "./args.ts";

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface ApiRequest {
  args: Args;
  token?: string;
}

async function readBounded(request: Request): Promise<Uint8Array<ArrayBuffer>> {
  const body = await readAtMost(request.body, MAX_BODY_BYTES);
  if (!body) {
    throw new SlackError("request_too_large", `[ERROR] body is over ${MAX_BODY_BYTES} bytes`);
  }
  return body;
}

async function bodyArgs(request: Request, bytes: Uint8Array<ArrayBuffer>): Promise<Args> {
  if (bytes.length === 0) return {};
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase() ?? "";
  if (type === "application/json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new SlackError("invalid_json", "[ERROR] the JSON body does not parse");
    }
    if (!isPlainObject(parsed)) {
      throw new SlackError("json_not_object", "[ERROR] the JSON body must be an object");
    }
    return parsed;
  }
  if (type === "multipart/form-data") {
    const form = await new Response(bytes, { headers: request.headers }).formData();
    return Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  }
  if (type === "application/x-www-form-urlencoded" || type === "") {
    return Object.fromEntries(new URLSearchParams(new TextDecoder().decode(bytes)));
  }
  throw new SlackError("invalid_post_type", `[ERROR] unsupported content type`);
}

/** Reads the arguments (query string and body) and the token (bearer header or form field). */
export async function readApiRequest(request: Request): Promise<ApiRequest> {
  const queryArgs = Object.fromEntries(new URL(request.url).searchParams);
  const args = { ...queryArgs, ...await bodyArgs(request, await readBounded(request)) };
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  const formToken = typeof args.token === "string" && args.token !== "" ? args.token : undefined;
  return { args, token: bearer ?? formToken };
}
