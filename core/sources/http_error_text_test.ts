/**
 * A backend's error body reaches the person in Slack only through cleanDetail: every configured
 * secret of 4 characters or more is removed wherever it appears (shorter ones would garble
 * ordinary words and are left), control characters are flattened, the text is cut at 200
 * characters after the secrets are gone, and the rest is scrubbed like log text.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { cleanDetail, type HttpTarget, send, type VendorErrors } from "./http.ts";
import { LogSourceError } from "./types.ts";

const random = seededRandom(0xe77);
/** Secrets of every character class a credential uses. */
const CLASSES = [
  "abcdefghijklmnopqrstuvwxyz",
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  "0123456789",
  "!#$%&()*+,-./:;=?@[]^_{|}~",
  "äößçñøåéü€£",
];

Deno.test("every secret of 4 to 64 characters, of every character class, is removed wherever it appears", () => {
  for (let length = 4; length <= 64; length++) {
    for (const alphabet of [...CLASSES, CLASSES.join("")]) {
      const secret = random.chars(length, alphabet);
      for (
        const text of [
          `${secret} rejected`,
          `token ${secret} rejected`,
          `rejected: ${secret}`,
          `${secret}${secret}`,
          `a=${secret}&b=${secret}`,
        ]
      ) {
        const cleaned = cleanDetail(text, ["unrelated-secret", secret]);
        ok(!cleaned.includes(secret), `${JSON.stringify(secret)} left in ${cleaned}`);
      }
    }
  }
});

Deno.test("secrets shorter than 4 characters are left, so ordinary words are not garbled", () => {
  for (const short of ["a", "ok", "abc", "404"]) {
    strictEqual(
      cleanDetail(`index abc not found (404), ok`, [short]),
      "index abc not found (404), ok",
      short,
    );
  }
  strictEqual(cleanDetail("user root denied", ["root"]), "user [secret] denied");
});

Deno.test("the text is cut at 200 characters, after the secrets are removed", () => {
  strictEqual(cleanDetail("x".repeat(200), []), "x".repeat(200), "200 characters stay whole");
  strictEqual(cleanDetail("x".repeat(201), []), "x".repeat(200) + "…", "201 are cut");
  // A secret across the cut: removed first, so no prefix of it survives the cut.
  const secret = "Zq81kd0Pw7xy";
  for (let at = 190; at <= 200; at++) {
    const text = "y".repeat(at) + secret + " tail";
    const cleaned = cleanDetail(text, [secret]);
    ok(!cleaned.includes(secret.slice(0, 4)), `at ${at}: ${cleaned.slice(180)}`);
  }
});

Deno.test("control characters and runs of space become one space", () => {
  strictEqual(cleanDetail("a\u0000\u0001b\u001fc\u007fd\r\n\te   f ", []), "a b c d e f");
});

const TOKEN = "tok_live_7Hq2mZ9wLx4P";

function echoTarget(body: string, status = 401): HttpTarget {
  return {
    sourceName: "logs",
    origin: "https://logs.example.com",
    fetch: () => Promise.resolve(new Response(body, { status })),
    now: () => 0,
    timers: { setTimeout, clearTimeout: (id) => clearTimeout(id as number) },
    deadline: 60_000,
    budgetMs: 60_000,
    timeoutMs: 5_000,
    retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    secrets: [TOKEN, "abc"],
    maxResponseBytes: 10_000,
  };
}

async function errorText(body: string, vendor: VendorErrors): Promise<string> {
  try {
    await send(echoTarget(body), {
      method: "GET",
      url: new URL("https://logs.example.com/"),
      vendor,
    });
  } catch (error) {
    if (error instanceof LogSourceError) return error.message;
    throw error;
  }
  throw new Error("expected a failure");
}

Deno.test("a backend echoing the token in its error body: no vendor parser lets it through", async () => {
  const vendors: [string, VendorErrors][] = [
    ["plain text", { detail: ({ text }) => text }],
    ["a JSON field", { detail: ({ json }) => (json as { error: string }).error }],
    ["a parser that throws", {
      detail: () => {
        throw new TypeError("hostile JSON");
      },
    }],
  ];
  for (const [name, vendor] of vendors) {
    const message = await errorText(JSON.stringify({ error: `bad key ${TOKEN}` }), vendor);
    ok(!message.includes(TOKEN), `${name}: ${message}`);
    ok(message.includes("[secret]"), `${name}: ${message}`);
    ok(message.startsWith('Log source "logs": HTTP 401'), message);
  }
});
