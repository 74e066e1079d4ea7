/**
 * Financial identifiers: payment card numbers (issuer ranges + Luhn), IBANs (country
 * length + mod 97) and cryptocurrency addresses (Base58Check, Bech32/Bech32m, EIP-55).
 */
import type { Detector } from "../detector.ts";
import { repeatedDigit } from "../checksums/digits.ts";
import { luhnValid } from "../checksums/luhn.ts";
import { ibanCountriesByLength, ibanValid } from "../checksums/iban.ts";
import { base58CheckDecode } from "../checksums/base58.ts";
import { segwitAddressValid } from "../checksums/bech32.ts";
import { eip55Valid } from "../checksums/eip55.ts";
import { digitsOf, hasContextBefore, keyNameBefore } from "./value_checks.ts";

/** Issuer prefix ranges (ISO/IEC 7812 IINs as the networks publish them) and their lengths. */
function issuerLengthValid(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2)), p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4)), p6 = Number(digits.slice(0, 6));
  if (digits[0] === "4") return n === 13 || n === 16 || n === 19; // Visa
  if (p4 >= 2200 && p4 <= 2204) return n === 16; // Mir
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) {
    return n >= 16 && n <= 19; // Discover
  }
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19; // Diners
  if (p2 === 62) return n >= 16 && n <= 19; // UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19; // Maestro
  if (digits[0] === "1") return n === 15; // UATP (airline cards)
  return false;
}

/** Keys whose numeric values are ids, counters or times, never card numbers (`"span_id":"6079…"`). */
const NOT_CARD_KEY = /(?:ids?|seq|ts|time|timestamp|nonce|offset|count|size|bytes)$/;

function plausibleCard(candidate: string, line: string, index: number): boolean {
  const digits = digitsOf(candidate);
  return !repeatedDigit(digits) && issuerLengthValid(digits) && luhnValid(digits) &&
    !NOT_CARD_KEY.test(keyNameBefore(line, index)) &&
    // The digits of a grouped IBAN (`DE44 5001 0517 …`) are not a card.
    !hasContextBefore(line, index, /[A-Z]{2}\d{2} $/, 5);
}

/**
 * An IBAN of its country's registered length, with one optional space or dash between any two
 * characters after the check digits (`DE89 3704 0044 0532 0130 00`, `DE89 370 400 440 …`,
 * `DE89-3704-…` when `loose`, which also takes one after the country code: `DE 89 …`): one
 * alternative per length, so the match ends where the country's IBAN ends even when more
 * groups follow. Without `loose`, every match starts as the `iban-start` line shape.
 */
function ibanPattern(loose: boolean): string {
  const body = [...ibanCountriesByLength()]
    .map(([length, countries]) =>
      loose
        ? String.raw`(?:${countries.join("|")})[ -]?\d{2}(?:[ -]?[A-Z0-9]){${length - 4}}`
        : String.raw`(?:${countries.join("|")})\d{2} ?[A-Z0-9](?:[ -]?[A-Z0-9]){${length - 5}}`
    )
    .join("|");
  return String.raw`(?<![A-Za-z0-9])(?:${body})(?![A-Za-z0-9])`;
}

/** An IBAN candidate without its separators, in capitals, checked by length and mod 97. */
const ibanCompactValid = (value: string) => ibanValid(value.replace(/[ -]/g, "").toUpperCase());

/**
 * Words on a line that make a lower-case or oddly grouped IBAN worth reading (not `account` or
 * `bank` alone: they are on too many lines that hold none, and each costs a search).
 */
const IBAN_LINE_WORDS = [
  "iban",
  "beneficiary",
  "payee",
  "konto",
  "rekening",
  "cuenta",
  "conto",
  "compte",
  "sepa",
];

/**
 * Context that makes a lower-case `0x` + 40 hex an Ethereum address rather than a hash: a word
 * naming an address, or a payment moving to or from one (`deposit received on 0x…`).
 */
const ETH_CONTEXT =
  /(?<![a-z])(?:wallet|address|addr|eth|ethereum|erc-?20|recipient|account|deposit(?:ed)?|withdrawal|withdrawn|payout|transfer(?:red)?|sender|receiver|beneficiary|payee)(?![a-z])/i;

