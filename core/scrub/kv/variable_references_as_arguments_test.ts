/**
 * A variable in a command's password's place holds no secret: PowerShell's `$env:NAME` after a
 * password flag (`sqlcmd -P $env:SA_PASSWORD`) stays, and a shell variable's expansion
 * (`$NEO4J_PASSWORD`) is no key, so the quoted argument after it (a query) is no value of it.
 * The same commands given the password itself, and SQL's `PASSWORD 'v'`, are still masked.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed, secretFrom } from "./test_support.ts";

Deno.test("a variable given as a command's password, and the argument after it, stay", () => {
  const lines = [
    'sqlcmd -S db1,1433 -U sa -P $env:SA_PASSWORD -d crm -Q "SELECT @@VERSION"',
    "PS> sqlcmd -S tcp:db1 -U sa -P $ENV:MSSQL_SA_PASSWORD -i init.sql",
    'cypher-shell -a bolt://graph-1:7687 -u neo4j -p $NEO4J_PASSWORD "MATCH (n) RETURN count(n)"',
    "echo $DB_PASSWORD 'is read from the environment'",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});

Deno.test("the password itself after the flag, or quoted after a password word, is masked", () => {
  const random = seededRandom(0x3e71);
  const leaks: string[] = [];
  for (let k = 0; k < 6; k++) {
    const v = secretFrom(random);
    for (
      const line of [
        `sqlcmd -S db1,1433 -U sa -P '${v}' -d crm`,
        `cypher-shell -a bolt://graph-1:7687 -u neo4j -p '${v}' "MATCH (n) RETURN count(n)"`,
        `ALTER ROLE app PASSWORD '${v}';`,
        `CREATE USER app WITH PASSWORD '${v}'`,
      ]
    ) if (scrubWholeAndStreamed(line).includes(v)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});
