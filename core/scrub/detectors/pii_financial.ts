/**
 * Financial identifiers: payment card numbers (issuer ranges + Luhn), IBANs (country
 * length + mod 97) and cryptocurrency addresses (Base58Check, Bech32/Bech32m, EIP-55).
 */
import { regex } from "./regex.ts";
import { raw } from "./raw.ts";
import type { Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { repeatedDigit } from "../checksums/digits.ts";
import { luhnValid } from "../checksums/luhn.ts";
import { ibanCountriesByLength, ibanValid } from "../checksums/iban.ts";
import {
  ALTCOIN_FIRSTS,
  ALTCOIN_VERSIONS,
  BASE58_CLASS,
  base58CheckDecode,
  base58Decode,
  RIPPLE_ALPHABET,
} from "../checksums/base58.ts";
import { bech32Decode, cashAddrValid, segwitAddressValid } from "../checksums/bech32.ts";
import { eip55Valid } from "../checksums/eip55.ts";
import { COUNTER_KEY_ENDS, digitsOf, hasContextBefore, keyNameBefore } from "./value_checks.ts";
import { AT_BASE58_RUN, AT_KEYWORD, AT_NUMBER_RUN, within } from "../windowed_match.ts";
import {
  afterName,
  afterNameAnyCase,
  afterWordAnyCase,
  ibanRestAt,
  namedRightBefore,
  NUMBER_RUN,
} from "./pii_context.ts";
import { phraseKeywords } from "../prefilter/phrase_keywords.ts";
import { gated, scannedRunGate } from "./value_runs.ts";

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
  // 18 digits from 637–639: a .NET DateTime's ticks (2019–2029), no Maestro number.
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) {
    return n >= 12 && n <= 19 && (n !== 18 || p3 < 637 || p3 > 639); // Maestro
  }
  if (digits[0] === "1") return n === 15; // UATP (airline cards; after a payment word only)
  return n === 16 && (p2 === 81 || p2 === 82 || p4 === 9792); // RuPay's 81–82, Troy's 9792
}

/**
 * Keys whose numeric values are ids, counters or times, never card numbers (`"span_id":"6079…"`),
 * or product numbers (`sku=4006381333931`: an EAN-13 from GS1's German prefixes 400–440 passes
 * Luhn one time in ten as a 13-digit Visa number), or an object's generation and a snowflake id
 * (`"objectGeneration":"5448…"` in Cloud Storage notifications, `snowflake=6831…`, `sonyflake`), a
 * time stamp (`timestamp`, `tstamp`), or a record's key, version or log position (Zeebe's
 * `processInstanceKey=2251…`, whose partition bits make every key 16 digits from 2251, 4503 or
 * 6755; Elasticsearch's `"_version"`/`"_seq_no"`, FoundationDB's `Version="…"`, a WAL's `lsn`,
 * Oracle's `scn`).
 */
const NOT_CARD_KEY = new RegExp(
  `(?:${COUNTER_KEY_ENDS}|seq|stamp|nonce|offset|sku|ean|gtin|upc|isbn|barcode|sscc|session|generation|flake|key|revision|seq_?no|lsn|scn)$`,
);

/**
 * A word of payment before a UATP number (15 digits from 1, airline cards): without one, a
 * 15-digit number from 1 that passes Luhn is an offset, sequence or id one time in ten.
 */
const UATP_CONTEXT = /(?<![a-z])(?:card|pan|cc|uatp|airline|payment|charge[ds]?|credit|debit)/i;

const plausibleCard = (candidate: string, line: string, index: number): boolean => {
  const digits = digitsOf(candidate);
  if (digits[0] === "1" && !hasContextBefore(line, index, UATP_CONTEXT, 40)) return false;
  return !repeatedDigit(digits) && issuerLengthValid(digits) && luhnValid(digits) &&
    !NOT_CARD_KEY.test(keyNameBefore(line, index)) &&
    // The digits of a grouped IBAN (`DE44 5001 0517 …`) are not a card, nor a video mode's
    // timings (X.Org's and `cvt`'s `Modeline "2560x1440"x165.0  645.00  2560 2568 2600 2640  1440
    // …`: four widths of four digits, which pass Luhn one time in ten).
    !ibanRestAt(line, index) && !/modeline "/i.test(line);
};

