/**
 * A secret's key name printed as two words (`Private Key:`, `Secret Key =`, `API key:`): its value
 * is read as under `private_key`; a pair that names no secret (`public key`, `cache key`, `ssh key`)
 * and a lone `key` stay as they were.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { spacedKeyKind } from "./spaced_key_names.ts";

const scrubber = createScrubber();
const HEX = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
const TOKEN = "Zx81kQp0vLm2Aa9Wq77bNc3R";

Deno.test("a value after a secret's two-word key name is masked", () => {
  const lines = [
    `Private Key: ${HEX}`,
    `private key: 0x${HEX}`,
    `secret key = ${TOKEN}`,
    `API key: ${TOKEN}`,
    `AWS Secret Access Key: ${TOKEN}`,
    `wallet exported; Signing Key: ${HEX}`,
    `Clientsecret Key: ${TOKEN}`, // a first word of 12 letters, the longest read
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text.includes(TOKEN.slice(4))), []);
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text.includes(HEX.slice(4))), []);
});

Deno.test("two words that name no secret, a lone key and prose stay", () => {
  const lines = [
    `public key: 0x${HEX}`,
    "cache key: orders:1234:v2",
    "ssh key: /home/deploy/.ssh/id_ed25519",
    "private key: /etc/ssl/private/server.key",
    "private key file missing",
    "the secret key is required",
    `key: ${TOKEN.toLowerCase().slice(0, 6)}`,
    `monkey: ${TOKEN}`,
  ];
  deepStrictEqual(lines.map((line) => scrubber.scrub(line).text), lines);
});

Deno.test("spacedKeyKind reads only `key` after one word and one space", () => {
  const at = (line: string) => {
    const start = line.toLowerCase().lastIndexOf("key");
    return spacedKeyKind(line, start, start + 3);
  };
  strictEqual(at("Private Key: x"), "secret");
  strictEqual(at("x;secret key=1"), "secret");
  strictEqual(at("public key: x"), null);
  strictEqual(at("private  key: x"), null); // two spaces
  strictEqual(at("my_private key: x"), null); // the word is part of a longer name
  strictEqual(at(" key: x"), null);
  strictEqual(at("encryptionpassphrasekey key: x"), null); // a word too long to be one
});
