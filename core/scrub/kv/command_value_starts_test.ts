/**
 * commandValues first searches once for anything one of its readers starts from (a command at a
 * word boundary, or the word of one of its other forms) and reads nothing more on a line without
 * one: a line holds `7z` or `az` far more often inside a word (`.097Z` of a timestamp, a pod or
 * token name) than as a command.
 */
import { deepStrictEqual, notStrictEqual, strictEqual } from "@node/assert";
import { commandValues, mayHoldCommandValue } from "./commands.ts";
import { builtinDetectors } from "../detectors/mod.ts";
import { examplesOf } from "../detectors/examples/mod.ts";

Deno.test("a command's letters inside a word start no reading", () => {
  for (
    const line of [
      '{"ts":"2026-03-02T11:00:00.097Z","level":"info","msg":"ok"}',
      "2026-03-02T11:00:00.097Z INFO k8s: Pod api-9gk6rwxd7m-7zn9c Started container",
      '{"routing":"kBXlQ4SrccHMyjidqlJT8AZ7f0BXrSapNo5","tenant":"t-7199de"}',
      "upload 7zip-archive done; bazaar open; net_total=12 mysql_version=8",
    ]
  ) {
    strictEqual(mayHoldCommandValue(line), false, line);
    deepStrictEqual(commandValues(line), [], line);
  }
});

/** Each form the reader knows besides a command's flags, with the value it must find there. */
const FORMS: readonly [string, string][] = [
  ["::add-mask::Rp9xq2Lz", "Rp9xq2Lz"],
  ["CREATE USER app IDENTIFIED BY 'Rp9xq2Lz';", "Rp9xq2Lz"],
  ["alter user app identified with mysql_native_password by 'Rp9xq2Lz'", "Rp9xq2Lz"],
  ['$p = ConvertTo-SecureString "Rp9xq2Lz" -AsPlainText -Force', "Rp9xq2Lz"],
  ["7z a -pRp9xq2Lz backup.7z /data", "Rp9xq2Lz"],
  ["az login -u ci@example.com -p Rp9xq2Lz", "Rp9xq2Lz"],
  ["/usr/bin/curl -u deploy:Rp9xq2Lz https://ci.example.com", "Rp9xq2Lz"],
];

Deno.test("every form of the command reader is still read, beside a timestamp's .097Z", () => {
  const cli = builtinDetectors().find((d) => d.id === "cli-password-flag");
  notStrictEqual(cli, undefined);
  const forms = [
    ...FORMS,
    ...examplesOf(cli!).positive.map(({ text, secret }): [string, string] => [text, secret]),
  ];
  for (const [form, secret] of forms) {
    for (const line of [form, `2026-03-02T11:00:00.097Z ${form}`]) {
      strictEqual(mayHoldCommandValue(line), true, line);
      const found = commandValues(line).map(({ start, end }) => line.slice(start, end));
      strictEqual(found.includes(secret), true, `${line}: ${JSON.stringify(found)}`);
    }
  }
});