/**
 * An IBAN of its country's registered length, with one optional space or dash between any two
 * characters after the check digits (`DE89 3704 0044 0532 0130 00`, `DE89 370 400 440 …`,
 * `DE89-3704-…` when `loose`, which also takes one after the country code, `DE 89 …`, and a form
 * body's `+` for a space, `DE89+3704+…`): one alternative per length, so the match ends where the
 * country's IBAN ends even when more groups follow. Without `loose`, every match starts as the
 * `iban-start` line shape; with it, one may follow the `?31` of an MT940 statement's `:86:`
 * field (its structured subfields, `?30` the BIC, `?31` the account: `?30COBADEFFXXX?31DE89…`).
 */
function ibanPattern(loose: boolean): string {
  const body = [...ibanCountriesByLength()]
    .map(([length, countries]) =>
      loose
        ? raw`(?:${countries.join("|")})[ +-]?\d{2}(?:[ +-]?[A-Z0-9]){${length - 4}}`
        : raw`(?:${countries.join("|")})\d{2}[ -]?[A-Z0-9](?:[ -]?[A-Z0-9]){${length - 5}}`
    )
    .join("|");
  return raw`(?<![A-Za-z0-9]${loose ? raw`(?<!\?31)` : ""})(?:${body})(?![A-Za-z0-9])`;
}

/**
 * A lower-case IBAN with no word naming it (`"payout": "de89370400440532013000"`): the
 * country codes and lengths as ibanPattern's, compact or in groups of four.
 */
function lowerCaseIbanPattern(): string {
  const body = [...ibanCountriesByLength()]
    .map(([length, countries]) =>
      raw`(?:${countries.join("|").toLowerCase()})\d{2}(?:[a-z0-9]{${
        length - 4
      }}|(?: [a-z0-9]{4}){${Math.floor((length - 4) / 4)}}${
        (length - 4) % 4 ? ` [a-z0-9]{${(length - 4) % 4}}` : ""
      })`
    )
    .join("|");
  return raw`(?<![A-Za-z0-9])(?:${body})(?![A-Za-z0-9])`;
}

/**
 * A lower-case IBAN with no word to vouch for it: mod 97 at the registered length; and when
 * it is all hex, a BBAN of digits only. Every IBAN whose country code is hex (DE, BE, EE, AE,
 * BA, AD) has one, while one hex id (a span or trace id) in about 100 of an IBAN's length and
 * first letters would pass mod 97.
 */
const plausibleLowerCaseIban = (value: string): boolean => {
  const compact = value.replace(/ /g, "");
  return (!/^[0-9a-f]+$/.test(compact) || /^\d+$/.test(compact.slice(4))) &&
    ibanCompactValid(value);
};

/** An IBAN candidate without its separators, in capitals, checked by length and mod 97. */
const ibanCompactValid = (value: string) => ibanValid(value.replace(/[ +-]/g, "").toUpperCase());

/**
 * `IBAN: `, `"iban":"`, `IBAN invalid: `, `iban for customer `: the word IBAN right before a value,
 * which names it an IBAN even when its check digits fail (a mistyped one is still an account).
 */
const IBAN_NAME = namedRightBefore(["iban"]);

/**
 * Where an IBAN in capitals may start: a capital, then a capital and two digits, with no letter
 * or digit before it (the iban-start line shape). Also where an Indian vehicle registration
 * starts (./pii_documents.ts): one search of a long line for both.
 */
export const IBAN_START = /(?<![A-Za-z0-9])[A-Z](?=[A-Z]\d{2})/g;

