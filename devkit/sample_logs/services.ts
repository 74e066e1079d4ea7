/** What each sample service logs: one generator per service, deterministic for a seed. */
import { DIGITS, HEX, type Random } from "./random.ts";
import { fake } from "./fake_secrets.ts";

export interface SampleLine {
  level: "error" | "warn" | "info" | "debug";
  message: string;
}

type LineMaker = (r: Random, at: Date) => SampleLine;

const json = (level: SampleLine["level"], fields: Record<string, unknown>): SampleLine => ({
  level,
  message: JSON.stringify({ level, ...fields }),
});

const checkout: LineMaker[] = [
  (r) =>
    json("info", {
      msg: "order placed",
      order_id: `ord_${r.chars(8, DIGITS)}`,
      customer_email: fake.email(r),
    }),
  (r) => json("info", { msg: "cart updated", items: 1 + r.int(5), session: r.chars(12, HEX) }),
  (r) =>
    json("error", { msg: "payment declined", card: fake.card(r), customer_phone: fake.phone(r) }),
  (r) => json("warn", { msg: "retrying payment provider", attempt: 2, api_key: fake.stripeKey(r) }),
  (r) =>
    json("error", {
      msg: "database connection lost",
      dsn: `postgres://checkout:${fake.password(r)}@db.internal:5432/orders`,
    }),
];

const auth: LineMaker[] = [
  (r) => ({ level: "info", message: `login ok user=${fake.email(r)} ip=${fake.ipv4(r)}` }),
  (r) => ({ level: "debug", message: `session refreshed sid=${r.chars(16, HEX)}` }),
  (r) => ({
    level: "error",
    message: [
      `token verification failed: Authorization: Bearer ${fake.jwt(r)}`,
      "Error: invalid signature",
      "    at verifyToken (/app/src/jwt.ts:42:13)",
      "    at authenticate (/app/src/middleware.ts:18:5)",
      "    at async handle (/app/src/server.ts:77:9)",
    ].join("\n"),
  }),
  (r) => ({
    level: "warn",
    message: `slack alert post failed token=${fake.slackBotToken(r)} status=429`,
  }),
  (r) => ({ level: "debug", message: `syncing teams from github with ${fake.githubToken(r)}` }),
];

const pad = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const clf = (at: Date) =>
  `${pad(at.getUTCDate())}/${MONTHS[at.getUTCMonth()]}/${at.getUTCFullYear()}:${
    pad(at.getUTCHours())
  }:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())} +0000`;
const access = (r: Random, at: Date, request: string, status: number): SampleLine => ({
  level: status >= 500 ? "error" : status >= 400 ? "warn" : "info",
  message: `${fake.ipv4(r)} - - [${clf(at)}] "${request} HTTP/1.1" ${status} ${
    100 + r.int(4000)
  } "-" "Mozilla/5.0" rt=0.0${r.chars(2, DIGITS)}`,
});

const gateway: LineMaker[] = [
  (r, at) => access(r, at, `GET /api/v1/orders/${r.chars(6, DIGITS)}`, 200),
  (r, at) => access(r, at, `GET /api/v1/customers?email=${encodeURIComponent(fake.email(r))}`, 200),
  (r, at) => access(r, at, `POST /login?user=admin&password=${fake.password(r)}`, 401),
  (r, at) => access(r, at, "GET /api/v1/checkout", 502),
  (r, at) => access(r, at, "GET /healthz", 200),
];

const billing: LineMaker[] = [
  (r) =>
    json("error", {
      msg: "invoice upload to S3 failed",
      aws_access_key_id: fake.awsAccessKeyId(r),
      aws_secret_access_key: fake.awsSecretKey(r),
    }),
  (r) => json("info", { msg: "invoice sent", to: fake.email(r), amount: `${r.int(900)}.00 EUR` }),
  (r) => ({ level: "warn", message: `loaded fallback signing key from env:\n${fake.pemBlock(r)}` }),
  (r) => json("info", { msg: "card on file updated", card: fake.card(r), phone: fake.phone(r) }),
  (r) => json("debug", { msg: "webhook verified", trace_id: fake.traceId(r) }),
];

export const SAMPLE_SERVICES: Record<string, LineMaker[]> = { checkout, auth, gateway, billing };
