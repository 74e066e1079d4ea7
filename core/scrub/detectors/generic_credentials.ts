/**
 * Credentials without a provider prefix: JWTs, HTTP `Authorization` headers, cookies,
 * secret-named assignments (`password=…`, `"api_key": "…"`, `--token …`), credentials in
 * URLs and connection strings, and passwords on database command lines.
 */
import type { Candidate, Detector } from "../detector.ts";
import { readAssignments, VALUE_CAP } from "../kv/assignments.ts";
import { COMMAND_KEYWORDS, commandValues } from "../kv/commands.ts";
import { continuationFor } from "../kv/continuations.ts";
import type { KeyKind } from "../kv/key_names.ts";
import { jsonSecretValues, secretMap } from "../kv/kubernetes.ts";
import { decodeBase64Text, isPlainWord, isProse, isStatusWord } from "./value_checks.ts";
import { UUID } from "./provider_shapes.ts";

/**
 * The secret: `min` to VALUE_CAP characters of class `cls`, then `close` (a closing quote, a
 * boundary); or, when the run of `cls` is longer than the cap, its first VALUE_CAP characters
 * and a `cut`, so that matchDetector masks the rest of the line instead of passing it on.
 */
function cappedValue(cls: string, min: number, close = ""): string {
  return `(?:(?<secret>${cls}{${VALUE_CAP}})(?<cut>)(?=${cls})|(?<secret>${cls}{${min},${VALUE_CAP}})${close})`;
}

/**
 * A URL's user name and its password (RFC 3986 `userinfo`, loosely); the password's class holds
 * the user's, `:` and brackets.
 */
const URL_USER = String.raw`[^\s:\/?#@"'<>\[\]]`;
// `#` too: a password with one, logged unencoded (`amqp://u:pa#ss@host`), still ends at `@`.
const URL_PASSWORD = String.raw`[^\s\/?@"'<>]`;

/**
 * Common to every assignment: not a status word or a sentence (placeholders are refused for
 * every secret detector by matchDetector).
 */
function plausibleValue(value: string): boolean {
  return !isStatusWord(value) && !isProse(value) && !DOCUMENTATION_VALUE.test(value);
}

/**
 * The values the key/value reader (../kv/assignments.ts) finds assigned to keys of `kind` on a
 * line, as candidates (and a cut, when the line holds more keys than the reader reads).
 */
function assignedValues(kind: KeyKind, keep?: (line: string, keyStart: number) => boolean) {
  return (line: string): Candidate[] => {
    const found: Candidate[] = [];
    for (const a of readAssignments(line)) {
      if (a.cut) found.push(a);
      else if (
        a.kind === kind && a.end > a.start && (keep === undefined || keep(line, a.keyStart))
      ) {
        found.push(a);
      }
    }
    return found;
  };
}

/** The value below a line whose last key of `kind` has its value go on there (`password: |`). */
function valueBelow(kind: KeyKind) {
  return (line: string) => {
    const found = readAssignments(line);
    const last = found[found.length - 1];
    return last !== undefined && last.kind === kind && last.opens !== null
      ? continuationFor(last.opens)
      : null;
  };
}

/** `auth` or `cred` right after `=` or `/` is a value or a path segment (`bucket=auth:…`, `/v1/auth:…`). */
function notAfterValueOrPath(line: string, keyStart: number): boolean {
  const before = line[keyStart - 1];
  return before !== "=" && before !== "/";
}

/** Documentation stand-ins inside a value (`wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, `changeme123`). */
const DOCUMENTATION_VALUE = /example|changeme|placeholder/i;

const SCHEME_WORDS = new Set([
  "basic",
  "bearer",
  "digest",
  "token",
  "bot",
  "apikey",
  "api-key",
  "sso-key",
  "key",
  "negotiate",
  "ntlm",
  "hmac",
  "dpop",
  "mac",
  "jwt",
  "otp",
]);

const WHOLE_UUID = new RegExp(`^${UUID}$`, "i");

/** Character classes of token values: base64url, base64, a bearer token, a cookie value. */
const B64URL = "[A-Za-z0-9_-]";
const BASE64 = String.raw`[A-Za-z0-9+\/]`;
const BEARER = String.raw`[A-Za-z0-9._~+\/-]`;
const COOKIE_VALUE = String.raw`[^;\s"',\\]`;

