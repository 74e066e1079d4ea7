import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

// A URL whose user-info is a token alone (`https://TOKEN@host/…`, as `git clone` and pip's
// `git+https://` are given one) holds a credential: 20 or more letters, digits, `_` or `-` with a
// digit and a letter. A user's name (no digit, or short) is no credential.
Deno.test("a token alone as a URL's user is masked; a user's name there is kept", () => {
  const scrubber = createScrubber();
  const scrub = (text: string) => scrubber.scrub(text).text;
  const random = seededRandom(41);
  const pick = (alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  const hex = pick("0123456789abcdef", 40);
  const mixed = pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 28) + "7";
  for (const token of [hex, mixed]) {
    for (
      const [line, masked] of [
        [
          `git+https://${token}@git.acme.io/org/lib.git`,
          "git+https://[REDACTED:url-credentials]@git.acme.io/org/lib.git",
        ],
        [
          `+ git clone https://${token}@github.acme.com/org/app.git`,
          "+ git clone https://[REDACTED:url-credentials]@github.acme.com/org/app.git",
        ],
      ]
    ) strictEqual(scrub(line), masked);
  }
  for (
    const line of [
      "git clone https://build-bot-account-for-deploys@git.acme.io/org/app.git",
      "ssh://git@github.com/acme/app.git",
      "https://deploy2@git.acme.io/org/app.git",
    ]
  ) strictEqual(scrub(line), line);
});
