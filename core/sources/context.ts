/** What an adapter gets to do its work: the query-independent parts of one fetch. */
import type { HttpTarget } from "./http.ts";
import type { SourceConfig } from "./config.ts";
import { utf8Encoder } from "../utf8.ts";

export interface AdapterContext {
  /** The resolved base URL (from the config or its env var). */
  baseUrl: URL;
  http: HttpTarget;
  /** Secret values by env name; only the names the source's config gives. */
  secrets: Record<string, string>;
}

/** `path` under the base URL's own path (`https://h/prefix/` + `/x` → `https://h/prefix/x`). */
export function endpoint(base: URL, path: string): URL {
  return new URL(base.pathname.replace(/\/$/, "") + path, base);
}

/** Sets each of `params` on `url`'s query (in their order) and returns it. */
export function withParams(url: URL, params: Record<string, string>): URL {
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url;
}

/**
 * The env names a source reads its secrets from: each of its `…Env` settings but baseUrlEnv, then
 * each of its auth's (datadog's apiKeyEnv and appKeyEnv; cloudwatch's accessKeyIdEnv,
 * secretAccessKeyEnv and sessionTokenEnv when given; basic auth's userEnv and passwordEnv …), in
 * their order: one rule for every backend, none of which a bundle need carry.
 */
export function secretNames(source: SourceConfig): string[] {
  return [source, (source as { auth?: object }).auth ?? {}].flatMap((settings) =>
    Object.entries(settings).flatMap(([key, value]) =>
      key.endsWith("Env") && key !== "baseUrlEnv" && value !== undefined ? [value as string] : []
    )
  );
}

/** The Authorization header for none / bearer / basic / apikey auth. */
export function authorizationHeader(
  auth: {
    type: string;
    tokenEnv?: string;
    userEnv?: string;
    passwordEnv?: string;
    apiKeyEnv?: string;
  },
  secrets: Record<string, string>,
): Record<string, string> {
  if (auth.type === "bearer" && auth.tokenEnv) {
    return { authorization: `Bearer ${secrets[auth.tokenEnv]}` };
  }
  if (auth.type === "basic" && auth.userEnv && auth.passwordEnv) {
    return {
      authorization: `Basic ${basicCredentials(secrets[auth.userEnv], secrets[auth.passwordEnv])}`,
    };
  }
  if (auth.type === "apikey" && auth.apiKeyEnv) {
    return { authorization: `ApiKey ${secrets[auth.apiKeyEnv]}` };
  }
  return {};
}

export function basicCredentials(user: string, password: string): string {
  const bytes = utf8Encoder.encode(`${user}:${password}`);
  return btoa(String.fromCharCode(...bytes));
}
