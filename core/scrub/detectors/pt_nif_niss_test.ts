/**
 * A Portuguese NIF (número de contribuinte, nine digits) or NISS (número de segurança social,
 * eleven digits from 1 or 2) after its name is masked in the syntaxes an application's log writes
 * it in (JSON, logfmt, SQL, a Rails bind list, XML, a URL query, prose): the value must pass its
 * check digit, computed here from the published rules (NIF: 11 − the 9…2-weighted sum mod 11, 0
 * for 10 or 11; NISS: 9 − the sum weighted by the primes 29…2, mod 10). A value whose check digit
 * is wrong, or a valid one after another name, is kept. Values are seeded digits.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(2507);
const digit = () => Math.floor(random() * 10);
const digits = (n: number) => Array.from({ length: n }, digit).join("");
const sum = (body: string, weights: number[]) =>
  weights.reduce((s, w, i) => s + w * Number(body[i]), 0);

/** A NIF; with `wrong`, its check digit is off by one. */
function nif(wrong = false): string {
  const body = String(1 + Math.floor(random() * 9)) + digits(7);
  const check = (11 - (sum(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11 % 10;
  return body + (wrong ? (check + 1) % 10 : check);
}
/** A NISS; with `wrong`, its check digit is off by one. */
function niss(wrong = false): string {
  const body = String(1 + Math.floor(random() * 2)) + digits(9);
  const check = 9 - (sum(body, [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]) % 10);
  return body + (wrong ? (check + 1) % 10 : check);
}

const CARRIERS = [
  (k: string, v: string) => `{"level":"info","msg":"cliente atualizado","${k}":"${v}"}`,
  (k: string, v: string) => `ts=2025-03-01T10:00:00Z svc=faturacao ${k}=${v} estado=ativo`,
  (k: string, v: string) => `INSERT INTO clientes (id, ${k}, criado) VALUES (7, '${v}', now());`,
  (k: string, v: string) => `[["${k}", "${v}"], ["id", 42]]`,
  (k: string, v: string) => `<cliente><${k}>${v}</${k}></cliente>`,
  (k: string, v: string) => `GET /api/clientes?${k}=${v}&page=1 HTTP/1.1`,
];

Deno.test("a NIF or NISS after its name is masked", () => {
  const leaks: string[] = [];
  const names: [string, () => string][] = [
    ["nif", nif],
    ["contribuinte", nif],
    ["numero_contribuinte", nif],
    ["niss", niss],
    ["seguranca_social", niss],
    ["nif_fornecedor", nif],
    ["cliente_nif", nif],
  ];
  for (const [k, make] of names) {
    for (const carrier of CARRIERS) {
      const line = carrier(k, make());
      if (scrub(line) === line) leaks.push(line);
    }
  }
  for (
    const line of [`Contribuinte n.º ${nif()} pediu fatura`, `NISS: ${niss()} (segurança social)`]
  ) {
    if (scrub(line) === line) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a wrong check digit, or another name, keeps the number", () => {
  const changed: string[] = [];
  for (let k = 0; k < 6; k++) {
    for (
      const line of [
        `nif=${nif(true)} ok`,
        `{"niss":"${niss(true)}"}`,
        `order_id=${nif()} ok`,
        `{"invoice":"${niss()}"}`,
        // `nif` inside an English word names no NIF.
        `{"unified_id":"${nif()}"}`,
        `manifest_version=2 build=${nif()}`,
        `significant_rows=${nif()} uniform=1`,
      ]
    ) {
      if (scrub(line) !== line) changed.push(line);
    }
  }
  deepStrictEqual(changed, []);
});
