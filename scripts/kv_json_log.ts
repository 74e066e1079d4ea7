/**
 * A key/value-dense log for speed runs (`deno task throughput --kv-json`): JSON lines of 15 to
 * 30 `"key": value` pairs (and some logfmt lines of as many `key=value` pairs), whose key names
 * are what services log, secret-sounding ones included (`token_count`, `cache_key`,
 * `api_key_id`, `page_token`, `secret_version`) with benign values, and a few real secrets
 * (`"api_key": "…"`, `"password": "…"`) that must not survive. Seeded: the same seed writes the
 * same log.
 */
import { seededRandom } from "../core/scrub/corpus/token_generator.ts";

const HEX = "0123456789abcdef";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Writes about `mb` megabytes; returns the secrets embedded in it. */
export async function writeKvJsonLog(path: string, mb: number, seed = 1): Promise<string[]> {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chars = (n: number, set: string) => {
    let s = "";
    for (let i = 0; i < n; i++) s += set[int(set.length)];
    return s;
  };
  const uuid = () =>
    `${chars(8, HEX)}-${chars(4, HEX)}-4${chars(3, HEX)}-${pick(["8", "9", "a", "b"])}${
      chars(3, HEX)
    }-${chars(12, HEX)}`;

  /** Fields services log, with benign values (many with secret-sounding names). */
  const FIELDS: readonly (readonly [string, () => string | number | boolean])[] = [
    ["service", () => pick(["checkout", "billing", "auth", "search", "gateway"])],
    ["host", () => `ip-10-0-${int(16)}-${int(250)}`],
    ["trace_id", () => chars(32, HEX)],
    ["span_id", () => chars(16, HEX)],
    ["request_id", uuid],
    ["method", () => pick(["GET", "POST", "PUT", "DELETE"])],
    ["path", () => `/v1/${pick(["orders", "users", "carts", "tokens", "keys"])}/${int(99999)}`],
    ["status", () => pick([200, 200, 200, 201, 204, 400, 401, 404, 500])],
    ["duration_ms", () => Math.round(random() * 50000) / 100],
    ["user_id", () => `u_${int(1e6)}`],
    ["tenant", () => `t-${chars(6, HEX)}`],
    ["token_count", () => int(4096)],
    ["prompt_tokens", () => int(2048)],
    ["max_tokens", () => pick([256, 512, 1024, 4096])],
    ["cache_key", () => `orders:${int(99999)}:v${int(9)}`],
    ["api_key_id", () => `key_${int(999)}`],
    ["auth_method", () => pick(["oidc", "saml", "password", "api_key"])],
    ["session_token_ttl", () => pick([900, 3600, 86400])],
    ["secret_version", () => int(20)],
    ["idempotency_key", uuid],
    ["page_token", () => chars(24, ALNUM)],
    ["next_token", () => chars(16, ALNUM)],
    ["password_reset", () => random() < 0.1],
    ["token_type", () => pick(["Bearer", "refresh", "access"])],
    ["key_name", () => pick(["primary", "secondary", "rotated-2026-02"])],
    ["partition_key", () => `tenant-${int(64)}`],
    ["routing_key", () => pick(["orders.created.v1", "users.updated.v2", "carts.expired.v1"])],
    ["credentials_source", () => pick(["env", "vault", "instance-profile"])],
    ["secret_name", () => pick(["db-creds", "stripe-webhook", "smtp"])],
    ["public_key_fingerprint", () => `SHA256:${chars(43, ALNUM)}`],
    ["etag", () => `W/"${chars(32, HEX)}"`],
    ["bytes", () => int(1e6)],
    ["retry", () => int(4)],
    ["region", () => pick(["eu-west-1", "us-east-1", "ap-south-1"])],
    ["msg", () => pick(["request done", "cache miss", "token refreshed", "order created"])],
  ];
  /** Fields that carry a secret, and how one is made. */
  const SECRETS: readonly (readonly [string, () => string])[] = [
    ["api_key", () => chars(32, ALNUM)],
    ["password", () => `${chars(10, ALNUM)}!${int(100)}`],
    ["access_token", () => chars(40, ALNUM)],
    ["client_secret", () => `${chars(20, ALNUM)}-${chars(12, ALNUM)}`],
    ["db_password", () => `${chars(12, ALNUM)}#${int(10)}`],
  ];

  const secrets: string[] = [];
  const file = await Deno.open(path, { write: true, create: true, truncate: true });
  const writer = file.writable.getWriter();
  const encoder = new TextEncoder();
  const target = mb * 1e6;
  let written = 0;
  let t = Date.UTC(2026, 2, 2, 11, 0, 0);
  try {
    while (written < target) {
      let chunk = "";
      for (let n = 0; n < 500; n++) {
        t += int(40);
        const fields: [string, string | number | boolean][] = [
          ["ts", new Date(t).toISOString()],
          ["level", pick(["info", "info", "info", "debug", "warn", "error"])],
        ];
        const count = 15 + int(16);
        for (let k = 0; k < count; k++) {
          const [name, make] = pick(FIELDS);
          fields.push([name, make()]);
        }
        if (random() < 0.01) {
          const [name, make] = pick(SECRETS);
          const value = make();
          secrets.push(value);
          fields.splice(2 + int(fields.length - 2), 0, [name, value]);
        }
        chunk += random() < 0.8
          ? "{" + fields.map(([k, v]) => `"${k}":${JSON.stringify(v)}`).join(",") + "}\n"
          : fields.map(([k, v]) =>
            `${k}=${typeof v === "string" && v.includes(" ") ? JSON.stringify(v) : v}`
          ).join(" ") + "\n";
      }
      const bytes = encoder.encode(chunk);
      await writer.write(bytes);
      written += bytes.length;
    }
  } finally {
    await writer.close();
  }
  return secrets;
}
