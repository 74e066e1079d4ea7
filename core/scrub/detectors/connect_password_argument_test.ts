/**
 * The password a database connect call takes by position (third, after the server or DSN and the
 * user: PHP's `mysql_connect`, `mysqli_connect`, `new mysqli`, `new PDO`, Perl's `DBI->connect`,
 * Java's `DriverManager.getConnection`, Python's `MySQLdb.connect`) is masked when it is a string
 * literal; the server, the user, the arguments after it and a password held in a variable stay.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

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

Deno.test("a PHP stack trace's frames print the connect password by position: masked", () => {
  // PHP prints each frame's arguments, strings cut at 15 characters with `...`: the password is
  // the argument after the user, after a PDO DSN (`'mysql:host=…'`, `'pgsql:…'`) in any frame
  // (PDO's constructor, Laravel's createPdoConnection and tryAgainIfCausedByLostConnection), or
  // third to mysqli's constructor.
  const random = seededRandom(0x9d0c0);
  const made = (n: number) =>
    Array.from({ length: n }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");
  for (let i = 0; i < 24; i++) {
    const full = made(8 + (i % 12)), pw = full.length > 15 ? full.slice(0, 15) + "..." : full;
    const dsn = `${i % 2 ? "pgsql" : "mysql"}:host=${made(4)}...`;
    for (
      const [line, kept] of [
        [
          `#0 /var/www/app/Db.php(70): PDO->__construct('${dsn}', 'forge', '${pw}', Array)`,
          "'forge'",
        ],
        [
          `#1 /var/www/vendor/Connector.php(46): Illuminate\\Database\\Connectors\\Connector->createPdoConnection('${dsn}', 'root', '${pw}', Array)`,
          "Array)",
        ],
        [
          `#2 /var/www/vendor/Connector.php(24): Illuminate\\Database\\Connectors\\Connector->tryAgainIfCausedByLostConnection(Object(PDOException), '${dsn}', 'root', '${pw}', Array)`,
          "Object(PDOException)",
        ],
        [
          `#0 /var/www/html/inc/db.php(8): mysqli->__construct('localhost', 'wp', '${pw}', 'wordpress')`,
          "'wordpress'",
        ],
      ]
    ) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(pw.replace("...", "")), false, out);
      strictEqual(out.includes(kept), true, out);
    }
  }
  for (
    const line of [
      "#0 /var/www/app/Db.php(70): PDO->__construct('mysql:host=db;d...', 'root', '', Array)",
      "#0 /var/www/app/Db.php(70): PDO->__construct('mysql:host=db;d...', 'root', NULL, Array)",
      "#0 /var/www/app/Db.php(70): PDO->__construct('mysql:host=db;d...', 'root', Object(SensitiveParameterValue), Array)",
      "#0 /var/www/app/Db.php(70): PDO->__construct('mysql:host=db;dbname=app')",
      "#0 /var/www/html/inc/db.php(8): mysqli->__construct('localhost', 'wp')",
      // A URL is no PDO DSN (`mysql:host=…`): the literals after it are not a user and password.
      "pool('pgsql://ro@db/app', 'replica', 'eu-west-1')",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
