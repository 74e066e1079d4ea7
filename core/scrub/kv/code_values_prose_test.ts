/**
 * Prose read as an assignment of a secret (./code_values.ts): after a key word and a colon or a
 * blank, a function word, a plain word that more words of the sentence follow, or a change log's
 * verb alone; a dashed option named in a sentence (`--password for …`). Found in an audit of
 * public technical text (code, change logs, READMEs); the lines here are written for these tests.
 * A plain word ending its line, a generated word, or a value after `=` stays a value.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

/** The lines of `lines` the scrubber changes (none is expected). */
const changed = (lines: string[]) => lines.filter((line) => scrubber.scrub(line).text !== line);

/** The lines of `cases` whose secret is still in the scrubbed line (none is expected). */
const leaked = (cases: [string, string][]) =>
  cases.filter(([line, secret]) => scrubber.scrub(line).text.includes(secret)).map(([l]) => l);

Deno.test("a key word, a colon or a blank, then the sentence going on, is no value", () => {
  deepStrictEqual(
    changed([
      "    mylib_password_normalize: avoid copies of the buffer",
      "    mylib_set_admin_password: reject an empty password",
      "    mylib_set_admin_password: don't allow empty passwords",
      "    mylib_hash_password: trim the password before hashing",
      "        - password:      The password to log in with.",
      "  * The default password hashing scheme is now scrypt. The",
      '        raise ValueError("pwd: wanted str, got %r" % (pwd,))',
      '        """Set the default password for stored archives."""',
      "MYLIB_EMPTY_PASSWORD: Added",
    ]),
    [],
  );
});

Deno.test("a dashed option named in a sentence is no value", () => {
  deepStrictEqual(
    changed([
      "** The tool now takes --password for encrypted archives.",
      "- Fix mytool --password for PKCS #8 files.",
      "Only prompt when the '--password' option is missing",
      "It used to prompt even if --password was",
      "use --password and --user to log in",
      // Docker's warning on every `docker login -p` (CI logs), and its kin.
      "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
      "Passing --password over the CLI exposes it; pass --password from a file with --password-file",
      "Use --password with SSH_ASKPASS or --password using the Keychain; never --password through CI",
    ]),
    [],
  );
});

Deno.test("a plain word ending its line, a generated word or a value after `=` is still one", () => {
  deepStrictEqual(
    leaked([
      ["password: sunshine", "sunshine"],
      ["password: sekrit", "sekrit"],
      ["mytool --password hunter2", "hunter2"],
      ["mytool --password=Xq9vLm2z", "Xq9vLm2z"],
      ["password=letmein now retrying", "letmein"],
      ["the password was: Kx9!mQ2vLp", "Kx9!mQ2vLp"],
      ["password: Tr0ub4dor&3 for the admin", "Tr0ub4dor&3"],
    ]),
    [],
  );
});

Deno.test("a plain word and one more word ending the line, or before brackets, is a label's text", () => {
  deepStrictEqual(
    changed([
      "- Password: Encrypted password",
      "   - **Password**: Secure password (required)",
      "- **Password**: Encrypted password",
      "passwd:         files systemd",
      "Token: Bearer token",
    ]),
    [],
  );
  deepStrictEqual(
    leaked([
      ["password: sunshine", "sunshine"],
      ["**Password**: sunshine", "sunshine"],
      ["password: Sunshine99 please", "Sunshine99"],
      ["password: letmein, retrying", "letmein"],
    ]),
    [],
  );
});
