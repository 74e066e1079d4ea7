/**
 * A random-looking value right after a known provider's name, as the key (`assemblyai = v`,
 * `deepgram-api: v`) or just before it (`mailgun 'v'`), is masked; the providers are those the
 * engine's assigned detectors name. A provider's name before words, a host name, a path, a
 * version, a uuid or a joined resource name stays.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { DETECTORS } from "./mod.ts";

const scrubber = createScrubber();
const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";

/** A made-up key of `length` letters and digits (one of each at least), from a seeded generator. */
function keyOf(seed: number, length: number): string {
  let state = seed * 104729;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  const body = Array.from({ length: length - 2 }, () => ALNUM[next() % ALNUM.length]).join("");
  return `${"KQZT"[next() % 4]}${body}${next() % 10}`;
}

Deno.test("the providers' names come from the assigned detectors, key words and words left out", () => {
  const keywords = DETECTORS.find((d) => d.id === "provider-named-value")!.prefilter!.keywords!;
  for (const name of ["assemblyai", "deepgram", "mailgun", "asana", "twilio"]) {
    strictEqual(keywords.includes(name), true, name);
  }
  deepStrictEqual(keywords.filter((k) => /key|token|secret|^segment$|^azure$/.test(k)), []);
});

Deno.test("a random value after a provider's name is masked; the name stays", () => {
  for (let seed = 1; seed <= 30; seed++) {
    const v = keyOf(seed, 16 + (seed % 30));
    for (
      const [line, kept] of [
        [`assemblyai = ${v}`, "assemblyai = "],
        [`deepgram-api: ${v}`, "deepgram-api: "],
        [`DEEPGRAM_API=${v}`, "DEEPGRAM_API="],
        [`asana :'${v}'`, "asana :'"],
        [`mailgun '${v}' sandbox`, "' sandbox"],
        [`  "wandb": "${v}",`, '"wandb": "'],
        [`zendesk => "${v}"`, "zendesk => "],
        [`deepgram token 1 == ${v}`, "deepgram token 1 == "],
        [`MAILGUN_2=${v}`, "MAILGUN_2="],
      ]
    ) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(v), false, out);
      strictEqual(out.includes(kept), true, out);
    }
  }
});

Deno.test("a provider's name before words, hosts, paths, versions, ids and names stays", () => {
  for (
    const line of [
      "mailgun delivered message 20260112 to 3 recipients",
      "POST https://api.mailgun.net/v3/mg.corp.test/messages 200",
      "twilio eastus2-prod-cluster-0001 ready",
      "deepgram 3f9a2c1e-7b4d-4e8a-9c6f-0d1e2b3a4c5d",
      "heroku release v1.24.3-build.20260112 deployed",
      "cloudflare /zones/8f14e45fceea167a5a36dedd4bea2543/dns_records",
      "cloudflare zones/8f14e45fceea167a5a36dedd4bea2543/dns_records",
      "heroku apps/web-4f3c2a1b9d7e/releases",
      "twilio 3 retries 20260112abcdef123456",
      "my_mailgun_Hx4pQ8zRm2Kt7vWc9Ln3Yb6s",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
