/**
 * Syntaxes the third red-team corpus (../corpus/secrets_redteam3.jsonl) found unread: an ODBC
 * value in braces (`PWD={…}`, `}}` inside standing for `}`), Bundler's per-host credentials
 * given to `bundle config`, and a password stored under a clear-text scheme (`{PLAIN}pass`).
 * Each in the forms its tool takes, with what only looks like them left unchanged.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { commandValues, inputValues } from "./commands.ts";

const scrubber = createScrubber();
const P = "Falcon-qu4rtz-6429";

/** The texts `line` holds where the command reader finds a value. */
const commandTexts = (line: string) =>
  [...commandValues(line), ...inputValues(line)].map((v) => line.slice(v.start, v.end));

Deno.test("an ODBC value in braces is masked whole, `;` and `}}` inside it too", () => {
  for (const key of ["PWD", "Pwd", "Password", "pwd"]) {
    for (const value of [P, `${P};x`, `p}}${P}`, `a{${P}`]) {
      for (const after of ["", ";Encrypt=yes", " ", '"']) {
        const text = `Driver={ODBC Driver 18};Server=sql01;Uid=app;${key}={${value}}${after}`;
        const out = scrubber.scrub(text).text;
        ok(!out.includes(P), `${text} -> ${out}`);
        ok(out.startsWith("Driver={ODBC Driver 18};Server=sql01;Uid=app;"), out);
        ok(out.endsWith(`}${after}`), out);
      }
    }
  }
});

