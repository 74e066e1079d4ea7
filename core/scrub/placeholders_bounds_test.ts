/**
 * The placeholder allowlist at each bound of its Terraform reference and PEM envelope forms, both
 * sides: what is one is left as written, what is not stays a candidate secret (masked).
 */
import { ok, strictEqual } from "@node/assert";
import { isPlaceholder } from "./placeholders.ts";

const placeholder = (value: string) => ok(isPlaceholder(value), `a placeholder: ${value}`);
const notPlaceholder = (value: string) => ok(!isPlaceholder(value), `not a placeholder: ${value}`);

Deno.test("placeholders: a Terraform reference's names of 1 to 64 characters, up to three more names", () => {
  placeholder("var.x");
  placeholder("module.a.b");
  placeholder(`var.${"a".repeat(64)}`);
  notPlaceholder(`var.${"a".repeat(65)}`);
  placeholder(`module.db.${"b".repeat(64)}`);
  notPlaceholder(`module.db.${"b".repeat(65)}`);
  placeholder("module.a.b.c.d");
  notPlaceholder("module.a.b.c.d.e");
  // Only the whole value: a password that ends like a reference is still one.
  notPlaceholder("Xvar.db_password");
  notPlaceholder("mysql_var.db_password");
});

Deno.test("placeholders: a Terraform resource's attribute at each bound of its type, name, index and attribute", () => {
  // The resource type: a letter, up to 30 letters or digits, `_`, then 1 to 80 of [a-z0-9_].
  placeholder("a_x.n.v");
  placeholder(`a${"b".repeat(30)}_x.n.v`);
  notPlaceholder(`a${"b".repeat(31)}_x.n.v`);
  placeholder(`aws_${"s".repeat(80)}.n.v`);
  notPlaceholder(`aws_${"s".repeat(81)}.n.v`);
  // The name: 1 to 64 characters; an index of 1 to 4 digits, or a quoted key of 1 to 64.
  placeholder(`aws_x.${"N".repeat(64)}.v`);
  notPlaceholder(`aws_x.${"N".repeat(65)}.v`);
  placeholder("aws_x.n[0].v");
  placeholder("aws_x.n[1234].v");
  notPlaceholder("aws_x.n[12345].v");
  placeholder('aws_x.n["k"].v');
  placeholder(`aws_x.n["${"k".repeat(64)}"].v`);
  notPlaceholder(`aws_x.n["${"k".repeat(65)}"].v`);
  // The attribute: 1 to 64 characters.
  placeholder("aws_x.n.v");
  placeholder(`aws_x.n.${"v".repeat(64)}`);
  notPlaceholder(`aws_x.n.${"v".repeat(65)}`);
  // Only the whole value: a password that ends or starts like an attribute is still one.
  notPlaceholder("k9Q!x2_secret.db.result");
  notPlaceholder("aws_x.n.v!Q9");
});

Deno.test("placeholders: an ARN (where a secret is kept) of up to 450 characters", () => {
  // Its resource part (after the account) holds 1 to 400 characters: 393 and 394 here.
  const head = "arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:";
  const arn = (length: number) => head + "q".repeat(length - head.length);
  placeholder(arn(450));
  notPlaceholder(arn(451));
});

Deno.test("placeholders: a secret variable's name of up to 120 characters", () => {
  const words = `${"A".repeat(24)}_`.repeat(4); // 100
  placeholder(`${words}PASSWORD_${"B".repeat(11)}`); // 120
  notPlaceholder(`${words}PASSWORD_${"B".repeat(12)}`);
});

/** `value` in a PEM envelope: BEGIN label, breaks, the piece, breaks, END label, breaks. */
function pem(
  piece: string,
  { begin = "PRIVATE KEY", end = "PRIVATE KEY", before = "\\n", after = "\\n", trailing = "" }: {
    begin?: string;
    end?: string;
    before?: string;
    after?: string;
    trailing?: string;
  } = {},
): string {
  return `-----BEGIN ${begin}-----${before}${piece}${after}-----END ${end}-----${trailing}`;
}

Deno.test("placeholders: a PEM envelope's labels of 1 to 60 characters", () => {
  placeholder(pem("<redacted>", { begin: "K" }));
  placeholder(pem("<redacted>", { begin: "A".repeat(60) }));
  notPlaceholder(pem("<redacted>", { begin: "A".repeat(61) }));
  placeholder(pem("<redacted>", { end: "K" }));
  placeholder(pem("<redacted>", { end: "A".repeat(60) }));
  notPlaceholder(pem("<redacted>", { end: "A".repeat(61) }));
});

Deno.test("placeholders: a PEM envelope's breaks, none to four on each side of the piece and after", () => {
  placeholder(pem("<redacted>", { before: "", after: "" }));
  placeholder(pem("<redacted>", { before: "\\n".repeat(4), after: "\\r\\n\\r\\n" }));
  notPlaceholder(pem("<redacted>", { before: "\\n".repeat(5) }));
  notPlaceholder(pem("<redacted>", { after: "\\n".repeat(5) }));
  placeholder(pem("<redacted>", { trailing: "\\n".repeat(4) }));
  placeholder(pem("<redacted>", { trailing: " \t\n " }));
  notPlaceholder(pem("<redacted>", { trailing: "\\n".repeat(5) }));
});

Deno.test("placeholders: a PEM envelope's piece of 1 to 200 characters, and nothing around it", () => {
  placeholder(pem("'")); // a body emptied to a quote
  placeholder(pem("x".repeat(200)));
  notPlaceholder(pem("x".repeat(201)));
  // Key data before the envelope or after it: no placeholder.
  notPlaceholder(`x${pem("<redacted>")}`);
  notPlaceholder(`${pem("<redacted>")}MIIEowIBAAKCAQEA`);
});

Deno.test("placeholders: a prefix and an ellipsis, words of 1 to 12 letters, up to three more", () => {
  for (const ellipsis of ["...", "\u2026"]) {
    placeholder(`q${ellipsis}`);
    placeholder(`qzvkr${ellipsis}`);
    placeholder(`${"q".repeat(12)}${ellipsis}`);
    notPlaceholder(`${"q".repeat(13)}${ellipsis}`);
    placeholder(`qz_v${ellipsis}`);
    placeholder(`qz-${"v".repeat(12)}_${ellipsis}`);
    notPlaceholder(`qz-${"v".repeat(13)}_${ellipsis}`);
    placeholder(`q_w_e_r${ellipsis}`);
    notPlaceholder(`q_w_e_r_t${ellipsis}`);
    // Only the whole value: a token whose random part follows the ellipsis is still one.
    notPlaceholder(`qz_live_${ellipsis}Xk9fQ2.`);
    notPlaceholder(`Xk9fQ2 qz_live_${ellipsis}`);
  }
});

Deno.test("placeholders: a prefix and an ellipsis is measured inside its quotes", () => {
  // 55 characters, the longest the form allows, in three quotes each side.
  const longest = `${"q".repeat(12)}${"_qqqqqqqqqqqq".repeat(3)}_...`;
  strictEqual(longest.length, 55);
  placeholder(longest);
  placeholder(`"""${longest}"""`);
  placeholder(`'\`"${longest}"\`'`);
});
