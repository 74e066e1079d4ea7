/**
 * Pseudonyms are the first 10 hex digits of HMAC-SHA256 under the session key of the detector id
 * and the value (checked against WebCrypto for generated values, every byte two digits); an
 * environment reference is a whole `$NAME` or `$(NAME)`, so a password with `$NAME` inside it is
 * still a secret.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { Masker } from "./mask.ts";
import { isPlaceholder } from "./placeholders.ts";

const random = seededRandom(0x95e);

Deno.test("a pseudonym is the HMAC-SHA256 of the id and value under the key, its first 5 bytes in hex", async () => {
  const key = new Uint8Array(32).map(() => random.int(256));
  const masker = new Masker(key);
  const hmacKey = await crypto.subtle.importKey(
    "raw",
    key,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  for (let k = 0; k < 200; k++) {
    const id = random.pick(["ipv4-address", "email-address", "x"]);
    const value = random.chars(1 + random.int(20), "abcdef0123456789.@:");
    const mac = new Uint8Array(
      await crypto.subtle.sign("HMAC", hmacKey, new TextEncoder().encode(`${id}\u0000${value}`)),
    );
    const hex = [...mac.slice(0, 5)].map((b) => b.toString(16).padStart(2, "0")).join("");
    strictEqual(masker.pseudonym(id, value), `[${id}:${hex}]`, value);
    strictEqual(masker.pseudonym(id, value), `[${id}:${hex}]`, "the same again");
  }
});

Deno.test("an environment reference is a whole $NAME or $(NAME); a value with one inside is no placeholder", () => {
  for (const value of ["$DB_PASSWORD", "$(API_TOKEN)", "$_X"]) ok(isPlaceholder(value), value);
  for (const value of ["Zq8m$DB_PASSWORD", "x$(API_TOKEN)", "9$TOKEN", "$ecret1Zq8m"]) {
    ok(!isPlaceholder(value), value);
  }
});

Deno.test("environment references: names of 1 to 64 characters, nothing after them", () => {
  for (const length of [1, 2, 63, 64]) {
    const name = "A" + random.chars(length - 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
    ok(isPlaceholder(`$${name}`), name);
    ok(isPlaceholder(`$(${name})`), name);
  }
  ok(!isPlaceholder(`$A${"B7".repeat(32)}`), "a name of 65 characters");
  for (const value of ["$TOKENabc9", "$(TOKEN)x9z", "$DB_PASSWORD-Zq8m"]) {
    ok(!isPlaceholder(value), value);
  }
});

Deno.test("your_…, insert …, replace-with-… stand-ins up to 40 letters; with digits or more around them, secrets", () => {
  for (
    const lead of [
      "your",
      "insert",
      "YOUR",
      "Insert",
      "replace with",
      "replace-this",
      "replacewith",
    ]
  ) {
    for (const sep of ["", "-", "_", " "]) {
      for (const length of [0, 1, 39, 40, 41, 50]) {
        const value = `${lead}${sep}${random.chars(length, "abcdefghijklmnopqrstuvwxyz")}`;
        strictEqual(isPlaceholder(value), length <= 40, value);
      }
    }
  }
  for (
    const value of ["replace_me", "replaceme", "REPLACE-ME", "your_api_key_here", "insert token"]
  ) {
    ok(isPlaceholder(value), value);
  }
  for (
    const value of [
      "your_key_Zq8m9",
      "Zq8m9your_key",
      "9your_key",
      "your_key9",
      "replace_me2x",
      "xreplace_me",
    ]
  ) {
    ok(!isPlaceholder(value), value);
  }
});
