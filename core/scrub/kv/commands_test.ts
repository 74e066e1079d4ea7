/**
 * Command-line credentials: the password each command's flag takes, in every quoting, and
 * nothing where the flag takes no password (`mysql -p NAME`, `docker run -p`, `curl -u user`).
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { commandValues, inputValues, MAX_WORDS } from "./commands.ts";
import { VALUE_CAP } from "./assignments.ts";

const values = (line: string) => commandValues(line).map((v) => line.slice(v.start, v.end));

Deno.test("curl -u / --user in every quoting gives the password, or the key given as user", () => {
  const cases: [string, string][] = [
    ["curl -u deploy:Xk29mq7Lp https://x", "Xk29mq7Lp"],
    ['curl -u "deploy:Xk29 mq7Lp" https://x', "Xk29 mq7Lp"],
    ["curl -u ':Xk29mq7Lp' https://x", "Xk29mq7Lp"],
    ["curl https://x -u 'k9Xq2Lm7Zp4Rt8Vw:' -d a=1", "k9Xq2Lm7Zp4Rt8Vw"],
    ["curl --user admin:Xk29mq7Lp --fail https://x", "Xk29mq7Lp"],
    ["curl --user=admin:Xk29mq7Lp https://x", "Xk29mq7Lp"],
    ["curl -sSu admin:Xk29mq7Lp https://x", "Xk29mq7Lp"],
    ["curl -uadmin:Xk29mq7Lp https://x", "Xk29mq7Lp"],
    ["curl --proxy-user p:Xk29mq7Lp https://x", "Xk29mq7Lp"],
    ["curl --oauth2-bearer 'Xk29mq7Lp' https://x", "Xk29mq7Lp"],
    ["/usr/bin/curl -u a:Xk29mq7Lp https://x", "Xk29mq7Lp"],
  ];
  for (const [line, secret] of cases) deepStrictEqual(values(line), [secret], line);
});

Deno.test("each command's password flag, glued or spaced as that command takes it", () => {
  const cases: [string, string][] = [
    ["mysql -h db1 -u app -pXk29!mq billing", "Xk29!mq"],
    ["mysqldump -u backup -p'Xk 29' appdb", "Xk 29"],
    ["sshpass -p 'Zr8#tq' ssh deploy@h", "Zr8#tq"],
    ["sshpass -pZr8tq ssh deploy@h", "Zr8tq"],
    ["docker login -u ci -p Zq81kd0x registry.example.com", "Zq81kd0x"],
    ["helm registry login -u ci -p Zq81kd0x r.example.com", "Zq81kd0x"],
    ["redis-cli -h cache -a R3d1s!pass ping", "R3d1s!pass"],
    ["mongosh --host db -u app -p Mq7x2Lp", "Mq7x2Lp"],
    ["sqlcmd -S db1 -U sa -P 'Mq7!x2Lp' -Q \"select 1\"", "Mq7!x2Lp"],
    ["ldapsearch -x -D cn=admin,dc=example -w Mq7x2Lp -b dc=example", "Mq7x2Lp"],
    ["az login --service-principal -u app-id -p Mq7x2Lp --tenant t", "Mq7x2Lp"],
    ["psexec \\\\10.4.7.21 -u CORP\\svc-build -p Wq4!zr8Tn cmd /c dir", "Wq4!zr8Tn"],
    ["C:\\Tools\\PsExec.exe \\\\build07 -u admin -p Lm3xq9Vb -i calc.exe", "Lm3xq9Vb"],
    ["CREATE USER 'app'@'%' IDENTIFIED BY 'Mq7!x2Lp';", "Mq7!x2Lp"],
    ['ALTER USER app IDENTIFIED WITH mysql_native_password BY "Mq7x2Lp"', "Mq7x2Lp"],
    ['$c = ConvertTo-SecureString "Tr0ub4dor3" -AsPlainText -Force', "Tr0ub4dor3"],
  ];
  for (const [line, secret] of cases) deepStrictEqual(values(line), [secret], line);
});

Deno.test("flags that take no password give nothing", () => {
  for (
    const line of [
      "mysql -u root -p -h 127.0.0.1",
      "mysql -p billing",
      "mysql -h db1 -P3306 --protocol=tcp",
      "docker run -p 8080:80 nginx",
      "docker login -u ci --password-stdin r.example.com",
      "curl -u deploy https://x",
      "curl -u admin: https://x",
      "redis-cli -h cache -p 6379 ping",
      "echo curl | grep -u x:y",
    ]
  ) {
    deepStrictEqual(values(line), [], line);
  }
});

Deno.test("an argument past VALUE_CAP is cut", () => {
  const line = `curl -u a:${"x".repeat(VALUE_CAP + 1)} https://x`;
  const [v] = commandValues(line);
  strictEqual(v.cut, true);
});

Deno.test("commands whose password is an argument no generic flag names", () => {
  const cases: [string, string][] = [
    ["htpasswd -b /etc/httpd/users ops Xk29!mq7Lp", "Xk29!mq7Lp"],
    ["htpasswd -B -b -c /srv/.htpasswd ops 'Xk29 mq7Lp'", "Xk29 mq7Lp"],
    ["htpasswd -nb ops Xk29!mq7Lp", "Xk29!mq7Lp"],
    ["rabbitmqctl add_user ops Xk29!mq7Lp", "Xk29!mq7Lp"],
    ["rabbitmqctl -n rabbit@mq1 change_password ops Xk29!mq7Lp", "Xk29!mq7Lp"],
    ["smbclient //nas/backup -U ops%Xk29!mq7Lp -c ls", "Xk29!mq7Lp"],
    ["smbclient -L nas --user=ops%Xk29!mq7Lp", "Xk29!mq7Lp"],
    ["keytool -genkeypair -alias app -keystore app.jks -storepass Xk29!mq7Lp", "Xk29!mq7Lp"],
    ["keytool -importkeystore -srcstorepass Xk29!mq7Lp -deststoretype pkcs12", "Xk29!mq7Lp"],
    ["net use Z: \\\\nas\\backup /user:OPS\\svc Xk29!mq7Lp /persistent:no", "Xk29!mq7Lp"],
    ["net use \\\\nas\\backup Xk29!mq7Lp /user:svc", "Xk29!mq7Lp"],
  ];
  deepStrictEqual(
    cases.filter(([line, secret]) => values(line).join() !== secret).map(([line]) => line),
    [],
  );
});

Deno.test("those commands without a password on the line give nothing", () => {
  for (
    const line of [
      "htpasswd -c /etc/httpd/users ops",
      "htpasswd -v /srv/.htpasswd ops",
      "rabbitmqctl list_users",
      "rabbitmqctl delete_user ops",
      "smbclient //nas/backup -U ops -c ls",
      "keytool -list -keystore app.jks -storepass:env KS_PASS",
      "net use Z: \\\\nas\\backup * /user:OPS\\svc",
      "net use Z: /delete",
      "the .net user guide",
    ]
  ) deepStrictEqual(values(line), [], line);
});

Deno.test("a password after hundreds of options is read; past MAX_WORDS the command is cut", () => {
  const options = Array.from({ length: 300 }, (_, k) => `--opt${k}=v`).join(" ");
  deepStrictEqual(values(`mysql ${options} -pXk29!mq billing`), ["Xk29!mq"]);
  deepStrictEqual(values(`curl ${options} -u deploy:Xk29mq7Lp https://x`), ["Xk29mq7Lp"]);
  const words = Array.from({ length: MAX_WORDS }, () => "-v").join(" ");
  const line = `mysql ${words} -pXk29!mq billing`;
  const found = commandValues(line);
  deepStrictEqual(found.map((v) => [v.start, v.cut]), [[line.indexOf("-pX"), true]]);
  deepStrictEqual(commandValues(`mysql ${words}`), []);
});

Deno.test("a value a GitHub Actions job masks is a secret", () => {
  deepStrictEqual(values('echo "::add-mask::Xk29mq7Lp"'), ["Xk29mq7Lp"]);
  deepStrictEqual(values("::add-mask::Xk29 mq7Lp  "), ["Xk29 mq7Lp"]);
  deepStrictEqual(values("::add-mask::"), []);
});

Deno.test("OpenSSL's pass: value ends at any blank or quote, and is a cut past VALUE_CAP", () => {
  const P = "Rp9xq2Lz7Kw";
  const read = (line: string) =>
    inputValues(line).map((v) => [line.slice(v.start, v.end).length, v.cut]);
  const ends = ["", " -out a.p12", "\t-out", "\r", '"', "'", "\u00a0x", "\u3000x", "\ufeffx"];
  for (const end of ends) {
    const line = `openssl rsa -passin pass:${P}${end}`;
    deepStrictEqual(read(line), [[P.length, false]], JSON.stringify(line));
  }
  // A backquote is no end here (a shell's command substitution is read as part of the word).
  deepStrictEqual(read(`openssl rsa -passin pass:${P}\`x\``), [[P.length + 3, false]]);
  deepStrictEqual(read(`openssl rsa -passin pass:${"k".repeat(VALUE_CAP)} -out x`), [
    [VALUE_CAP, false],
  ]);
  deepStrictEqual(read(`openssl rsa -passin pass:${"k".repeat(VALUE_CAP + 5)} -out x`), [
    [VALUE_CAP + 1, true],
  ]);
});
