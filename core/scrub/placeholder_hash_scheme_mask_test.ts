/**
 * A mask after a password hash scheme's tag (`{SSHA}********`, as OpenLDAP's and 389 DS's
 * config dumps print a userPassword or olcRootPW they withhold) is a placeholder; a hash after
 * the tag is still masked.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "./mod.ts";

const scrubber = createScrubber();

Deno.test("a mask after a hash scheme's tag stays", () => {
  const lines = [
    "Nov 17 08:49:19 ldap1 slapd[8357]: olcRootPW: {SSHA}********",
    "userPassword: {SSHA}********",
    "olcRootPW: {CRYPT}xxxxxxxx",
    "nsslapd-rootpw: {PBKDF2-SHA256}****",
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a hash after a hash scheme's tag is still masked", () => {
  for (const hash of ["Rk9vQmFyQmF6UXV4MTIzNDU2Nzg=", "Zq8mW2xK7pLrT5vN"]) {
    const line = `olcRootPW: {SSHA}${hash}`;
    ok(!scrubber.scrub(line).text.includes(hash), line);
  }
});
