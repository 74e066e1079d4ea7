/**
 * The corpus's identifier builders (./pii_business6_ids.ts) produce valid check digits: fed the
 * choices behind published valid examples, each rebuilds the example exactly.
 */
import { ok, strictEqual } from "@node/assert";
import * as id from "./pii_business6_ids.ts";

/** A random source that replays given choices, one per call, in order. */
class Replay extends id.Rng {
  #q: string[];
  constructor(...q: string[]) {
    super(0);
    this.#q = q;
  }
  #take(): string {
    const v = this.#q.shift();
    if (v === undefined) throw new Error("no choice left to replay");
    return v;
  }
  override digits(): string {
    return this.#take();
  }
  override chars(): string {
    return this.#take();
  }
  override int(): number {
    return Number(this.#take());
  }
  override pick<T>(xs: readonly T[]): T {
    const v = this.#take();
    const x = xs.find((x) => String(x) === v);
    if (x === undefined) throw new Error(`${v} is not a choice`);
    return x;
  }
}

Deno.test("each identifier builder rebuilds a published valid example from its choices", () => {
  const cases: Array<[string, string]> = [
    [id.hetu(new Replay("308"), { d: 13, m: 10, y: 1952 }), "131052-308T"],
    [id.personnummer(new Replay("987"), { d: 18, m: 12, y: 1981 }), "811218-9876"],
    [id.tckn(new Replay("1", "00000001")), "10000000146"],
    [id.dni(new Replay("12345678")), "12345678Z"],
    [id.nric(new Replay("S", "1234567")), "S1234567D"],
    [id.gstin(new Replay("27", "F", "AAP", "U", "0939", "F", "1")), "27AAPFU0939F1ZV"],
    [id.nhs(new Replay("9", "43476591")), "9434765919"],
    [id.pesel(new Replay("0135"), { d: 14, m: 5, y: 1944 }), "44051401359"],
    [
      id.codiceFiscale(new Replay("RSS", "MR", "A", "A", "562"), { d: 10, m: 12, y: 1985 }, false),
      "RSSMRA85T10A562S",
    ],
    [id.cpf(new Replay("111444777")), "11144477735"],
    [id.cnpj(new Replay("11222333")), "11222333000181"],
    [id.ahv(new Replay("921707698")), "7569217076985"],
    [id.chinaId(new Replay("110105", "002"), { d: 31, m: 12, y: 1949 }), "11010519491231002X"],
    [id.myNumber(new Replay("1", "2345678901")), "123456789018"],
    [id.israelId(new Replay("12345678")), "123456782"],
    [id.npi(new Replay("1", "23456789")), "1234567893"],
    [id.saId(new Replay("5009", "0"), { d: 1, m: 1, y: 1980 }), "8001015009087"],
    [id.belgianNn(new Replay("33"), { d: 30, m: 7, y: 1985 }), "85073003328"],
    [id.iban("DE", "370400440532013000"), "DE89370400440532013000"],
    [id.iban("GB", "WEST12345698765432"), "GB82WEST12345698765432"],
  ];
  for (const [got, want] of cases) strictEqual(got, want);
  ok(id.verhoeffValid("2363") && id.verhoeffDigit("236") === "3");
  ok(id.luhnValid("4111111111111111") && !id.luhnValid("4111111111111112"));
});