/**
 * Words on a line that make a lower-case or oddly grouped IBAN worth reading (not `account` or
 * `bank` alone: they are on too many lines that hold none, and each costs a search), in the
 * languages of Europe's IBANs: Portuguese `conta` only as a key or before a space (not
 * `container`, on a tenth of some logs' lines), Finnish `tilinumero` (not `utility`).
 */
const IBAN_LINE_WORDS =
  'iban|beneficiary|payee|konto|rekening|cuenta|conto|conta=|conta:|conta"|conta |compte|tilinumero|rachun|hesap|sepa'
    .split("|");

/**
 * Words of lines about money paid to or from an account (a SEPA direct debit's `mandate` too,
 * and the creditor's and debtor's accounts of a SEPA transfer, `creditor_account`), where a
 * lower-case IBAN is read (not `account` alone: `account_id=` is on a tenth of the lines of a
 * typical service log).
 */
const PAYOUT_WORDS =
  "bank|payout|refund|transfer|debit|remit|wire|settle|withdraw|mandate|creditor|debtor".split("|");

/**
 * Context that makes a lower-case `0x` + 40 hex an Ethereum address even after a digest word
 * (DIGEST_BEFORE): a word naming an address, or a payment moving to or from one (`deposit
 * received on 0x…`).
 */
const ETH_CONTEXT =
  /(?<![a-z])(?:wallet|address|addr|eth|ethereum|erc-?20|recipient|account|deposit(?:ed)?|withdrawal|withdrawn|payout|transfer(?:red)?|sender|receiver|beneficiary|payee)(?![a-z])/i;

/**
 * A word naming a `0x` + 40 hex right before it that makes it a 160-bit digest or a slot rather
 * than an address (`sha1 0x…`, `storage slot 0x…`, `"commit":"0x…"`): with none and no
 * ETH_CONTEXT word, a single-case `0x` + 40 hex is read as an address, the commonest 20-byte
 * value in logs.
 */
