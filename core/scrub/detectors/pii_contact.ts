/**
 * Contact details: email addresses and telephone numbers. Phone numbers are the classic
 * precision trap in logs (timestamps, PIDs, ports, ids), so only structured forms match:
 * a `+` country code, or a national layout with its own grouping and separators.
 */
import { regex } from "./regex.ts";
import { raw } from "./raw.ts";
import type { Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { phraseKeywords } from "../prefilter/phrase_keywords.ts";
import { repeatedDigit } from "../checksums/digits.ts";
import { ukPostcodeValid } from "../checksums/national_ids.ts";
import { COUNTER_KEY_ENDS, digitsOf, hasContextBefore, keyNameBefore } from "./value_checks.ts";
import {
  afterNameAnyCase,
  ibanRestAt,
  ID_STATUS_WORDS,
  nameKeywords,
  NUMBER_RUN,
} from "./pii_context.ts";
import { luhnValid } from "../checksums/luhn.ts";
import { within } from "../windowed_match.ts";
import { charsBefore } from "../kv/syntax.ts";

/**
 * Extensions that follow `name@…` in paths and assets (`icon@2x.png`) and are no TLD, and
 * systemd's unit types (`getty@tty1.service`, `fstrim@weekly.timer`: a template unit's instance).
 */
const NOT_TLD = new Set(
  "service|socket|timer|target|mount|automount|path|slice|scope|swap|device|png|jpg|jpeg|gif|svg|webp|ico|js|mjs|cjs|ts|tsx|jsx|css|scss|map|json|txt|log|tmp|bak|lock|yaml|yml|xml|html|htm|java|class|jar|py|rb|go|rs|php|sh|so|dll|exe|bin|gz|tgz|md|csv|pdf|kt|swift|vue|wasm|local|internal|localdomain"
    .split("|"),
);

/**
 * A mailbox's local part and domain, not a file name (`icon@2x.png`), a git user, a RabbitMQ
 * node (Erlang's `name@host`, RabbitMQ's default name `rabbit`: `'rabbit@rmq-0.rmq-nodes.mq'`), or
 * a batch scheduler's place on a host: HTCondor's slot (`slot1_15@wn-256.grid.example.edu`) or a Grid
 * Engine queue instance (`all.q@node-63.hpc.example.ac.uk` in `qstat`: a cluster queue's name
 * ending in `.q`, on a numbered host; `mark.q@example.com` is a person's), or a Google calendar's id
 * (`c_0a9e…@resource.calendar.google.com` a room's, `…@group.calendar.google.com` a shared
 * calendar's, `en.usa#holiday@group.v.calendar.google.com`): a calendar, nobody's mailbox; or an
 * SSH algorithm's or extension's name, which OpenSSH and libssh write as `name@openssh.com`
 * (`chacha20-poly1305@openssh.com`, `curve25519-sha256@libssh.org` in `ssh -v` and Zeek's ssh.log).
 */
function plausibleMailbox(local: string, domain: string): boolean {
  const labels = domain.split(".");
  if (
    local.endsWith(".") || local.includes("..") || /^(?:git|rabbit|slot[\d_]+)$/.test(local) ||
    local.endsWith(".q") && /\d/.test(labels[0])
  ) {
    return false;
  }
  if (labels.some((l) => l.startsWith("-") || l.endsWith("-"))) return false;
  return !NOT_TLD.has(labels[labels.length - 1].toLowerCase()) &&
    !/\.calendar\.google\.com$|^(?:openssh\.com|libssh\.org)$/i.test(domain);
}

/**
 * `scheme://`, `scheme://user:` or `scheme://user:` and part of a password just before a match
 * (`https://monitor:m0n1t0r!ng@host`: the match starts after the `!`): it is a URL's userinfo and
 * host.
 */
export const URL_USERINFO_BEFORE = /:\/\/(?:[^\s/?#@:]{0,256}:[^\s/?#@]{0,256})?$/;

/**
 * A colon glued to what follows `user@host` ending at `end`: an scp-style remote
 * (`git@host:org/repo.git`, `user@host:/path`) or a port, not a mailbox. A colon that a blank,
 * a quote or the line's end follows ends a clause (`new ticket from jane@example.com: "…"`).
 */
export function remoteAfter(line: string, end: number): boolean {
  return line[end] === ":" && end + 1 < line.length && !/[\s"'<>)\]]/.test(line[end + 1]);
}

/**
 * A Kerberos service's name and `/` right before `host@REALM` (`HTTP/web.corp.example.com@CORP.EXAMPLE.COM`,
 * `nn/namenode-1…`, `krbtgt/REALM@REALM`, `MSSQLSvc/…`): the principal of a service, no mailbox.
 */
const KERBEROS_SERVICE_BEFORE =
  /(?<![\w/.-])(?:HTTPS?|host|krbtgt|kadmin|kiprop|ldap|nfs|cifs|DNS|MSSQLSvc|RestrictedKrbHost|TERMSRV|WSMAN|GC|postgres|hdfs|nn|dn|jn|sn|rm|nm|jhs|yarn|mapred|hive|hbase|zookeeper|zk|kafka|spark|livy|impala|oozie|hue|smtp|imap|pop|ftp|cassandra|elasticsearch|mongodb|redis|vault|ipa|afs)\/$/i;

/** `service/host@REALM`: a service's name before it and the realm in capitals after the `@`. */
function kerberosServicePrincipal(email: string, at: number, line: string, index: number): boolean {
  const realm = email.slice(at + 1);
  return line[index - 1] === "/" && realm === realm.toUpperCase() &&
    KERBEROS_SERVICE_BEFORE.test(charsBefore(line, index, 20));
}

const plausibleEmail = (email: string, line: string, index: number): boolean => {
  const at = email.lastIndexOf("@");
  // In `https://user:pass@host/path` the password is url-credentials' and the host stays.
  return plausibleMailbox(email.slice(0, at), email.slice(at + 1)) &&
    !remoteAfter(line, index + email.length) &&
    !URL_USERINFO_BEFORE.test(charsBefore(line, index, 300)) &&
    !MESSAGE_ID_BEFORE.test(charsBefore(line, index, 90)) &&
    !kerberosServicePrincipal(email, at, line, index);
};

/**
 * A mail's Message-ID or In-Reply-To right before the `<` of its value (RFC 5322 `Message-ID:
 * <…@host>`, postfix's `message-id=<…>`, a Gmail id's `<CAF…=…@mail.gmail.com>` too), or a SIP
 * message's Call-ID header right before its `local-id@host` (RFC 3261 `Call-ID: a84b4c76e667@pc33`):
 * an id the sending host made up, not a mailbox.
 */
const MESSAGE_ID_BEFORE =
  /(?:message-?id|in-reply-to)\W{0,4}<[^\s<>@]{0,64}$|(?<![\w-])call-id: ?$/i;

/** `jane%40example.com`: the `@` percent-encoded, as in a query string or a form body. */
const plausibleEncodedEmail = (email: string): boolean => {
  const at = email.toLowerCase().lastIndexOf("%40");
  return plausibleMailbox(email.slice(0, at), email.slice(at + 3));
};

/**
 * Country calling codes (ITU-T E.164): how many digits the code at the start of `digits` has,
 * or 0 when no code starts that way (28, 80, 83, 89).
 */
function callingCodeLength(digits: string): number {
  if (digits[0] === "1" || digits[0] === "7") return 1;
  const two = digits.slice(0, 2);
  if (TWO_DIGIT_CODES.includes(two)) return 2;
  return THREE_DIGIT_CODE_STARTS.includes(two) ? 3 : 0;
}
const TWO_DIGIT_CODES =
  "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98"
    .split(" ");
const THREE_DIGIT_CODE_STARTS = "21 22 23 24 25 26 29 35 37 38 42 50 59 67 68 69 85 87 88 96 97 99"
  .split(" ");

/** Digits after the international prefix `00`: a calling code and a national number that fits it. */
function internationalValid(digits: string): boolean {
  const code = callingCodeLength(digits);
  const national = digits.length - code;
  if (code === 0 || digits.length > 15) return false;
  return code === 1 ? national === 10 : national >= 6 && national <= 13;
}

/**
 * Groupings of national numbers written with their trunk `0` (first group included) that
 * name a telephone number alone, each with the leading digits it takes (a space after the area
 * code where other separators would make a case number: `01-123-4567`).
 */
const TRUNK_LAYOUTS: ReadonlyMap<string, RegExp> = new Map([
  ["2-2-2-2-2", /^0[1-9]/], // France 01 23 45 67 89
  ["2-3-2-2", /^0[1-9]/], // Belgium 02 123 45 67
  ["2-3-3-2", /^0[1-9]/], // Sweden 08-123 456 78
  ["3-3-2-2", /^0[1-9]/], // Switzerland 044 668 18 00, Sweden 070-123 45 67
  ["3-2-2-2", /^0[1-9]\d /], // Belgium 012 34 56 78, Algeria
  ["4-2-2-2", /^04|^0[1-9]\d\d /], // Belgium mobile 0470 12 34 56, French overseas 0590 27 12 34
  ["4-3-2-2", /^0[2-5]/], // Turkey 0532 123 45 67, 0212 123 45 67
  ["2-3-4", /^02|^0[1-9] /], // Korea (Seoul) 02-123-4567, New Zealand 03 234 5678
  ["3-3-4", /^0[1-9]/], // Netherlands 020 123 4567, South Africa 082 123 4567, Korea 031-123-4567
  ["3-4-4", /^0[1-9]/], // UK 020 7946 0958, Korea 010-1234-5678, Japan 090-1234-5678, China 010 1234 5678
  ["2-4-4", /^0[2-8]/], // Australia, Italy 02 9876 5432, Japan 03-1234-5678
  ["4-3-3", /^04|^0[1-9]\d\d /], // Australia mobile 0412 345 678, Switzerland 0800 123 456, Vietnam
  ["4-3-4", /^0[1-57-9]/], // UK 0161 496 0000, Philippines 0917 123 4567
  ["4-4-4", /^08/], // Indonesia mobile 0812-3456-7890
  ["5-3-3", /^07/], // UK mobile 07700 900 123
  ["2-2-3-4", /^06/], // Hungary 06 30 123 4567 (trunk 06, area or mobile code)
  ["3-2-4-4", /^0[1-9]\d 15[ -]/], // Argentina mobile 011 15-1234-5678 (area code, 15, number)
  ["11", /^0/], // UK mobile 07700900123 or London 02079460958 (the pattern's own alternative)
]);

/**
 * A national number with its trunk `0`: an area code and a subscriber number (2–5 and 5–8
 * digits, 9–12 in all: UK 01632 960000, Germany 030 12345678 / 0151/23456789, Israel 09-7625400,
 * Netherlands 06-12345678), or one of TRUNK_LAYOUTS. One separator between the groups after
 * the area code's own.
 */
function trunkLayoutValid(phone: string, digits: string): boolean {
  // `06-2025-4302`: a year in the middle makes it an invoice or case number, not a phone.
  if (/^\d{1,4}-(?:19|20)\d\d-/.test(phone)) return false;
  // DIN 5008: an extension after the subscriber number's dash (`040 726730-90`).
  if (/^0\d{2,4} \d{5,8}-\d{1,5}$/.test(phone)) return digits.length <= 14;
  const groups = phone.split(/[ ./-]/);
  const seps = phone.replace(/\d/g, "");
  if (seps.length !== groups.length - 1 || new Set(seps.slice(1)).size > 1) return false;
  if (seps.slice(1).includes("/")) return false;
  if (groups.length === 2) {
    // India writes the trunk 0 and a number's first five digits as one group (`098765 43210`).
    return (groups[0].length <= 5 || /^0[1-9]\d{4} \d{5}$/.test(phone)) &&
      groups[1].length >= 5 && digits.length >= 9 && digits.length <= 12;
  }
  return TRUNK_LAYOUTS.get(groups.map((g) => g.length).join("-"))?.test(phone) ?? false;
}

/**
 * Lengths of the national (significant) number under calling codes whose plan fixes them, as
 * the numbering plans published to the ITU give them; other codes take 7–12 digits.
 */
const NATIONAL_NUMBER_LENGTHS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["1", [10, 10]], // NANP
  ["7", [10, 10]], // Russia, Kazakhstan
  ["27", [9, 9]], // South Africa
  ["31", [9, 9]], // Netherlands
  ["33", [9, 9]], // France
  ["34", [9, 9]], // Spain
  ["44", [9, 10]], // United Kingdom
  ["52", [10, 10]], // Mexico
  ["55", [10, 11]], // Brazil
  ["61", [9, 9]], // Australia
  ["81", [9, 10]], // Japan
  ["82", [9, 10]], // Korea
  ["86", [10, 11]], // China
  ["90", [10, 10]], // Turkey
  ["91", [10, 10]], // India
]);

/**
 * `+CC` and the national number unbroken after one separator (`+91-9876543210`,
 * `+44 2071234567`): the code must be a calling code of its own length and the national number
 * as long as that code's plan allows.
 */
function unbrokenInternationalValid(code: string, national: string): boolean {
  if (callingCodeLength(code + national) !== code.length) return false;
  // Three-digit codes serve small plans of five-digit numbers (`+500 31234`): eight digits in all.
  const [min, max] = NATIONAL_NUMBER_LENGTHS.get(code) ?? [code.length === 3 ? 5 : 7, 12];
  return national.length >= min && national.length <= max && code.length + national.length <= 15;
}

/** `+CC` then one separator then the national number in one group. */
const UNBROKEN_INTERNATIONAL = /^\+(\d{1,3})[ .-](\d{5,14})$/;

function plausiblePhone(phone: string): boolean {
  const digits = digitsOf(phone);
  if (repeatedDigit(digits)) return false;
  const unbroken = UNBROKEN_INTERNATIONAL.exec(phone);
  if (unbroken) return unbrokenInternationalValid(unbroken[1], unbroken[2]);
  // `+44 …`, or the calling code in brackets with its plus (`(+44) 7700 900123`).
  if (/^\(?\+/.test(phone)) return digits.length >= 8 && digits.length <= 15;
  if (phone.startsWith("00")) return internationalValid(digits.slice(2));
  if (/^0[1-9]/.test(phone)) return trunkLayoutValid(phone, digits);
  const seps = phone.replace(/[0-9()]/g, "");
  // One kind of separator throughout (`01 23 45 67 89`, not `01.23-45 67`); `(555) 123-4567` mixes by design.
  if (!phone.includes("(") && new Set(seps).size > 1) return false;
  if (digits.length >= 9 && NATIONAL_LAYOUTS.some((layout) => layout.test(phone))) return true;
  // North American numbers written in spaces (`415 867 5309`): only as the numbering plan assigns
  // them (area code 2–9, 0–8, any; exchange 2–9), as spaces also group other numbers.
  if (NANP_SPACED.test(phone)) return true;
  if (/^(?:1[ .-]?)?\(|^(?:1[.-])?[2-9]\d\d[.-]|^1-\d{3}-/.test(phone)) {
    // North American layout: ten digits (after an optional country code 1). Assigned numbers
    // have area code and exchange starting with 2–9, but test and sample data often do not, and
    // the layout alone is already specific: mask every ten-digit number in it. After the country
    // code and a dash (`1-012-345-6789`, as data generators write any digits) the area code may
    // start with any digit; without it one starting 0 or 1 is no layout (`123-456-7890`: an id).
    const national = digits.length === 11 && digits[0] === "1" ? digits.slice(1) : digits;
    return national.length === 10;
  }
  return false;
}

/** A NANP number in three groups of 3, 3 and 4 digits separated by single spaces. */
const NANP_SPACED = /^[2-9][0-8]\d [2-9]\d\d \d{4}$/;

/**
 * National numbers with no trunk `0` in spaced groups that no count takes, pairs or a four after a
 * three (Spain 612 34 56 78, Poland 12 345 67 89, Portugal 21 234 5678).
 */
const SPACED_PAIRS = /^[1-9]\d(?:\d(?: \d\d){3}| \d{3} (?:\d\d \d\d|\d{4}))$/;

/**
 * A count and what it counts (`512 733 4821 events`, `… rows`): a spaced number followed by a
 * word is a quantity, not a telephone number.
 */
const COUNTED_AFTER = /^ [A-Za-z0-9]/;

/**
 * phone-number's check: plausiblePhone, no rest of an IBAN (ibanRestAt), and a spaced NANP
 * number that is no count and no part of a longer run of spaced numbers (`1 415 867 5309 2`).
 */
const plausiblePhoneOnLine = (phone: string, line: string, index: number): boolean => {
  if (!plausiblePhone(phone) || ibanRestAt(line, index)) return false;
  // Pairs of digits after a spaced byte pair with a digit or before one of digits (`Tx: 00 f5 00 00
  // 00 06 01 03 00 00 00 02`, a hex dump): bytes, not a number written in pairs (`Appel de 01 23 45
  // 67 89 de 9h à 18h`: `de` is a word there).
  if (
    /^\d\d( \d\d)+$/.test(phone) &&
    (/\b(?=.?\d)[\da-f]{2} $/i.test(line.slice(Math.max(0, index - 4), index)) ||
      /^ \d\d\b/.test(line.slice(index + phone.length)))
  ) return false;
  const after = line.slice(index + phone.length);
  const before = charsBefore(line, index, 12);
  // Spaced groups after a number or before one (`/proc`'s `IpExt: 134 1639 1686 630…`), or
  // between numbers in columns (`vmstat`'s `32   181 5678 4119  52`): counters, not a phone.
  // China's mobile layout (`138 1234 5678`) alone or before a word is still one.
  const cn = /^1[3-9]\d \d{4} \d{4}$/.test(phone);
  if (!cn && !NANP_SPACED.test(phone) && !SPACED_PAIRS.test(phone)) return true;
  return !(cn ? /^ \d/ : COUNTED_AFTER).test(after) && !/\d[ ,]$/.test(before) &&
    !(/\d\s+$/.test(before) && /^\s+\d/.test(after));
};

/**
 * National layouts with a bracketed area code or of their own that name a telephone number
 * with no context word.
 */
const NATIONAL_LAYOUTS: readonly RegExp[] = [
  /^\(0[1-9]\d{0,3}\) ?\d{2,8}(?:[ -]\d{2,4}){0,3}$/, // (02) 9876 5432, (020) 7946 0958, (030) 1234567
  /^\([1-9]\d\) ?(?:9\d{4}|[2-5]\d{3})-\d{4}$/, // Brazil (11) 91234-5678, (21) 3456-7890
  /^(?:8 ?)?\(\d{3,5}\) ?\d{1,3}-\d{2}-\d{2}$/, // Russia 8 (495) 123-45-67
  /^1[3-9]\d([ -])\d{4}\1\d{4}$/, // China mobile 138 1234 5678
  SPACED_PAIRS,
];

/**
 * A word or key naming a US ZIP code right before one (`"zip":"`, `zip_code=`, `ZIP+4: `,
 * `postal code `, `"postalCode": "`, `<PostalCode>`, `my zip code is `).
 */
const ZIP_NAME_BEFORE =
  /(?:zip|postal)(?:[ _-]?(?:code|plus[ _-]?4|\+4))?(?: is)?["'>]?\s{0,2}[:=]?\s{0,2}["']?$/i;

/** Words on a line that holds an address or postcode, before the postcode. */
/** Royal Mail's postcode areas (and BF, BX: forces' and non-geographic), before the district. */
const POSTCODE_AREA =
  /^(?:A[BL]|B[ABDFHLNRSTX]?|C[ABFHMORTVW]|D[ADEGHLNTY]|E[CHNX]?|F[KY]|G[LUY]?|H[ADGPRSUX]|I[GMPV]|JE|K[ATWY]|L[ADELNSU]?|M[EKL]?|N[EGNPRW]?|O[LX]|P[AEHLOR]|R[GHM]|S[AEGKLMNOPRSTWY]?|T[ADFNQRSW]|UB|W[ACDFNRSV]?|YO|ZE)\d/;

/** Names of a postal code before a Canadian one (ca-postal-code). */
const CA_POSTAL_CODE_NAMES = ["postal code", "post code", "code postal", "zip code", "zip"];

const POSTCODE_CONTEXT =
  /post[ _-]?code|postal|zip|address|addr|street|road|lane|london|(?<![a-z])(?:uk|gb)(?![a-z])/i;

/**
 * What a log says of a number between its name and the number (`SMS delivery failed to`,
 * `phone invalid:`, `Rufnummer ungültig:`, `numéro de téléphone invalide`).
 */
const PHONE_STATUS = `delivery|changed|updated|verified|unverified|${ID_STATUS_WORDS}`;

/**
 * Words naming a phone number in languages whose words the ASCII ones below do not hold (Polish
 * komórka, Portuguese contato, Russian телефон, мобильный, Japanese 電話, Chinese 电话, 手机,
 * Korean 연락처, 전화, 휴대폰; Indonesian telepon and nomor HP, Vietnamese số điện
 * thoại and its short sđt, Greek τηλέφωνο, κινητό, Arabic جوال, هاتف): each also a keyword of
 * phone-number-in-context. A word may end in one more ASCII letter (`komórka`) or up to four
 * letters of its script (`мобильный`, `電話番号`).
 */
const LOCAL_PHONE_WORDS =
  "kom\u00f3rk|contato|contatto|телеф|мобил|電話|电话|手机|연락처|전화|휴대|telepon|nohp|no_hp|nomor_hp|thoai|sđt|τηλ|κινητ|جوال|هاتف";

/**
 * A word naming a phone number in English or another language (`mobile`, `user_tel`, `phones`,
 * `"phoneNumber":"`, `telefon`, `teléfono`, `Handy`, `tlf`, `puhelin`, Vietnamese `sdt`,
 * Turkish `gsm` (not `usdt`, `gsm_cell_id`: an id's key), `landline`, M-Pesa's `PartyA` and
 * `PartyB` (a customer's number, or a till's short code: too short to be read); a vCard's
 * `TEL` with its parameters, `TEL;TYPE=HOME:`, `TEL;WORK;VOICE:`; not `celltower`), up to five
 * marks (PHP print_r's `[mobile] => `), then only a few joining words (`number`, `sent to`,
 * `opt-in from`, a name/value pair's `value`: HubSpot's `{"name":"mobilephone","value":"…"}`),
 * right before a bare number. RADIUS accounting's `Calling-Station-Id` and `User-Name` (a mobile
 * network's subscriber, its MSISDN: FreeRADIUS's detail file `User-Name = "447700900123"`, or
 * JSON `"calling_station_id":"…"`) too.
 */
const PHONE_CONTEXT = regex(
  raw`(?:phone|(?<![a-z])(?:my number|mob|tel(?:;[a-z-]{1,9}(?:=[\w",-]{1,24})?){1,4}(?=:)|t[e\u00e9]l(?![a-df-z]|e[a-eg-z])|telem[o\u00f3]vel|cell|sms|fax|otp|tlf|handy|sdt|gsm|landline|party[ab])|celular|m[o\u00f3]vil|portable|hotline|whats ?app|msisdn|contact|rufnummer|puhelin|(?:${LOCAL_PHONE_WORDS})(?:[a-z]|[^\0-\x7f]{1,4})?|(?<![a-z])(?:reach|text)(?: me| us)? (?:at|on)|(?<![a-z])(?:call(?:ed|ing)?(?: me| us| back|back(?= on))?(?: (?:at|on))?|calling[_-]station[_-]id|user-name)|(?<![a-z])caller(?:[ _-]?id)?|(?<![a-z])dial(?:ed|led|ing)?)` +
    raw`(?:[a-z\u00e9_]{0,8}(?:phone|one|oon|no|nr|num|number|mer|ero|ile?|ulare?|isdn|app|fon[eo]?|fonu)|s)?[^a-z0-9\n]{0,5}` +
    raw`(?:(?:no|nr|num|numbers?|nummer|numero|numaras\u0131|is|to|from|at|on|via|for|sent|delivered|dispatched|opt-in|value|${PHONE_STATUS})[^a-z0-9\n]{1,4}){0,3}` +
    // A first number the word names, then the next after a comma or `(alt.` (`call back on 0151
    // 2345678 (alt. 486 86 306)`, `phone: 020 7946 0958, 96907 51709`).
    raw`(?:\+?\(?\d[\d ()./-]{5,18}\d\)?(?:,|;| or| and| ?\((?:alt(?:ernative)?|or|else|mobile|home|work)\.?:?)[ ]?)?$`,
  "i",
);
/**
 * Keys whose numbers are ids, counts, sizes or times even with a phone word in them (`phone_id`,
 * `phone_verified_at`: a key ending in `_at` holds a time). Milliseconds (`ms`), but not an SMS
 * (`sms`, `recipient_sms`): that holds a number. A sequence number too (SMPP's
 * `submit_sm_resp … sequence_number=220844019`, `seq_no`), which a bare `number` key would name.
 */
const NOT_PHONE_KEY = new RegExp(
  `(?:${COUNTER_KEY_ENDS}|seq(?:uence)?(?:[ _-]?n(?:o|r|um(?:ber)?))?|_at|(?<!s)ms|total|len|length|attempts|retries|latency|port)$`,
);

/**
 * Keys of a caller's number, which end in `id` and are still numbers, not ids (RADIUS's
 * `Calling-Station-Id` too); WhatsApp's `wa_id` (a contact's number, digits without `+`, as its
 * webhooks send it) too.
 */
const CALLER_KEY =
  /^(?:(?:caller|calling|callee|called)[ _-]?(?:(?:station[_-])?id|number|no)?|wa_id)$/;

/**
 * A message or call's party written as a bare key (`to=`, `"recipient":"`, `ani=`; an SMPP PDU's
 * `source_addr=` and `dest_addr=`; a WhatsApp contact's `"wa_id":"`) right before the number, on
 * a line about SMS, calls, SIP or WhatsApp (gateways and PBXs log numbers this way).
 */
const PARTY_KEY_BEFORE =
  /(?<![a-z])(?:to|from|recipient|receiver|sender|(?:dest(?:ination)?|dst|src)(?:_addr)?|source_addr|callee|ani|dnis|cli|number|wa_id|[ab](?:[ _-]?(?:num(?:ber)?|no|party))?)["']?\s{0,2}[:=]\s{0,2}["']?$/i;
/**
 * An epoch of 2017 to 2026 in seconds or milliseconds, a time range's bound under a party's key
 * (`query_range?from=1765090000&to=1765093600` on a line with an API call, a callback or a
 * syscall): 10 or 13 digits from 15, 16 or 17, which no number with its country code (+1 makes 11
 * digits) and no North American one (area codes start 2–9) has.
 */
const EPOCH = /^1[5-7]\d{8}(\d{3})?$/;
/**
 * Words of a line about messages or calls (a call detail record's `CDR`, whose parties are A and B;
 * a messaging API's `Messages.json` request, whose `To=` and `From=` are numbers; an SMS centre's
 * SMPP operations, `submit_sm` and `deliver_sm`; an SMS API's sender, its `originator`).
 */
const PHONE_LINE_WORDS =
  /sms|otp|sip|call|dial|voice|msisdn|whatsapp|pbx|trunk|cdr|messages\.json|smpp|_sm\b|originator/i;

/**
 * A key that names a telephone number and nothing else, right before its value (`phone=`,
 * `"phone": "`, `tel: `, `mobile_no=`): small numbering plans' five- and six-digit numbers
 * (`phone=62889`, `"tel": "20 12 34"`) are taken after it alone.
 */
const SHORT_NUMBER_KEY =
  /(?<![a-z])(?:phone|tel|telephone|mobile|msisdn)(?:[ _-]?(?:no|nr|num|number))?["']?[ \t]{0,2}[:=][ \t]{0,2}["']?$/i;
/** What ends such a value: the line's end, a closing quote or bracket, or the next `key=`. */
const SHORT_NUMBER_END = /^(?:[ \t]*$|["',;)\]}|]|[ \t]+[\w.-]+=)/;

const phoneInContext = (value: string, line: string, index: number): boolean => {
  const digits = digitsOf(value);
  // Seven digits only when grouped (`321 2345`, `555-0134`): a local number, not an id; five or
  // six as the whole value of a phone key.
  const min = /\d[ .-]\d/.test(value) ? 7 : 8;
  // Nor an ISO date (`call me on 2026-12-07`).
  if (digits.length > 15 || repeatedDigit(digits) || /^(?:19|20)\d\d-\d\d-\d\d$/.test(value)) {
    return false;
  }
  if (digits.length < min) {
    return digits.length >= 5 && !value.includes("(") &&
      hasContextBefore(line, index, SHORT_NUMBER_KEY, 24) &&
      SHORT_NUMBER_END.test(line.slice(index + value.length));
  }
  const key = keyNameBefore(line, index);
  const named = hasContextBefore(line, index, PHONE_CONTEXT, 48) ||
    (hasContextBefore(line, index, PARTY_KEY_BEFORE, 24) && PHONE_LINE_WORDS.test(line) &&
      !EPOCH.test(value));
  return named && (CALLER_KEY.test(key) || !NOT_PHONE_KEY.test(key)) &&
    !/^ ?(?:[nuµm]?s|sec|bytes?|[kmg]?b)\b/i.test(line.slice(index + value.length));
};

/**
 * A form-encoded value (`application/x-www-form-urlencoded`, a query string) as a person would
 * read it: `+` between characters is a space, and the escapes a phone number carries (`%2B`,
 * `%20`, `%28`, `%29`, `%2D`, `%2E`) are decoded; a leading `+` stays a `+`, as clients that
 * forget to encode it mean one.
 */
function formDecoded(value: string): string {
  const spaced = value[0] + value.slice(1).replace(/\+/g, " ");
  return spaced.replace(/%(2[0BbDdEe89])/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * A form or query value that is all a phone number once decoded (`tel=0151+23456789`,
 * `emergency=%2B1+415+867+5309`): a layout phone-number takes with no word, or any number after a
 * key that names a phone (`telefon=072874%2042108`).
 */
const plausibleFormPhone = (value: string, line: string, index: number): boolean => {
  const phone = formDecoded(value);
  if (/[^0-9+ ().-]/.test(phone)) return false;
  if (plausiblePhone(phone)) return true;
  // The key with its `=` (a phone word such as `sms_to` ends in a word that needs one after it).
  const key = charsBefore(line, index, 49);
  return (hasContextBefore(key, key.length, PHONE_CONTEXT, 49) ||
    (hasContextBefore(key, key.length, PARTY_KEY_BEFORE, 24) && PHONE_LINE_WORDS.test(line))) &&
    !NOT_PHONE_KEY.test(key.slice(0, -1)) &&
    digitsOf(phone).length >= 8 && digitsOf(phone).length <= 15 &&
    !repeatedDigit(digitsOf(phone));
};

/** A number whose digits are not one digit repeated (`tel:0000000`). */
const notRepeated = (value: string) => !repeatedDigit(digitsOf(value));

/** Every `@`: what an email address's reach is measured from on a long line. */
const AT_SIGN = /@/g;

/**
 * An email address's domain after its `@` (or `%40`): up to eight labels and a TLD, alphabetic or
 * internationalized in punycode (`xn--p1ai`), not followed by more of a host name.
 */
const EMAIL_DOMAIN =
  raw`(?:[A-Za-z0-9-]{1,63}\.){1,8}(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{1,59})(?![A-Za-z0-9-]|\.[A-Za-z0-9])`;

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * Email address (RFC 5321 mailbox): a local part (an apostrophe inside it too, as in
   * `patrick.o'brien@`), `@`, and a domain ending in an alphabetic TLD or an internationalized one
   * in punycode (`xn--p1ai`); file names and scp-style git remotes excluded.
   */
  pii(
    "email-address",
    "email-at",
    regex(raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@${EMAIL_DOMAIN}`, "g"),
    plausibleEmail,
    // The `@` follows the local part's first character and up to 63 more: the match starts 1 to 64
    // characters before an `@`.
    within(64, 0, AT_SIGN),
  ),
  /**
   * Email address whose local part is a quoted string (RFC 5321: `"john smith"@example.com`), also
   * with its quotes JSON-escaped (`\"john smith\"@…`): the whole address, quotes included. Not
   * the quotes of strings joined around a variable in code (`"…:" + pw + "@host"`).
   */
  pii(
    "email-address-quoted-local",
    ['"@'],
    regex(raw`(?:\\"[^"\\\n]{1,64}\\"|(?<![\w\\])"[^"\\\n]{1,64}")@${EMAIL_DOMAIN}`, "g"),
    (email) => {
      const at = email.lastIndexOf("@");
      // Not code joining strings around a variable (`"postgres://u:" + pw + "@db.host"`).
      return /[A-Za-z0-9]/.test(email.slice(0, at)) && !/^" [+.] /.test(email) &&
        plausibleMailbox("x", email.slice(at + 1));
    },
  ),
  /**
   * Email address with its `@` percent-encoded as `%40` (RFC 3986), as access logs print query
   * strings and form bodies.
   */
  pii(
    "email-address-url-encoded",
    ["%40"],
    regex(raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}%40${EMAIL_DOMAIN}`, "g"),
    plausibleEncodedEmail,
    // The `%40` follows the local part's first character and up to 63 more: the match starts 1 to
    // 64 characters before its keyword.
    within(64, 0),
  ),
  /**
   * Email address as an airline reservation (a PNR) writes it, `//` for its `@` (`..` for `_`,
   * `./` for `-`), in its contact element: Amadeus `APE JANE.DOE//EXAMPLE.COM`, an SSR's
   * `CTCE YY HK1/JANE..DOE//EXAMPLE.COM/P1`.
   */
  pii(
    "email-address-pnr",
    // The element codes are words of their own: no letter or digit before or after them.
    { keywords: ["ctce", "ape"], wholeWords: true },
    /(?<=(?:CTCE \w\w HK\d|\bAPE)[ /-])[\w./-]{1,64}\/\/[\w./-]{1,253}/g,
  ),
  /**
   * Telephone number: international (+CC or 00CC, E.164 up to 15 digits, the calling code in
   * brackets `(+44) 7700 900123`) or a national layout with its trunk 0 or bracketed area code
   * (UK 020 7946 0958, FR 01 23 45 67 89, DE 030 12345678, AU 0412 345 678 / (02) 9876 5432, NL
   * 06-12345678, CH 044 668 18 00, BE 0470 12 34 56, TR 0532 123 45 67, SE 070-123 45 67, KR
   * 010-1234-5678, JP 090-1234-5678, IL 09-7625400, ID 0812-3456-7890,
   * RU 8 (495) 123-45-67), NANP (555) 123-4567 / 555-123-4567, BR (11) 91234-5678, CN 138 1234
   * 5678.
   */
  pii(
    "phone-number",
    NUMBER_RUN,
    regex(
      // A `+` number may follow a name and a colon (`Phone:+4479…`, Go's `%+v`); no other, and
      // not a `tel:` URI's (phone-number-tel-uri's).
      raw`(?<![\w.+-]|\/(?!\+\d)|:(?!\(?\+)|[^A-Za-z]:|[Tt][Ee][Ll]:)(?:` +
        [
          raw`\+[1-9]\d{7,14}`, // E.164, no separators
          raw`\+[1-9]\d{0,3}(?:[ .-]{1,2}\d{1,10}|[ .-]{0,2}\(\d{1,6}\)\d{0,5}){2,6}`, // +CC with groups
          raw`\+[1-9]\d{0,2}[ .-]\d{5,14}`, // +CC and the national number unbroken
          raw`\(\+[1-9]\d{0,2}\)[ .-]?\d{1,10}(?:[ .-]\d{1,10}){1,5}`, // (+44) 7700 900123
          raw`00[ .-]?[1-9]\d{0,3}(?:[ .-]\d{1,8}|[ .-]?\(\d{1,6}\)\d{0,5}){1,6}`, // 00 CC with groups
          raw`(?:1[ .-]?)?\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}`, // (555) 123-4567
          raw`(?:1[.-])?\d{3}([.-])\d{3}\1\d{4}`, // 555-123-4567, 1-800-555-0199
          raw`[2-9]\d\d [2-9]\d\d \d{4}`, // 415 867 5309
          raw`0[1-9]\d{0,4}(?:[ ./-]\d{2,10}){1,4}`, // trunk 0 and groups
          raw`0(?:7[1-57-9]\d|20[378])\d{7}`, // UK mobile or London unbroken
          raw`\(0[1-9]\d{0,3}\) ?\d{2,8}(?:[ -]\d{2,4}){0,3}`, // (02) 9876 5432
          raw`\([1-9]\d\) ?\d{4,5}-\d{4}`, // Brazil
          raw`(?:8 ?)?\(\d{3,5}\) ?\d{1,3}-\d{2}-\d{2}`, // Russia
          raw`1[3-9]\d[ -]\d{4}[ -]\d{4}`, // China mobile
          raw`[1-9]\d(?:\d(?: \d\d){3}| \d{3} (?:\d\d \d\d|\d{4}))(?! \d)`, // ES, PL, PT
        ].join("|") +
        // A colon ends the number when a blank or the line's end follows (`sent to +1 …: failed`);
        // an extension may be glued to it (`(415) 555-0142x17`, `555-0142EXT9`): the number ends;
        // so does a reservation's passenger after a slash (Amadeus `APM +4917…/P1`).
        raw`)(?=(?:[xX]|[eE][xX][tT]\.?) ?\d{1,5}(?![\w/])|(?!\w|\/(?<!\/\+\d+\/)(?!P\d)|:(?![ \t]|$)|[.-]\d|,\d(?<!(?:\+[\d ().-]{6,24}|(?<![\w.])0[\d ]{6,20}),\d)))`,
      "g",
    ),
    plausiblePhoneOnLine,
  ),
  /**
   * Telephone number written as bare digits or with spaces only (IN 98765 43210 / 098765 43210, US
   * 415 555 2671 / 425 8829090, ES 612 34 56 78, MX 55 1234 5678, E.164 without + or with 00), 8–15
   * digits, right after a word such as phone, mobile, tel, sms, msisdn, call me at or my number is.
   */
  pii(
    "phone-number-in-context",
    `phone|mob|tel|t\u00e9l|user-name|cell|celular|movil|m\u00f3vil|portable|hotline|whatsapp|whats app|sms|msisdn|fax|otp|contact|call|reach|text|dial|tlf|handy|sdt|gsm|landline|partya|partyb|rufnummer|puhelin|cdr|trunk|my number|messages.json|smpp|_sm|originator|${LOCAL_PHONE_WORDS}`
      .split("|"),
    // Brazil's carrier-choice `0XX` may lead the area code (`0XX11 91234-5678`), Japan brackets
    // the local exchange (`06(3189)7595`), Poland's old layout its trunk and area (`(0-22) 472-97-02`),
    // Hungary's and Turkmenistan's their trunk prefix and area code (`(06 1) 234 5678`, `(8 12)
    // 34-56-78`), Kazakhstan's its area code after the trunk 8 (`8 (71234) 5 67 89`). An extension
    // may be glued to it, as to phone-number's (`Phone:012-784-1219x89`): the number ends there.
    /(?<![\w.,/+-]|\d[ .-])(?:0XX|\((?:0-|0?[68] )?\d{1,5}\) ?|8 \(\d{3,5}\) ?|\d{2,4}\(\d{1,4}\))?\d{1,15}(?:[ .-]\d{1,10}){0,5}(?=(?:[xX]|[eE][xX][tT]\.?) ?\d{1,5}(?![\w/])|(?![\w:/]|[.,-]?\d))/g,
    phoneInContext,
  ),
  /**
   * Telephone number as a whole form-encoded value (a form body or query string,
   * `tel=0151+23456789`, `phone=%2B44+7911+123456`, `q=011%2015-1234-5678`): `+` read as a space and `%2B`, `%20`, `%28`,
   * `%29` decoded, then judged as phone-number judges a number alone, or as any 8–15 digits under a
   * key that names a phone.
   */
  pii(
    "phone-number-form-encoded",
    // A `+` read as a space between digits (or after a bracketed area code): `0151+2345…`; or a
    // space percent-encoded (`011%2015-…`).
    [
      ..."0123456789)".split("").flatMap((a) => [..."0123456789("].map((b) => `${a}+${b}`)),
      "%20",
    ],
    /(?<=[=])(?:%2[Bb]|%28|[(+])?\d(?:[\d().-]|%(?:2[0BbDdEe89])){0,12}(?:\+|%20)[(\d](?:[\d().+-]|%(?:2[0BbDdEe89])){4,30}(?=$|[&;\s"'])/g,
    plausibleFormPhone,
  ),
  /**
   * Telephone number as the user part of a SIP URI (RFC 3261, `sip:+4930123456@pbx`,
   * `sips:0412345678;user=phone`), or as a PBX's dial string names it: an Asterisk channel's
   * (`PJSIP/+14155550186@trunk`, `Local/0412345678@from-internal`) and the extension pbx.c's
   * `Executing [0412345678@from-trunk:1]` runs, and a number dialled through a named peer,
   * before the dial's options or at its end (`Dial(SIP/trunk/+60111381728,60)`, `IAX2/out/…`,
   * `DAHDI/g0/…`): 7–15 digits, maybe after `+` and with `-`, `.`, `(`, `)` between them.
   */
  pii(
    "phone-number-sip-uri",
    ["sip:", "sips:", "sip/", "iax2/", "dahdi/", "local/", "executing ["],
    /(?<![a-z0-9])(?:sips?:|(?:(?:pj)?sip|iax2|dahdi)\/(?:[\w-]{1,32}\/)?|local\/|executing \[)(?<secret>\+?\d(?:[-.()]?\d){6,14})(?=[@;>]|(?<=\/[\w-]+\/\+?[\d().-]+)(?![\w.-]))/dgi,
    notRepeated,
  ),
  /**
   * Telephone number in a `tel:` URI (RFC 3966) or a WhatsApp click-to-chat link (`wa.me/`): `+`
   * and a global number, or a local one, of 7–15 digits with the visual separators `-`, `.`, `(`,
   * `)` between them, or spaces as logs write them (`tel:+44 20 7946 0958`, `tel:(415) 555-0132`).
   */
  pii(
    "phone-number-tel-uri",
    ["tel:", "wa.me/"],
    /(?<![a-z0-9])(?:tel:|wa\.me\/)(?<secret>\+?\(?\d(?:[-.() ]{0,2}\d){6,14})(?![\w.-]\d|\w)/dgi,
    notRepeated,
  ),
  /**
   * A mobile subscriber's IMSI (ITU-T E.212: 15 digits, a mobile country code 2xx–7xx, the network
   * and the subscriber) right after imsi.
   */
  pii("imsi", ["imsi"], afterNameAnyCase(["imsi"], raw`[2-7]\d{14}`)),
  /**
   * A handset's IMEI (15 digits with its Luhn check digit, or the 16 of an IMEISV, plain or grouped
   * 2-6-6-1) right after imei: a person's device.
   */
  pii(
    "imei",
    ["imei"],
    afterNameAnyCase(["imei", "imeisv"], raw`\d{2}[ -]?\d{6}[ -]?\d{6}[ -]?\d{1,2}`),
    (value) => {
      const digits = digitsOf(value);
      return digits.length === 15 ? luhnValid(digits) : digits.length === 16;
    },
  ),
  /**
   * UK postcode (Royal Mail layout: outward code of area letters and district, inward code of a
   * digit and two letters, with the letters each place allows; or Girobank's GIR 0AA) on a line
   * about a postcode or address.
   */
  pii(
    "uk-postcode",
    [
      ...phraseKeywords(["post code"]),
      "postal",
      "zip",
      "address",
      "addr",
      "street",
      "road",
      "lane",
      "london",
    ],
    /(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}(?![A-Za-z0-9])/gi,
    // in capitals, or all in small letters (`london sw1a 1aa`), not mixed (`Ab1 2Cd`)
    (value, line, index, upper = value.toUpperCase()) =>
      (value === upper || value.toLowerCase() === value) && ukPostcodeValid(upper) &&
      hasContextBefore(line, index, POSTCODE_CONTEXT, 80),
  ),
  /**
   * UK postcode with no word naming it, in capitals (`M1 1AE`, `EC1A1BB`): one of Royal Mail's
   * postcode areas, a district, an inward code of a digit and two letters, each as
   * ukPostcodeValid allows; not inside a path, a base64 run or a dashed or dotted token, not
   * a size after a name (`S3 5GB`, `EC2 4TB`: an inward code of a digit and a byte unit), and not
   * the area N's unspaced (`N123AB`: a US aircraft's registration, an N-number, reads the same).
   */
  pii(
    "uk-postcode-alone",
    "uk-postcode",
    /(?<![\w/+.:-])[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?![\w/+=-])/g,
    (value) =>
      ukPostcodeValid(value) && POSTCODE_AREA.test(value) &&
      !/\d[EGPTYZ]B$|^N\d+[A-Z]{2}$/.test(value),
  ),
  /**
   * Canadian postal code (Canada Post: letter, digit, letter, a space, digit, letter, digit; no D,
   * F, I, O, Q or U, and no W or Z first) right after a word or key naming a postal code
   * (`postal code: K2P 1L4`, `"postalCode":"k2p1l4"`, `code postal `, `zip `).
   */
  pii(
    "ca-postal-code",
    nameKeywords(CA_POSTAL_CODE_NAMES),
    afterNameAnyCase(
      CA_POSTAL_CODE_NAMES,
      "[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ -]?\\d[ABCEGHJ-NPRSTV-Z]\\d",
    ),
  ),
  /**
   * US ZIP+4 code (USPS: the 5-digit ZIP, a dash, the 4-digit add-on) after a word or key naming a
   * ZIP or postal code (`"zip":"94105-1234"`, `zip_code=`, `ZIP+4: `, `postal code `): a ZIP+4
   * narrows an address to a block or a building.
   */
  pii(
    "us-zip-plus4",
    ["zip", "postal"],
    /(?<![\w.-])\d{5}-\d{4}(?![\w-]|\.\d)/g,
    (value, line, index) =>
      value.slice(0, 5) !== "00000" && hasContextBefore(line, index, ZIP_NAME_BEFORE, 32),
    // ZIP_NAME_BEFORE, from `zip` or `postal` (its keywords) to the match, is 23 characters at
    // most (`postal-plus-4 is"  :  "`); no match starts inside another.
    within(0, 23),
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
