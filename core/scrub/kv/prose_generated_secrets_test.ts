/**
 * In prose, a generated word (20 or more token characters with a lower-case letter, a capital
 * and a digit) right after a secret word and a blank is the secret: `the travis credential v
 * was pasted`, `token v expired`. A plain word there is the sentence going on, and a word
 * before the secret word that names a token that is no secret (`next page token v`) keeps it.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

Deno.test("a generated word after a secret word in prose is masked", () => {
  for (
    const [line, value] of [
      [
        "Heads up: the travis credential 3QD6bGI9BGaEDNpex1Ft8T was pasted in the doc",
        "3QD6bGI9BGaEDNpex1Ft8T",
      ],
      [
        "the sumo-logic-key credential 4IMvhcorwp40sEHXyIiSooc2vQ0qps1P6YOYJ0cYgWoCt7SE9MVNZpG was",
        "4IMvhcorwp40sEHXyIiSooc2vQ0qps1P6YOYJ0cYgWoCt7SE9MVNZpG",
      ],
      ["WARN session token Zk81mQp2Lx7vTn4Rb9Wc expired", "Zk81mQp2Lx7vTn4Rb9Wc"],
      ["rotated client secret aB3dE5fG7hJ9kL1mN3pQ5r/s+ today", "aB3dE5fG7hJ9kL1mN3pQ5r/s+"],
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});

Deno.test("plain words, short or single-class words and page tokens after a secret word stay", () => {
  const lines = [
    "refreshing token for user 42",
    "token expired at 2026-11-10T10:00:00Z",
    "next page token CiAKGjBpNDd2NmpBbUV4eWZ3Z3Y is returned",
    "credential rotation scheduled for tomorrow",
    "token 0a9f8e7d6c5b4a39281706f5e4d3c2b1 revoked by id",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
