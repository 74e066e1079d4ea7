/**
 * Personal data the blind locales corpus (../corpus/pii_locales7.jsonl) found leaking, by form:
 * the same kinds of values as in English logs, under field names and in scripts of other
 * languages. Each test holds one form, written as such logs write it, with values and words not
 * taken from the corpus, and the look-alikes that must stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("names, addresses and birth dates under field names of other languages are masked, also in scripts without capitals", () => {
  deepStrictEqual(
    leaksOf([
      [`{"volledige naam":"Femke Bakker","status":"actief"}`, "Femke Bakker"],
      [`ad_soyad=Emre Kaya sipariş=1`, "Emre Kaya"],
      [`{"氏名":"鈴木 一郎"}`, "鈴木 一郎"],
      [`客户姓名: 刘洋, 订单已创建`, "刘洋"],
      [`성명=최수아 상태=활성`, "최수아"],
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
      [`<adresse>14 rue Oberkampf, 75011 Paris</adresse>`, "14 rue Oberkampf, 75011 Paris"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      `Serveradresse: db-primary.intern`,
      `E-Mail-Adresse bestätigt`,
      `адрес сервера: db-primary`,
      `llx-table rendered 42 rows`,
      `rendered: 42 rows in 3 ms`,
      `MAC-Adresse: 00:1A:2B:3C:4D:5E`.slice(0, 12),
      `geboren: 1985 Modelljahr`,
    ]),
    [],
  );
});

Deno.test("phone numbers after words of other languages are masked: Cyrillic, CJK and Hangul words, tél, telemóvel, komórka, contato, -nummer, -numero, numarası", () => {
  deepStrictEqual(
    leaksOf([
      [`tél. : 0623456781`, "0623456781"],
      [`{"telemóvel":"912 345 678"}`, "912 345 678"],
      [`komórka: 601 234 567`, "601 234 567"],
      [`"tel_contato":"21 3456 7890"`, "21 3456 7890"],
      [`mobilnummer=0701234567`, "0701234567"],
      [`puhelinnumero 045 123 4567`, "045 123 4567"],
      [`"cep telefonu numarası":"05321234567"`, "05321234567"],
      [`номер телефона: 8 916 123-45-67`, "8 916 123-45-67"],
      [`мобильный 89161234567`, "89161234567"],
      [`電話番号=09012345678`, "09012345678"],
      [`携帯電話: 08098765432`, "08098765432"],
      [`联系电话 13712345678`, "13712345678"],
      [`手机号:15912345678`, "15912345678"],
      [`연락처 01098765432`, "01098765432"],
      [`휴대폰: 01187654321`, "01187654321"],
      [`celular="0XX21 98765-4321"`, "0XX21 98765-4321"],
      [`Durchwahl: 089 4567123-45`, "089 4567123-45"],
      [`chat https://wa.me/4915112345678?text=hallo`, "4915112345678"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      `contatore: 12345678 giri`,
      `telemetry 123456789 events`,
      `Lauf 030 2024-01 beendet`,
      `телеметрия 123456789`,
    ]),
    [],
  );
});

Deno.test("MAC addresses in H3C and HP notations and after a RADIUS Calling-Station-Id are masked; digits alone need a station word", () => {
  deepStrictEqual(
    leaksOf([
      [`MAC地址 a4b2-c3d4-e5f6 上线`, "a4b2-c3d4-e5f6"],
      [`arp entry 3C52-82AB-91F0 vlan 20`, "3C52-82AB-91F0"],
      [`wlan1: STA 5c0a9b-1f2e3d associated`, "5c0a9b-1f2e3d"],
      [`client 0011-2233-4455 joined`, "0011-2233-4455"],
      [`Calling-Station-Id = "A1B2C3D4E5F6"`, "A1B2C3D4E5F6"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      `whether build 2024-0315-1200 passed`,
      `mac build 2024-0315-1200 passed`,
      `mac job 123e4567-e89b-12d3-a456-426614174000`,
      `arp cache 0000-0000-0000 flushed`,
    ]),
    [],
  );
});

Deno.test("a lower-case IBAN after an account word of another language is masked", () => {
  deepStrictEqual(
    leaksOf([
      [`tilinumero: fi21 1234 5600 0007 85`, "fi21 1234 5600 0007 85"],
      [`"conta":"pt50000201231234567890154"`, "pt50000201231234567890154"],
      [`numer rachunku pl61 1090 1014 0000 0712 1981 2874`, "pl61 1090 1014 0000 0712 1981 2874"],
      [`hesap: tr330006100519786457841326`, "tr330006100519786457841326"],
      [`口座: de89 3704 0044 0532 0130 00`, "de89 3704 0044 0532 0130 00"],
    ]),
    [],
  );
});

Deno.test("passports, driving licences and identity cards named in other languages are masked, in their own layouts", () => {
  deepStrictEqual(
    leaksOf([
      [`paszport: EC1234567`, "EC1234567"],
      [`"pasaport no":"U12345678"`, "U12345678"],
      [`passnummer=87654321`, "87654321"],
      [`passin numero: FP1234567`, "FP1234567"],
      [`серия и номер паспорта: 45 06 123456`, "45 06 123456"],
      [`旅券番号: TR1234567`, "TR1234567"],
      [`护照号:E12345678`, "E12345678"],
      [`numer prawa jazdy: 00123/12/1234`, "00123/12/1234"],
      [`carné de conducir=12345678Z`, "12345678Z"],
      [`carta de condução: PO-123456 7`, "PO-123456 7"],
      [`körkort 19850314-1234`, "19850314-1234"],
      [`ehliyet no: 123456`, "123456"],
      [`運転免許証番号=123456789012`, "123456789012"],
      [`운전면허번호: 11-22-333333-44`, "11-22-333333-44"],
      [`dowód osobisty: ABC 523456`, "ABC 523456"],
      [`DL no: KA05 20190012345`, "KA05 20190012345"],
      [`driver_number=JONES710238HA3DX`, "JONES710238HA3DX"],
    ]),
    [],
  );
  deepStrictEqual(
    changed([
      `passport office closed, ref 4412`,
      `paszport gotowy do odbioru`,
      `driver number: 3 assigned`,
    ]),
    [],
  );
});

Deno.test("national numbers named in other languages are masked with their checks: Canadian SIN in French, Korean 주민번호", () => {
  deepStrictEqual(
    leaksOf([
      [`numéro d'assurance sociale: 046-454-286`, "046-454-286"],
      [`주민번호: 8001011234568`, "8001011234568"],
    ]),
    [],
  );
  // A number failing the SIN's Luhn check.
  deepStrictEqual(changed([`numéro d'assurance sociale: 046-454-287`]), []);
});

Deno.test("a phone word's compound in its own script, Japan's bracketed exchange and Poland's (0-22) are read; an IPv6 network prefix is no phone number", () => {
  deepStrictEqual(
    leaksOf([
      [`{"電話番号":"09087654321"}`, "09087654321"],
      [`{"휴대폰번호":"01033334444"}`, "01033334444"],
      [`電話: 03(5321)1111`, "03(5321)1111"],
      [`"komórka":"(0-12) 345-67-89"`, "(0-12) 345-67-89"],
      [`allow 2a02:8108:4c0:1::5/128 for the customer`, "2a02:8108:4c0:1::5"],
    ]),
    [],
  );
  deepStrictEqual(changed([`ticket 12(34)5678 closed`]), []);
  // A network's prefix is pseudonymised as an address, its length kept: never read as a phone.
  for (
    const line of [`IPv6 subnet 2a02:8108::/32 in eu-central`, `route 2001:67c:2e8::/48 via up`]
  ) {
    const text = scrubber.scrub(line).text;
    ok(/\[ipv6-address-compressed:[0-9a-f]{10}\]\/\d\d /.test(text), text);
  }
});
