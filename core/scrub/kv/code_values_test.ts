/**
 * Code read as an assignment of a secret (./code_values.ts): a secret-named key compared with a
 * name, a default standing for none before a call's brackets. Found in an audit of public
 * technical text (code and change logs); the lines here are written for these tests. What may be
 * a real value beside each form stays masked.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

/** The lines of `lines` the scrubber changes (none is expected). */
const changed = (lines: string[]) => lines.filter((line) => scrubber.scrub(line).text !== line);

/** The lines of `cases` whose secret is still in the scrubbed line (none is expected). */
const leaked = (cases: [string, string][]) =>
  cases.filter(([line, secret]) => scrubber.scrub(line).text.includes(secret)).map(([l]) => l);

Deno.test("a key compared with a name in code's case or a path is no value", () => {
  deepStrictEqual(
    changed([
      "        if tok_kind == CLOSE_TAG_MARK:",
      "    elif token == OPEN_TAG_MARK:",
      "    while api_token != last_token_seen:",
      "    if token === QUEUE_DRAINED) {",
      "        if token == self.end_marker:",
      "        if password !== self.previous_value) {",
    ]),
    [],
  );
});

Deno.test("a comparison with a literal or a generated word is still a value", () => {
  deepStrictEqual(
    leaked([
      ['if password == "Wq7!kLm29#b":', "Wq7!kLm29#b"],
      ["if password == Wq7kLm29Tb84:", "Wq7kLm29Tb84"],
      ["assert api_token != Hq8.Vn3Kp9Zx2Lm", "Hq8.Vn3Kp9Zx2Lm"],
    ]),
    [],
  );
});

Deno.test("a default standing for none before a call's closing bracket is no value", () => {
  deepStrictEqual(
    changed([
      "    def unpack(self, archive, dest=None, pwd=None):",
      "    def __init__(self, passwd=None):",
      "    def __init__(self, realm, password_mgr=None):",
      "function login(user, password=nil)",
      "  connect(host, token=null];",
      "  open(secret=undefined})",
      "  start(passwd=False):",
    ]),
    [],
  );
});

Deno.test("a stand-in's spelling with more after it, before brackets, is still a value", () => {
  deepStrictEqual(
    leaked([
      ["password=None7x!", "None7x!"],
      ["login(password=Nonesuch9):", "Nonesuch9"],
      ["open(passwd=nullK8v2q):", "nullK8v2q"],
    ]),
    [],
  );
});
