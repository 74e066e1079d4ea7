/**
 * A blind corpus of personal data in logs written in other languages and locales (issue 10's PII
 * list), written without reading the detectors, the key/value reader or the other corpora: log
 * lines, JSON and key=value records whose field names and messages are German, French, Spanish,
 * Portuguese, Italian, Dutch, Polish, Swedish, Finnish, Turkish, Russian, Japanese, Chinese,
 * Korean or Hindi-English, and English ones; phone numbers in national formats, IPv6/IPv4/MAC in
 * every notation, SSNs, national identifiers with valid check digits, passports and licences
 * named in the local language, IBANs, cards, crypto addresses, internationalized e-mail, names,
 * addresses and dates of birth; and ~40 % benign look-alikes in the same languages.
 *
 *   deno run --allow-write core/scrub/corpus/gen_pii_locales7.ts   # rewrites pii_locales7.jsonl
 */
import type { LabelledCase } from "./case_shape.ts";
import * as I from "./pii_locales7_ids.ts";
import { specialAddressesMasked } from "./special_addresses.ts";

type Random = I.Random;
const { digits, int, pick } = I;

export const PII_LOCALES7_FILE = new URL("./pii_locales7.jsonl", import.meta.url);

export interface Locales7Case extends LabelledCase {
  type: string;
}

/** Each case as one JSON line, in order. */
export function piiLocales7Text(cases: readonly Locales7Case[]): string {
  return cases.map((c) => JSON.stringify(c)).join("\n") + "\n";
}

// ---- how a record is written: a log line, JSON or key=value, with a timestamp and a service ----

const SERVICES = [
  "checkout",
  "crm-sync",
  "kyc-api",
  "billing",
  "support-desk",
  "onboarding",
  "sms-gw",
];

function stamp(r: Random): string {
  const m = int(r, 1, 12),
    d = int(r, 1, 28),
    h = int(r, 0, 23),
    mi = int(r, 0, 59),
    s = int(r, 0, 59);
  const p = (n: number) => String(n).padStart(2, "0");
  return `2024-${p(m)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}.${
    String(int(r, 0, 999)).padStart(3, "0")
  }Z`;
}

/** One record holding `key: value` and a message, in one of three syntaxes. */
function record(r: Random, msg: string, pairs: [string, string][]): string {
  const svc = pick(r, SERVICES);
  const level = pick(r, ["INFO", "WARN", "DEBUG", "ERROR"]);
  switch (int(r, 0, 2)) {
    case 0: {
      const obj: Record<string, string> = { ts: stamp(r), level: level.toLowerCase(), svc, msg };
      for (const [k, v] of pairs) obj[k] = v;
      return JSON.stringify(obj);
    }
    case 1: {
      const kv = pairs.map(([k, v]) => `${k}=${/[\s"]/.test(v) ? JSON.stringify(v) : v}`);
      return `ts=${stamp(r)} level=${level.toLowerCase()} svc=${svc} msg=${JSON.stringify(msg)} ${
        kv.join(" ")
      }`;
    }
    default:
      return `${stamp(r)} ${level} [${svc}] ${msg}: ${
        pairs.map(([k, v]) => `${k}: ${v}`).join(", ")
      }`;
  }
}

// ---- the languages: field names and messages ----

interface Locale {
  code: string;
  phone: string[];
  email: string[];
  name: string[];
  address: string[];
  dob: string[];
  passport: string[];
  licence: string[];
  msgs: string[];
  order: string[];
  benignMsgs: string[];
}

const L: Locale[] = [
  {
    code: "de",
    phone: ["Telefon", "Tel.", "Rufnummer", "Handynummer", "Mobilnummer", "telefonnummer"],
    email: ["E-Mail", "E-Mail-Adresse", "Mailadresse"],
    name: ["Name", "Kundenname", "Vor- und Nachname"],
    address: ["Anschrift", "Lieferadresse", "Wohnanschrift"],
    dob: ["Geburtsdatum", "geb."],
    passport: ["Reisepassnummer", "Reisepass-Nr."],
    licence: ["Führerscheinnummer", "Führerschein-Nr."],
    msgs: [
      "Kunde angelegt",
      "Rückruf angefordert",
      "Kontaktdaten geändert",
      "Zahlung fehlgeschlagen",
    ],
    order: ["Bestellnummer", "Rechnungsnummer", "Vorgangsnummer", "Ticket-Nr."],
    benignMsgs: [
      "Bestellung versendet",
      "Rechnung erzeugt",
      "Job beendet",
      "Lagerbestand aktualisiert",
    ],
  },
  {
    code: "fr",
    phone: ["téléphone", "tél.", "numéro de téléphone", "portable", "telephone_mobile"],
    email: ["e-mail", "courriel", "adresse_email"],
    name: ["nom complet", "nom_client", "titulaire"],
    address: ["adresse", "adresse_postale", "adresse de livraison"],
    dob: ["date de naissance", "date_naissance", "né le"],
    passport: ["numéro de passeport", "passeport"],
    licence: ["numéro de permis de conduire", "permis de conduire"],
    msgs: ["client créé", "rappel demandé", "coordonnées mises à jour", "échec du paiement"],
    order: ["numéro de commande", "n° de facture", "référence dossier", "ticket n°"],
    benignMsgs: ["commande expédiée", "facture générée", "tâche terminée", "stock mis à jour"],
  },
  {
    code: "es",
    phone: ["teléfono", "tel.", "móvil", "número de teléfono", "telefono_movil"],
    email: ["correo electrónico", "correo", "email_cliente"],
    name: ["nombre completo", "nombre_cliente", "titular"],
    address: ["dirección", "domicilio", "direccion_envio"],
    dob: ["fecha de nacimiento", "fecha_nacimiento", "nacido el"],
    passport: ["número de pasaporte", "pasaporte"],
    licence: ["carné de conducir", "permiso de conducir"],
    msgs: [
      "cliente registrado",
      "llamada solicitada",
      "datos de contacto actualizados",
      "pago rechazado",
    ],
    order: ["número de pedido", "nº de factura", "expediente", "ticket nº"],
    benignMsgs: ["pedido enviado", "factura generada", "tarea terminada", "inventario actualizado"],
  },
  {
    code: "pt",
    phone: ["telefone", "celular", "telemóvel", "número de telefone", "tel_contato"],
    email: ["e-mail", "endereço de e-mail", "email_contato"],
    name: ["nome completo", "nome_cliente", "titular"],
    address: ["endereço", "morada", "endereco_entrega"],
    dob: ["data de nascimento", "data_nascimento", "nascido em"],
    passport: ["número do passaporte", "passaporte"],
    licence: ["CNH", "carta de condução"],
    msgs: [
      "cliente cadastrado",
      "retorno solicitado",
      "dados de contato atualizados",
      "pagamento recusado",
    ],
    order: ["número do pedido", "nota fiscal nº", "protocolo", "chamado nº"],
    benignMsgs: ["pedido enviado", "nota fiscal emitida", "tarefa concluída", "estoque atualizado"],
  },
  {
    code: "it",
    phone: ["telefono", "cellulare", "numero di telefono", "tel."],
    email: ["posta elettronica", "e-mail", "indirizzo_email"],
    name: ["nome e cognome", "nominativo", "intestatario"],
    address: ["indirizzo", "residenza", "indirizzo di spedizione"],
    dob: ["data di nascita", "data_nascita", "nato il"],
    passport: ["numero passaporto", "passaporto"],
    licence: ["patente di guida", "numero patente"],
    msgs: [
      "cliente registrato",
      "richiamata richiesta",
      "recapiti aggiornati",
      "pagamento rifiutato",
    ],
    order: ["numero ordine", "fattura n.", "pratica n.", "ticket n."],
    benignMsgs: ["ordine spedito", "fattura generata", "job completato", "magazzino aggiornato"],
  },
  {
    code: "nl",
    phone: ["telefoonnummer", "telefoon", "mobiel nummer", "tel."],
    email: ["e-mailadres", "emailadres"],
    name: ["volledige naam", "klantnaam", "naam"],
    address: ["adres", "woonadres", "afleveradres"],
    dob: ["geboortedatum", "geb. datum"],
    passport: ["paspoortnummer", "paspoort"],
    licence: ["rijbewijsnummer", "rijbewijs"],
    msgs: ["klant aangemaakt", "terugbelverzoek", "contactgegevens gewijzigd", "betaling mislukt"],
    order: ["ordernummer", "factuurnummer", "dossiernummer", "ticketnummer"],
    benignMsgs: [
      "bestelling verzonden",
      "factuur aangemaakt",
      "taak voltooid",
      "voorraad bijgewerkt",
    ],
  },
  {
    code: "pl",
    phone: ["telefon", "nr telefonu", "numer telefonu", "komórka"],
    email: ["adres e-mail", "e-mail"],
    name: ["imię i nazwisko", "nazwisko", "klient"],
    address: ["adres", "adres zamieszkania", "adres dostawy"],
    dob: ["data urodzenia", "data_urodzenia"],
    passport: ["numer paszportu", "paszport"],
    licence: ["prawo jazdy", "numer prawa jazdy"],
    msgs: [
      "utworzono klienta",
      "prośba o kontakt",
      "zmieniono dane kontaktowe",
      "płatność odrzucona",
    ],
    order: ["numer zamówienia", "nr faktury", "numer zgłoszenia", "nr sprawy"],
    benignMsgs: [
      "zamówienie wysłane",
      "faktura wystawiona",
      "zadanie zakończone",
      "stan magazynu zaktualizowany",
    ],
  },
  {
    code: "sv",
    phone: ["telefonnummer", "telefon", "mobilnummer", "tfn"],
    email: ["e-postadress", "e-post"],
    name: ["namn", "fullständigt namn", "kundnamn"],
    address: ["adress", "gatuadress", "leveransadress"],
    dob: ["födelsedatum", "född"],
    passport: ["passnummer", "pass nr"],
    licence: ["körkortsnummer", "körkort"],
    msgs: [
      "kund skapad",
      "återuppringning begärd",
      "kontaktuppgifter ändrade",
      "betalning misslyckades",
    ],
    order: ["ordernummer", "fakturanummer", "ärendenummer", "biljett nr"],
    benignMsgs: ["order skickad", "faktura skapad", "jobb klart", "lagersaldo uppdaterat"],
  },
  {
    code: "fi",
    phone: ["puhelinnumero", "puhelin", "matkapuhelin", "puh."],
    email: ["sähköposti", "sähköpostiosoite"],
    name: ["nimi", "koko nimi", "asiakkaan nimi"],
    address: ["osoite", "katuosoite", "toimitusosoite"],
    dob: ["syntymäaika", "syntynyt"],
    passport: ["passin numero", "passi"],
    licence: ["ajokortin numero", "ajokortti"],
    msgs: ["asiakas luotu", "soittopyyntö", "yhteystiedot päivitetty", "maksu epäonnistui"],
    order: ["tilausnumero", "laskun numero", "tikettinumero", "asianumero"],
    benignMsgs: ["tilaus lähetetty", "lasku luotu", "ajo valmis", "varasto päivitetty"],
  },
  {
    code: "tr",
    phone: ["telefon", "cep telefonu", "telefon numarası", "tel"],
    email: ["e-posta", "e-posta adresi"],
    name: ["ad soyad", "müşteri adı", "adı soyadı"],
    address: ["adres", "teslimat adresi", "ikamet adresi"],
    dob: ["doğum tarihi", "dogum_tarihi"],
    passport: ["pasaport numarası", "pasaport no"],
    licence: ["ehliyet no", "sürücü belgesi"],
    msgs: [
      "müşteri oluşturuldu",
      "geri arama talebi",
      "iletişim bilgileri güncellendi",
      "ödeme reddedildi",
    ],
    order: ["sipariş no", "fatura no", "talep numarası", "bilet no"],
    benignMsgs: ["sipariş kargolandı", "fatura oluşturuldu", "iş tamamlandı", "stok güncellendi"],
  },
  {
    code: "ru",
    phone: ["телефон", "тел.", "мобильный", "номер телефона"],
    email: ["эл. почта", "электронная почта", "email"],
    name: ["ФИО", "клиент", "фамилия и имя"],
    address: ["адрес", "адрес доставки", "адрес регистрации"],
    dob: ["дата рождения", "д.р."],
    passport: ["паспорт", "номер паспорта"],
    licence: ["водительское удостоверение", "ВУ"],
    msgs: ["клиент создан", "запрошен обратный звонок", "контакты обновлены", "платёж отклонён"],
    order: ["номер заказа", "счёт №", "заявка №", "тикет №"],
    benignMsgs: ["заказ отправлен", "счёт сформирован", "задача завершена", "остатки обновлены"],
  },
  {
    code: "ja",
    phone: ["電話番号", "携帯電話", "連絡先電話番号", "TEL"],
    email: ["メールアドレス", "メール"],
    name: ["氏名", "お名前", "顧客名"],
    address: ["住所", "お届け先住所"],
    dob: ["生年月日"],
    passport: ["旅券番号", "パスポート番号"],
    licence: ["運転免許証番号", "免許証番号"],
    msgs: ["会員登録完了", "折り返し電話依頼", "連絡先を更新しました", "決済に失敗しました"],
    order: ["注文番号", "請求書番号", "問い合わせ番号", "チケット番号"],
    benignMsgs: ["注文を発送しました", "請求書を作成しました", "ジョブ完了", "在庫を更新しました"],
  },
  {
    code: "zh",
    phone: ["手机号", "电话", "联系电话", "手机号码"],
    email: ["邮箱", "电子邮件"],
    name: ["姓名", "客户姓名", "收件人"],
    address: ["地址", "收货地址", "住址"],
    dob: ["出生日期", "生日"],
    passport: ["护照号", "护照号码"],
    licence: ["驾驶证号", "驾照号"],
    msgs: ["用户注册成功", "客户请求回电", "联系方式已更新", "支付失败"],
    order: ["订单号", "发票号", "工单号", "流水号"],
    benignMsgs: ["订单已发货", "发票已生成", "任务完成", "库存已更新"],
  },
  {
    code: "ko",
    phone: ["전화번호", "휴대폰", "연락처", "휴대전화번호"],
    email: ["이메일", "전자우편"],
    name: ["성명", "고객명", "이름"],
    address: ["주소", "배송지", "거주지 주소"],
    dob: ["생년월일"],
    passport: ["여권번호"],
    licence: ["운전면허번호", "운전면허증"],
    msgs: ["회원 가입 완료", "콜백 요청", "연락처 변경됨", "결제 실패"],
    order: ["주문번호", "송장번호", "문의번호", "티켓번호"],
    benignMsgs: ["주문 발송됨", "청구서 생성됨", "작업 완료", "재고 갱신됨"],
  },
  {
    code: "hi",
    phone: ["mobile no", "फ़ोन नंबर", "mobile_number", "contact no."],
    email: ["ईमेल", "email id"],
    name: ["naam", "नाम", "customer name"],
    address: ["pata", "पता", "address"],
    dob: ["जन्म तिथि", "DOB"],
    passport: ["passport no", "पासपोर्ट संख्या"],
    licence: ["DL no", "ड्राइविंग लाइसेंस"],
    msgs: [
      "grahak registered ho gaya",
      "callback request aaya",
      "KYC update hua",
      "payment fail ho gaya",
    ],
    order: ["order id", "invoice no", "ticket no", "complaint no"],
    benignMsgs: ["order dispatch ho gaya", "invoice ban gaya", "job complete", "stock update hua"],
  },
  {
    code: "en",
    phone: ["phone", "mobile", "contact_number", "msisdn", "callback_number"],
    email: ["email", "contact_email", "user_email"],
    name: ["full_name", "customer", "account holder"],
    address: ["address", "shipping_address", "home address"],
    dob: ["date of birth", "dob"],
    passport: ["passport number", "passport_no"],
    licence: ["driver's license", "driving licence number"],
    msgs: ["customer created", "callback requested", "contact details changed", "payment declined"],
    order: ["order number", "invoice", "ticket", "case id"],
    benignMsgs: ["order shipped", "invoice generated", "job finished", "inventory updated"],
  },
];
const loc = (code: string) => L.find((l) => l.code === code)!;

