/**
 * The syntaxes public secret scanners' tests write values in that the reader did not read (found
 * by ../corpus/gen_secrets_syntax5.ts): a CSV row `nameToken,value,`, `password[] = "v"`,
 * comparisons `!=` and `!==`, a literal compared before the key (`"v" == password`), a quoted
 * value then `;` with no operator (`api_key "v";`), `< password > v </password>`, an element's
 * `value` attribute (`<password value="v"/>`), and `"name": "KEY",` then `"value": "v"` on the
 * next line; and what stays: header rows, prose, a prefixed all-x placeholder.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { readAssignments } from "./assignments.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const scrubber = createScrubber();
const V = "Qx7vR2mK9pL4wT8zN3bC";

/** The values the reader finds on `line`, as text. */
const values = (line: string) => readAssignments(line).map((a) => line.slice(a.start, a.end));

Deno.test("a CSV row with the key as a cell: the next cell is its value, up to a comma or the end", () => {
  strictEqual(values(`apiToken,${V},`).join(), V);
  strictEqual(values(`prod,db_password,${V}`).join(), V);
  strictEqual(values(`clientSecret,${V}`).join(), V);
});

Deno.test("a CSV header row's next column, a word or a date after the key, is no value", () => {
  strictEqual(values("password,username,email").length, 0);
  strictEqual(values("api_key,2026-03-02,rotated").length, 0);
  strictEqual(values("token,count,42").length, 0);
  // A key followed by a comma and a blank is prose, not a cell.
  strictEqual(values(`the token, ${V}, expired`).length, 0);
});

Deno.test("comparisons give the value away: `!=`, `!==` as `==`, `===` do", () => {
  strictEqual(values(`if db_password != "${V}":`).join(), V);
  strictEqual(values(`the_password!=='${V}'`).join(), V);
  strictEqual(values(`api_token == "${V}"`).join(), V);
});

Deno.test('a literal compared before the key is its value: `"v" == password`', () => {
  strictEqual(values(`if "${V}" == password:`).join(), V);
  strictEqual(values(`'${V}' !== apiToken`).join(), V);
  // An empty literal, or a plain assignment before the key, is no value of it.
  strictEqual(values(`"" == password`).join(), "");
  strictEqual(values(`x = "${V}"; password`).length, 0);
});

Deno.test('an empty index after the key, then the operator: `password[] = "v"`', () => {
  strictEqual(values(`api_key[]= "${V}"`).join(), V);
  strictEqual(values(`$api_token[] = '${V}';`).join(), V);
});

Deno.test("a quoted value then `;` with no operator is a value; without the `;` it is prose", () => {
  strictEqual(values(`api_key "${V}";`).join(), V);
  strictEqual(values(`client_secret'${V}';`).join(), V);
  // Without the `;`, a quoted word that is no token is prose (a token quoted there is a value:
  // ./quoted_tokens_in_errors_test.ts).
  strictEqual(values(`invalid token "expired-session" received`).length, 0);
});

Deno.test("an element named by a blank-spaced tag, its text without the blanks around it", () => {
  strictEqual(values(`< db_password > ${V} </db_password>`).join(), V);
  strictEqual(values(`<db_password> ${V} </db_password>`).join(), V);
  strictEqual(values("if (i < token_limit) return;").length, 0);
});

Deno.test("a secret-named element's `value` attribute, after other attributes at most", () => {
  strictEqual(values(`<db_password value="${V}"/>`).join(), V);
  strictEqual(values(`<api_token type="plain" value = '${V}' />`).join(), V);
});

Deno.test('JSON over several lines: `"name": "KEY",` then `"value": "v"` below', () => {
  const text = `{\n    "name": "db_password",\n    "value": "${V}"\n}`;
  const out = scrubWholeAndStreamed(text);
  ok(!out.includes(V), out);
  strictEqual(out.split("\n")[1], '    "name": "db_password",');
});

Deno.test("config pairs with blanks around `=`, or the name after the value, are read", () => {
  for (
    const line of [
      `<add name = "db_password" value="${V}" />`,
      `<add value="${V}" name="db_password"/>`,
      `<add value = "${V}" name = "api_token"/>`,
    ]
  ) {
    ok(!scrubber.scrub(line).text.includes(V), line);
  }
  const benign = `<add value="${V}" name="region"/>`;
  strictEqual(scrubber.scrub(benign).text, benign);
});

Deno.test("GitHub's `TOKEN:x-oauth-basic@` URL: the user is the token", () => {
  const line = `"tools": "git+https://${V}:x-oauth-basic@github.com/acme/tools.git"`;
  const out = scrubber.scrub(line).text;
  ok(!out.includes(V), out);
  ok(out.includes(":x-oauth-basic@github.com/acme/tools.git"), out);
});

Deno.test("a provider's prefix before an all-x body is a placeholder in every syntax", () => {
  for (
    const line of [
      "AIVEN_SERVICE_PASSWORD=AVNS_xxxxxxxxxxxxxxxxxxxxxxx",
      '<entry name="alibabaToken" value="LTAIxxxxxxxxxxxxxxxx" />',
      "stripe_api_key: sk_live_XXXXXXXXXXXXXXXXXXXX",
      'scaleway_token = "SCW**********"',
    ]
  ) {
    strictEqual(scrubber.scrub(line).text, line);
  }
  // A body with anything but x's is masked.
  ok(!scrubber.scrub("db_password=Qa_7xK2xxxxxxxx9Qz").text.includes("Qa_7xK2"));
});

