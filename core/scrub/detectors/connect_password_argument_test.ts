/**
 * The password a database connect call takes by position (third, after the server or DSN and the
 * user: PHP's `mysql_connect`, `mysqli_connect`, `new mysqli`, `new PDO`, Perl's `DBI->connect`,
 * Java's `DriverManager.getConnection`, Python's `MySQLdb.connect`) is masked when it is a string
 * literal; the server, the user, the arguments after it and a password held in a variable stay.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!-#@";

/** A made-up password, from a small seeded generator. */
function passwordOf(seed: number): string {
  let state = seed * 7919;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  return Array.from({ length: 8 + (next() % 10) }, () => ALPHABET[next() % ALPHABET.length])
    .join("");
}

Deno.test("a literal password given third to a connect call is masked; the rest stays", () => {
  for (let seed = 1; seed <= 30; seed++) {
    const pw = passwordOf(seed);
    for (
      const [line, kept] of [
        [`$link = mysql_connect("db2.corp.test", "orders", "${pw}");`, '"orders"'],
        [`$db = mysqli_connect('127.0.0.1', 'report', '${pw}', 'sales', 3307);`, "'sales'"],
        [`$db = new mysqli($host, "report", "${pw}", "sales");`, '"report"'],
        [`my $dbh = DBI->connect("dbi:Pg:dbname=ops", 'etl', '${pw}', \\%attr);`, "'etl'"],
        [`$pdo = new PDO("mysql:host=db;dbname=web", "web", "${pw}", $opts);`, "$opts"],
        [`Connection c = DriverManager.getConnection(url, "app", "${pw}");`, '"app"'],
        [`db = MySQLdb.connect("db3", "ro", "${pw}", "stats")`, '"stats"'],
      ]
    ) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(pw), false, out);
      strictEqual(out.includes(kept), true, out);
    }
  }
});

Deno.test("a password in a variable or a call, or fewer arguments, stays", () => {
  for (
    const line of [
      "$link = mysql_connect($host, $user, $password);",
      'my $dbh = DBI->connect($dsn, "etl", $ENV{DB_PASS});',
      'Connection c = DriverManager.getConnection(url, "app", cfg.password());',
      'Connection c = DriverManager.getConnection("jdbc:h2:mem:test");',
      '$db = mysqli_connect("db", "report");',
      "mysql_connect() failed: Access denied for user 'app'@'db-gw' (using password: YES)",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("a literal password given second to a login call is masked; the user and a variable stay", () => {
  for (let seed = 31; seed <= 50; seed++) {
    const pw = passwordOf(seed);
    for (
      const [line, kept] of [
        [`> db.auth("reporting", "${pw}")`, '"reporting"'],
        [`server.login(sender, '${pw}')`, "sender"],
        [`ftp.login("deploy", "${pw}")`, '"deploy"'],
        [`client.authenticate('svc-backup', '${pw}', realm)`, "realm"],
      ]
    ) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(pw), false, out);
      strictEqual(out.includes(kept), true, out);
    }
  }
  for (
    const line of [
      'db.auth("reporting", passwordPrompt())',
      "server.login(sender, password)",
      'ftp.login("anonymous", "")',
      'passport.authenticate("local", { session: false })',
      "auth.login(request)",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
