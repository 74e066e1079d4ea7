/**
 * A dotted quad whose every part is at most 30 (`8.8.4.4`, `19.14.1.21`) reads as a version
 * unless something says it is an address. Besides a key naming one, the carriers that only an
 * address takes say so: the keys and headers that name a peer (`rhost=`, `remote_addr`,
 * `sourceIPAddress`, `Source Network Address:`, `Forwarded: for=`, `X-Forwarded-For:`), Apache's
 * `[client `, a host's name before it in brackets (`unknown[…]`), MySQL's `'user'@'…'`, and after
 * it a port (`…:8080`, Go's `…:53: i/o timeout`, BIND's `…#53124`), sshd's ` port 22` or an access
 * log's identity, user and date. Versions in
 * their own carriers stay (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x1e4);
const scrubber = createScrubber(undefined, { pseudonymKey: new Uint8Array(32) });
/** Every part at most 30 and the first not 0 or 10: shaped like a version. */
const versionShaped = () =>
  [1 + random.int(9), random.int(31), random.int(31), 1 + random.int(30)].join(".");
const port = () => 1024 + random.int(64000);

Deno.test("a version-shaped quad in an address's carrier is masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 20; k++) {
    const v = versionShaped();
    const lines = [
      `sshd[77]: pam_unix(sshd:auth): authentication failure; tty=ssh ruser= rhost=${v}  user=root`,
      `{"remote_addr":"${v}","status":403}`,
      `{"eventName":"ConsoleLogin","sourceIPAddress":"${v}"}`,
      `An account failed to log on. Source Network Address: ${v} Source Port: ${port()}`,
      `Forwarded: for=${v};proto=https`,
      `X-Forwarded-For: ${v}, 8.8.4.4`,
      `[core:error] [pid 4412] [client ${v}:${port()}] AH00126: Invalid URI`,
      `postfix/smtpd[9912]: connect from unknown[${v}]`,
      `Access denied for user 'app'@'${v}' (using password: YES)`,
      `upstream connect error to ${v}:${port()} (ECONNREFUSED)`,
      `dial tcp ${v}:${port()}: i/o timeout`,
      `client @0x7f3a2c ${v}#${port()} (shop.io): query: shop.io IN A +E(0)`,
      `sshd[2231]: Failed password for invalid user admin from ${v} port ${port()} ssh2`,
      `${v} - - [14/Mar/2026:08:12:55 +0000] "GET / HTTP/1.1" 200 512`,
      `${v} - frank [14/Mar/2026:08:12:55 +0000] "POST /login HTTP/1.1" 302 0`,
    ];
    for (const line of lines) if (scrubber.scrub(line).text.includes(v)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a version-shaped quad in a version's carrier stays", () => {
  const changed: string[] = [];
  for (let k = 0; k < 20; k++) {
    const v = versionShaped();
    const lines = [
      `server ${v} started`,
      `upgraded from ${v} to ${versionShaped()}`,
      `version ${v}:${port()}`,
      `lodash@${v} resolved`,
      `[${v}] - 2026-03-14`,
      `## ${v} - fixed the login page`,
      `elapsed ${v}:12:30`,
      `address space ${v} reserved`,
    ];
    for (const line of lines) if (scrubber.scrub(line).text !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});
