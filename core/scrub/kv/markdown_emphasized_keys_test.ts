/**
 * A key's name in Markdown's emphasis or code (`**API key:** v`, `*Token*: v`, `__Password__: v`,
 * `` `API key`: v ``): the closing marker, before or after the colon, is read past when one like
 * it opens right before the name (./assignments.ts, afterEmphasis); the value is then judged as
 * after `API key: ` (a sentence or a word of documentation stays).
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

const MIXED24 = "Hw3TqZ8vKc1XpN6rLb9YdM2s";
const HEX32 = "9e2b7c0d4a1f68e3b5c2d9a07f1e4b36";
const PASSWORD = "vQ8!rT2#kZ6w";

Deno.test("a key's name in emphasis or code, the marker closed before or after the colon: masked", () => {
  for (
    const [line, value] of [
      [`**API key:** ${MIXED24}`, MIXED24],
      [`**API Key**: ${MIXED24}`, MIXED24],
      [`- **Secret key**: ${HEX32}`, HEX32],
      [`*Token*: ${MIXED24}`, MIXED24],
      [`*Access token:* ${HEX32}`, HEX32],
      [`__Password__: ${PASSWORD}`, PASSWORD],
      [`_Token_: ${MIXED24}`, MIXED24],
      [`__api_key__: ${MIXED24}`, MIXED24],
      [`**Web3 token**: ${HEX32}`, HEX32],
      [`\`API key\`: ${MIXED24}`, MIXED24],
      [`**Password:** \`${PASSWORD}\``, PASSWORD],
      [`* **db_password**: ${PASSWORD}`, PASSWORD],
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});

Deno.test("emphasized names before documentation, a marker opening no emphasis before the name: kept", () => {
  const lines = [
    "**Password**: The password for the user",
    "**API key:** the key you created in the dashboard",
    "*Token*: a token from the dashboard",
    "**Token:**",
    "**Secret key:** see below",
    "**Password**: `<your-password>`",
    "**API key:** `${API_KEY}`",
    "**Access token**: optional",
    "**token**: string (required)",
    "**API key**: process.env.API_KEY",
    "*Password*: ********",
    `token*: ${MIXED24}`,
    `api_token_ ${MIXED24}`,
    `password\`: ${MIXED24}`,
    `**cache key**: ${HEX32}`,
    `**public key**: ${HEX32}`,
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