const DIGEST_BEFORE =
  /(?<![a-z])(?:sha-?1|ripemd(?:-?160)?|hash(?:160)?|digest|checksum|fingerprint|commit|slot|topic|selector|nonce|salt|key|id)["']?\s{0,2}[:=]?\s{0,2}["']?$/i;

/**
 * Words of lines that carry a chain's address with no prefix of its own to search for (XRP's,
 * TRON's, Monero's), after the chain's own names: a transfer's `"to":`, `to=` or Python's
 * `'to':` key too (the address's checksum or shape decides, as on any such line).
 */
const CHAIN_WORDS =
  `addr wallet destination withdraw deposit payout transfer recipient beneficiary to" to= to'`;

/**
 * The human-readable parts of chains' Bech32 account addresses: Cosmos SDK chains (the hub,
 * Osmosis, Terra, Juno, Injective, Sei, Kava, Akash, Celestia, Secret), BNB Beacon Chain,
 * Cardano's payment and stake addresses.
 */
const BECH32_CHAINS = "cosmos osmo terra juno inj sei kava akash celestia secret bnb addr stake"
  .split(" ");

/** Latin names of a card number's field, each one word (`card` also covers `card_number`). */
const CARD_NAMES_LATIN = ["card", "pan", "cc", "karte", "tarjeta", "carte", "cartao", "kart"];
/**
 * Names of a card number's field: the Latin ones, then Chinese, Japanese and Korean; and the
 * format code of a magnetic stripe's track 1 (ISO/IEC 7813), `%B` right before the card number
 * (`%B4539…^SURNAME/GIVEN^2712…?`).
 */
const CARD_NAMES = [...CARD_NAMES_LATIN, "卡号", "カード", "카드", "%b"];

/**
 * Track 2 equivalent data as EMV tag 57 and ISO 8583's field 35 carry it in hex: the card number,
 * `D` for track 2's `=`, then the expiry (YYMM) and the service code (`4539…6467D2912201…`);
 * a card number may end at that `D`.
 */
const TRACK2_HEX_SEPARATOR = raw`(?!D\d{7})`;

/** A card number as payment-card reads it: 12 to 19 digits, or grouped by one separator. */
const CARD_NUMBER =
  raw`[2-689]\d{11,18}|1\d{14}|[2-689]\d{3}(?<sep>[ .+-])\d{4,6}\k<sep>\d{4,5}(?:\k<sep>\d{1,4}){0,2}`;

/**
 * The handles of India's most used UPI payment apps (PhonePe, Google Pay, Paytm, Amazon Pay,
 * BHIM), which name a UPI id alone: `ravi.k@okaxis`, `98xxxxxx10@ybl`.
 */
const UPI_APPS = "ybl ibl axl okicici okhdfcbank okaxis oksbi paytm apl upi".split(" ");
/** UPI or VPA right before a UPI id of any bank's handle, maybe with `id`, `to`, `is` between. */
const UPI_WORD = /(?<![a-z])(?:upi|vpa)\W{0,4}(?:(?:ids?|to|is)\W{1,3}){0,2}$/i;

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * Payment card number (Visa, Mastercard incl. 2-series, Mir, Amex, Discover, JCB, Diners,
   * UnionPay, Maestro, UATP, RuPay, Troy): issuer range and length, Luhn-valid, plain or grouped
   * with spaces (a form body's `+` too), dashes or dots. A number after a space ends a card only
   * when it is as long as a whole card (a list of cards, `4539… 5105… 3714…`) or written in other
   * separators than the card (after a plain card, `4539…6467 5105-…`; any number after a card in
   * dashes or dots, `4539-…-6467 5105 …`); a shorter group continues it (`4539 1488 0343 6467 12`),
   * an expiry date's month does not (`… 6467 12/27`). After a colon only a key's, glued to a letter
   * (Go's `{Number:4539…}`, `number:4539…;`), not a time's or a port's (`12:34`).
   */
  pii(
    "payment-card",
    NUMBER_RUN,
    regex(
      raw`(?<![\w.\/+-]|(?<![A-Za-z]):)(?:${CARD_NUMBER})(?!${TRACK2_HEX_SEPARATOR}[\w\/]|:\S|\.\w|-?\d|(?<![.-]\d{1,5}) \d{1,11}(?!\d|[.\/-]\d))`,
      "g",
    ),
    plausibleCard,
    {
      // Starts at a number-run start: a digit no letter, digit or `_ . / + -` precedes (nor a `:`
      // but a letter's), then 12 or more digits joined by single spaces, `.` or `-`.
      reach: AT_NUMBER_RUN,
      mask: "partial",
    },
  ),
  /**
   * A payment card number (as payment-card judges it) written as a bare JSON number right after its
   * key's colon, `"card":4539…`, where payment-card, which starts no number after a colon (`12:34`,
   * `ts:1717…`), does not look.
   */
  // Its keywords stand before every JSON number: a line is read only where a run of 12 or more
  // base64 digits starts right after `":` (the card's digits start one: `:` is no such digit).
  gated(
    pii(
      "payment-card-json-number",
      // The colon of compact JSON and the card's first digit.
      [..."123456"].map((digit) => `":${digit}`),
      /":(?<secret>[2-6]\d{11,18}|1\d{14})(?![\w.])/dg,
      plausibleCard,
      {
        // Every match starts with `":` and the first digit, its keyword.
        reach: AT_KEYWORD,
        mask: "partial",
      },
    ),
    scannedRunGate(12, (line, start) => line.startsWith('":', start - 2)),
  ),
  /**
   * A payment card number (as payment-card judges it) right after a word that names a card, also
   * glued to its colon (`card:4539…`, `pan:5555 5555 5555 4444`, `卡号:2200 2100 4574 6434`),
   * where payment-card starts no number after a colon (`12:34`), or as the id in a REST path
   * after its collection (`/cards/4539…/verify`), where it starts none after a slash; or glued
   * after `CC` and a two-letter card brand code, as an airline reservation's form of payment
   * writes it (Amadeus `FP CCVI4539…/0628`, `CCAX3714…`), where payment-card starts none after a
   * letter.
   */
  pii(
    "payment-card-after-name",
    // The pattern refuses a letter or digit before each name: the Latin ones wake it only there
    // (not `pan` in `company`, `cc` in `access`).
    { keywords: CARD_NAMES, atWordStart: CARD_NAMES_LATIN },
    // `cards` is found by the keyword `card`, `CCVI` by `cc`: a brand's two letters glued to `cc`
    // and the number.
    afterWordAnyCase([...CARD_NAMES, "cards", /cc[a-z]{2}(?=\d)/], CARD_NUMBER),
    plausibleCard,
    { mask: "partial" },
  ),
  /**
   * A payment card's security code (CVV2, CVC2, CVN: 3 or 4 digits) right after its name (`cvv`,
   * `card_cvc`, `security code`), as gateway requests and form dumps log it.
   */
  pii(
    "card-security-code",
    ["cvv", "cvc", "cvn", ...phraseKeywords(["security code"])],
    afterNameAnyCase(
      ["cvv", "cvv2", "cvc", "cvc2", "cvn", "security code", "card security code"],
      raw`\d{3,4}`,
    ),
  ),
  /**
   * International Bank Account Number (ISO 13616): country code, check digits and BBAN of the
   * registered length, mod-97 valid; plain, in groups of four, or grouped otherwise with spaces or
   * dashes.
   */
  pii("iban", "iban-start", regex(ibanPattern(false), "g"), ibanCompactValid, {
    // Every alternative starts with a capital country code and two check digits that no letter or
    // digit precedes: an IBAN start.
    reach: within(0, 0, IBAN_START),
  }),
  /**
   * A customer's account in a SWIFT MT103 (the ordering customer's `:50K:/`, `:50F:/`, the
   * beneficiary's `:59:/`, `:59F:/`): the number after the field's tag and `/`, up to the line's
   * end (the name follows on the next line; an IBAN there is iban's).
   */
  pii(
    "swift-party-account",
    [":50k:/", ":50f:/", ":59:/", ":59f:/"],
    /(?<=:(?:50[FK]|59F?):\/)\d[\d-]{5,33}(?!\w)/g,
  ),
  /**
   * IBAN in lower or mixed case, or with a space or dash after the country code, on a line that
   * names one (iban, beneficiary, payee, konto, SEPA …): registered length and mod 97; right after
   * the word IBAN (IBAN_NAME), the registered length alone, as a mistyped one is still an account.
   */
  pii(
    "iban-in-context",
    [...IBAN_LINE_WORDS, "?31"],
    regex(ibanPattern(true), "gi"),
    (value, line, index) => ibanCompactValid(value) || hasContextBefore(line, index, IBAN_NAME),
  ),
  /**
   * IBAN written all in lower case (`de89370400440532013000`, `gb29 nwbk 6016 …`) on a line about
   * money paid to or from an account (bank, payout, refund, transfer, debit …) though no word names
   * an IBAN: a country code, the registered length, mod 97, and for an all-hex one a BBAN of
   * digits.
   */
  pii(
    "iban-lower-case",
    // Words of lines about money moving to an account (a filter for the shape alone, on every
    // hex id, would cost a seventh of the engine's time).
    [...IBAN_LINE_WORDS, ...PAYOUT_WORDS],
    regex(lowerCaseIbanPattern(), "g"),
    plausibleLowerCaseIban,
  ),
  /**
   * Legacy Bitcoin address (P2PKH `1…`, P2SH `3…`): Base58Check with a valid double-SHA-256
   * checksum.
   */
  pii(
    "bitcoin-address-base58",
    "base58-run",
    regex(raw`(?<![A-Za-z0-9])[13]${BASE58_CLASS}{25,34}(?![A-Za-z0-9])`, "g"),
    (value) => {
      const payload = base58CheckDecode(value, 21);
      return payload !== null && (payload[0] === 0x00 || payload[0] === 0x05);
    },
    // Starts at a Base58-run start: `1` or `3` that no letter or digit precedes, 25 or more Base58
    // characters on.
    AT_BASE58_RUN,
  ),
  /**
   * SegWit Bitcoin address (`bc1…`/`tb1…`, BIP-173 Bech32 for v0, BIP-350 Bech32m for v1+) with a
   * valid checksum.
   */
  pii(
    "bitcoin-address-bech32",
    ["bc1", "tb1"],
    /(?<![A-Za-z0-9])(?:bc|tb|BC|TB)1[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}(?![A-Za-z0-9])/g,
    (value) => segwitAddressValid(value, ["bc", "tb"]),
    // Every match starts with `bc1` or `tb1` (in either case), its keywords.
    AT_KEYWORD,
  ),
  /**
   * Legacy Litecoin (`L…` P2PKH, `M…` P2SH), Dogecoin (`D…` P2PKH) or Dash (`X…` P2PKH) address: Base58Check of a
   * 20-byte hash with its network's version byte and a valid double-SHA-256 checksum.
   */
  pii(
    "altcoin-address-base58",
    "base58-run",
    regex(raw`(?<![A-Za-z0-9])[${ALTCOIN_FIRSTS}]${BASE58_CLASS}{25,33}(?![A-Za-z0-9])`, "g"),
    (value) => base58CheckDecode(value, 21)?.[0] === ALTCOIN_VERSIONS[value[0]],
    // Starts at a Base58-run start: `L`, `M`, `D` or `X` that no letter or digit precedes, 25 or
    // more Base58 characters on.
    AT_BASE58_RUN,
  ),
  /**
   * Zcash transparent address (`t1…` P2PKH, `t3…` P2SH; Zcash protocol specification §5.6.1.1):
   * Base58Check of a 20-byte hash after the two version bytes 0x1CB8 or 0x1CBD, 35 characters.
   */
  pii(
    "zcash-address",
    // Not where a letter or digit comes before (`T1` in `2025-01-01T10:…`, `st1`).
    { keywords: ["t1", "t3"], atWordStart: ["t1", "t3"] },
    regex(raw`(?<![A-Za-z0-9])t[13]${BASE58_CLASS}{33}(?![A-Za-z0-9])`, "g"),
    (value) => {
      const payload = base58CheckDecode(value, 22);
      return payload?.[0] === 0x1c && [0xb8, 0xbd].includes(payload[1]);
    },
    // Every match starts with `t1` or `t3`, its keywords.
    AT_KEYWORD,
  ),
  /**
   * Monero address on a line about Monero or a wallet: Monero's block Base58 (Bitcoin's alphabet) of
   * a network byte and two 32-byte public keys, 95 characters, or 106 with an integrated address's
   * 8-byte payment id. The network byte fixes the first two: `4` and 1–9, A–B for a standard
   * address (18), `4` and B–M for an integrated one (19), `8` and 2–9, A–C for a subaddress (42).
   * Length, alphabet and those characters decide: no other run of 95 such characters stands on such
   * a line (its Keccak-256 checksum would take a block decoder of its own, 0.2 KB of bundle).
   */
  pii(
    "monero-address",
    // Words of lines that carry one, as xrp-address's (a search for the shape alone costs more),
    // and a miner's (XMRig's config `"user": "4…"` or `-u 4…`, a pool's `stratum+tcp://`); not
    // `xmr`, whose three letters a run of 95 Base58 characters holds one time in 250.
    `monero xmrig stratum ${CHAIN_WORDS}`.split(" "),
    regex(
      raw`(?<![A-Za-z0-9])(?:4[1-9A-HJ-M]|8[2-9A-C])${BASE58_CLASS}{93}(?:${BASE58_CLASS}{11})?(?![A-Za-z0-9])`,
      "g",
    ),
  ),
  /**
   * Solana account address (an Ed25519 public key: 32 bytes in Base58, 32–44 characters) as the
   * value of a wallet, address or owner key (`"payout_address":"…"`, `wallet=…`, `Wallet: …`, a
   * token account's `owner=…` as a node logs it): it has no checksum, so the key decides. A
   * Polkadot or Kusama (Substrate SS58) address there too: a one-byte network prefix, the 32-byte
   * key and two checksum bytes, 35 bytes in Base58 (47–48 characters); its checksum, a
   * blake2b-512 digest, would take a hash of its own (about 1 KB of bundle), so the key decides as
   * for Solana.
   */
  pii(
    "solana-address",
    ["wallet", "addr", "owner"],
    // The name in any case or glued in lower case to a word before it (`ethwallet`, `toaddress`).
    afterName(
      ["wallet", "addr", "address", "owner", /[a-z]{1,16}(?:wallet|addr(?:ess)?)/],
      `${BASE58_CLASS}{32,48}`,
    ),
    (value) => [32, 35].includes(base58Decode(value)?.length ?? 0),
  ),
  /**
   * XRP Ledger classic address (`r…`): Base58Check in the ledger's own alphabet of a 20-byte
   * account id with version byte 0, 25–35 characters.
   */
  pii(
    "xrp-address",
    // Words of lines that carry one (a search for the shape alone, on every `r`, costs 5 % of the
    // engine's time on a mixed log; `account`, on one line in ten of it as `account_id`, 2.5 %).
    `xrp ripple ${CHAIN_WORDS}`.split(" "),
    regex(raw`r(?<![A-Za-z0-9]r)${BASE58_CLASS}{24,34}(?![A-Za-z0-9])`, "g"),
    (value) => base58CheckDecode(value, 21, RIPPLE_ALPHABET)?.[0] === 0,
  ),
  /**
   * TRON address (`T…`, where USDT on TRC-20 is sent): Base58Check of a 21-byte account id with
   * version byte 0x41, 34 characters, on a line about TRON, USDT or a wallet.
   */
  pii(
    "tron-address",
    // Words of lines that carry one, as xrp-address's (a search for the shape alone costs more).
    `tron trx trc usdt ${CHAIN_WORDS}`.split(" "),
    regex(raw`T(?<![A-Za-z0-9]T)${BASE58_CLASS}{33}(?![A-Za-z0-9])`, "g"),
    (value) => base58CheckDecode(value, 21)?.[0] === 0x41,
  ),
  /**
   * Stellar account (`G…`, StrKey: base32 of the version byte 6 << 3, an Ed25519 key and a CRC16,
   * 56 characters, the second A–D) or TON address as wallets print it (`EQ…`/`UQ…`: base64url of
   * a flag byte, workchain 0, a 32-byte hash and a CRC16, 48 characters, the third A–D), on a line
   * about Stellar, TON or a wallet: the shape and the words decide (a CRC16 and the decoders would
   * cost 0.3 KB of bundle).
   */
  pii(
    "stellar-ton-address",
    // Not `xlm` nor `ton`: their letters are in one run of such characters in a few hundred.
    `stellar toncoin ${CHAIN_WORDS}`.split(" "),
    /(?<![\w+/-])(?:G[A-D][A-Z2-7]{54}|[EU]Q[A-D][\w+/-]{45})(?![\w+/=-])/g,
  ),
  /** SegWit Litecoin address (`ltc1…`, Bech32 for v0, Bech32m for v1+) with a valid checksum. */
  pii(
    "litecoin-address-bech32",
    ["ltc1"],
    /(?<![A-Za-z0-9])(?:ltc|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}(?![A-Za-z0-9])/g,
    (value) => segwitAddressValid(value, ["ltc"]),
  ),
  /**
   * Bitcoin Cash CashAddr address (a P2PKH `q…` or P2SH `p…` 20-byte hash, 42 characters) with
   * its `bitcoincash:` prefix or, as wallets print it, without, on a line about BCH or a wallet,
   * in small letters or in capitals (as QR codes carry it): its 40-bit checksum decides. The
   * payload is masked, a prefix kept (it says only the chain).
   */
  pii(
    "bitcoin-cash-address",
    `bitcoincash bch ${CHAIN_WORDS}`.split(" "),
    regex(raw`(?<![A-Za-z0-9])[qp][02-9ac-hj-np-z]{41}(?![A-Za-z0-9])`, "gi"),
    (value) => cashAddrValid(value.toLowerCase()),
  ),
  /**
   * A Cosmos SDK chain's account address (BECH32_CHAINS: `cosmos1…`, `osmo1…`, `juno1…`,
   * `inj1…`), a BNB Beacon Chain one (`bnb1…`, Binance's Cosmos SDK chain) or a Cardano Shelley
   * address (`addr1…`, `stake1…`, longer than BIP-173's 90 characters): lower-case Bech32 with a
   * valid checksum.
   */
  pii(
    "bech32-chain-address",
    BECH32_CHAINS.map((hrp) => hrp + "1"),
    regex(
      raw`(?<![A-Za-z0-9])(?:${BECH32_CHAINS.join("|")})1[02-9ac-hj-np-z]{38,110}(?![A-Za-z0-9])`,
      "g",
    ),
    (value) => bech32Decode(value, 120)?.encoding === "bech32",
    // Every match starts with its keyword.
    AT_KEYWORD,
  ),
  /**
   * Ethereum address (`0x` + 40 hex): accepted with a valid EIP-55 mixed-case checksum, or in one
   * case unless a digest word (sha1, hash, slot, key …) and no address word (wallet, address,
   * eth …) comes before it. Not one of 36 zeros and a short number: the zero address, the
   * precompiles (`0x…01`), the burn address (`0x…dEaD`), nobody's.
   */
  pii(
    "ethereum-address",
    ["0x"],
    /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g,
    (value, line, index) =>
      !/^0x0{36}/.test(value) && (eip55Valid(value) ||
        ((value === value.toLowerCase() || value.slice(2) === value.slice(2).toUpperCase()) &&
          (hasContextBefore(line, index, ETH_CONTEXT, 30) ||
            !hasContextBefore(line, index, DIGEST_BEFORE, 30)))),
    // Every match starts with `0x`, its keyword (the pattern only looks behind before it).
    AT_KEYWORD,
  ),
  /**
   * An Indian UPI id (virtual payment address): a name or phone number, `@` and a bank's or app's
   * handle with no dot (an e-mail address's domain has one), right after UPI / VPA (UPI_WORD), or
   * with a payment app's handle (UPI_APPS) alone.
   */
  pii(
    "in-upi-id",
    ["upi", "vpa", ...UPI_APPS.map((h) => `@${h}`)],
    /(?<![\w.@+-])[A-Za-z0-9][\w.-]{1,63}@[A-Za-z]{2,20}(?![\w.@-])/g,
    (value, line, index) =>
      UPI_APPS.includes(value.slice(value.indexOf("@") + 1).toLowerCase()) ||
      hasContextBefore(line, index, UPI_WORD, 48),
    // A match kept holds its app's `@handle` (a keyword) 2 to 64 characters after its start,
    // or starts at most 19 after `upi` / `vpa` (UPI_WORD: 3 + 4 + 2 × (3 + 3) characters end
    // at it); no match starts inside another, so skipping those kept by neither changes none.
    within(64, 19),
  ),
  /**
   * A UK sort code (`sort code 34-83-61`) or an account number after `account`, `acct` alone or
   * OFX's `<ACCTID>` (`account 28366742`, `account=590085169242`), on a line about bank transfers (sort code,
   * routing number, ABA, ACH, BACS, IBAN, direct deposit, payroll; not a queue's routing_key).
   */
  pii(
    "bank-account-in-transfer",
    phraseKeywords(["sort code", "account", "acct"]),
    // An OFX statement's account in its SGML tag (`<BANKACCTFROM><BANKID>…<ACCTID>591724748464`).
    afterNameAnyCase(["sort code", "account", "acct", /<acctid>/], raw`\d\d-\d\d-\d\d|\d{6,17}`),
    (_, line) =>
      /sort[ _-]?code|routing(?![ _-]?key)|\b(?:aba|ach|bacs|iban|sepa)\b|direct[ _-]?deposit|bank|payroll/i
        .test(line),
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
