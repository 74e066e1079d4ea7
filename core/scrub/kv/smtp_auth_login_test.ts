/**
 * SMTP `AUTH LOGIN` (./smtp_auth_login.ts): the user name and the password, each base64 on its
 * own line after the server's `334` prompt, in transcripts with `C: ` / `S: `, a logger's prefix,
 * or none; with the user name on the command's line. The server's mechanism list, a dialogue
 * the server cuts short, and lines that only follow a prompt-less `auth login` stay.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { smtpAuthLoginBelow } from "./smtp_auth_login.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const USER = btoa("alerts@acme-corp.io");
const PASS = btoa("Quartz.P6UaqO%39");

Deno.test("AUTH LOGIN's base64 user name and password are masked, in every transcript form", () => {
  for (
    const text of [
      `C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: ${USER}\nS: 334 UGFzc3dvcmQ6\nC: ${PASS}\nS: 235 2.7.0 Accepted`,
      `AUTH LOGIN\n334 VXNlcm5hbWU6\n${USER}\n334 UGFzc3dvcmQ6\n${PASS}\n235 Authentication successful`,
      [
        `2026-12-03T13:11:09Z DEBUG smtp: C: auth login`,
        `2026-12-03T13:11:09Z DEBUG smtp: S: 334 VXNlcm5hbWU6`,
        `2026-12-03T13:11:09Z DEBUG smtp: C: ${USER}`,
        `2026-12-03T13:11:09Z DEBUG smtp: S: 334 UGFzc3dvcmQ6`,
        `2026-12-03T13:11:10Z DEBUG smtp: C: ${PASS}`,
      ].join("\n"),
      `> AUTH LOGIN ${USER}\n< 334 UGFzc3dvcmQ6\n> ${PASS}\n< 235 2.7.0 Authentication successful`,
    ]
  ) {
    const out = scrub(text);
    ok(!out.includes(USER) && !out.includes(PASS), `${text}\n→ ${out}`);
    ok(out.includes("334 UGFzc3dvcmQ6"), `the server's prompt stays: ${out}`);
  }
});

Deno.test("the server's mechanisms and what follows no 334 prompt stay", () => {
  for (
    const text of [
      "S: 250-AUTH LOGIN PLAIN\nS: 250 AUTH LOGIN PLAIN XOAUTH2\nC: AUTH LOGIN\nS: 535 5.7.8 Rejected",
      "S: 250 AUTH LOGIN PLAIN\nC: QUIT",
      "$ gh auth login\nDone\nLogged in as octocat",
      "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: *\nS: 501 5.7.0 Authentication cancelled\nC: ZXhhbXBsZQ",
    ]
  ) strictEqual(scrub(text), text);
});

/** The candidates `smtpAuthLoginBelow(command)` gives on each line below, in turn; "opens no reading" when the command opens none. */
function readBelow(command: string, below: readonly string[]): unknown[] | string {
  const reading = smtpAuthLoginBelow(command);
  if (reading === null) return "opens no reading";
  return below.map((line) => reading.next(line));
}

Deno.test("AUTH LOGIN's command: any 1-4 blanks, a user name of 1-1024 base64 characters with or without padding, blanks after it", () => {
  for (
    const command of [
      "C: AUTH LOGIN ",
      "C: AUTH    LOGIN",
      "C: AUTH LOGIN    dXNlcg==",
      "C: AUTH LOGIN dXNlcg",
      "C: AUTH LOGIN a",
      `C: AUTH LOGIN ${"A".repeat(1024)}`,
    ]
  ) ok(smtpAuthLoginBelow(command) !== null, command);
  for (
    const command of [
      "S: 250 AUTH LOGIN PLAIN XOAUTH2",
      "C: MYAUTH LOGIN",
      `C: AUTH LOGIN ${"A".repeat(1025)}`,
      "C: AUTH     LOGIN",
    ]
  ) strictEqual(smtpAuthLoginBelow(command), null, command);
});

