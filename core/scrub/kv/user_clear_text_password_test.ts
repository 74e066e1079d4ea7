/**
 * 3proxy's `users` directive writes each user's password after `:CL:` (clear text): masked, every
 * user on the line, the users kept; a crypt hash (`:CR:`) is a hash's detector's, and the
 * directive naming a file (`users $/etc/3proxy/passwd`) holds no password.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("3proxy's clear-text passwords after :CL: are masked, their users kept", () => {
  const rnd = seededRandom(0x3c1);
  for (let i = 0; i < 8; i++) {
    const a = secretFrom(rnd), b = secretFrom(rnd);
    for (
      const line of [
        `users ops:CL:${a} backup.svc:CL:${b}`,
        `users "ops:CL:${a}" "backup.svc:CL:${b}"`,
        `3proxy.cfg: users ops:CL:${a} backup.svc:CL:${b}`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(a) && !out.includes(b), out);
      ok(out.includes("ops:CL:") && out.includes("backup.svc:CL:"), out);
    }
  }
});

Deno.test("3proxy's users directive naming a file stays", () => {
  for (const line of ["users $/etc/3proxy/passwd", "auth strong", "allow ops"]) {
    strictEqual(scrub(line), line);
  }
});