Deno.test("`Key=v` as a word of its own (trufflehog's `[DEBUG] Using Key=v`): a generated value is masked", () => {
  for (const line of [`[DEBUG] Using Key=${V}`, `KEY=${V}`, `\t\t[DEBUG] Using key=${V}`]) {
    strictEqual(values(line).join(), V, line);
    ok(!scrubber.scrub(line).text.includes(V), line);
  }
});

Deno.test("a bare `key` that names something, or a path, or a word inside a name, is no such value", () => {
  for (
    const line of [
      "CrashReporter Key:   3395c7da5d5b551d741a67a534f297eda146bd",
      '<add key="logLevel" value="warn" />',
      "PUT object key=uploads/2026/03/02/a1b2c3d4e5f6a7b8.jpg size=5012",
      "cache hit key=user:42:profile ttl=60",
      `turnkey=${V}`,
    ]
  ) {
    strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("code that only names the secret stays: the key's own name, a subscripted dotted name, a variable", () => {
  for (
    const line of [
      "connect(user=user, password=password)",
      "apiKey: apiKey,",
      "user_password = request.form['pw']",
      "$password = $row;",
    ]
  ) {
    strictEqual(scrubber.scrub(line).text, line);
  }
  // A literal is a value whatever it says; a `$word` outside PHP's `$key =` is a password.
  strictEqual(
    scrubber.scrub('password="password"').text,
    'password="[REDACTED:password-assignment]"',
  );
  ok(!scrubber.scrub("password = $ecret1;").text.includes("$ecret1"));
});

Deno.test("quoted values after a `|` are values of the same key (`token = 'v1' | 'v2'`)", () => {
  const W = "Zb4nT8wL2pK9mR7xQ3vC";
  strictEqual(values(`sonarcloud token = '${V}' | '${V}'`).join(), `${V},${V}`);
  strictEqual(values(`api_key: "${V}"|"${W}" | "${V}"`).join(), `${V},${W},${V}`);
  // Not after a bare value, nor a quote of another kind.
  strictEqual(values(`token=${V} | 'x'`).join(), V);
  strictEqual(values(`token='${V}' | "${W}`).join(), `${V},${W}`);
  strictEqual(values(`token='${V}' || true`).join(), V);
});

Deno.test("`token - 'v'`: a dash between blanks, then a quoted literal, is the key's value", () => {
  strictEqual(values(`salesforce token - '${V}'`).join(), V);
  strictEqual(values(`plaid secret -  "${V}"`).join(), V);
  // Unquoted after the dash, or a dash glued to the word, it is prose or a flag.
  strictEqual(values("token - expired").length, 0);
  strictEqual(values(`token -'${V}'`).length, 0);
});

Deno.test("a literal compared before the key, longer than VALUE_CAP, is cut from its start", () => {
  const long = "Qx7v".repeat(1100);
  const line = `if "${long}" == password: ok`;
  const out = scrubber.scrub(line).text;
  ok(!out.includes("Qx7vQx7v"), out.slice(0, 80));
  ok(out.startsWith('if "[REDACTED:'), out.slice(0, 80));
});

Deno.test("a bare word whose brackets do not pair is one value (detect-secrets' unquoted values)", () => {
  const W = "{{q}w)e${r]tyu(iop[asd>-_$#fghjkl}}";
  for (
    const line of [
      `apikey: ${W}`,
      `apikey:=${W}`,
      `my_password=m${W}`,
      `some_dict['secret'] = ${W}`,
    ]
  ) {
    strictEqual(
      values(line).join(),
      line.slice(line.indexOf(W) - (line.includes("m{") ? 1 : 0)),
      line,
    );
  }
  // Up to a blank or a quote, without a `,` or `;` ending it.
  strictEqual(values(`token: a1)b2(c3, next`).join(), "a1)b2(c3");
});

Deno.test("words whose brackets pair are code or templates, read as before", () => {
  for (
    const line of [
      "password: ${vaultRef}",
      "db_password = load_secret(name)later",
      "token: {{ .Values.x }}",
      "credentials: {username: admin}",
      "connect(user=user, password=password)",
      'token={"a": 1}',
    ]
  ) {
    strictEqual(scrubber.scrub(line).text, line);
  }
  // A closing bracket ending the word closes a call: the value stops before it.
  strictEqual(values("connect(user, password=Xk9mP2vL7qR4)").join(), "Xk9mP2vL7qR4");
});

Deno.test("detect-secrets' documented stand-ins stay: `fake` in a value, a relative path, words", () => {
  for (
    const line of [
      'service_key := "fake-key-value"',
      'db_password == "fake_pw"',
      '"fake_pw" == db_password',
      '<db_password value="myfakepassword"/>',
      'private_key "conf/ssl/key/files";',
      "private_key '\"see below';",
    ]
  ) {
    strictEqual(scrubber.scrub(line).text, line);
  }
  // Base64 with slashes is no path.
  ok(!scrubber.scrub("token=Ab3/xY9k/Qw2z/Lm8n+Pq7R").text.includes("Ab3/xY9k"));
});

Deno.test("a `<name>` quoted whole is a placeholder, not an element; an element inside a string is one", () => {
  const line = "<connection api_key='<your-api-key>'>primary</connection>";
  strictEqual(scrubber.scrub(line).text, line);
  ok(!scrubber.scrub(`"<db_password>${V}</db_password>"`).text.includes(V));
});