Deno.test("braces that are no ODBC value stay: templates, objects, an unclosed brace, an empty one", () => {
  for (
    const text of [
      "password={{ .Values.db.password }}",
      'password={"$ref":"#/secrets/db"}',
      "password={}",
      "PWD={unclosed",
      "PWD={a}b",
      "DRIVER={PostgreSQL Unicode};SERVER=pg;PORT=5432",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});

Deno.test("Bundler's credentials for a host, as `bundle config` takes them", () => {
  for (
    const host of ["gems.contribsys.com", "https://gems.example.com/", "rubygems.pkg.github.com"]
  ) {
    for (
      const head of [
        "bundle config",
        "bundle config set",
        "bundle config set --global",
        "bundle config --local",
      ]
    ) {
      deepStrictEqual(commandTexts(`$ ${head} ${host} ci-bot:${P}`), [P], `${head} ${host}`);
      deepStrictEqual(commandTexts(`${head} ${host} "${P}"`), [P], `${head} ${host} token`);
    }
  }
});

Deno.test("`bundle config` of settings that hold no credentials finds nothing", () => {
  for (
    const line of [
      "bundle config set --local path vendor/bundle",
      "bundle config build.nokogiri --use-system-libraries",
      "bundle config local.rack ~/Work/git/rack",
      "bundle config mirror.https://rubygems.org https://mirror.internal",
      "bundle config get gems.contribsys.com",
      "bundle config unset gems.contribsys.com",
      // A user name and an empty password: nothing to mask, and the name is no token.
      "bundle config gems.contribsys.com ci-bot:",
      "bundle exec rake db:migrate",
      "webpack: bundle config.js emitted",
    ]
  ) deepStrictEqual(commandTexts(line), [], line);
});

Deno.test("a password under a clear-text scheme is masked; a hashed scheme stays", () => {
  for (
    const scheme of ["{PLAIN}", "{plain}", "{CLEAR}", "{CLEARTEXT}", "{PLAIN-TRUNC}", "{PLAIN.b64}"]
  ) {
    const text = `admin:${scheme}${P}:1000:1000::/home/admin::`;
    const out = scrubber.scrub(text).text;
    ok(!out.includes(P) && out.endsWith(":1000:1000::/home/admin::"), `${text} -> ${out}`);
  }
  for (const text of ["admin:{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=", "default_pass_scheme = PLAIN"]) {
    deepStrictEqual(scrubber.scrub(text).text, text);
  }
});

Deno.test("PowerShell cmdlets that set a secret-named item or variable: the value is masked", () => {
  const heads = [
    "Set-Item -Path Env:API_TOKEN",
    "Set-Item Env:API_TOKEN",
    "New-Item -Path Env:\\DB_PASSWORD",
    'Set-Item -Path "Env:API_TOKEN"',
    "Set-Variable -Name apiKey",
    "Set-Variable apiKey",
    "sv -Name clientSecret",
    "New-Variable -Name dbPassword",
  ];
  const tails = [` "${P}"`, ` -Value "${P}"`, ` -Value:'${P}'`, ` -Scope Global -Value ${P}`];
  for (const head of heads) {
    for (const tail of tails) {
      const text = `PS> ${head}${tail}`;
      const out = scrubber.scrub(text).text;
      ok(!out.includes(P), `${text} -> ${out}`);
      ok(out.startsWith(`PS> ${head}`), out);
    }
  }
  const piped = scrubber.scrub(`$s = "${P}" | ConvertTo-SecureString -AsPlainText -Force`).text;
  ok(!piped.includes(P), piped);
});

Deno.test("PowerShell cmdlets that set no value, or a variable's, stay", () => {
  for (
    const text of [
      "Remove-Item Env:API_TOKEN",
      "Set-Item -Path Env:API_TOKEN -Value $token",
      "Set-Variable -Name apiKey -Value $env:API_KEY",
      "$apiKey = $env:API_KEY",
      "api_token: $Env:CI_API_TOKEN",
      "Get-Item Env:API_TOKEN",
      "Set-Item -Path Env:LOG_LEVEL -Value verbose",
      '$s = Read-Host "Password" | ConvertTo-SecureString',
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});

Deno.test("the literal a secret-named variable falls back to is masked", () => {
  for (
    const text of [
      `const apiKey = process.env.API_KEY || "${P}";`,
      `$password = $_ENV["DB_PASSWORD"] ?? '${P}';`,
      `apiKey: process.env.API_KEY ?? "${P}",`,
      `token = os.getenv("API_TOKEN") or "${P}"`,
      `api_key ?: "${P}"`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(P), `${text} -> ${out}`);
  }
  for (
    const text of [
      'if (password || "") {',
      "const token = req.headers.token ?? null;",
      "the token or password was wrong",
      "apiKey = opts.apiKey || process.env.API_KEY",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});

Deno.test("a config pair named like a secret in any attribute case; references stay", () => {
  for (
    const text of [
      `<Setting Name="StorageKey" Value="${P}" />`,
      `<add KEY="ClientSecret" VALUE="${P}"/>`,
      `<param name="apiToken" value="${P}"/>`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(P), `${text} -> ${out}`);
  }
  for (
    const text of [
      '<add key="ApiKey" value="%API_KEY%"/>',
      '<Setting Name="CacheKey" Value="orders-v2-eu" />',
      '<add key="LogLevel" value="Verbose"/>',
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});

Deno.test("a Rust Option's Some(…) and a secret's secret_string are values", () => {
  for (
    const text of [
      `Settings { api_key: Some("${P}"), debug: false }`,
      `      + secret_string = "${P}"`,
      `{"Name":"prod/db","SecretString":"${P}"}`,
      `secret_value: ${P}`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(P), `${text} -> ${out}`);
  }
  for (const text of ["secret_values_count=3", "SecretStringLength: 42", "api_key: None"]) {
    deepStrictEqual(scrubber.scrub(text).text, text);
  }
});

Deno.test("passwords given to twine, nuget, openssl, useradd, net user, and echoed into stdin readers", () => {
  for (
    const line of [
      `twine upload -u __token__ -p ${P} dist/*`,
      `nuget push pkg.nupkg -k ${P} -s https://api.nuget.org/v3/index.json`,
      `openssl enc -aes-256-cbc -k ${P} -in a -out b`,
      `openssl pkcs12 -export -passout pass:${P} -out a.p12`,
      `openssl rsa -in key.pem -passin pass:${P}`,
      `useradd -m -p ${P} bob`,
      `net user bob ${P} /add`,
      `echo "${P}" | docker login -u ci --password-stdin registry.internal`,
      `echo ${P} | gh auth login --with-token`,
      `echo "bob:${P}" | sudo chpasswd`,
      `echo -n '${P}' | passwd --stdin bob`,
    ]
  ) deepStrictEqual(commandTexts(line), [P], line);
  for (
    const line of [
      "openssl rsa -in key.pem -passin env:KEY_PASS",
      "net user bob /delete",
      "net user bob * /add",
      'echo "$CI_TOKEN" | docker login -u ci --password-stdin',
      "echo done | tee log.txt",
    ]
  ) {
    const found = commandTexts(line).filter((t) => !t.startsWith("$"));
    deepStrictEqual(found, [], line);
  }
});
