/**
 * Provider keys found on their own by their prefix (each format from the provider's docs): a key
 * is masked in any line shape (alone, assigned, in a header, given to a client, in a log line),
 * and what only looks like one — the prefix alone, a cut key, the docs' stand-in, an all-x or
 * all-zero body, names of other tools that start the same way — stays.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

interface PrefixedKey {
  /** The key's name in the tests' names. */
  name: string;
  keys: readonly string[];
  /** The part of a key that must not be left in the output: [start, end). */
  secret: readonly [number, number];
  /** Lines holding `key`, each to be masked. */
  masked: (key: string) => readonly string[];
  /** What the kept lines are, and the lines. */
  kept: string;
  unchanged: readonly string[];
}

const KEYS: readonly PrefixedKey[] = [
  {
    name: "Friendli token (flp_ and a long base62 body)",
    keys: ["flp_YAoW9rkyYbV1f4fkCuDGCFOmAKwxY6k44rIikOjrepeXdK"],
    secret: [4, 30],
    masked: (key) => [
      key,
      `FRIENDLI_TOKEN=${key}`,
      `Authorization: Bearer ${key}`,
      `client = Friendli(token="${key}")`,
      `2026-03-02T11:04:19Z WARN serverless call rejected for ${key}: 401`,
    ],
    kept: "flp_ ids, the docs' placeholder and an all-x stand-in",
    unchanged: [
      "removed flp_pending_acts_user42 from localStorage",
      "Bearer token field: a Friendli Token (e.g. flp_XXX)",
      `flp_${"x".repeat(46)}`,
      "plan flp_live_8f2c allocated to warehouse 3",
    ],
  },
  {
    name: "Mem0 API key (m0- and 40 base62)",
    keys: ["m0-BI1SgSI2oCL33aLkJcncww5oROEUwF8bxgr7cCpu"],
    secret: [3, 30],
    masked: (key) => [
      key,
      `MEM0_API_KEY=${key}`,
      `Authorization: Token ${key}`,
      `client = MemoryClient(api_key="${key}")`,
      `2026-03-02T11:04:19Z WARN memory add failed for key ${key}: 401`,
    ],
    kept:
      "names after m0- (an Atlas tier, a Cortex-M0 part), the docs' m0-... and an all-x stand-in",
    unchanged: [
      "export MEM0_API_KEY=m0-...",
      "cluster tier m0-free-cluster-shared-sandbox-eu-west created",
      "flashed cortex-m0-plus firmware 2.4.1 to board 7",
      `m0-${"x".repeat(40)}`,
    ],
  },
  {
    name: "Hack Club AI key (sk-hc-v1- and 64 hex)",
    keys: ["sk-hc-v1-ce6d6e7fc6b9205ed7bff44d21ca49b0cc830af6c0e728e093bd36195a2e0339"],
    secret: [9, 40],
    masked: (key) => [
      key,
      `HACK_CLUB_AI_KEY=${key}`,
      `Authorization: Bearer ${key}`,
      `client = OpenAI(base_url="https://ai.hackclub.com/proxy/v1", api_key="${key}")`,
      `2026-03-02T11:04:19Z WARN proxy rejected ${key}: 401`,
      `using ${key} now`,
    ],
    kept: "the prefix alone, a cut key and an all-zero stand-in",
    unchanged: [
      'placeholder="sk-hc-v1-..."',
      "keys start with sk-hc-v1-2354b6669d53",
      `sk-hc-v1-${"0".repeat(64)}`,
    ],
  },
  {
    name: "Zuplo API key (zpka_, 32 hex, _ and an 8-hex checksum)",
    keys: ["zpka_73379600557b987692f1497c445be58a_0ed903c3"],
    secret: [5, 30],
    masked: (key) => [
      key,
      `ZUPLO_API_KEY=${key}`,
      `Authorization: Bearer ${key}`,
      `const devKey = "${key}";`,
      `2026-03-02T11:04:19Z WARN gateway rejected ${key}: 401`,
      `curl -H 'x-api-key: ${key}' https://api.example.com/v1/forecast`,
    ],
    kept: "the prefix alone, docs, a test stand-in and an all-zero key",
    unchanged: [
      'authHeader.startsWith("Bearer zpka_")',
      "voiceai config set apiKey zpka_…",
      'key: "zpka_test_key_1234567890",',
      `zpka_${"0".repeat(32)}_${"0".repeat(8)}`,
    ],
  },
  {
    name: "DeepL Free key (a UUID with :fx)",
    keys: ["4f9b2c7e-81d3-4a65-9e0c-b3d57a1f26c8:fx"],
    secret: [0, 20],
    masked: (key) => [
      key,
      `DEEPL_API_KEY=${key}`,
      `Authorization: DeepL-Auth-Key ${key}`,
      `DeepL-Auth-Key ${key}`,
      `translator = deepl.Translator("${key}")`,
      `2026-03-02T11:04:19Z WARN translate failed for key ${key}: 456 quota exceeded`,
    ],
    kept: "a plain UUID, an all-zero stand-in and words ending in :fx",
    unchanged: [
      "request 4f9b2c7e-81d3-4a65-9e0c-b3d57a1f26c8 completed in 12ms",
      "DEEPL_API_KEY=00000000-0000-0000-0000-000000000000:fx",
      "effects: blur:fx, glow:fx",
    ],
  },
  {
    name: "Heartland secret API key (skapi_cert_ or skapi_prod_ and a URL-safe body)",
    keys: [
      "skapi_cert_r0cY158LHn-HaURk9EkLZ58FIWG5b81MgdR4le9EpJ",
      "skapi_prod_zNmNv3xknlLdmihmVmS8pbgMfksZvnwNDIJZEKgNhm",
    ],
    secret: [11, 35],
    masked: (key) => [
      key,
      `HEARTLAND_SECRET_API_KEY=${key}`,
      `config.secretApiKey = "${key}";`,
      `portico ${key} rejected: 401`,
    ],
    kept: "placeholders, a cut key and the public key (pkapi_)",
    unchanged: [
      "SECRET_API_KEY=skapi_cert_your_key_here",
      "publicKey: pkapi_cert_UD5mePdqwvphaQA7xpWCUcz2VP0kAQWpjmPdD8",
      "keys look like skapi_prod_7sEnrOgi… (see the developer portal)",
      `skapi_cert_${"x".repeat(42)}`,
    ],
  },
  {
    name: "Azure Data Factory integration runtime key (IR@, GUID, factory, region, base64)",
    keys: [
      "IR@7e21c4b9-0d3a-4f58-9c6e-b1a8f2d45073@adf-ledger-prod@northeurope@GFT+mqoA4WTGgdjC92/JELKM6co24cR8kRYUJfzZWf9=",
      "IR@c3a90f17-6b2e-48d1-a5f4-09e7b3c62d8a@synw-analytic01@northeurope@/YtKqDrq4T76mFs526h5KDVri4iDbXN9WaSxpqbn6rH=",
    ],
    secret: [68, 111],
    masked: (key) => [
      key,
      `AuthKey1 : ${key}`,
      `dmgcmd.exe -RegisterNewNode "${key}" "node-02"`,
      `{"authKey1":"${key}","authKey2":null}`,
      `2026-03-02T11:04:19Z INFO registering node with key ${key}`,
    ],
    kept: "the cmdlets' starred keys, a cut key and an all-x stand-in",
    unchanged: [
      "IR@89b7f3a2-61c4-4d0e-9a5b-2f7e8c1d3b60******            IR@89b7f3a2-61c4-4d0e-9a5b-2f7e8c1d3b60****",
      "regenerated: IR@89b7f3a2-61c4-4d0e-9a5b-2f7e8c1d3b60@***",
      "IR@7e21c4b9-0d3a-4f58-9c6e-b1a8f2d45073@adf-ledger-prod@northeurope@GFT+mqoA4W",
      `IR@${"x".repeat(60)}`,
    ],
  },
  {
    name: "Datadog API key in a logs intake URL (/v1/input/ and 32 hex on a Datadog host)",
    keys: ["684e306f330ad832a622a6b51438513b", "83795586e7212f006f5ea9ac7b53aded"],
    secret: [0, 32],
    masked: (key) => [
      `POST https://http-intake.logs.datadoghq.com/v1/input/${key}`,
      `failed to send to https://agent-http-intake.logs.us5.datadoghq.com:443/v1/input/${key}?ddsource=go: 403`,
      `"url": "https://http-intake.logs.datadoghq.eu/v1/input/${key}"`,
      `endpoint=https://http-intake.logs.ddog-gov.com/v1/input/${key} status=retry`,
    ],
    kept: "the same path on other hosts, the bare endpoint and a cut key",
    unchanged: [
      "POST https://logs.example.com/v1/input/684e306f330ad832a622a6b51438513b",
      "POST https://http-intake.logs.datadoghq.com/v1/input",
      "https://http-intake.logs.datadoghq.com/v1/input/684e306f330ad832",
    ],
  },
];

for (const { name, keys, secret: [from, to], masked, kept, unchanged } of KEYS) {
  Deno.test(`a ${name} is masked in any line shape`, () => {
    for (const key of keys) {
      for (const text of masked(key)) {
        const out = scrubber.scrub(text).text;
        ok(!out.includes(key.slice(from, to)), `${text} -> ${out}`);
      }
    }
  });

  Deno.test(`${name}: ${kept} stay`, () => {
    for (const text of unchanged) deepStrictEqual(scrubber.scrub(text).text, text);
  });
}
