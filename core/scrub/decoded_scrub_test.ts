/**
 * Secrets hidden by an encoding are masked where they are written: terminal colour codes,
 * JSON escapes and URL percent-escapes around or inside them (./decoded_view.ts). The mask
 * covers the original bytes, escapes included, and lines whose escapes hide nothing stay.
 */
import { ok, strictEqual } from "@node/assert";
import { defaultPolicy } from "./policy_defaults.ts";
import { scrubberFor } from "./scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(5) });
const scrub = (text: string) => scrubber.scrub(text).text;

const GITHUB = "ghp_SYvQczqqDQlLYvYqXxd1olBFHQku95IJpscr";
const HOOK = "hooks.slack.com/services/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";

const cases: [label: string, line: string, hidden: string[]][] = [
  ["a token in terminal colours", `\x1b[33m${GITHUB}\x1b[0m`, [GITHUB]],
  ["a password in bold", "password=\x1b[1mhunter2secret\x1b[0m", ["hunter2secret"]],
  // Keyword-free detectors: the colour code glued to the value hid its shape or its start.
  ["a card number in colours", "charged \x1b[1m4539148803436467\x1b[0m ok", ["4539148803436467"]],
  [
    "a Discord bot token in colours",
    "WARN rejected \x1b[1mMTk4NTQxMzU1Njk2NDE3NTAz.-as_Ap.fT6ZSJTN52gwBecx-IFTzA00cdR7BM0VdLQKo1\x1b[0m",
    ["fT6ZSJTN52gwBecx-IFTzA00cdR7BM0VdLQKo1"],
  ],
  [
    "colours escaped in JSON",
    `{"log":"\\u001b[32mINFO\\u001b[0m token \\u001b[1m${GITHUB}\\u001b[0m"}`,
    [GITHUB],
  ],
  ["an e-mail with \\u0040", "user alice\\u0040example.com logged in", ["alice", "example.com"]],
  ["a webhook with \\/", `url https:\\/\\/${HOOK.replaceAll("/", "\\/")}`, [
    "kVvRXrXU518LKiPu6pNl2v0n",
  ]],
  [
    "a URL-encoded webhook",
    `GET /x?hook=https%3A%2F%2F${HOOK.replaceAll("/", "%2F")} 200`,
    ["kVvRXrXU518LKiPu6pNl2v0n"],
  ],
  ["a URL-encoded e-mail", "GET /unsubscribe?to=bob.smith%40corp.example.org&x=1", ["bob.smith"]],
  [
    "a percent-escaped token separator",
    "GET /cb?code=xoxb%2D013598258094%2D3051669405739%2Div0CV84Jkc0SiJVvCWs7uoZF",
    ["iv0CV84Jkc0SiJVvCWs7uoZF"],
  ],
];

for (const [label, line, hidden] of cases) {
  Deno.test(`decoded view: ${label} is masked`, () => {
    const out = scrub(line);
    for (const part of hidden) {
      ok(!out.includes(part), `${part} survives in ${JSON.stringify(out)}`);
    }
    ok(out.includes("[REDACTED:"), out);
  });
}

Deno.test("decoded view: the mask covers the escapes it was decoded from", () => {
  strictEqual(
    scrub("user alice\\u0040example.com logged in"),
    "user [REDACTED:email-address] logged in",
  );
  strictEqual(scrub(`\x1b[33m${GITHUB}\x1b[0m`), "\x1b[33m[REDACTED:github-pat]\x1b[0m");
});

Deno.test("decoded view: lines whose escapes hide nothing are unchanged", () => {
  for (
    const line of [
      "\x1b[32mINFO\x1b[0m server started on port 8080",
      '{"path":"C:\\\\Users\\\\build\\\\app.log","msg":"rotated"}',
      "GET /files/a%2Fb%2Fc.txt?lang=en%2DGB 200 3ms",
      '{"msg":"saved \\/tmp\\/out.json in 12ms"}',
      "\\u001b[1mBuild\\u001b[0m finished: 42 tests, 0 failures",
    ]
  ) strictEqual(scrub(line), line);
});
