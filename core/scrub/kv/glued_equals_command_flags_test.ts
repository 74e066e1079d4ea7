/**
 * Flags glued to their value by the command's own sign (commands.ts FLAGS): Huawei obsutil's
 * `config -i=AK -k=SK -e=ENDPOINT` (`-sk=`, a security token's `-t=`) and Windows Remote Shell's
 * `winrs -u:USER -p:PASS`. Values are generated (seeded); the access key id, the endpoint, a flag
 * given nothing and the command's other flags are left alone.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed, secretFrom } from "./test_support.ts";

const random = seededRandom(0x0b5e);
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";
const draw = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");

Deno.test("obsutil's -k=/-sk=/-t= and winrs's -p: values are masked, the rest kept", () => {
  const problems: string[] = [];
  for (let k = 0; k < 12; k++) {
    const id = draw(UPPER, 20), sk = draw(ALNUM, 40), token = draw(ALNUM, 48);
    const password = secretFrom(random);
    const lines: [string, string[]][] = [
      [`./obsutil config -i=${id} -k=${sk} -e=obs.eu-west-101.example.com`, [sk]],
      [`obsutil config -i=${id} -sk=${sk} -t=${token} -e=obs.example.com`, [sk, token]],
      [`winrs -r:srv${k} -u:svc_ops -p:${password} ipconfig /all`, [password]],
    ];
    for (const [line, secrets] of lines) {
      const out = scrubWholeAndStreamed(line);
      if (secrets.some((s) => out.includes(s)) || !out.includes(id) && line.includes(id)) {
        problems.push(`${line} -> ${out}`);
      }
      if (!out.includes("-e=obs.") && line.includes("-e=obs.")) problems.push(out);
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("obsutil and winrs lines with no secret are kept", () => {
  const lines = [
    "obsutil ls obs://bucket-logs -limit=10",
    "obsutil cp ./report.csv obs://bucket-logs/2026/ -f -tasks=8",
    "obsutil config -interactive",
    "winrs -r:srv01 -u:svc_ops ipconfig",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
