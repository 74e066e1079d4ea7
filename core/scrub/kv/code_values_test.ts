/**
 * Code read as an assignment of a secret (./code_values.ts): a secret-named key compared with a
 * name, a default standing for none before a call's brackets, an expression naming where a value
 * comes from (an index, an attribute's path, a variable given to a field), a call on an
 * `authorization` header's value. Found in an audit of public technical text (code and change
 * logs); the lines here are written for these tests. What may be a real value beside each form
 * stays masked.
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

Deno.test("an index, an attribute's path or a variable given to a field is no value", () => {
  deepStrictEqual(
    changed([
      "            password = fields[3]",
      "    api_token = parts[idx]",
      "        authkey = worker._authkey",
      "            node_token = current_parse_node.kind",
      "    cur_token = lexer.lookahead",
      "        self.passwd = pw_store",
      "        self.token = next_tok",
      "    opener = build_opener(HTTPDigestAuthHandler(password_mgr=store))",
      "        self.login, self.password = login_name, pass_text",
    ]),
    [],
  );
});

Deno.test("a call on a header's value in code is no credential", () => {
  deepStrictEqual(
    changed([
      "        authorization = authorization.split(':', 1)",
      "            authorization = authorization[1].decode('latin-1')",
      "        authorization = binascii.a2b_base64(authorization).\\",
      "        authorization = self.req_headers.get('authorization')",
    ]),
    [],
  );
});

Deno.test("a generated word beside such code is still a value", () => {
  deepStrictEqual(
    leaked([
      ["password = hunter2x[0]", "hunter2x"],
      ["db_password=Cobalt.Rx4Tq_81", "Cobalt.Rx4Tq_81"],
      ["api_token = Kx9.Vb7Qm2Lp", "Kx9.Vb7Qm2Lp"],
      ["api_token = k3x9v.q7zm2w8p", "k3x9v.q7zm2w8p"],
      ["password: sekrit", "sekrit"],
      ["password = pw_store", "pw_store"],
      ["Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==", "dXNlcjpwYXNzd29yZDEyMw=="],
    ]),
    [],
  );
});

Deno.test("beside each code and prose form, what may be a real value stays masked", () => {
  // Each line is one step from a form above: a quoted literal compared, a value that is not all
  // word characters, a key that only contains `self.` or `_mgr`, prose after `=`, a value with a
  // digit, prose that does not follow the value at once.
  deepStrictEqual(
    leaked([
      ['if password == "SWORDFISH":', "SWORDFISH"],
      ["self.password = hunter2!x", "hunter2!x"],
      ["self.password = x!hunter2", "x!hunter2"],
      ["db_mgr_password = Tr0ub4dor3", "Tr0ub4dor3"],
      ["myself.password = Tr0ub4dor3", "Tr0ub4dor3"],
      ["password = sunshine and more words", "sunshine"],
      ["password: 9zebra now retrying", "9zebra"],
      ["password: Zebra9x now retrying", "Zebra9x"],
      ["password: sunshine (attempt 3) then retrying", "sunshine"],
    ]),
    [],
  );
});