// ---- phone numbers in national formats ----

type PhoneMaker = (r: Random) => string;

/** Per country (and the locale whose words label it): national forms, then international ones. */
const PHONES: [string, string, PhoneMaker[]][] = [
  ["DE", "de", [
    (r) => `030 ${digits(r, 8)}`,
    (r) => `0${pick(r, ["151", "160", "171", "176"])} ${digits(r, 8)}`,
    (r) => `089/${digits(r, 7)}`,
    (r) => `+49 (0)${pick(r, ["40", "69", "221"])} ${digits(r, 4)} ${digits(r, 4)}`,
    (r) => `0049 ${pick(r, ["30", "89"])} ${digits(r, 8)}`,
    (r) => `0${pick(r, ["711", "211"])}-${digits(r, 6)}-${digits(r, 2)}`,
  ]],
  ["AT", "de", [(r) => `0664 ${digits(r, 7)}`, (r) => `+43 1 ${digits(r, 3)} ${digits(r, 4)}`]],
  ["CH", "de", [
    (r) => `044 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `079 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
  ]],
  ["FR", "fr", [
    (r) => `0${int(r, 1, 5)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `06.${digits(r, 2)}.${digits(r, 2)}.${digits(r, 2)}.${digits(r, 2)}`,
    (r) => `07${digits(r, 8)}`,
    (r) => `+33 (0)6 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `0033 1 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `06-${digits(r, 2)}-${digits(r, 2)}-${digits(r, 2)}-${digits(r, 2)}`,
  ]],
  ["BE", "fr", [
    (r) => `0470 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `02 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
  ]],
  ["ES", "es", [
    (r) => `6${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`,
    (r) => `91 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `+34 6${digits(r, 8)}`,
    (r) => `0034 93 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `7${digits(r, 8)}`,
  ]],
  ["MX", "es", [
    (r) => `55 ${digits(r, 4)} ${digits(r, 4)}`,
    (r) => `(33) ${digits(r, 4)}-${digits(r, 4)}`,
    (r) => `+52 1 55 ${digits(r, 4)} ${digits(r, 4)}`,
  ]],
  ["AR", "es", [
    (r) => `011 4${digits(r, 3)}-${digits(r, 4)}`,
    (r) => `+54 9 11 ${digits(r, 4)}-${digits(r, 4)}`,
  ]],
  ["BR", "pt", [
    (r) => `(11) 9${digits(r, 4)}-${digits(r, 4)}`,
    (r) => `(21) ${int(r, 2, 3)}${digits(r, 3)}-${digits(r, 4)}`,
    (r) => `11 9${digits(r, 4)} ${digits(r, 4)}`,
    (r) => `+55 11 9${digits(r, 4)}-${digits(r, 4)}`,
    (r) => `0XX11 9${digits(r, 4)}-${digits(r, 4)}`,
  ]],
  ["PT", "pt", [
    (r) => `91${digits(r, 1)} ${digits(r, 3)} ${digits(r, 3)}`,
    (r) => `21 ${digits(r, 3)} ${digits(r, 4)}`,
    (r) => `+351 96${digits(r, 7)}`,
  ]],
  ["IT", "it", [
    (r) => `06 ${digits(r, 4)} ${digits(r, 4)}`,
    (r) => `3${pick(r, ["33", "47", "28"])} ${digits(r, 3)} ${digits(r, 4)}`,
    (r) => `02-${digits(r, 8)}`,
    (r) => `+39 3${digits(r, 2)} ${digits(r, 7)}`,
    (r) => `0039 06 ${digits(r, 8)}`,
  ]],
  ["NL", "nl", [
    (r) => `06-${digits(r, 8)}`,
    (r) => `020-${digits(r, 3)} ${digits(r, 4)}`,
    (r) => `06 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `+31 (0)6 ${digits(r, 8)}`,
  ]],
  ["PL", "pl", [
    (r) => `${pick(r, ["5", "6", "7", "8"])}${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`,
    (r) => `22 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `+48 ${digits(r, 3)}-${digits(r, 3)}-${digits(r, 3)}`,
    (r) => `(0-22) ${digits(r, 3)}-${digits(r, 2)}-${digits(r, 2)}`,
  ]],
  ["SE", "sv", [
    (r) => `070-${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `08-${digits(r, 3)} ${digits(r, 3)} ${digits(r, 2)}`,
    (r) => `+46 (0)70 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `073${digits(r, 7)}`,
  ]],
  ["NO", "sv", [
    (r) => `${pick(r, ["4", "9"])}${digits(r, 2)} ${digits(r, 2)} ${digits(r, 3)}`,
    (r) => `+47 ${digits(r, 8)}`,
  ]],
  ["FI", "fi", [
    (r) => `040 ${digits(r, 3)} ${digits(r, 4)}`,
    (r) => `050-${digits(r, 7)}`,
    (r) => `09 ${digits(r, 4)} ${digits(r, 4)}`,
    (r) => `+358 40 ${digits(r, 7)}`,
  ]],
  ["TR", "tr", [
    (r) => `0532 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `(0212) ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
    (r) => `+90 5${digits(r, 2)} ${digits(r, 3)} ${digits(r, 4)}`,
    (r) => `05${digits(r, 9)}`,
  ]],
  ["RU", "ru", [
    (r) => `8 (495) ${digits(r, 3)}-${digits(r, 2)}-${digits(r, 2)}`,
    (r) => `8 9${digits(r, 2)} ${digits(r, 3)}-${digits(r, 2)}-${digits(r, 2)}`,
    (r) => `+7 (9${digits(r, 2)}) ${digits(r, 3)}-${digits(r, 2)}-${digits(r, 2)}`,
    (r) => `89${digits(r, 9)}`,
  ]],
  ["JP", "ja", [
    (r) => `03-${digits(r, 4)}-${digits(r, 4)}`,
    (r) => `090-${digits(r, 4)}-${digits(r, 4)}`,
    (r) => `080${digits(r, 8)}`,
    (r) => `+81 90-${digits(r, 4)}-${digits(r, 4)}`,
    (r) => `06(${digits(r, 4)})${digits(r, 4)}`,
  ]],
  ["CN", "zh", [
    (r) => `13${digits(r, 9)}`,
    (r) => `1${pick(r, ["38", "59", "86"])} ${digits(r, 4)} ${digits(r, 4)}`,
    (r) => `010-${digits(r, 8)}`,
    (r) => `+86 139-${digits(r, 4)}-${digits(r, 4)}`,
    (r) => `0755-${digits(r, 8)}`,
  ]],
  ["KR", "ko", [
    (r) => `010-${digits(r, 4)}-${digits(r, 4)}`,
    (r) => `02-${digits(r, 3)}-${digits(r, 4)}`,
    (r) => `01${pick(r, ["0", "1"])}${digits(r, 8)}`,
    (r) => `+82 10-${digits(r, 4)}-${digits(r, 4)}`,
  ]],
  ["IN", "hi", [
    (r) => `${pick(r, ["98", "99", "70", "81"])}${digits(r, 3)} ${digits(r, 5)}`,
    (r) => `0${pick(r, ["98", "91"])}${digits(r, 8)}`,
    (r) => `022 ${digits(r, 4)} ${digits(r, 4)}`,
    (r) => `+91-${pick(r, ["98", "97"])}${digits(r, 8)}`,
    (r) => `0091 ${pick(r, ["99", "88"])}${digits(r, 3)} ${digits(r, 5)}`,
  ]],
  ["US", "en", [
    (r) =>
      `(${pick(r, ["415", "212", "312", "646"])}) ${int(r, 2, 9)}${digits(r, 2)}-${digits(r, 4)}`,
    (r) => `${pick(r, ["206", "303", "512"])}.${int(r, 2, 9)}${digits(r, 2)}.${digits(r, 4)}`,
    (r) => `1-${pick(r, ["617", "702"])}-${int(r, 2, 9)}${digits(r, 2)}-${digits(r, 4)}`,
    (r) =>
      `+1 ${pick(r, ["415", "929"])} ${int(r, 2, 9)}${digits(r, 2)} ${digits(r, 4)} ext. ${
        digits(r, 3)
      }`,
    (r) =>
      `${pick(r, ["213", "404"])}-${int(r, 2, 9)}${digits(r, 2)}-${digits(r, 4)} x${digits(r, 4)}`,
    (r) => `001 ${pick(r, ["650", "917"])} ${int(r, 2, 9)}${digits(r, 2)} ${digits(r, 4)}`,
  ]],
  ["CA", "en", [
    (r) => `(${pick(r, ["416", "604"])}) ${int(r, 2, 9)}${digits(r, 2)}-${digits(r, 4)}`,
  ]],
  ["GB", "en", [
    (r) => `07${pick(r, ["911", "723", "801"])} ${digits(r, 6)}`,
    (r) => `020 7${digits(r, 3)} ${digits(r, 4)}`,
    (r) => `(0161) ${digits(r, 3)} ${digits(r, 4)}`,
    (r) => `+44 (0)7${digits(r, 3)} ${digits(r, 6)}`,
    (r) => `0044 20 ${digits(r, 4)} ${digits(r, 4)}`,
  ]],
  ["IE", "en", [
    (r) => `087 ${digits(r, 3)} ${digits(r, 4)}`,
    (r) => `(01) ${digits(r, 3)} ${digits(r, 4)}`,
  ]],
  ["AU", "en", [
    (r) => `04${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`,
    (r) => `(02) ${digits(r, 4)} ${digits(r, 4)}`,
    (r) => `+61 4${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`,
  ]],
  ["ZA", "en", [
    (r) => `082 ${digits(r, 3)} ${digits(r, 4)}`,
    (r) => `011 ${digits(r, 3)} ${digits(r, 4)}`,
  ]],
  ["SG", "en", [
    (r) => `${pick(r, ["8", "9"])}${digits(r, 3)} ${digits(r, 4)}`,
    (r) => `+65 6${digits(r, 3)} ${digits(r, 4)}`,
  ]],
  ["IL", "en", [(r) => `05${int(r, 0, 8)}-${digits(r, 3)}-${digits(r, 4)}`]],
  ["GR", "en", [
    (r) => `210 ${digits(r, 3)} ${digits(r, 4)}`,
    (r) => `69${digits(r, 1)} ${digits(r, 3)} ${digits(r, 4)}`,
  ]],
  ["E164", "en", [
    (r) =>
      `+${pick(r, ["49", "33", "34", "39", "48", "46", "90", "81", "82", "86", "91"])}${
        digits(r, 10)
      }`,
  ]],
];

// ---- e-mail addresses with Unicode or punycode ----

const EMAILS = [
  "jürgen.groß@müller-bau.de",
  "françois.lefèvre@exemple.fr",
  "josé.garcía@correo.es",
  "joão.conceição@empresa.com.br",
  "łukasz.wójcik@poczta.pl",
  "åsa.öberg@företag.se",
  "väinö.mäkelä@yritys.fi",
  "çağrı.yılmaz@örnek.com.tr",
  "иван.петров@почта.рф",
  "пользователь@пример.рус",
  "山田太郎@例え.jp",
  "たなか@メール.jp",
  "用户@例子.广告",
  "王伟@公司.中国",
  "김민준@회사.한국",
  "अजय@डाटा.भारत",
  "राहुल.शर्मा@example.in",
  "δοκιμή@παράδειγμα.ελ",
  "maria@xn--mller-kva.de",
  "kontakt.kunde@xn--bcher-kva.example",
  "anna@xn--80ak6aa92e.com",
  "li.wei@xn--fiqs8s.xn--fiqz9s",
  "ayşe.demir@gmail.com",
  "zoë.dubois@laposte.net",
  "renée+rechnung@gmx.de",
  "søren.ørsted@firma.dk",
  '"müller jan"@beispiel.de',
  "niño.pérez@dominio.mx",
  "dvořák@seznam.cz",
  "ngô.thị@công-ty.vn",
];

// ---- names, addresses and dates of birth per locale ----

const PEOPLE: Record<string, { names: string[]; addresses: string[]; dobs: string[] }> = {
  de: {
    names: ["Hans-Jürgen Schröder", "Anna-Lena Weiß", "Maximilian Köhler"],
    addresses: [
      "Hauptstraße 12, 10115 Berlin",
      "Lindenallee 7a, 80331 München",
      "Am Mühlbach 3, 50667 Köln",
    ],
    dobs: ["14.03.1985", "3.7.1972", "29.02.1988"],
  },
  fr: {
    names: ["Marie-Claire Dubois", "Jean-Baptiste Lefèvre", "Éloïse Martin"],
    addresses: [
      "12 rue de la Paix, 75002 Paris",
      "4 bis avenue Jean Jaurès, 69007 Lyon",
      "27 bd Victor Hugo, 06000 Nice",
    ],
    dobs: ["14/03/1985", "03/07/1972", "1er mars 1990"],
  },
  es: {
    names: ["José Luis García López", "María del Carmen Ruiz", "Íñigo Fernández Arrieta"],
    addresses: [
      "Calle Mayor 5, 3º B, 28013 Madrid",
      "Avda. Diagonal 640, 08017 Barcelona",
      "C/ Sierpes 48, 41004 Sevilla",
    ],
    dobs: ["14/03/1985", "3-7-1972", "21 de julio de 1990"],
  },
  pt: {
    names: ["João Pedro Conceição", "Ana Beatriz Gonçalves", "Luíza Araújo Ferreira"],
    addresses: [
      "Rua Augusta 1508, apto 42, 01304-001 São Paulo",
      "Av. Atlântica 1702, Copacabana, 22021-001 Rio de Janeiro",
      "Rua do Carmo 27, 1200-093 Lisboa",
    ],
    dobs: ["14/03/1985", "07/11/1993", "03-07-1972"],
  },
  it: {
    names: ["Giuseppe Esposito", "Maria Grazia Bianchi", "Niccolò Ferraro"],
    addresses: [
      "Via Roma 10, 00184 Roma",
      "Corso Buenos Aires 45, 20124 Milano",
      "Piazza Garibaldi 3, 80142 Napoli",
    ],
    dobs: ["14/03/1985", "3.7.1972", "21 luglio 1990"],
  },
  nl: {
    names: ["Sanne de Vries", "Pieter van den Berg", "Daan Jansen"],
    addresses: [
      "Kerkstraat 12, 1017 GC Amsterdam",
      "Oudegracht 231-bis, 3511 NK Utrecht",
      "Coolsingel 40, 3011 AD Rotterdam",
    ],
    dobs: ["14-03-1985", "03-07-1972", "21-07-1990"],
  },
  pl: {
    names: ["Łukasz Wójcik", "Agnieszka Zielińska", "Krzysztof Wiśniewski"],
    addresses: [
      "ul. Marszałkowska 10/5, 00-590 Warszawa",
      "ul. Długa 22 m. 4, 31-146 Kraków",
      "al. Grunwaldzka 82, 80-244 Gdańsk",
    ],
    dobs: ["14.03.1985", "1972-07-03", "21.07.1990"],
  },
  sv: {
    names: ["Åsa Lindqvist", "Björn Öberg", "Karin Sjöström"],
    addresses: [
      "Storgatan 1, 111 22 Stockholm",
      "Kungsportsavenyen 31, 411 36 Göteborg",
      "Drottninggatan 5 lgh 1102, 211 41 Malmö",
    ],
    dobs: ["1985-03-14", "1972-07-03", "14 mars 1985"],
  },
  fi: {
    names: ["Väinö Mäkelä", "Aino Virtanen", "Jyrki Häkkinen"],
    addresses: [
      "Mannerheimintie 5 A 10, 00100 Helsinki",
      "Hämeenkatu 20 B 12, 33200 Tampere",
      "Aurakatu 8, 20100 Turku",
    ],
    dobs: ["14.3.1985", "3.7.1972", "21.07.1990"],
  },
  tr: {
    names: ["Ayşe Yılmaz", "Mehmet Öztürk", "Çağrı Demir"],
    addresses: [
      "Atatürk Cad. No:15 D:4, 34000 Fatih/İstanbul",
      "Kızılay Mah. Gazi Mustafa Kemal Blv. No:45, 06420 Çankaya/Ankara",
      "Alsancak Mah. 1453 Sok. No:7, 35220 Konak/İzmir",
    ],
    dobs: ["14.03.1985", "03/07/1972", "21.07.1990"],
  },
  ru: {
    names: ["Иванов Иван Иванович", "Смирнова Анна Сергеевна", "Кузнецов Дмитрий Петрович"],
    addresses: [
      "г. Москва, ул. Тверская, д. 7, кв. 12",
      "Санкт-Петербург, Невский пр-т, д. 28, кв. 5",
      "г. Казань, ул. Баумана, д. 19, кв. 3",
    ],
    dobs: ["14.03.1985", "03.07.1972", "21 июля 1990 г."],
  },
  ja: {
    names: ["山田 太郎", "佐藤花子", "ヤマダ タロウ"],
    addresses: [
      "東京都新宿区西新宿2-8-1",
      "〒530-0001 大阪府大阪市北区梅田1-1-3",
      "神奈川県横浜市中区本町6-50-10",
    ],
    dobs: ["1985年3月14日", "昭和60年3月14日", "1972/07/03"],
  },
  zh: {
    names: ["王伟", "李秀英", "张建国"],
    addresses: [
      "北京市朝阳区建国路88号3单元502室",
      "上海市浦东新区世纪大道100号",
      "广东省深圳市南山区科技园南路15号",
    ],
    dobs: ["1985年03月14日", "1972-07-03", "1990.07.21"],
  },
  ko: {
    names: ["김민준", "이서연", "박지훈"],
    addresses: [
      "서울특별시 강남구 테헤란로 123, 4층",
      "부산광역시 해운대구 해운대로 570",
      "경기도 성남시 분당구 판교역로 235",
    ],
    dobs: ["1985.03.14", "1972년 7월 3일", "900721"],
  },
  hi: {
    names: ["Rahul Sharma", "प्रिया वर्मा", "Anil Kumar Gupta"],
    addresses: [
      "Flat 402, Shanti Apartments, Andheri West, Mumbai 400058",
      "H.No. 12-5-78, Banjara Hills, Hyderabad 500034",
      "गली नंबर 4, करोल बाग, नई दिल्ली 110005",
    ],
    dobs: ["14/03/1985", "03-07-1972", "21.07.1990"],
  },
  en: {
    names: ["Siobhan O'Connor", "Jamal Washington", "Emily-Rose Thompson"],
    addresses: [
      "221 Baker Street, London NW1 6XE",
      "1600 Elm St Apt 4B, Springfield, IL 62704",
      "12 Rosebery Ave, Fitzroy VIC 3065",
    ],
    dobs: ["03/14/1985", "July 3, 1972", "1990-07-21"],
  },
};

// ---- the cases ----

export function generatePiiLocales7(seed = 7007): Locales7Case[] {
  const r = I.seeded(seed);
  const cases: Locales7Case[] = [];
  const add = (
    type: string,
    kind: "pii" | "benign",
    tier: "core" | "other" | undefined,
    text: string,
    secrets: string[],
  ) => {
    const c: Locales7Case = {
      id: `loc7-${String(cases.length).padStart(4, "0")}`,
      kind,
      type,
      text,
      secrets: kind === "benign" ? [] : secrets,
      expect_unchanged: kind === "benign",
    };
    if (kind === "pii") c.tier = tier;
    cases.push(c);
  };
  const core = (type: string, text: string, ...secrets: string[]) =>
    add(type, "pii", "core", text, secrets);
  const other = (type: string, text: string, ...secrets: string[]) =>
    add(type, "pii", "other", text, secrets);
  const benign = (type: string, text: string) => add(type, "benign", undefined, text, []);
  const rec = (l: Locale, key: string, value: string, msg = pick(r, l.msgs)) =>
    record(r, msg, [[key, value]]);

  phones(r, core, rec);
  emails(r, core, rec);
  network(r, core);
  payments(r, core, rec);
  nationalIds(r, other, core, rec);
  documents(r, other, rec);
  people(r, other, rec);
  benignCases(r, benign, rec);
  // Added after the blind round, from its own seed so that the cases above keep their values.
  bareIds(I.seeded(seed + 15), other, benign);
  personWordIds(I.seeded(seed + 16), other, benign);
  return cases.map(specialAddressesMasked);
}

/**
 * Turkish identity numbers after kişi (person), two to a line; the word before a count, or before
 * a number whose check digit fails.
 */
function personWordIds(r: Random, other: Add, benign: (type: string, text: string) => void) {
  for (let i = 0; i < 6; i++) {
    const a = I.tckn(r), b = I.tckn(r);
    other("tckn-kisi", `Birinci kişi: ${a}, ikinci kişi: ${b}`, a, b);
    benign("tckn-kisi-lookalike", `kişi sayısı: ${int(r, 2, 900)}, kişi: ${I.tckn(r, true)}`);
  }
}

/**
 * Identifiers written with no word naming them where a check digit and a rare layout make the
 * bare value one (an IMEI 2 6 6 1, a Swedish organisation number NNNNNN-NNNN, a SNILS
 * NNN-NNN-NNN CC, a Korean business registration number NNN-NN-NNNNN, a US NPI 4-3-3, a
 * Singapore company's UEN), and the same layouts with a wrong check digit.
 */
function bareIds(r: Random, other: Add, benign: (type: string, text: string) => void) {
  const group = (s: string, sizes: number[], sep: string) => {
    let at = 0;
    return sizes.map((n) => s.slice(at, at += n)).join(sep);
  };
  for (let i = 0; i < 6; i++) {
    const body = pick(r, ["35", "86", "49", "01"]) + digits(r, 12);
    const check = I.luhnDigit(body);
    const sep = i % 2 === 0 ? "-" : " ";
    const imei = group(body + check, [2, 6, 6, 1], sep);
    other("bare-imei", `${stamp(r)} INFO [sms-gw] handset ${imei} attached`, imei);
    const wrong = group(body + ((Number(check) + 1 + int(r, 0, 8)) % 10), [2, 6, 6, 1], sep);
    benign("bare-failing-check", `${stamp(r)} INFO [sms-gw] batch ${wrong} attached`);
  }
  for (let i = 0; i < 6; i++) {
    const body = pick(r, ["55", "71", "80", "96", "21"]) + String(int(r, 2, 9)) + digits(r, 6);
    const check = I.luhnDigit(body);
    const org = `${body.slice(0, 6)}-${body.slice(6)}${check}`;
    other(
      "bare-organisationsnummer",
      `${stamp(r)} INFO [billing] leverantör ${org} fakturerad`,
      org,
    );
    const wrong = `${body.slice(0, 6)}-${body.slice(6)}${(Number(check) + int(r, 1, 9)) % 10}`;
    benign("bare-failing-check", `${stamp(r)} INFO [billing] order ${wrong} fakturerad`);
  }
  for (let i = 0; i < 6; i++) {
    const snils = I.snils(r);
    other("bare-snils", `${stamp(r)} INFO [kyc-api] застрахованный ${snils} принят`, snils);
    const check = (Number(snils.slice(-2)) + int(r, 1, 98)) % 100;
    const wrong = `${snils.slice(0, -2)}${String(check).padStart(2, "0")}`;
    benign("bare-failing-check", `${stamp(r)} INFO [kyc-api] заявка ${wrong} принята`);
  }
  for (let i = 0; i < 6; i++) {
    const body = String(int(r, 1, 6)) + digits(r, 8);
    const d = [...body].map(Number);
    const sum = [1, 3, 7, 1, 3, 7, 1, 3, 5].reduce((s, w, k) => s + w * d[k], 0) +
      Math.floor((d[8] * 5) / 10);
    const check = (10 - (sum % 10)) % 10;
    const layout = (c: number) => `${body.slice(0, 3)}-${body.slice(3, 5)}-${body.slice(5)}${c}`;
    other(
      "bare-korea-brn",
      `${stamp(r)} INFO [billing] 거래처 ${layout(check)} 등록`,
      layout(check),
    );
    const wrong = layout((check + int(r, 1, 9)) % 10);
    benign("bare-failing-check", `${stamp(r)} INFO [billing] 주문 ${wrong} 처리`);
  }
  for (let i = 0; i < 6; i++) {
    const npi = I.npi(r);
    const sep = i % 2 === 0 ? "-" : " ";
    const layout = (n: string) => `${n.slice(0, 4)}${sep}${n.slice(4, 7)}${sep}${n.slice(7)}`;
    other("bare-npi", `${stamp(r)} INFO [billing] claim from ${layout(npi)} accepted`, layout(npi));
    const wrong = npi.slice(0, 9) + ((Number(npi[9]) + int(r, 1, 9)) % 10);
    benign(
      "bare-failing-check",
      `${stamp(r)} INFO [billing] claim batch ${layout(wrong)} accepted`,
    );
  }
  for (let i = 0; i < 6; i++) {
    const body = String(int(r, 1975, 2024)) + digits(r, 5);
    const sum = [10, 8, 6, 4, 9, 7, 5, 3, 1].reduce((s, w, k) => s + w * Number(body[k]), 0);
    const uen = body + "ZKCMDNERGWH"[sum % 11];
    other("bare-uen", `${stamp(r)} INFO [kyc-api] merchant ${uen} verified`, uen);
    const wrong = body + "ZKCMDNERGWH"[(sum + int(r, 1, 10)) % 11];
    benign("bare-failing-check", `${stamp(r)} INFO [kyc-api] shipment ${wrong} verified`);
  }
}

type Add = (type: string, text: string, ...secrets: string[]) => void;
type Rec = (l: Locale, key: string, value: string, msg?: string) => string;

function phones(r: Random, core: Add, rec: Rec) {
  for (const [country, code, makers] of [...PHONES, ...PHONES]) {
    const l = loc(code);
    makers.forEach((make, i) => {
      const n = make(r);
      const t = `phone:${country}`;
      switch ((i + int(r, 0, 3)) % 4) {
        case 0:
          core(t, rec(l, pick(r, l.phone), n), n);
          break;
        case 1:
          core(
            t,
            `${stamp(r)} INFO [${pick(r, SERVICES)}] ${pick(r, l.msgs)} (${pick(r, l.phone)} ${n})`,
            n,
          );
          break;
        case 2:
          core(
            t,
            record(r, pick(r, l.msgs), [[pick(r, l.name), pick(r, PEOPLE[code].names)], [
              pick(r, l.phone),
              n,
            ]]),
            n,
          );
          break;
        default:
          core(t, `${stamp(r)} WARN sms delivery to ${n} failed: carrier timeout`, n);
      }
    });
  }
  // tel: URIs and extensions in local words
  const tel = digits(r, 8);
  core("phone:tel-uri", `Rückruf-Link <a href="tel:+4930${tel}">anrufen</a>`, `+4930${tel}`);
  const ext = `0${pick(r, ["69", "40"])} ${digits(r, 6)}-${digits(r, 2)}`;
  core("phone:DE-ext", `Durchwahl des Kunden: ${ext}`, ext);
  const poste = `01 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} poste 123`;
  core("phone:FR-ext", `rappeler au ${poste}`, poste.slice(0, 14));
  const wa = `55${pick(r, ["11", "21", "31", "41", "51", "61", "71", "81"])}9${digits(r, 8)}`;
  core("phone:BR-whatsapp", `whatsapp: https://wa.me/${wa}?text=ola`, wa);
  const sip = `0${digits(r, 9)}`;
  core("phone:sip", `INVITE sip:${sip}@pbx.local SIP/2.0`, sip);
}

function emails(r: Random, core: Add, rec: Rec) {
  EMAILS.forEach((e, i) => {
    const l = L[i % L.length];
    switch (i % 3) {
      case 0:
        core("email:intl", rec(l, pick(r, l.email), e), e);
        break;
      case 1:
        core("email:intl", `${stamp(r)} INFO ${pick(r, l.msgs)}, ${pick(r, l.email)}: <${e}>`, e);
        break;
      default:
        core("email:intl", `smtp: 550 5.1.1 <${e}>: Recipient address rejected`, e);
    }
  });
  const json = JSON.stringify({ user: { "e-mail": "jose\u0301@exemplo.pt" } });
  core("email:combining", json, "jose\u0301@exemplo.pt");
  core(
    "email:escaped",
    `{"msg":"reset sent to m\\u00fcller@beispiel.de"}`,
    "m\\u00fcller@beispiel.de",
  );
  core(
    "email:mailto",
    `Kontakt: mailto:kundenservice.kim@회사.한국?subject=hi`,
    "kundenservice.kim@회사.한국",
  );
  core("email:upper", `courriel=JEAN.DUPONT@ORANGE.FR statut=vérifié`, "JEAN.DUPONT@ORANGE.FR");
  core(
    "email:fullwidth-at",
    `メール: tanaka.hiroshi＠example.co.jp`,
    "tanaka.hiroshi＠example.co.jp",
  );
}

function network(r: Random, core: Add) {
  const h4 = () => I.hex(r, 4).replace(/^0+(?=.)/, "");
  const pub6 = () => `2a02:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}`;
  const v4 = () =>
    `${pick(r, [83, 91, 185, 203, 77, 154])}.${int(r, 1, 254)}.${int(r, 0, 254)}.${int(r, 1, 254)}`;
  const six: [string, (a: string) => string][] = [
    [pub6(), (a) => `Anmeldung von ${a} fehlgeschlagen`],
    [`2a01:4f8:${h4()}:${h4()}::${h4()}`, (a) => `connexion refusée pour ${a}`],
    [`2001:0db8:85a3:0000:0000:8a2e:0370:${I.hex(r, 4)}`, (a) => `client_ip=${a} status=403`],
    [`2804:${h4()}:${h4()}::1${I.hex(r, 3)}`, (a) => `{"ip_cliente":"${a}","acao":"login"}`],
    [`fe80::${h4()}:${h4()}:${h4()}:${h4()}%eth0`, (a) => `neighbor ${a} lladdr reachable`],
    [`fe80::1${I.hex(r, 3)}:${h4()}%enp3s0`, (a) => `dhcpv6 solicit from ${a}`],
    [`::ffff:${v4()}`, (a) => `remote_addr=${a} user-agent="Mozilla/5.0"`],
    [`::ffff:${v4()}`, (a) => `{"remoteAddress":"${a}","method":"POST"}`],
    [`64:ff9b::${v4()}`, (a) => `nat64 ${a} translated`],
    [`2001:db8:${h4()}::${v4()}`, (a) => `peer ${a} (mixed notation)`],
    [`2a00:1450:${h4()}:${h4()}:0:0:0:${h4()}`, (a) => `Verbindung zu ${a} hergestellt`],
    [
      `2A02:${h4().toUpperCase()}:${h4().toUpperCase()}::${h4().toUpperCase()}`,
      (a) => `IP-osoite ${a} estetty`,
    ],
    [`240e:${h4()}:${h4()}:${h4()}::${h4()}`, (a) => `用户IP: ${a}`],
    [`2400:${h4()}:${h4()}:${h4()}:${h4()}::${h4()}`, (a) => `접속 IP ${a} 차단`],
    [`2409:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}`, (a) => `接続元 ${a}`],
    [`2a03:${h4()}::${h4()}`, (a) => `IP адрес клиента ${a}`],
  ];
  for (const [a, f] of six) core("ipv6", f(a), a);
  const bracket = `2a02:${h4()}:${h4()}::${h4()}`;
  core("ipv6:bracket-port", `accepted connection from [${bracket}]:51544`, bracket);
  const url6 = `2a01:${h4()}:${h4()}:${h4()}::${h4()}`;
  core("ipv6:url", `GET http://[${url6}]:8080/api/v1/profile HTTP/1.1`, url6);
  const url6b = `2604:${h4()}:${h4()}::${h4()}`;
  core("ipv6:url", `redirect to https://[${url6b}]/login?next=%2F`, url6b);
  const xff = `2a02:${h4()}:${h4()}:${h4()}::${h4()}`;
  core("ipv6:xff", `X-Forwarded-For: ${xff}, 10.0.0.12`, xff);
  const full = `2a02:0${I.hex(r, 3)}:0${I.hex(r, 3)}:0000:0000:0000:0000:0001`;
  core("ipv6:full", `client=${full}`, full);
  const cidr6 = `2a02:${h4()}:${h4()}:${h4()}::${h4()}`;
  core("ipv6:host-cidr", `allowlist add ${cidr6}/128 für Kunde`, cidr6);
  const nginx6 = `2a02:${h4()}:${h4()}:${h4()}:${h4()}::${h4()}`;
  core(
    "ipv6:nginx",
    `${nginx6} - - [15/Mar/2024:10:22:33 +0100] "GET /konto HTTP/2.0" 200 512`,
    nginx6,
  );
  for (let i = 0; i < 6; i++) {
    const a = v4();
    const p = int(r, 1024, 65535);
    const forms = [
      [`${a}:${p}`, `Verbindung von ${a}:${p} abgelehnt`],
      [`${a}/32`, `bloqueado ${a}/32 (demasiados intentos)`],
      [a, `{"adresse_ip":"${a}","pays":"FR"}`],
      [a, `IP-адрес ${a} заблокирован`],
      [`${a}:${p}`, `クライアント ${a}:${p} 切断`],
      [a, `src=${a} dst=10.0.0.5 proto=tcp`],
    ];
    const [s, t] = forms[i];
    core("ipv4", t, s.replace(/[:/]\d+$/, ""));
  }
  const m = () => Array.from({ length: 6 }, () => I.hex(r, 2));
  const macs = [
    (b: string[]) => b.join(":").toUpperCase(),
    (b: string[]) => b.join(":"),
    (b: string[]) => b.join("-").toUpperCase(),
    (b: string[]) => b.join("-"),
    (b: string[]) => `${b[0]}${b[1]}.${b[2]}${b[3]}.${b[4]}${b[5]}`,
    (b: string[]) => b.join("").toUpperCase(),
    (b: string[]) => b.join(""),
    (b: string[]) => `${b[0]}${b[1]}${b[2]}-${b[3]}${b[4]}${b[5]}`,
    (b: string[]) => b.map((x) => x.replace(/^0/, "")).join(":"),
    (b: string[]) => `${b[0]}${b[1]}-${b[2]}${b[3]}-${b[4]}${b[5]}`.toUpperCase(),
  ];
  const macCtx = [
    (a: string) => `Gerät mit MAC-Adresse ${a} angemeldet`,
    (a: string) => `adresse MAC ${a} associée`,
    (a: string) => `dirección MAC: ${a}`,
    (a: string) => `DHCPACK on 10.1.4.22 to ${a} via eth0`,
    (a: string) => `%SW_MATM-4-MACFLAP_NOTIF: Host ${a} in vlan 20 is flapping`,
    (a: string) => `{"mac":"${a}","ssid":"Gast-WLAN"}`,
    (a: string) => `Calling-Station-Id = "${a}"`,
    (a: string) => `endereço MAC ${a} bloqueado`,
    (a: string) => `wlan0: STA ${a} IEEE 802.11: associated`,
    (a: string) => `MAC地址: ${a}`,
  ];
  for (let i = 0; i < macs.length * 2; i++) {
    const a = macs[i % macs.length](m());
    core("mac", macCtx[(i + Math.floor(i / macs.length)) % macCtx.length](a), a);
  }
}

function payments(r: Random, core: Add, rec: Rec) {
  const cards: [string, number][] = [
    ["4539", 16],
    ["4916", 16],
    ["5425", 16],
    ["2221", 16],
    ["371449", 15],
    ["6011", 16],
    ["3530", 16],
    ["6200", 16],
    ["2200", 16],
    ["6759", 19],
    ["36", 14],
    ["4", 13],
  ];
  const cardForms = [
    (c: string) => c.replace(/(\d{4})(?=\d)/g, "$1 "),
    (c: string) => c.replace(/(\d{4})(?=\d)/g, "$1."),
    (c: string) => c.replace(/(\d{4})(?=\d)/g, "$1-"),
    (c: string) => c,
  ];
  const cardCtx = [
    (c: string, raw: boolean) => (raw ? `{"karte":${c},"betrag":"49,90"}` : `Kartennummer: ${c}`),
    (c: string) => `numéro de carte ${c} refusé`,
    (c: string) => `{"tarjeta":"${c}","cuotas":3}`,
    (c: string) => `número do cartão=${c} bandeira=visa`,
    (c: string) => `carta di credito ${c} scaduta`,
    (c: string) => `numer karty: ${c}`,
    (c: string) => `номер карты ${c}`,
    (c: string) => `カード番号 ${c} 承認エラー`,
    (c: string) => `银行卡号:${c}`,
    (c: string) => `카드번호=${c}`,
  ];
  for (let i = 0; i < 24; i++) {
    const [p, n] = cards[i % cards.length];
    const c = I.card(r, p, n);
    const f = cardForms[i % cardForms.length](c);
    core("card", cardCtx[i % cardCtx.length](f, f === c), f);
  }
  const compact = I.card(r, "4539", 16);
  core("card:json-compact", `{"card":${compact},"exp":"09/27"}`, compact);
  const inner = I.card(r, "5425", 16).replace(/(\d{4})(?=\d)/g, "$1 ");
  core(
    "card:json-escaped",
    JSON.stringify({ log: JSON.stringify({ pan: inner, status: "declined" }) }),
    inner,
  );
  const amex = I.card(r, "378282", 15);
  const amexS = `${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`;
  core("card:amex", `Amex ${amexS} abgelehnt`, amexS);

  const bbans: [string, (r: Random) => string, string][] = [
    ["DE", (r) => digits(r, 18), "de"],
    ["FR", (r) => digits(r, 10) + digits(r, 11) + digits(r, 2), "fr"],
    ["ES", (r) => digits(r, 20), "es"],
    ["IT", (r) => "X" + digits(r, 10) + digits(r, 12), "it"],
    ["NL", (r) => pick(r, ["ABNA", "INGB", "RABO"]) + digits(r, 10), "nl"],
    ["PL", (r) => digits(r, 24), "pl"],
    ["SE", (r) => digits(r, 20), "sv"],
    ["FI", (r) => digits(r, 14), "fi"],
    ["TR", (r) => digits(r, 5) + "0" + digits(r, 16), "tr"],
    ["PT", (r) => digits(r, 21), "pt"],
    ["BR", (r) => digits(r, 23) + "C1", "pt"],
    ["AT", (r) => digits(r, 16), "de"],
    ["CH", (r) => digits(r, 17), "de"],
    ["BE", (r) => digits(r, 12), "fr"],
    ["GB", (r) => pick(r, ["NWBK", "BARC", "MIDL"]) + digits(r, 14), "en"],
  ];
  const ibanWords: Record<string, string> = {
    de: "Bankverbindung",
    fr: "RIB",
    es: "cuenta",
    it: "conto corrente",
    nl: "rekeningnummer",
    pl: "numer rachunku",
    sv: "kontonummer",
    fi: "tilinumero",
    tr: "hesap",
    pt: "conta",
    en: "iban",
  };
  bbans.forEach(([cc, make, code], i) => {
    for (let k = 0; k < 2; k++) {
      const ib = I.iban(cc, make(r));
      const form = [I.inFours(ib), ib, ib.toLowerCase(), I.inFours(ib).toLowerCase()][(i + k) % 4];
      const l = loc(code);
      const t = k === 0
        ? rec(l, ibanWords[code], form)
        : `${stamp(r)} INFO ${pick(r, l.msgs)} – IBAN ${form}`;
      core(`iban:${cc}`, t, form);
    }
  });

  const crypto: [string, string, string][] = [
    [I.base58Address(r, 0), "Bitcoin-Adresse", "btc"],
    [I.base58Address(r, 5), "adresse bitcoin", "btc-p2sh"],
    [I.bech32Address(r, "bc"), "carteira bitcoin", "btc-bech32"],
    [I.bech32Address(r, "bc"), "比特币地址", "btc-bech32"],
    [I.base58Address(r, 0x30), "Litecoin", "ltc"],
    [I.base58Address(r, 0x1e), "cartera dogecoin", "doge"],
    [I.ethAddress(r), "Ethereum-Wallet", "eth"],
    [I.ethAddress(r), "адрес кошелька", "eth"],
    [I.ethAddress(r), "ウォレット", "eth"],
    [I.bech32Address(r, "ltc"), "portafoglio", "ltc-bech32"],
    [I.base58Address(r, 0), "withdrawal_address", "btc"],
    [I.ethAddress(r), "출금 주소", "eth"],
  ];
  for (const [a, w, t] of crypto) core(`crypto:${t}`, `${stamp(r)} INFO payout ${w}: ${a}`, a);
}

function nationalIds(r: Random, other: Add, core: Add, rec: Rec) {
  // [type, locale, make → [written form, bare form]]
  const ids: [string, string, string[], (r: Random) => string[]][] = [
    ["hetu", "fi", ["henkilötunnus", "hetu", "HETU"], (r) => [I.hetu(r)]],
    ["personnummer", "sv", ["personnummer", "personnr"], (r) => {
      const p = I.personnummer(r);
      const y = Number(p.slice(0, 2)) > 24 ? "19" : "20";
      return [p, p.replace("-", ""), y + p];
    }],
    ["organisationsnummer", "sv", ["organisationsnummer", "org.nr"], (r) => {
      const o = I.organisationsnummer(r);
      return [o, o.replace("-", "")];
    }],
    ["korea-rrn", "ko", ["주민등록번호", "주민번호"], (r) => {
      const k = I.koreaRrn(r);
      return [k, k.replace("-", "")];
    }],
    ["korea-frn", "ko", ["외국인등록번호"], (r) => [I.koreaRrn(r, true)]],
    ["tckn", "tr", ["TC Kimlik No", "T.C. Kimlik Numarası", "tckn"], (r) => [I.tckn(r)]],
    ["dni", "es", ["DNI", "NIF"], (r) => {
      const d = I.dni(r);
      return [
        d,
        `${d.slice(0, 8)}-${d[8]}`,
        `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}-${d[8]}`,
      ];
    }],
    ["nie", "es", ["NIE", "número de identidad de extranjero"], (r) => {
      const n = I.nie(r);
      return [n, `${n[0]}-${n.slice(1, 8)}-${n[8]}`];
    }],
    ["nif-empresa", "es", ["CIF", "NIF de la empresa"], (r) => [I.cif(r)]],
    [
      "nric",
      "en",
      ["NRIC", "NRIC/FIN", "IC no"],
      (r) => [I.nric(r, pick(r, ["S", "T"])), I.nric(r, pick(r, ["F", "G"]))],
    ],
    ["uen", "en", ["UEN"], (r) => [I.uenBusiness(r)]],
    ["thai-id", "en", ["เลขประจำตัวประชาชน", "Thai ID", "tnin"], (r) => {
      const t = I.thaiId(r);
      return [I.thaiDashed(t), t, I.thaiDashed(t).replace(/-/g, " ")];
    }],
    ["aadhaar", "hi", ["आधार", "Aadhaar", "aadhar no", "UID"], (r) => {
      const a = I.aadhaar(r);
      return [
        `${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}`,
        a,
        `${a.slice(0, 4)}-${a.slice(4, 8)}-${a.slice(8)}`,
      ];
    }],
    ["pan", "hi", ["PAN", "पैन कार्ड", "pan_number"], (r) => [I.pan(r)]],
    ["gstin", "hi", ["GSTIN", "GST no"], (r) => [I.gstin(r)]],
    ["voter-id", "hi", ["voter id", "EPIC no", "मतदाता पहचान पत्र"], (r) => [I.voterId(r)]],
    ["sin", "en", ["SIN", "social insurance number", "numéro d'assurance sociale"], (r) => {
      const s = I.sin(r);
      return [
        `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`,
        s,
        `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`,
      ];
    }],
    ["steuer-id", "de", ["Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr"], (r) => {
      const s = I.steuerId(r);
      return [s, `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}`];
    }],
    [
      "ausweis",
      "de",
      ["Personalausweisnummer", "Ausweisnummer", "Personalausweis"],
      (r) => [I.ausweis(r)],
    ],
    ["itin", "en", ["ITIN", "individual taxpayer id"], (r) => {
      const t = I.itin(r);
      return [t, t.replace(/-/g, "")];
    }],
    ["npi", "en", ["NPI", "provider npi"], (r) => [I.npi(r)]],
    ["mbi", "en", ["MBI", "Medicare Beneficiary Identifier"], (r) => {
      const m = I.mbi(r);
      return [m, `${m.slice(0, 4)}-${m.slice(4, 7)}-${m.slice(7)}`];
    }],
    ["aba", "en", ["routing number", "ABA"], (r) => [I.aba(r)]],
    ["nino", "en", ["NINO", "National Insurance number", "NI number"], (r) => {
      const n = I.nino(r);
      return [n, `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6, 8)} ${n[8]}`];
    }],
    ["nhs", "en", ["NHS number", "nhs_no"], (r) => {
      const n = I.nhs(r);
      return [
        `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
        n,
        `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
      ];
    }],
    ["pesel", "pl", ["PESEL", "nr PESEL"], (r) => [I.pesel(r)]],
    ["codice-fiscale", "it", ["codice fiscale", "CF", "cod. fiscale"], (r) => {
      const c = I.codiceFiscale(r);
      return [c, c.toLowerCase()];
    }],
    ["abn", "en", ["ABN"], (r) => {
      const a = I.abn(r);
      return [`${a.slice(0, 2)} ${a.slice(2, 5)} ${a.slice(5, 8)} ${a.slice(8)}`, a];
    }],
    ["acn", "en", ["ACN"], (r) => {
      const a = I.acn(r);
      return [`${a.slice(0, 3)} ${a.slice(3, 6)} ${a.slice(6)}`, a];
    }],
    ["tfn", "en", ["TFN", "tax file number"], (r) => {
      const t = I.tfn(r);
      return [`${t.slice(0, 3)} ${t.slice(3, 6)} ${t.slice(6)}`, t];
    }],
    ["medicare-au", "en", ["Medicare card", "medicare number"], (r) => {
      const m = I.medicare(r);
      return [`${m.slice(0, 4)} ${m.slice(4, 9)} ${m[9]}`, m];
    }],
    ["sa-id", "en", ["SA ID", "ID number (RSA)", "identity number"], (r) => [I.saId(r)]],
    ["cpf", "pt", ["CPF", "cpf do titular"], (r) => {
      const c = I.cpf(r);
      return [I.cpfDotted(c), c];
    }],
    ["china-id", "zh", ["身份证号", "身份证号码", "公民身份号码"], (r) => [I.chinaId(r)]],
    ["my-number", "ja", ["マイナンバー", "個人番号"], (r) => {
      const m = I.myNumber(r);
      return [
        m,
        `${m.slice(0, 4)} ${m.slice(4, 8)} ${m.slice(8)}`,
        `${m.slice(0, 4)}-${m.slice(4, 8)}-${m.slice(8)}`,
      ];
    }],
    ["inn", "ru", ["ИНН", "инн физлица"], (r) => [I.innPerson(r)]],
    ["snils", "ru", ["СНИЛС"], (r) => {
      const s = I.snils(r);
      return [s, s.replace(/[- ]/g, "")];
    }],
    ["bsn", "nl", ["BSN", "burgerservicenummer"], (r) => {
      const b = I.bsn(r);
      return [b, `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`];
    }],
    ["nir", "fr", ["numéro de sécurité sociale", "NIR", "n° sécu"], (r) => {
      const n = I.nir(r);
      return [n, n.replace(/ /g, "")];
    }],
    ["nif-pt", "pt", ["NIF", "número de contribuinte"], (r) => [I.nifPt(r)]],
    ["dowod", "pl", ["dowód osobisty", "nr dowodu"], (r) => {
      const d = I.dowod(r);
      return [d, `${d.slice(0, 3)} ${d.slice(3)}`];
    }],
  ];
  for (const [type, code, words, make] of ids) {
    const l = loc(code);
    const forms = make(r);
    // every written form under a local word, plus the first form as a second record type
    forms.forEach((f, i) => other(`id:${type}`, rec(l, words[i % words.length], f), f));
    const f2 = make(r)[0];
    other(`id:${type}`, `${stamp(r)} INFO ${pick(r, l.msgs)} (${words[0]} ${f2})`, f2);
    if (forms.length === 1) {
      const f3 = make(r)[0];
      other(
        `id:${type}`,
        record(r, pick(r, l.msgs), [[pick(r, l.name), pick(r, PEOPLE[code].names)], [
          words[words.length - 1],
          f3,
        ]]),
        f3,
      );
    }
  }
  // SSN variants
  const ssnForms = [
    (s: string[]) => s.join("-"),
    (s: string[]) => s.join(" "),
    (s: string[]) => s.join(""),
    (s: string[]) => s.join("."),
  ];
  const ssnCtx = [
    (v: string) => `SSN: ${v}`,
    (v: string) => `{"ssn":"${v}","state":"TX"}`,
    (v: string) => `social security number ${v} on file`,
    (v: string) => `ss#=${v}`,
    (v: string) => `applicant ssn ${v} mismatch`,
    (v: string) => `<SSN>${v}</SSN>`,
    (v: string) => `número de seguro social (SSN): ${v}`,
    (v: string) => `taxpayer_id=${v} type=SSN`,
  ];
  for (let i = 0; i < 16; i++) {
    const v = ssnForms[i % 4](I.ssn(r));
    core("ssn", ssnCtx[i % ssnCtx.length](v), v);
  }
}

function documents(r: Random, other: Add, rec: Rec) {
  const passports: Record<string, (r: Random) => string> = {
    de: (r) => "C" + I.pick(r, ["F", "G", "H", "J", "K"]) + digits(r, 7),
    fr: (r) => digits(r, 2) + "AB" + digits(r, 5),
    es: (r) => "PA" + digits(r, 7),
    pt: (r) => pick(r, ["FX", "GA"]) + digits(r, 6),
    it: (r) => "YA" + digits(r, 7),
    nl: (r) => "NX" + pick(r, ["F", "K", "L"]) + digits(r, 1) + pick(r, ["R", "P"]) + digits(r, 4),
    pl: (r) => "E" + pick(r, ["A", "C", "R"]) + digits(r, 7),
    sv: (r) => digits(r, 8),
    fi: (r) => "FP" + digits(r, 7),
    tr: (r) => "U" + digits(r, 8),
    ru: (r) => `${digits(r, 2)} ${digits(r, 2)} ${digits(r, 6)}`,
    ja: (r) => "TK" + digits(r, 7),
    zh: (r) => "E" + digits(r, 8),
    ko: (r) => "M" + digits(r, 8),
    hi: (r) => pick(r, ["J", "K", "Z"]) + digits(r, 7),
    en: (r) => digits(r, 9),
  };
  const licences: Record<string, (r: Random) => string> = {
    de: (r) => "B072RRE" + digits(r, 4),
    fr: (r) => digits(r, 12),
    es: (r) => I.dni(r),
    pt: (r) => digits(r, 11),
    it: (r) => "U1" + I.pick(r, ["A", "B", "H"]) + digits(r, 6) + "X",
    nl: (r) => digits(r, 10),
    pl: (r) => `${digits(r, 5)}/${digits(r, 2)}/${digits(r, 4)}`,
    sv: (r) => I.personnummer(r),
    fi: (r) => I.hetu(r),
    tr: (r) => digits(r, 6),
    ru: (r) => `${digits(r, 2)} ${digits(r, 2)} ${digits(r, 6)}`,
    ja: (r) => digits(r, 12),
    zh: (r) => I.chinaId(r),
    ko: (r) => `${digits(r, 2)}-${digits(r, 2)}-${digits(r, 6)}-${digits(r, 2)}`,
    hi: (r) => `MH${digits(r, 2)} ${digits(r, 11)}`,
    en: (r) => pick(r, ["D", "S", "W"]) + digits(r, 7),
  };
  for (const l of L) {
    const p = passports[l.code](r);
    other(`passport:${l.code}`, rec(l, pick(r, l.passport), p), p);
    const d = licences[l.code](r);
    other(`licence:${l.code}`, rec(l, pick(r, l.licence), d), d);
  }
  const mrz = `P<DEUSCHROEDER<<HANS<JUERGEN<<<<<<<<<<<<<<<<<`;
  other("passport:mrz", `Lesegerät MRZ: ${mrz}`, "SCHROEDER<<HANS<JUERGEN");
  const ukdl = "MORGA753116SM9IJ";
  other("licence:uk", `DVLA licence check driver_number=${ukdl}`, ukdl);
}

function people(r: Random, other: Add, rec: Rec) {
  for (const l of L) {
    const p = PEOPLE[l.code];
    for (let i = 0; i < 3; i++) {
      const n = p.names[i], a = p.addresses[i], d = p.dobs[i];
      switch (i) {
        case 0:
          other(
            `name+dob:${l.code}`,
            record(r, pick(r, l.msgs), [[pick(r, l.name), n], [pick(r, l.dob), d]]),
            n,
            d,
          );
          break;
        case 1:
          other(`address:${l.code}`, rec(l, pick(r, l.address), a), a);
          other(`dob:${l.code}`, `${stamp(r)} INFO ${pick(r, l.msgs)}; ${l.dob[0]}: ${d}`, d);
          break;
        default:
          other(
            `name+address:${l.code}`,
            record(r, pick(r, l.msgs), [[l.name[0], n], [l.address[0], a]]),
            n,
            a,
          );
      }
    }
  }
}

function benignCases(r: Random, benign: (type: string, text: string) => void, rec: Rec) {
  for (const l of L) {
    // order, invoice and ticket numbers
    const orderVals = [
      () => digits(r, 10),
      () => `${pick(r, ["RE", "INV", "F", "FA"])}-2024-${digits(r, 6)}`,
      () => `#${digits(r, 7)}`,
      () => `${int(r, 2023, 2024)}${digits(r, 8)}`,
    ];
    l.order.forEach((w, i) =>
      benign(`order:${l.code}`, rec(l, w, orderVals[i]!(), pick(r, l.benignMsgs)))
    );
    // prices and durations
    const prices: Record<string, string[]> = {
      de: ["1.234,56 €", "EUR 49,90"],
      fr: ["12,99 €", "1 299,00 €"],
      es: ["1.234,56 €", "99,95 EUR"],
      pt: ["R$ 1.234,56", "€ 15,90"],
      it: ["€ 1.234,56", "29,00 EUR"],
      nl: ["€ 1.234,56", "€ 9,95"],
      pl: ["12 345,67 zł", "99,99 PLN"],
      sv: ["1 234,50 kr", "SEK 499"],
      fi: ["1 234,56 €", "19,90 €"],
      tr: ["₺1.450,00", "450,00 TL"],
      ru: ["12 500 ₽", "1 299,00 руб."],
      ja: ["¥12,800", "12,800円"],
      zh: ["¥1,288.00", "1288.00元"],
      ko: ["₩15,000", "15,000원"],
      hi: ["₹1,23,456.00", "Rs. 2,499"],
      en: ["$1,234.56", "USD 2,499.00"],
    };
    for (const p of prices[l.code]) {
      benign(
        `price:${l.code}`,
        record(r, pick(r, l.benignMsgs), [[
          pick(r, l.order),
          `${int(r, 2023, 2024)}-${digits(r, 5)}`,
        ], ["amount", p]]),
      );
    }
    benign(
      `duration:${l.code}`,
      `${stamp(r)} INFO ${pick(r, l.benignMsgs)} in ${int(r, 1, 9999)} ms (${int(r, 1, 59)}m ${
        int(r, 1, 59)
      }s, ${int(r, 100, 999)} Datensätze)`,
    );
    // tracking numbers, ISBN/EAN, versions
    const ean = ean13(r);
    const isbn = isbn13(r);
    benign(`ean:${l.code}`, rec(l, "EAN", ean, pick(r, l.benignMsgs)));
    benign(`isbn:${l.code}`, `${stamp(r)} INFO ${pick(r, l.benignMsgs)} ISBN ${isbn}`);
    const tracks = [
      `1Z${I.hex(r, 6).toUpperCase()}${digits(r, 10)}`,
      `00340434${digits(r, 12)}`,
      `JJD${digits(r, 18)}`,
      `${pick(r, ["RR", "CP", "LX"])}${digits(r, 9)}${pick(r, ["DE", "FR", "CN", "JP"])}`,
    ];
    benign(
      `tracking:${l.code}`,
      record(r, pick(r, l.benignMsgs), [["tracking", pick(r, tracks)], [
        "carrier",
        pick(r, ["DHL", "UPS", "La Poste", "Correos", "PostNord", "SF Express"]),
      ]]),
    );
    benign(
      `version:${l.code}`,
      `${stamp(r)} INFO ${pick(r, l.benignMsgs)} build=${int(r, 1, 9)}.${int(r, 0, 30)}.${
        int(r, 0, 99)
      } commit=${I.hex(r, 7)} node=v20.${int(r, 1, 18)}.${int(r, 0, 9)}`,
    );
    benign(`uuid:${l.code}`, rec(l, "request_id", uuid(r), pick(r, l.benignMsgs)));
    benign(
      `hash:${l.code}`,
      `${stamp(r)} DEBUG ${pick(r, l.benignMsgs)} sha256=${I.hex(r, 64)} etag="${I.hex(r, 32)}"`,
    );
    benign(
      `counter:${l.code}`,
      record(r, pick(r, l.benignMsgs), [["processed", String(int(r, 1000, 99999999))], [
        "queue_depth",
        String(int(r, 0, 5000)),
      ], ["epoch_ms", String(1700000000000 + int(r, 0, 99999999))]]),
    );
    benign(
      `date:${l.code}`,
      `${stamp(r)} INFO ${pick(r, l.benignMsgs)}; nächster Lauf/next run ${
        pick(r, PEOPLE[l.code].dobs).replace(/19(\d\d)/, "20$1")
      } ${int(r, 10, 23)}:${int(r, 10, 59)}`,
    );
    benign(
      `postal-site:${l.code}`,
      `${stamp(r)} INFO ${pick(r, l.benignMsgs)}: ${SITES[l.code]}, ${int(r, 10, 999)} pallets`,
    );
    benign(
      `local-time:${l.code}`,
      `${LOCAL_TIMES[l.code]} ${pick(r, l.benignMsgs)} (${int(r, 1, 500)} / ${int(r, 500, 900)})`,
    );
    benign(
      `invoice-dashed:${l.code}`,
      rec(
        l,
        l.order[1],
        `${int(r, 2023, 2024)}-${digits(r, 4)}-${digits(r, 4)}`,
        pick(r, l.benignMsgs),
      ),
    );
    benign(
      `product:${l.code}`,
      record(r, pick(r, l.benignMsgs), [
        ["sku", `${pick(r, ["TSH", "BK", "SHO"])}-${digits(r, 5)}-${pick(r, ["XL", "M", "42"])}`],
        ["qty", String(int(r, 1, 20))],
        ["warehouse", `${pick(r, ["FRA", "MAD", "WAW", "NRT"])}${int(r, 1, 9)}`],
      ]),
    );
  }
  // system lines in each language: trace ids, pods, ports, error codes, postal codes of sites
  const sys = [
    `Verbindung zum Datenbankserver db-primary:5432 nach 3 Versuchen wiederhergestellt`,
    `Fehlercode 0x80070005 beim Schreiben von C:\\ProgramData\\Agent\\cache.bin`,
    `Lager 10115 Berlin: Bestand 1.240 Stück, Nachschub 14.03.2024 geplant`,
    `Versandzentrum PLZ 80331 ausgelastet, Kapazität 92 %`,
    `le job d'export 2024-03-15 s'est terminé en 00:12:45 (1 245 678 lignes)`,
    `entrepôt 69007 Lyon : 12 palettes reçues, réf. fournisseur 4711-0815`,
    `tiempo de respuesta p99=1.234 s, peticiones 12.345.678`,
    `almacén 28013 Madrid sin stock del artículo 8412345678905`,
    `fila de processamento com 12.345 mensagens, lote 2024031500012`,
    `CEP de origem do centro de distribuição: 01304-001 (capacidade 80 %)`,
    `coda ordini: 1.234 in attesa, tempo medio 2,5 s`,
    `magazijn 3511 NK Utrecht: 12 pallets ontvangen`,
    `kolejka zadań: 1 234 oczekujących, czas 12,5 s`,
    `lager 111 22 Stockholm: 1 240 artiklar, leverans v.12`,
    `varasto 00100 Helsinki: 1 240 tuotetta, toimitus viikolla 12`,
    `kuyruk derinliği 1.234, ortalama süre 12,5 sn`,
    `очередь задач: 1 234, среднее время 12,5 с, склад 101000`,
    `バッチ処理 12,345 件完了 (所要時間 00:12:45)`,
    `倉庫コード 530-0001 の在庫同期完了`,
    `任务队列积压 12345 条, 平均耗时 1.234 秒`,
    `처리 대기 1,234건, 평균 응답 12.5초`,
    `batch 2024-03-15 complete: 12,34,567 rows in 12.5s`,
    `pod checkout-7d9f8b6c5-x2v4q restarted (exit code 137, OOMKilled)`,
    `trace_id=${I.hex(r, 32)} span_id=${I.hex(r, 16)} duration_ms=123`,
    `container ${I.hex(r, 12)} health check passed (port 8080)`,
    `git checkout ${I.hex(r, 40)} && make release VERSION=2.14.3`,
    `java.lang.IllegalStateException: Bestellung 4000123456 bereits storniert\n\tat com.shop.order.OrderService.cancel(OrderService.java:214)`,
    `snmp oid 1.3.6.1.2.1.1.3.0 = Timeticks: (123456789) 14 days, 6:56:07.89`,
    `Windows Update KB5034441 installiert, Build 10.0.19045.3930`,
    `chrony: selected source ntp1.ptb.de offset +0.000123 s stratum 2`,
    `listening on 0.0.0.0:8443 and [::]:8443`,
    `healthcheck ok from 127.0.0.1 and ::1`,
    `route add 10.20.0.0/16 dev eth1 metric 100`,
    `IPv6 subnet 2a02:8108::/32 assigned to region eu-central`,
    `Mercurial changeset 1234:${I.hex(r, 12)} merged`,
    `docker image sha256:${I.hex(r, 64)} pulled (245 MB)`,
    `JWT kid=${I.hex(r, 8)}-${I.hex(r, 4)} rotated, alg=RS256`,
    `order_items=[{"ean":"4006381333931","qty":2},{"ean":"8412345678905","qty":1}]`,
    `Sendungsverfolgung: Paket 00340434161094015902 zugestellt an Packstation 123`,
    `colis 6A12345678901 pris en charge par La Poste, point relais 75011`,
    `電話受付時間 9:00-18:00 (土日祝休み)`,
    `Telefonzentrale: Warteschlange 12, durchschnittliche Wartezeit 00:03:12`,
    `IBAN-Prüfung deaktiviert für Testumgebung (Feature-Flag iban_check=false)`,
    `rate limit 1000 req/min per tenant, burst 250`,
    `semver range ^2.14.0 resolved to 2.14.3 (integrity sha512-${I.hex(r, 40)})`,
  ];
  for (const s of sys) benign("system", s);
  // numbers that fail their check digit, in ordinary records
  const failing = [
    () => `Vorgang ${I.steuerId(r, true)} abgeschlossen`,
    () => `lote ${I.dni(r, true)} procesado`,
    () => `referência ${I.cpfDotted(I.cpf(r, true))} importada`,
    () => `partia ${I.pesel(r, true)} zaksięgowana`,
    () => `kayıt ${I.tckn(r, true)} arşivlendi`,
    () => `batch ${I.nhs(r, true)} reconciled`,
    () => {
      const c = I.card(r, "4539", 16);
      return `Buchungsnummer ${c.slice(0, 15)}${(Number(c[15]) + 1) % 10} storniert`;
    },
  ];
  for (let i = 0; i < 21; i++) {
    benign("failing-check", `${stamp(r)} INFO ${failing[i % failing.length]()}`);
  }
  // hex ids, UUIDs, timestamps in many shapes
  for (let i = 0; i < 20; i++) {
    const forms = [
      `${stamp(r)} DEBUG cache key ${I.hex(r, 16)} evicted`,
      `session trace ${uuid(r)} finished in ${int(r, 1, 999)} ms`,
      `${Math.floor(1700000000 + r() * 1e7)} INFO heartbeat seq=${int(r, 1, 99999)}`,
      `Zeitstempel ${int(r, 2023, 2024)}${String(int(r, 1, 12)).padStart(2, "0")}${
        String(int(r, 10, 28))
      }${String(int(r, 10, 23))}${String(int(r, 10, 59))}${String(int(r, 10, 59))} Lauf ${
        int(r, 1, 999)
      }`,
      `objectid ${I.hex(r, 24)} updated`,
    ];
    benign("ids", forms[i % forms.length]);
  }
}

const SITES: Record<string, string> = {
  de: "Lager 10115 Berlin",
  fr: "entrepôt 69007 Lyon",
  es: "almacén 28013 Madrid",
  pt: "CD 01304-001 São Paulo",
  it: "magazzino 20124 Milano",
  nl: "DC 3511 NK Utrecht",
  pl: "magazyn 00-590 Warszawa",
  sv: "lager 411 36 Göteborg",
  fi: "varasto 33200 Tampere",
  tr: "depo 34000 İstanbul",
  ru: "склад 101000 Москва",
  ja: "物流センター 〒530-0001",
  zh: "仓库 邮编 518057",
  ko: "물류센터 우편번호 06236",
  hi: "warehouse PIN 400058",
  en: "DC Springfield IL 62704",
};

const LOCAL_TIMES: Record<string, string> = {
  de: "15.03.2024 10:22:33",
  fr: "15/03/2024 10h22",
  es: "15/03/2024 10:22:33",
  pt: "15/03/2024 às 10:22",
  it: "15/03/2024 ore 10:22",
  nl: "15-03-2024 10:22:33",
  pl: "15.03.2024 godz. 10:22",
  sv: "2024-03-15 kl. 10.22",
  fi: "15.3.2024 klo 10.22",
  tr: "15.03.2024 10:22:33",
  ru: "15.03.2024 в 10:22",
  ja: "2024年3月15日 10時22分",
  zh: "2024年03月15日 10:22:33",
  ko: "2024년 3월 15일 오전 10시 22분",
  hi: "15-03-2024 10:22 IST",
  en: "03/15/2024 10:22:33 AM",
};

function ean13(r: Random): string {
  const b = "40" + digits(r, 10);
  const sum = [...b].reduce((s, c, i) => s + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
  return b + ((10 - (sum % 10)) % 10);
}

function isbn13(r: Random): string {
  const b = "978" + pick(r, ["3", "2", "84", "88"]) + digits(r, 12).slice(0, 12 - 3 - 1);
  const body = b.slice(0, 12);
  const sum = [...body].reduce((s, c, i) => s + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
  const full = body + ((10 - (sum % 10)) % 10);
  return `${full.slice(0, 3)}-${full[3]}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full[12]}`;
}

const uuid = (r: Random) =>
  `${I.hex(r, 8)}-${I.hex(r, 4)}-4${I.hex(r, 3)}-${pick(r, ["8", "9", "a", "b"])}${I.hex(r, 3)}-${
    I.hex(r, 12)
  }`;

if (import.meta.main) {
  await Deno.writeTextFile(PII_LOCALES7_FILE, piiLocales7Text(generatePiiLocales7()));
}
