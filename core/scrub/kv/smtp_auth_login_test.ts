/**
 * SMTP `AUTH LOGIN` (./smtp_auth_login.ts): the user name and the password, each base64 on its
 * own line after the server's `334` prompt, in transcripts with `C: ` / `S: `, a logger's prefix,
 * or none; with the user name on the command's line. The server's mechanism list, a dialogue
 * the server cuts short, and lines that only follow a prompt-less `auth login` stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

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