/**
 * A cookie's name is read up to this many characters (RFC 6265 sets no maximum): a longer one
 * cuts the line, as the cookies after it cannot be told apart without reading it.
 */
const COOKIE_NAME = String.raw`[^=;\s"']`;
const COOKIE_NAME_CAP = 128;
/** A name that runs past COOKIE_NAME_CAP: from it, the rest of the line is masked. */
const LONG_COOKIE_NAME = String.raw`(?<cut>)${COOKIE_NAME}{${COOKIE_NAME_CAP + 1}}`;
/** A `Cookie` header's name, and one `name=value; ` pair of it. */
const COOKIE_HEADER = String.raw`(?<![\w-])cookie(?:\\?["'])?\s{0,3}[:=]\s{0,3}(?:\\?["'])?`;
const COOKIE_PAIR = String.raw`${COOKIE_NAME}{1,${COOKIE_NAME_CAP}}=` +
  // A value in quotes (RFC 6265 allows them: `theme="dark"`), also JSON-escaped, or bare.
  String.raw`(?:"[^";\r\n]{0,4096}"|\\"[^";\r\n\\]{0,4096}\\"|[^;"'\r\n]{0,4096});\s{0,3}`;
/** Cookies the lookbehind reads back over (a bound on its work); past them the line is cut. */
const MAX_COOKIES = 50;
/** `orders.created.v1`, `user:42:profile`: a dotted or colon-separated name, not a key. */
const DOTTED_NAME = /^[A-Za-z][A-Za-z0-9_]*(?:[.:][A-Za-z0-9_]+)+$/;

/**
 * Where a value is kept rather than the value: a reference in code (`process.env.API_KEY`,
 * `config.apiKey`, `Rails.application.credentials.secret_key_base`) or a file path
 * (`/etc/ssl/private/app.key`, `~/.ssh/id_rsa`, `./certs/key.pem`).
 */
const REFERENCE = new RegExp(
  String
    .raw`^(?:(?:process|env|config|conf|cfg|settings|self|this|os|app|secrets|params|options|opts|args|props|Rails|System|ENV)(?:\.[A-Za-z_$][\w$]*)+` +
    String.raw`|[a-z]{2,16}(?:\.[A-Za-z_$][\w$]*){2,}|(?:~|\.{1,2})?(?:\/[\w.-]+){2,})$`,
);

function jwtHeaderHasAlg(token: string): boolean {
  const header = decodeBase64Text(token.slice(0, token.indexOf(".")));
  if (header === null) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    return typeof parsed === "object" && parsed !== null &&
      typeof (parsed as Record<string, unknown>).alg === "string";
  } catch {
    return false;
  }
}

/** A credential after an auth scheme: not a bare scheme name, status word or plain word. */
function plausibleCredential(value: string): boolean {
  return plausibleValue(value) && !SCHEME_WORDS.has(value.toLowerCase()) &&
    !(isPlainWord(value) && value.length < 20);
}

/** Decoded Basic credentials: `user:password`, printable (the pattern bounds the length). */
function isUserColonPassword(text: string | null): boolean {
  if (text === null) return false;
  const colon = text.indexOf(":");
  return colon >= 0 && colon < text.length - 1 && ![...text].some((c) => c.charCodeAt(0) < 32);
}