Deno.test("AUTH LOGIN's 334 prompt: bare, 1-4 blanks, up to 1024 base64 characters and two '=', blanks after it", () => {
  for (
    const prompt of [
      "S: 334",
      "S: 334 ",
      "S: 334    VXNlcm5hbWU6",
      "S: 334 dXNlcg==",
      "S: 334 ==",
      `S: 334 ${"A".repeat(1024)}`,
    ]
  ) deepStrictEqual(readBelow("C: AUTH LOGIN", [prompt]), [[]], prompt);
  for (
    const prompt of [
      "S: 334 two words",
      "S: 5334",
      `S: 334 ${"A".repeat(1025)}`,
      "S: 334 dXNlcg===",
    ]
  ) deepStrictEqual(readBelow("C: AUTH LOGIN", [prompt]), [null], prompt);
});

Deno.test("AUTH LOGIN's answer: a base64 word after a blank, ':' or '>' or at the line's start, blanks after it", () => {
  const answer = "C: dXNlcg== ";
  deepStrictEqual(readBelow("C: AUTH LOGIN", ["S: 334 VXNlcm5hbWU6", answer]), [[], [
    { start: 3, end: 11 },
  ]]);
  for (
    const [line, start, end] of [["C:dXNlcg==\t ", 2, 10], [">dXNl", 1, 5], [
      "  dXNl  ",
      2,
      6,
    ]] as const
  ) {
    deepStrictEqual(readBelow("C: AUTH LOGIN", ["S: 334", line]), [[], [{ start, end }]], line);
  }
  deepStrictEqual(readBelow("C: AUTH LOGIN", ["S: 334 VXNlcm5hbWU6", "C: xy-dXNlcg=="]), [
    [],
    null,
  ]);
});

Deno.test("AUTH LOGIN's reading ends after two prompts and two answers", () => {
  deepStrictEqual(
    readBelow("C: AUTH LOGIN", [
      "S: 334 VXNlcm5hbWU6",
      "C: dXNlcg==",
      "S: 334 UGFzc3dvcmQ6",
      "C: cGFzcw==",
      "S: 334 UGFzc3dvcmQ6",
    ]),
    [[], [{ start: 3, end: 11 }], [], [{ start: 3, end: 11 }], null],
  );
});

Deno.test("AUTH LOGIN's answer is 4-1024 base64 characters, padded or not", () => {
  const long = "A".repeat(1024);
  for (
    const [line, value] of [["C: dXNl", "dXNl"], [`C: ${long}`, long], ["dXNlcg", "dXNlcg"]]
  ) {
    const start = line.indexOf(value);
    deepStrictEqual(readBelow("C: AUTH LOGIN", ["S: 334", line]), [[], [
      { start, end: start + value.length },
    ]], line);
  }
  for (const line of ["C: dXN", `C: A${long}`]) {
    deepStrictEqual(readBelow("C: AUTH LOGIN", ["S: 334", line]), [[], null], line);
  }
});

Deno.test("AUTH LOGIN's reading reads no line longer than 2048 characters", () => {
  ok(smtpAuthLoginBelow(`${"x".repeat(2037)} AUTH LOGIN`) !== null, "2048 characters");
  strictEqual(smtpAuthLoginBelow(`${"x".repeat(2038)} AUTH LOGIN`), null, "2049 characters");
  deepStrictEqual(readBelow("C: AUTH LOGIN", [`${"x".repeat(2044)} 334`]), [[]]);
  deepStrictEqual(readBelow("C: AUTH LOGIN", [`${"x".repeat(2045)} 334`]), [null]);
  deepStrictEqual(readBelow("C: AUTH LOGIN", ["S: 334", `${"x".repeat(2043)} dXNl`]), [[], [
    { start: 2044, end: 2048 },
  ]]);
  deepStrictEqual(readBelow("C: AUTH LOGIN", ["S: 334", `${"x".repeat(2044)} dXNl`]), [[], null]);
});
