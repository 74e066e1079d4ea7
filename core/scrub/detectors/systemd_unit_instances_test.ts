/**
 * A systemd template unit's instance (`getty@tty1.service`, `wg-quick@wg0.service`,
 * `user@1000.service`, `systemd-fsck@dev-disk-by\x2duuid-….service`) names a unit, no mailbox:
 * its "domain" ends in a unit type (service, socket, timer, target, mount, automount, path,
 * slice, scope, swap, device), no top-level domain a mailbox has. Found by probing the forms
 * beside the benign corpus's journal lines (../corpus/benign8.jsonl, `systemd-journal`). An
 * address whose domain only contains such a word is still masked.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("systemd template unit instances stay", () => {
  for (
    const line of [
      "systemd[1]: Started getty@tty1.service - Getty on tty1.",
      "systemd[1]: Starting wg-quick@wg0.service - WireGuard via wg-quick(8) for wg0...",
      "systemd[1]: openvpn-client@prod.service: Main process exited, code=exited",
      "Created slice user-1000.slice; Started user@1000.service",
      "systemd[1]: Starting systemd-cryptsetup@luks\\x2d3f2a1b9c\\x2d8d7e.service - Cryptography Setup",
      "Listening on dirmngr@etc.socket; fstrim@weekly.timer; var-lib@x.mount",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("an address with a unit type's word in its domain is still masked", () => {
  for (
    const [line, email] of [
      ["contact jane@service.example.com", "jane@service"],
      ["from ops@acme.services", "ops@acme"],
      ["to bob@timer.io", "bob@timer"],
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(email), false, out);
  }
});
