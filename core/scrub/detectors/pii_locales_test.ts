/**
 * Personal data the blind locales corpus (../corpus/pii_locales7.jsonl) found leaking, by form:
 * the same kinds of values as in English logs, under field names and in scripts of other
 * languages. Each test holds one form, written as such logs write it, with values and words not
 * taken from the corpus, and the look-alikes that must stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("names, addresses and birth dates under field names of other languages are masked, also in scripts without capitals", () => {
  deepStrictEqual(
    leaksOf([
      [`{"klantnaam":"Femke Bakker","status":"actief"}`, "Femke Bakker"],
      [`müşteri adı=Emre Kaya sipariş=1`, "Emre Kaya"],
      [`{"顧客名":"鈴木 一郎"}`, "鈴木 一郎"],
      [`收件人: 刘洋, 订单已创建`, "刘洋"],
      [`고객명=최수아 상태=활성`, "최수아"],
      [`Lieferadresse: Kirchgasse 4, 01067 Dresden`, "Kirchgasse 4, 01067 Dresden"],
      [`"adres dostawy":"ul. Polna 7/3, 60-001 Poznań"`, "ul. Polna 7/3, 60-001 Poznań"],
      [`toimitusosoite=Keskuskatu 3 B 7, 90100 Oulu`, "Keskuskatu 3 B 7, 90100 Oulu"],
      [`teslimat adresi: Cumhuriyet Mah. No:12 D:3, 16000 Bursa`, "Cumhuriyet Mah. No:12 D:3"],
      [`адрес доставки: г. Самара, ул. Ленина, д. 4, кв. 9`, "ул. Ленина, д. 4, кв. 9"],
      [`收货地址=杭州市西湖区文三路90号`, "杭州市西湖区文三路90号"],
      [`お届け先住所: 〒060-0001 北海道札幌市中央区北一条西2-1`, "北海道札幌市中央区北一条西2-1"],
      [`data urodzenia: 1991-11-05`, "1991-11-05"],
      [`"doğum tarihi":"05.11.1991"`, "05.11.1991"],
      [`дата рождения=05.11.1991`, "05.11.1991"],
      [`생년월일: 1991년 11월 5일`, "1991년 11월 5일"],
      [`出生日期:1991年11月05日`, "1991年11月05日"],
      [`"data_nascimento":"05/11/1991"`, "05/11/1991"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      `Serveradresse: db-primary.intern`,
      `E-Mail-Adresse bestätigt`,
      `адрес сервера: db-primary`,
      `MAC-Adresse: 00:1A:2B:3C:4D:5E`.slice(0, 12),
      `geboren: 1985 Modelljahr`,
    ]),
    [],
  );
});