export const detectors: Detector[] = [
  {
    id: "jwt",
    description:
      "JSON Web Token (RFC 7519): base64url header and payload (and signature), the header decoding to JSON with an `alg`.",
    kind: "secret",
    prefilter: { keywords: ["eyj"] },
    // Header (up to 8000: an `x5c` certificate chain is long), payload and signature; a part
    // longer than its cap is cut (the rest of the line is masked).
    pattern: new RegExp(
      String
        .raw`(?<![A-Za-z0-9_-])eyJ(?:${B64URL}{8000}(?<cut>)(?=${B64URL})|${B64URL}{10,8000}\.` +
        String.raw`(?:${B64URL}{8000}(?<cut>)(?=${B64URL})|${B64URL}{2,8000}` +
        String.raw`(?:\.(?:${B64URL}{2000}(?<cut>)(?=${B64URL})|${B64URL}{0,2000}))?))`,
      "g",
    ),
    validate: (token) => jwtHeaderHasAlg(token),
    examples: {
      positive: [
        {
          text:
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsImV4cCI6MTcwMDAwMDAwMH0.Vt1y3sQ9n1jv1eXo8b2R0Qf0x9S8W7kz6mF3cA2pL4E",
          secret:
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsImV4cCI6MTcwMDAwMDAwMH0.Vt1y3sQ9n1jv1eXo8b2R0Qf0x9S8W7kz6mF3cA2pL4E",
        },
        {
          text:
            '{"level":"debug","id_token":"eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhY2NvdW50cyJ9.c2lnbmF0dXJl"}',
          secret: "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhY2NvdW50cyJ9.c2lnbmF0dXJl",
        },
      ],
      negative: [
        "body=eyJ1c2VyIjoiYWxpY2UiLCJhY3Rpb24iOiJsb2dpbiIsInRzIjoxNzAwMDAwMDAwfQ== len=64",
        // A JSON payload that is not a JWT header (no "alg").
        "cursor=eyJ1c2VyIjoiYWxpY2UifQ.eyJwYWdlIjoyfQ next page",
        "eyJBB.eyJCC.eyJDDDD",
        "bm90X3ZhbGlkX2pzb25fYXRfYWxs.bm90X3ZhbGlkX2pzb25fYXRfYWxs.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
      ],
    },
  },
  {
    id: "http-authorization",
    description:
      "Credentials in an HTTP `Authorization` / `Proxy-Authorization` header or an `authorization=` log field (RFC 9110), after any scheme name.",
    kind: "secret",
    prefilter: { keywords: ["authorization"] },
    pattern: new RegExp(
      String
        .raw`\b(?:proxy-)?authorization(?:\\?["'])?\s{0,3}[:=]\s{0,3}(?:\\?["'])?(?:(?:bearer|basic|token|bot|apikey|api-key|sso-key|key|negotiate|ntlm|hmac|dpop|mac|jwt|otp)\s{1,3})?` +
        cappedValue(String.raw`[^\s"',;\\]`, 6),
      "gid",
    ),
    validate: (value) => plausibleCredential(value),
    examples: {
      positive: [
        {
          text: "> Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b",
          secret: "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b",
        },
        {
          text:
            'level=info method=GET path=/v1/me authorization="Bearer sk_9f8e7d6c5b4a3210" status=200',
          secret: "sk_9f8e7d6c5b4a3210",
        },
        {
          text: '{"headers":{"Authorization":"NTLM TlRMTVNTUAABAAAAB4IIog=="}}',
          secret: "TlRMTVNTUAABAAAAB4IIog==",
        },
      ],
      negative: [
        'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
        "authorization failed for user 42: token expired",
        "Authorization: Bearer",
        "authorization: required",
        "Authorization: Bearer ${API_TOKEN}",
      ],
    },
  },
  {
    id: "bearer-token",
    description: "A token after the word `Bearer` (RFC 6750), wherever a log prints it.",
    kind: "secret",
    prefilter: { keywords: ["bearer"] },
    pattern: new RegExp(
      String.raw`\bbearer\s{1,3}(?:(?<secret>${BEARER}{${VALUE_CAP}})(?<cut>)(?=${BEARER})` +
        String.raw`|(?<secret>${BEARER}{8,${VALUE_CAP}}=*))`,
      "gid",
    ),
    // `--token-type Bearer --region eu`: the next option, not a token; `token_type=Bearer
    // expires_in=3600`: the next key (a `=` with a name after it), not a token.
    validate: (value, line, index) =>
      plausibleCredential(value) && !/^--[A-Za-z][\w-]*$/.test(value) &&
      !(value.endsWith("=") && /\w/.test(line.charAt(index + value.length))),
    examples: {
      positive: [
        {
          text: "retrying request with Bearer 3a7f0c9e21d84b6f9a5e0c2d7b1f4e8a",
          secret: "3a7f0c9e21d84b6f9a5e0c2d7b1f4e8a",
        },
        {
          text: "curl -H 'authz: bearer ya29.a0AfH6SMBx3kQ-rZ9' https://api.example",
          secret: "ya29.a0AfH6SMBx3kQ-rZ9",
        },
      ],
      negative: [
        'WWW-Authenticate: Bearer realm="example"',
        "./deploy --token-type Bearer --region eu-west-1",
        "Bearer authentication failed, token refreshed",
        "expected a bearer token in the header",
      ],
    },
  },
  {
    id: "basic-auth-credentials",
    description:
      "HTTP Basic credentials (RFC 7617): base64 after `Basic` that decodes to `user:password`.",
    kind: "secret",
    prefilter: { keywords: ["basic"] },
    pattern: new RegExp(
      String.raw`\bbasic\s{1,3}(?:(?<secret>${BASE64}{${VALUE_CAP}})(?<cut>)(?=${BASE64})` +
        String.raw`|(?<secret>${BASE64}{6,${VALUE_CAP}}={0,2})(?![A-Za-z0-9+\/=]))`,
      "gid",
    ),
    validate: (value) => isUserColonPassword(decodeBase64Text(value)),
    examples: {
      positive: [
        {
          text: "Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l",
          secret: "YWxhZGRpbjpvcGVuc2VzYW1l",
        },
        {
          text: '{"proxy_auth":"basic c3ZjLWJpbGxpbmc6UzNjcjN0IQ=="}',
          secret: "c3ZjLWJpbGxpbmc6UzNjcjN0IQ==",
        },
      ],
      negative: [
        "basic block 0x7ffd5fbff8a0 has 12 successors",
        'auth scheme Basic realm="admin" rejected',
        // Decodes, but to text without a colon.
        "Basic aGVsbG8gd29ybGQ=",
      ],
    },
  },
  {
    id: "digest-auth-response",
    description:
      "The `response` hash of HTTP Digest authentication (RFC 7616), computed from the password.",
    kind: "secret",
    prefilter: { keywords: ["digest"] },
    pattern: /\bdigest\s[^\r\n]{0,1000}?\bresponse=\\?["']?(?<secret>[0-9a-f]{32,128})/gid,
    examples: {
      positive: [
        {
          text:
            'Authorization: Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", response="6629fae49393a05397450978507c4ef1"',
          secret: "6629fae49393a05397450978507c4ef1",
        },
        {
          text:
            "auth=digest user=svc response=8ca523f5e9506fed4657c9700eebdbec2f6bc6c6d3d8f9b2a1e4c7d0f3b6a9e2",
          secret: "8ca523f5e9506fed4657c9700eebdbec2f6bc6c6d3d8f9b2a1e4c7d0f3b6a9e2",
        },
      ],
      negative: [
        "image digest sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "digest mismatch, response status=500",
        "message digest computed in 3ms",
      ],
    },
  },
  {
    id: "cookie-value",
    description:
      "Values in an HTTP `Cookie` request header (RFC 6265): session ids and the like; short values (`lang=en`) stay.",
    kind: "secret",
    prefilter: { keywords: ["cookie"] },
    // Past MAX_COOKIES cookies on the line, or at a name longer than its cap, the rest of the
    // line is cut (masked) rather than skipped.
    pattern: new RegExp(
      String.raw`(?<=${COOKIE_HEADER}(?:${COOKIE_PAIR}){${
        MAX_COOKIES + 1
      }})(?<cut>)${COOKIE_NAME}` +
        String.raw`|(?<=${COOKIE_HEADER}(?:${COOKIE_PAIR}){0,${MAX_COOKIES}})` +
        String.raw`(?:${LONG_COOKIE_NAME}|${COOKIE_NAME}{1,${COOKIE_NAME_CAP}}=(?:\\?")?` +
        cappedValue(COOKIE_VALUE, 6) + ")",
      "gid",
    ),
    validate: (value) => plausibleValue(value),
    examples: {
      positive: [
        {
          text: "Cookie: lang=en; sessionid=8f2b1c9d4e7a6f3b0c5d2e9a; theme=dark",
          secret: "8f2b1c9d4e7a6f3b0c5d2e9a",
        },
        {
          text: '{"cookie":"JSESSIONID=A1B2C3D4E5F60718293A4B5C6D7E8F90"}',
          secret: "A1B2C3D4E5F60718293A4B5C6D7E8F90",
        },
        // A quoted value before it, and a quoted value.
        {
          text: 'Cookie: theme="dark"; sid=a8Fk29dkLq0Zx7Yw3nB5; lang=en',
          secret: "a8Fk29dkLq0Zx7Yw3nB5",
        },
        { text: 'Cookie: sid="a8Fk29dkLq0Zx7Yw3nB5"; lang=en', secret: "a8Fk29dkLq0Zx7Yw3nB5" },
        {
          text: '{"cookie":"theme=\\"dark\\"; sid=a8Fk29dkLq0Zx7Yw3nB5"}',
          secret: "a8Fk29dkLq0Zx7Yw3nB5",
        },
      ],
      negative: [
        "Cookie: lang=en; theme=dark",
        'Cookie: lang="en"; theme="dark"',
        "Set-Cookie: lang=en-GB; Path=/; Max-Age=31536000",
        "cookie consent banner shown to 1200 visitors",
      ],
    },
  },
  {
    id: "set-cookie-value",
    description:
      "The value a `Set-Cookie` response header sets (RFC 6265), not its attributes (`Path=/`).",
    kind: "secret",
    prefilter: { keywords: ["set-cookie"] },
    // A name longer than its cap cuts the line (from the name on).
    pattern: new RegExp(
      String.raw`(?<![\w-])set-cookie(?:\\?["'])?\s{0,3}[:=]\s{0,3}(?:\\?["'])?` +
        String.raw`(?:(?<secret>)${LONG_COOKIE_NAME}|${COOKIE_NAME}{1,${COOKIE_NAME_CAP}}=` +
        cappedValue(COOKIE_VALUE, 6) + ")",
      "gid",
    ),
    validate: (value) => plausibleValue(value) && value.toLowerCase() !== "deleted",
    examples: {
      positive: [
        {
          text: "< Set-Cookie: session=s%3AkQ9x7Lm2Zp4RtV8w.N3bY; Path=/; HttpOnly; Secure",
          secret: "s%3AkQ9x7Lm2Zp4RtV8w.N3bY",
        },
        {
          text:
            '"set-cookie": "remember_token=71c2d9e04fa8b3; Expires=Wed, 21 Oct 2026 07:28:00 GMT"',
          secret: "71c2d9e04fa8b3",
        },
      ],
      negative: [
        "Set-Cookie: session=deleted; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/",
        "Set-Cookie: lang=en; Path=/",
        "set-cookie header dropped by proxy",
      ],
    },
  },
  {
    id: "password-assignment",
    description:
      'A password assigned in a log or config: `password=…`, `"passwd": "…"`, `pwd: …`, `--password …`, `<password>…</password>`.',
    kind: "secret",
    prefilter: { keywords: ["pass", "pw"] },
    pattern: /password|passwd|passphrase|pass|pwd|pw/gi,
    find: assignedValues("password"),
    opens: valueBelow("password"),
    validate: (value) =>
      value.length >= 3 && plausibleValue(value) && !/^\d{1,4}$/.test(value) &&
      !REFERENCE.test(value) &&
      !value.startsWith("/"),
    examples: {
      positive: [
        {
          text: "db connect failed: host=db.internal user=app password=Tr0ub4dor&3",
          secret: "Tr0ub4dor",
        },
        { text: '{"event":"signup","password":"hunter2!x"}', secret: "hunter2!x" },
        { text: "exec: pg_dump --password s3cr3tP4ss --host db1", secret: "s3cr3tP4ss" },
        { text: "Server=sql1;Database=app;User Id=sa;Pwd=Xk29!mq;", secret: "Xk29!mq" },
        { text: "    sl_pass: 'qP9#kd02LzA'", secret: "qP9#kd02LzA" },
        { text: "<password>letmein99</password>", secret: "letmein99" },
        { text: '{"msg":"retry with \\"db_password\\": \\"Zq81-kd!0\\""}', secret: "Zq81-kd!0" },
      ],
      negative: [
        "password_reset_count=3 passwordless=true",
        "Failed password for root from 203.0.113.9 port 22 ssh2",
        "password: ********",
        "password=${DB_PASSWORD}",
        "PWD=/home/deploy/app",
        "tests: pass=12 fail=0",
        "invalid password: expired",
        "invalid username or password, please retry",
        'check("password", min=12)',
        "password: <hidden>",
      ],
    },
  },
  {
    id: "secret-assignment",
    description:
      "A secret, token, API key, access/private key or credential assigned to a secret-named key, in key=value, JSON, YAML, query strings or CLI flags.",
    kind: "secret",
    prefilter: { keywords: ["secret", "token", "key", "credential", "bundle_"] },
    pattern: /secret|token|credential|key|bundle_/gi,
    find: assignedValues("secret"),
    opens: valueBelow("secret"),
    minEntropy: 2.5,
    validate: (value) =>
      value.length >= 8 && plausibleValue(value) && !isPlainWord(value) && !REFERENCE.test(value) &&
      !/^\d{1,11}$/.test(value),
    examples: {
      positive: [
        {
          text: "GET /callback?code=ok&access_token=ya29a0AfB7xQk2Lm9&state=1",
          secret: "ya29a0AfB7xQk2Lm9",
        },
        { text: '{"client_secret": "7fQz2-Lx9pV_r8Ks3mWq"}', secret: "7fQz2-Lx9pV_r8Ks3mWq" },
        {
          text: "SOFTLAYERAPIKEY=abcd1234abcd1234abcd1234abcd1234",
          secret: "abcd1234abcd1234abcd1234abcd1234",
        },
        {
          text: "  secret_access_key: 1234567890abcdef1234567890abcdef1234567890abcdef",
          secret: "1234567890abcdef1234567890abcdef1234567890abcdef",
        },
        {
          text: "//registry.npmjs.org/:_authToken=743b294a-cd03-11ec-9d64-0242ac120002",
          secret: "743b294a-cd03-11ec-9d64-0242ac120002",
        },
        {
          text: "deploy --api-key 9c1e7f3a2b8d4c6e0f5a --region eu",
          secret: "9c1e7f3a2b8d4c6e0f5a",
        },
      ],
      negative: [
        "token_expiry=3600 secret_version=2 api_key_id=42",
        "token refreshed for user 42",
        "api_key=",
        "next_token=AAEAAWNvbnRpbnVhdGlvbg2 page_token=CiAKGjBpNDd2",
        "usage: prompt_tokens=512 max_tokens=1024",
        'iam_api_key="%s" % IBM_IAM_API_KEY_ENV',
        "X-JFrog-Art-Api: $API_KEY",
        "secret: expired",
        "apiKey: process.env.STRIPE_API_KEY,",
        "private_key: /etc/ssl/private/app.key",
        'sl_api_key: "%s" % <softlayer_api_key>',
      ],
    },
  },
  {
    id: "key-assignment-high-entropy",
    description:
      "A high-entropy value assigned to a key named `…_key`, `auth` or `creds` (`ibm_cloud_key: …`), with cache/partition/routing keys and similar excluded.",
    kind: "secret",
    prefilter: { keywords: ["key", "auth", "cred"] },
    pattern: /key|auth|cred/gi,
    find: assignedValues("key", notAfterValueOrPath),
    opens: valueBelow("key"),
    minEntropy: 3,
    validate: (value) =>
      value.length >= 16 && /[A-Za-z]/.test(value) && /[0-9]/.test(value) &&
      plausibleValue(value) && !WHOLE_UUID.test(value) && !DOTTED_NAME.test(value) &&
      !/^(?:\/|https?:)/.test(value),
    examples: {
      positive: [
        {
          text: "ibm-cloud-key:abcd1234abcd1234abcd1234ABCD1234ABCD1234--__",
          secret: "abcd1234abcd1234abcd1234ABCD1234ABCD1234--__",
        },
        { text: '"ibm-iam_key" := "Zk81mQp0Lr5tWx2Yv7Nc"', secret: "Zk81mQp0Lr5tWx2Yv7Nc" },
        {
          text: "worker start auth=9f3kLm2Qx8Zr7Tp1Vw4N region=eu",
          secret: "9f3kLm2Qx8Zr7Tp1Vw4N",
        },
      ],
      negative: [
        "cache_key=5d41402abc4b2a76b9719d911017c592 hit=true",
        "idempotency_key=550e8400-e29b-41d4-a716-446655440000",
        "routing_key=orders.created.v1 exchange=events",
        "cloud-iam-key:=afakekey",
        'fake-softlayer-key= "not_long_enough"',
        "auth=ok user=42",
        "rate-limit bucket=auth:Zx9Qm2LwV7pK4rT8yB3n remaining=0",
      ],
    },
  },
  {
    id: "config-attribute-secret",
    description:
      'A secret in an XML/.NET config pair whose key attribute names it: `<add key="DbPassword" value="…"/>`.',
    kind: "secret",
    prefilter: { keywords: ["value="] },
    pattern: new RegExp(
      String
        .raw`\b(?:key|name)="[\w.:-]{0,60}(?:password|passwd|pwd|secret|token|api[_.-]?key|apikey|credentials?)"\s{1,4}value="` +
        cappedValue(String.raw`[^"\r\n]`, 1, '"'),
      "gid",
    ),
    validate: (value) => value.length >= 3 && plausibleValue(value),
    examples: {
      positive: [
        { text: '<add key="ConnectionPassword" value="xml-Secret-77"/>', secret: "xml-Secret-77" },
        {
          text: '<setting name="Stripe.ApiKey" value="rk_9f8e7d6c5b4a"/>',
          secret: "rk_9f8e7d6c5b4a",
        },
      ],
      negative: [
        '<add key="PasswordMinLength" value="12"/>',
        '<add key="ApiKeyHeader" value="X-Api-Key"/>',
        '<add key="Theme" value="dark-blue-2024"/>',
      ],
    },
  },
  {
    id: "url-credentials",
    description:
      "The password in a URL's user-info (`scheme://user:password@host`, RFC 3986): database connection strings (postgres, mysql, mongodb+srv, redis, amqp …) and `jdbc:oracle:thin:user/password@host`.",
    kind: "secret",
    // `://` is on every stack-trace line (file:///…); a password needs an `@` after it (user,
    // colon and password), or user-info running past a cap (cut).
    prefilter: {
      filter: new RegExp(
        String.raw`:\/\/(?:${URL_PASSWORD}{0,${2 * VALUE_CAP + 1}}@|${URL_PASSWORD}{${
          VALUE_CAP + 1
        }})|jdbc:oracle:`,
      ),
    },
    // User and password are read up to VALUE_CAP each (RFC 3986 bounds neither); a longer one
    // cuts the line. An Oracle user name is at most 128 bytes (Oracle's identifier limit).
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/` +
        String.raw`(?:(?<secret>${URL_USER}{${VALUE_CAP}})(?<cut>)(?=${URL_USER})` +
        String.raw`|${URL_USER}{0,${VALUE_CAP}}:` +
        cappedValue(URL_PASSWORD, 1, String.raw`@(?=[A-Za-z0-9\[._-])`) + ")" +
        String.raw`|jdbc:oracle:[a-z]{1,10}:[^\/\s@:"']{1,128}\/` +
        cappedValue(String.raw`[^@\s"']`, 1, "@"),
      "gd",
    ),
    examples: {
      positive: [
        {
          text: "db connect postgres://app:Xk29mq!7Lp@db.internal:5432/prod",
          secret: "Xk29mq!7Lp",
        },
        // A `#` in the password, logged unencoded.
        { text: "amqps://orders:hz8UXjA#51@mq.internal:5671/vhost", secret: "hz8UXjA#51" },
        {
          text: 'REDIS_URL="rediss://:p4ssw0rd-redis@cache.example.net:6380/0"',
          secret: "p4ssw0rd-redis",
        },
        {
          text: "mongodb+srv://svc:Qz8%40vL2w@cluster0.ab1cd.mongodb.net/app",
          secret: "Qz8%40vL2w",
        },
        { text: "url=jdbc:oracle:thin:scott/tiger99@//db1:1521/ORCL", secret: "tiger99" },
        { text: "https://username:password@yelp.com", secret: "password" },
      ],
      negative: [
        "http://localhost:5000/<%= @variable %>",
        "https://url:8000 @something else",
        "postgres://app:${DB_PASSWORD}@db:5432/prod",
        "git clone git@github.com:acme/app.git",
        "GET http://api.internal:8080/v1/users?email=a@b.co",
      ],
    },
  },
  {
    id: "cli-password-flag",
    description:
      "A password or token given to a command line (../kv/commands.ts): `curl -u user:pass` in any quoting (with no password, `-u 'KEY:'`, the API key), `curl --oauth2-bearer`, `mysql -pPASS`, `sshpass -p`, `docker login -p`, `redis-cli -a`, `mongosh -p`, `htpasswd -b`, `rabbitmqctl add_user`, `smbclient -U user%PASS`, `keytool -storepass`, `net use`, SQL `IDENTIFIED BY '…'`, PowerShell `ConvertTo-SecureString \"…\" -AsPlainText`.",
    kind: "secret",
    prefilter: { keywords: [...COMMAND_KEYWORDS] },
    pattern: new RegExp(COMMAND_KEYWORDS.join("|"), "gi"),
    find: commandValues,
    validate: (value) => value.length >= 3 && plausibleValue(value),
    examples: {
      positive: [
        { text: "cron: mysqldump -u backup -pK9x!2mQz appdb > /tmp/app.sql", secret: "K9x!2mQz" },
        { text: "exec sshpass -p 'Zr8#tq' ssh deploy@10.0.0.5", secret: "Zr8#tq" },
        { text: "curl -sS -u deploy:Xk29mq7Lp https://ci.example.com/job", secret: "Xk29mq7Lp" },
        { text: 'curl -u "admin:Qz8!vL2w" https://nexus.example.com', secret: "Qz8!vL2w" },
        { text: "curl -u ':p4ss-w0rd' https://registry.example.com", secret: "p4ss-w0rd" },
        {
          text: "curl https://api.example.com/v1/charges -u 'k9Xq2Lm7Zp4Rt8Vw:' -d amount=5",
          secret: "k9Xq2Lm7Zp4Rt8Vw",
        },
        { text: "docker login -u ci -p Zq81kd0x registry.example.com", secret: "Zq81kd0x" },
        { text: "redis-cli -h cache -a R3d1s!pass ping", secret: "R3d1s!pass" },
        { text: "CREATE USER 'app'@'%' IDENTIFIED BY 'Mq7!x2Lp';", secret: "Mq7!x2Lp" },
        {
          text: '$pw = ConvertTo-SecureString "Tr0ub4dor3" -AsPlainText -Force',
          secret: "Tr0ub4dor3",
        },
      ],
      negative: [
        "mysql -u root -p -h 127.0.0.1",
        "mysql -h db1 -P3306 --protocol=tcp",
        "mysqld: ready for connections, port: 3306",
        'curl -u "$CI_USER:$CI_TOKEN" https://ci.example.com/job/build',
        "curl -u deploy https://ci.example.com",
        "curl -u admin: https://ci.example.com",
        "docker login -u ci --password-stdin registry.example.com",
        "docker run -p 8080:80 nginx",
        "redis-cli -h cache -p 6379 ping",
      ],
    },
  },
  {
    id: "kubernetes-secret-data",
    description:
      "The values of a Kubernetes Secret's `data:` (base64) and `stringData:` maps, whatever their keys are named, in YAML (the lines below `data:`) or in JSON on one line (../kv/kubernetes.ts).",
    kind: "secret",
    prefilter: { keywords: ["data:", 'data"'] },
    pattern: /data:|data"/gi,
    find: jsonSecretValues,
    opens: secretMap,
    validate: (value) => plausibleValue(value),
    examples: {
      positive: [
        {
          text:
            '{"apiVersion":"v1","data":{"tls.key":"LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ==","username":"YWRtaW4="},"kind":"Secret","metadata":{"name":"web-tls"}}',
          secret: "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ==",
        },
        {
          text: '{"kind":"Secret","stringData":{"DB_URL":"postgres://db1/app?sslmode=require"}}',
          secret: "postgres://db1/app?sslmode=require",
        },
      ],
      negative: [
        '{"kind":"ConfigMap","data":{"LOG_LEVEL":"info"}}',
        "data: loaded 42 rows",
        '{"data":{"user":"alice"},"status":"ok"}',
      ],
    },
  },
];