/**
 * Version bytes of legacy Base58Check addresses other than Bitcoin's, by their first character:
 * Litecoin P2PKH (`L`, 0x30) and P2SH (`M`, 0x32), Dogecoin P2PKH (`D`, 0x1e).
 */
const ALTCOIN_VERSIONS: Readonly<Record<string, number>> = { L: 0x30, M: 0x32, D: 0x1e };

export const detectors: Detector[] = [
  {
    id: "payment-card",
    description:
      "Payment card number (Visa, Mastercard incl. 2-series, Mir, Amex, Discover, JCB, Diners, UnionPay, Maestro, UATP): issuer range and length, Luhn-valid, plain or grouped with spaces, dashes or dots.",
    kind: "pii",
    prefilter: { shape: "number-run" },
    pattern:
      /(?<![\w.:\/+-])(?:[2-6]\d{11,18}|1\d{14}|[2-6]\d{3}(?<sep>[ .-])\d{4,6}\k<sep>\d{4,5}(?:\k<sep>\d{1,4}){0,2})(?![\w\/]|:\S|\.\w|[ -]?\d)/g,
    validate: plausibleCard,
    mask: "partial",
    examples: {
      positive: [
        { text: "payment failed card=4111111111111111 amount=42.00", secret: "4111111111111111" },
        { text: "airline card 122000000000003 charged", secret: "122000000000003" },
        { text: '{"pan":"5555 5555 5555 4444","exp":"12/29"}', secret: "5555 5555 5555 4444" },
        { text: "amex 3782-822463-10005 declined", secret: "3782-822463-10005" },
        { text: "card 2223 0031 2200 3222 (mc 2-series) ok", secret: "2223 0031 2200 3222" },
        { text: "jcb=3530111333300000 diners=30569309025904", secret: "3530111333300000" },
        { text: "declined: card ending 4111 1111 1111 1111.", secret: "4111 1111 1111 1111" },
        { text: "card 4539.1488.0343.6467 charged", secret: "4539.1488.0343.6467" },
        { text: "mir card 2201 5260 1815 9084 declined", secret: "2201 5260 1815 9084" },
        { text: '{"pan":"2204-3016-6131-8602"}', secret: "2204-3016-6131-8602" },
        {
          text: "charge failed for card 5555 5555 5555 4444: do_not_honor",
          secret: "5555 5555 5555 4444",
        },
      ],
      negative: [
        "Deleting block blk_-5880591395067598620 file /mnt/hadoop/dfs/data",
        "ts=1717200000000 order=4111111111111112",
        "trace 4bf92f3577b34da6 span 00f067aa0ba902b7 seq 4000000000000001",
        "attempt_1445144423722_0020_m_000006_0 is : 0.44980705",
        "uuid 550e8400-e29b-41d4-a716-446655440000",
        '{"trace_id":"78b16ffd27f84c1c","span_id":"6079317528413041","status":200}',
        "iban DE44 5001 0517 5407 3249 31",
        "elapsed 4111111111111111.5 s, ratio 4111111111111111.x",
        "ts:4111111111111111 seq:4539148803436467",
        "version 4539.1488.0343.6466 built",
        "ref 2205301661318601 ok",
        "key 4111111111111111:4539148803436467 joined",
      ],
    },
  },
  {
    id: "payment-card-json-number",
    description:
      'A payment card number (as payment-card judges it) written as a bare JSON number right after its key\'s colon, `"card":4539…`, where payment-card, which starts no number after a colon (`12:34`, `ts:1717…`), does not look.',
    kind: "pii",
    // The colon of compact JSON and the card's first digit.
    prefilter: { keywords: [..."123456"].map((digit) => `":${digit}`) },
    pattern: /":(?<secret>[2-6]\d{11,18}|1\d{14})(?![\w.])/dg,
    validate: plausibleCard,
    mask: "partial",
    examples: {
      positive: [
        { text: '{"card":4539148803436467,"ok":true}', secret: "4539148803436467" },
        { text: '{"order":{"pan":5555555555554444}}', secret: "5555555555554444" },
      ],
      negative: [
        '{"level":30,"time":1717200000037,"pid":657}',
        '{"order_id":4539148803436467}',
        '{"amount":4539148803436467.5}',
        '{"card":4539148803436468}',
      ],
    },
  },
  {
    id: "iban",
    description:
      "International Bank Account Number (ISO 13616): country code, check digits and BBAN of the registered length, mod-97 valid; plain, in groups of four, or grouped otherwise with spaces or dashes.",
    kind: "pii",
    prefilter: { shape: "iban-start" },
    pattern: new RegExp(ibanPattern(false), "g"),
    validate: ibanCompactValid,
    examples: {
      positive: [
        {
          text: "refund to iban=DE89370400440532013000 initiated",
          secret: "DE89370400440532013000",
        },
        {
          text: "Beneficiary IBAN: GB82 WEST 1234 5698 7654 32 (Westminster)",
          secret: "GB82 WEST 1234 5698 7654 32",
        },
        {
          text: '{"account":"FR1420041010050500013M02606"}',
          secret: "FR1420041010050500013M02606",
        },
        {
          text: "refund IBAN DE89 370 400 440 532 013 000 sent",
          secret: "DE89 370 400 440 532 013 000",
        },
        { text: "to NL91ABNA0417164300 EUR 12.00", secret: "NL91ABNA0417164300" },
      ],
      negative: [
        "DE89370400440532013001 rejected (bad check)",
        "container DE12ABCDEFGHIJKLMNOP started",
        "AB12 CDEF GHIJ KLMN build id",
        "DE893704004405320130001 one digit too many",
      ],
    },
  },
  {
    id: "iban-in-context",
    description:
      "IBAN in lower or mixed case, or with a space or dash after the country code, on a line that names one (iban, beneficiary, payee, konto, SEPA …): registered length and mod 97.",
    kind: "pii",
    prefilter: { keywords: IBAN_LINE_WORDS },
    pattern: new RegExp(ibanPattern(true), "gi"),
    validate: ibanCompactValid,
    examples: {
      positive: [
        { text: "iban=de89370400440532013000 saved", secret: "de89370400440532013000" },
        {
          text: '{"payee_account":"gb82 west 1234 5698 7654 32"}',
          secret: "gb82 west 1234 5698 7654 32",
        },
        { text: "Konto DE89-3704-0044-0532-0130-00", secret: "DE89-3704-0044-0532-0130-00" },
        {
          text: "beneficiary IBAN: DE 89 3704 0044 0532 0130 00",
          secret: "DE 89 3704 0044 0532 0130 00",
        },
      ],
      negative: [
        "iban=de89370400440532013001 rejected",
        "account de89370400440532013000x",
        "iban field empty, build de89370400",
      ],
    },
  },
  {
    id: "bitcoin-address-base58",
    description:
      "Legacy Bitcoin address (P2PKH `1…`, P2SH `3…`): Base58Check with a valid double-SHA-256 checksum.",
    kind: "pii",
    prefilter: { shape: "base58-run" },
    pattern: /(?<![A-Za-z0-9])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/g,
    validate: (value) => {
      const payload = base58CheckDecode(value, 21);
      return payload !== null && (payload[0] === 0x00 || payload[0] === 0x05);
    },
    examples: {
      positive: [
        {
          text: "withdrawal to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa pending",
          secret: "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        },
        {
          text: '{"btc_address":"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"}',
          secret: "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
        },
      ],
      negative: [
        "withdrawal to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb pending",
        "request 3f9a2c71b8e4d05a6c1e9f3b2a7d8c4e5f6a7b8c done",
        "session 1kQ9x7Lm2Zp4RtV8wN3bYc5Hd6Jf7Gg8 expired",
      ],
    },
  },
  {
    id: "bitcoin-address-bech32",
    description:
      "SegWit Bitcoin address (`bc1…`/`tb1…`, BIP-173 Bech32 for v0, BIP-350 Bech32m for v1+) with a valid checksum.",
    kind: "pii",
    prefilter: { keywords: ["bc1", "tb1"] },
    pattern: /(?<![A-Za-z0-9])(?:bc|tb|BC|TB)1[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}(?![A-Za-z0-9])/g,
    validate: (value) => segwitAddressValid(value, ["bc", "tb"]),
    examples: {
      positive: [
        {
          text: "payout address bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
          secret: "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        },
        {
          text: '{"to":"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"}',
          secret: "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        },
      ],
      negative: [
        "payout address bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
        "abc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        "pod web-bc1-7d9f8b6c5d restarted",
      ],
    },
  },
  {
    id: "altcoin-address-base58",
    description:
      "Legacy Litecoin (`L…` P2PKH, `M…` P2SH) or Dogecoin (`D…` P2PKH) address: Base58Check of a 20-byte hash with its network's version byte and a valid double-SHA-256 checksum.",
    kind: "pii",
    prefilter: { shape: "base58-run" },
    pattern: /(?<![A-Za-z0-9])[LMD][1-9A-HJ-NP-Za-km-z]{25,33}(?![A-Za-z0-9])/g,
    validate: (value) => base58CheckDecode(value, 21)?.[0] === ALTCOIN_VERSIONS[value[0]],
    examples: {
      positive: [
        {
          text: '{"payout_address":"LYjNd9sLi9gJWg72rCPSG5CWxBnxdzP9ZT"}',
          secret: "LYjNd9sLi9gJWg72rCPSG5CWxBnxdzP9ZT",
        },
        {
          text: "ltc deposit to MNyfnzQcKueaFZeK7E2Tpz1NfESw67a8Hh confirmed",
          secret: "MNyfnzQcKueaFZeK7E2Tpz1NfESw67a8Hh",
        },
        {
          text: "tip sent to DUA4ZVzafHD5EPyRMLFAxKk9Nw3SLmGvnF",
          secret: "DUA4ZVzafHD5EPyRMLFAxKk9Nw3SLmGvnF",
        },
      ],
      negative: [
        "tip sent to DUA4ZVzafHD5EPyRMLFAxKk9Nw3SLmGvnG",
        "job LfLzHTgqGSRjTikq8Njjy39rkiUeNFaDuM done",
        "class DefaultHttpRequestRetryHandlerFactoryBean loaded",
        "token MjQ2ODEzNTc5YWJjZGVmZ2hpams1234 seen",
      ],
    },
  },
  {
    id: "litecoin-address-bech32",
    description:
      "SegWit Litecoin address (`ltc1…`, Bech32 for v0, Bech32m for v1+) with a valid checksum.",
    kind: "pii",
    prefilter: { keywords: ["ltc1"] },
    pattern: /(?<![A-Za-z0-9])(?:ltc|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}(?![A-Za-z0-9])/g,
    validate: (value) => segwitAddressValid(value, ["ltc"]),
    examples: {
      positive: [
        {
          text: "withdrawal to ltc1q2srw8t752nfjx75hm8gejx53xuxy02kuuw3v9m queued",
          secret: "ltc1q2srw8t752nfjx75hm8gejx53xuxy02kuuw3v9m",
        },
        {
          text: '{"to":"ltc1q0a2z3tp60rc7dzcz4hqscjxddq843ekc98tcma26nzrjcucllmqswcmyf4"}',
          secret: "ltc1q0a2z3tp60rc7dzcz4hqscjxddq843ekc98tcma26nzrjcucllmqswcmyf4",
        },
      ],
      negative: [
        "withdrawal to ltc1q2srw8t752nfjx75hm8gejx53xuxy02kuuw3v9n queued",
        "host rltc1q2srw8t752nfjx75hm8gejx53xuxy02kuuw3v9m",
        "pod ltc1-worker-7d9f8b6c5d restarted",
      ],
    },
  },
  {
    id: "ethereum-address",
    description:
      "Ethereum address (`0x` + 40 hex): accepted with a valid EIP-55 mixed-case checksum, or in one case next to a word such as wallet/address/eth.",
    kind: "pii",
    prefilter: { keywords: ["0x"] },
    pattern: /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g,
    validate: (value, line, index) =>
      eip55Valid(value) ||
      ((value === value.toLowerCase() || value.slice(2) === value.slice(2).toUpperCase()) &&
        hasContextBefore(line, index, ETH_CONTEXT, 30)),
    examples: {
      positive: [
        {
          text: "transfer to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed confirmed",
          secret: "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        },
        {
          text: '{"wallet":"0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"}',
          secret: "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
        },
        {
          text: "eth_address=0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359 status=ok",
          secret: "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
        },
        {
          text: "deposit received on 0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be",
          secret: "0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be",
        },
      ],
      negative: [
        "transfer to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD confirmed",
        "storage slot 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359 loaded",
        "deposit tx 0x8c3a5e5f1d2b4a6c7e9f0b1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4 mined",
        "segfault at 0x00007ffd5fbff8a0 ip 0x000055d1c2a4b6e0",
      ],
    },
  },
];
