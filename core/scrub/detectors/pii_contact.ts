/**
 * Contact details: email addresses and telephone numbers. Phone numbers are the classic
 * precision trap in logs (timestamps, PIDs, ports, ids), so only structured forms match:
 * a `+` country code, or a national layout with its own grouping and separators.
 */
import type { Detector } from "../detector.ts";
import { repeatedDigit } from "../checksums/digits.ts";
import { digitsOf, hasContextBefore, keyNameBefore } from "./value_checks.ts";

/** Extensions that follow `name@…` in paths and assets (`icon@2x.png`) and are no TLD. */
const NOT_TLD = new Set([
  "png",
  "jpg",
  "jpeg",
  "gif",
  "svg",
  "webp",
  "ico",
  "js",
  "mjs",
  "cjs",
  "ts",
  "tsx",
  "jsx",
  "css",
  "scss",
  "map",
  "json",
  "txt",
  "log",
  "tmp",
  "bak",
  "lock",
  "yaml",
  "yml",
  "xml",
  "html",
  "htm",
  "java",
  "class",
  "jar",
  "py",
  "rb",
  "go",
  "rs",
  "php",
  "sh",
  "so",
  "dll",
  "exe",
  "bin",
  "gz",
  "tgz",
  "md",
  "csv",
  "pdf",
  "kt",
  "swift",
  "vue",
  "wasm",
  "local",
  "internal",
  "localdomain",
]);

/** A mailbox's local part and domain, not a file name (`icon@2x.png`) or a git user. */
function plausibleMailbox(local: string, domain: string): boolean {
  const labels = domain.split(".");
  if (local.endsWith(".") || local.includes("..") || local === "git") return false;
  if (labels.some((l) => l.startsWith("-") || l.endsWith("-"))) return false;
  return !NOT_TLD.has(labels[labels.length - 1].toLowerCase());
}

function plausibleEmail(email: string, line: string, index: number): boolean {
  const at = email.lastIndexOf("@");
  // `git@host:org/repo.git`, `user@host:/path`: scp-style remote, not a mailbox.
  return plausibleMailbox(email.slice(0, at), email.slice(at + 1)) &&
    line[index + email.length] !== ":";
}

/** `jane%40example.com`: the `@` percent-encoded, as in a query string or a form body. */
function plausibleEncodedEmail(email: string): boolean {
  const at = email.toLowerCase().lastIndexOf("%40");
  return plausibleMailbox(email.slice(0, at), email.slice(at + 3));
}

function plausiblePhone(phone: string): boolean {
  const digits = digitsOf(phone);
  if (repeatedDigit(digits)) return false;
  if (phone.startsWith("+")) return digits.length >= 8 && digits.length <= 15;
  const seps = phone.replace(/[0-9()]/g, "");
  // One kind of separator throughout (`01 23 45 67 89`, not `01.23-45 67`); `(555) 123-4567` mixes by design.
  if (!phone.includes("(") && new Set(seps).size > 1) return false;
  if (NATIONAL_LAYOUTS.some((layout) => layout.test(phone))) return true;
  if (/^(?:1[ .-]?)?\(|^(?:1[.-])?[2-9]\d\d[.-]/.test(phone)) {
    // North American layout: ten digits (after an optional country code 1). Assigned numbers
    // have area code and exchange starting with 2–9, but test and sample data often do not, and
    // the layout alone is already specific: mask every ten-digit number in it.
    const national = digits.length === 11 && digits[0] === "1" ? digits.slice(1) : digits;
    return national.length === 10;
  }
  if (/^0[1-9](?:[ .-]\d\d){4}$/.test(phone)) return true; // France
  if (/^0[1235789]/.test(phone) && digits.length === 11 && !phone.includes("/")) return true; // UK
  return /^0[1-9]\d{1,3}[ /-]\d{4,8}$/.test(phone) && digits.length >= 10 && digits.length <= 12; // Germany
}

/**
 * National layouts specific enough to mask with no context word: a trunk `0` or a bracketed
 * area code, and the grouping the country writes.
 */
const NATIONAL_LAYOUTS: readonly RegExp[] = [
  /^04\d\d \d{3} \d{3}$/, // Australia mobile: 0412 345 678
  /^(?:\(0[2-8]\) ?|0[2-8] )\d{4} \d{4}$/, // Australia (02) 9876 5432, Italy 02 1234 5678
  /^0[1-9]\d \d{3} \d{4}$/, // Netherlands 020 123 4567
  /^06[ -]\d{8}$/, // Netherlands mobile: 06-12345678
  /^\([1-9]\d\) ?(?:9\d{4}|[2-5]\d{3})-\d{4}$/, // Brazil (11) 91234-5678, (21) 3456-7890
  /^(?:0[789]0|0[1-9])-\d{4}-\d{4}$/, // Japan 090-1234-5678, 03-1234-5678
];

/**
 * A word naming a phone number (`mobile`, `user_tel`, `"phoneNumber":"`; not `celltower`), then only a few joining
 * words (`number`, `sent to`, `opt-in from`), right before a bare number.
 */
const PHONE_CONTEXT = new RegExp(
  String
    .raw`(?:phone|(?<![a-z])(?:mob|tel(?![a-df-z]|e[a-eg-z])|cell|sms|fax|otp)|celular|movil|whats ?app|msisdn|contact)` +
    String
      .raw`(?:[a-z_]{0,8}(?:phone|one|oon|no|nr|num|number|ile|ulare?|isdn|app))?[^a-z0-9\n]{0,4}` +
    String
      .raw`(?:(?:no|nr|num|number|is|to|from|at|on|via|for|sent|delivered|dispatched|opt-in)[^a-z0-9\n]{1,4}){0,3}$`,
  "i",
);
/** Keys whose numbers are ids, counts, sizes or times even with a phone word in them (`phone_id`). */
const NOT_PHONE_KEY =
  /(?:ids?|seq|ts|time|ms|count|total|size|bytes|len|length|attempts|retries|latency|duration|version|port)$/;

function phoneInContext(value: string, line: string, index: number): boolean {
  const digits = digitsOf(value);
  if (digits.length < 8 || digits.length > 15 || repeatedDigit(digits)) return false;
  return hasContextBefore(line, index, PHONE_CONTEXT, 48) &&
    !NOT_PHONE_KEY.test(keyNameBefore(line, index)) &&
    !/^ ?(?:[nuµm]?s|sec|bytes?|[kmg]?b)\b/i.test(line.slice(index + value.length));
}

export const detectors: Detector[] = [
  {
    id: "email-address",
    description:
      "Email address (RFC 5321 mailbox): a local part, `@`, and a domain ending in an alphabetic TLD; file names and scp-style git remotes excluded.",
    kind: "pii",
    keywords: [],
    lineShape: "email-at",
    pattern:
      /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g,
    validate: plausibleEmail,
    examples: {
      positive: [
        { text: "password reset sent to jane.doe42@example.com", secret: "jane.doe42@example.com" },
        {
          text: '{"user":{"email":"M.Rossi+billing@mail.acme.co.uk"},"status":403}',
          secret: "M.Rossi+billing@mail.acme.co.uk",
        },
        { text: "From: <ops-alerts@acme.io>", secret: "ops-alerts@acme.io" },
      ],
      negative: [
        "git clone git@github.com:acme/app.git",
        "installed @types/node@20.11.5 and lodash@4.17.21",
        "@Override public void run() at com.acme.Worker@6d06d69c",
        "loaded icon@2x.png and logo@3x.webp",
        "pulled registry.example/acme/api@sha256:e3b0c44298fc1c149afbf4c8996fb924",
        "ssh deploy@10.0.0.5 -p 22",
      ],
    },
  },
  {
    id: "email-address-url-encoded",
    description:
      "Email address with its `@` percent-encoded as `%40` (RFC 3986), as access logs print query strings and form bodies.",
    kind: "pii",
    keywords: ["%40"],
    pattern:
      /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}%40(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g,
    validate: plausibleEncodedEmail,
    examples: {
      positive: [
        {
          text: "GET /reset?email=jane.doe%40example.com&lang=en 200",
          secret: "jane.doe%40example.com",
        },
        {
          text: "body: user=m.rossi%2Bbilling%40acme.co.uk",
          secret: "m.rossi%2Bbilling%40acme.co.uk",
        },
      ],
      negative: [
        "GET /static/icon%402x.png 200",
        "GET /q?term=50%40sale.xyz- 404",
        "path /a%40b 404",
      ],
    },
  },
  {
    id: "phone-number",
    description:
      "Telephone number: international (+CC, E.164 up to 15 digits) or a national layout (NANP (555) 123-4567 / 555-123-4567, UK 020 7946 0958, FR 01 23 45 67 89, DE 030 12345678, AU 0412 345 678 / (02) 9876 5432, NL 06-12345678 / 020 123 4567, BR (11) 91234-5678, JP 090-1234-5678).",
    kind: "pii",
    keywords: [],
    lineShape: "number-run",
    pattern: new RegExp(
      String.raw`(?<![\w.,:/+-])(?:` +
        [
          String.raw`\+[1-9]\d{7,14}`, // E.164, no separators
          String.raw`\+[1-9]\d{0,3}(?:[ .-]{1,2}\d{1,8}|[ .-]{0,2}\(\d{1,6}\)\d{0,5}){2,6}`, // +CC with groups
          String.raw`(?:1[ .-]?)?\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}`, // (555) 123-4567
          String.raw`(?:1[.-])?\d{3}([.-])\d{3}\1\d{4}`, // 555-123-4567, 1-800-555-0199
          String.raw`0\d{2,4} \d{3,6}(?: \d{3,4})?`, // UK
          String.raw`0[1-9](?:[ .-]\d\d){4}`, // France
          String.raw`0[1-9]\d{1,3}[ /-]\d{4,8}`, // Germany
          String.raw`(?:\(0[2-8]\) ?|0[2-8] )\d{4} \d{4}`, // Australia, Italy
          String.raw`06[ -]\d{8}`, // Netherlands mobile
          String.raw`\([1-9]\d\) ?\d{4,5}-\d{4}`, // Brazil
          String.raw`0\d{1,2}-\d{4}-\d{4}`, // Japan
        ].join("|") +
        String.raw`)(?![\w:/]|[.,-]\d)`,
      "g",
    ),
    validate: plausiblePhone,
    examples: {
      positive: [
        { text: "sms dispatch to +1 (415) 555-2671 queued", secret: "+1 (415) 555-2671" },
        { text: '{"phone":"+447911123456","country":"GB"}', secret: "+447911123456" },
        { text: "callback number (212) 555-0187, ext none", secret: "(212) 555-0187" },
        { text: "contact: 020 7946 0958 (London office)", secret: "020 7946 0958" },
        { text: "tel=01 23 45 67 89 client=fr-42", secret: "01 23 45 67 89" },
        { text: "Rückruf an 030 12345678 erbeten", secret: "030 12345678" },
        { text: "whatsapp +91-98765-43210 verified", secret: "+91-98765-43210" },
        { text: "Kontakt: +49 30 1234567", secret: "+49 30 1234567" },
        {
          text: "office +44 (0)20 7946 0958, mobile 1-800-555-0199",
          secret: "+44 (0)20 7946 0958",
        },
        { text: "toll-free 1-800-555-0199 (US)", secret: "1-800-555-0199" },
        { text: "Patient phone: 555-123-4567", secret: "555-123-4567" },
        { text: "mobile 0412 345 678 verified", secret: "0412 345 678" },
        { text: "office (02) 9876 5432 closed", secret: "(02) 9876 5432" },
        { text: "Rufnummer 06-12345678 bevestigd", secret: "06-12345678" },
        { text: "balie 020 123 4567 (Amsterdam)", secret: "020 123 4567" },
        { text: "cadastro (11) 91234-5678 ok", secret: "(11) 91234-5678" },
        { text: "登録 090-1234-5678 完了", secret: "090-1234-5678" },
      ],
      negative: [
        "081110 103442 19 INFO dfs.FSDataset: Deleting block blk_-5880591395067598620",
        "03-17 16:13:55.896  1702  2113 W ActivityManager: pid 61234 61240",
        "2025-06-01T12:30:45+02:00 took 1234567 ms, offset +0530",
        "version 1.2.3-4567 build 2024.06.01 port 8080",
        "order 123-45-6789 and id 1234-5678-9012",
        "uptime 10:21:01, load 0.45 0.32 0.28",
        "[RecvWorker:188978561024:QuorumCnxManager$RecvWorker@765]",
        "Linux 5.15.0-1051-aws #56~20.04.1 x86_64",
        "heap sizes 512 256 1024 and 2048",
        "081111 065526 22651 INFO dfs.DataNode$PacketResponder: PacketResponder 1 terminating",
        "rows 0612 345 6789 and 061234 567890",
        "took 98765 ms, wrote 43210 rows",
        "invoice 2024-0001-2345 paid, job 090-1234-56789",
        "ratio (12) 1234.5678 ok",
      ],
    },
  },
  {
    id: "phone-number-in-context",
    description:
      "Telephone number written as bare digits or with spaces only (IN 98765 43210 / 098765 43210, US 415 555 2671, ES 612 34 56 78, E.164 without +), 8–15 digits, right after a word such as phone, mobile, tel, sms or msisdn.",
    kind: "pii",
    keywords: [
      "phone",
      "mob",
      "tel",
      "cell",
      "celular",
      "movil",
      "whatsapp",
      "whats app",
      "sms",
      "msisdn",
      "fax",
      "otp",
      "contact",
    ],
    pattern:
      /(?<![\w.,/+-]|\d[ .-])(?:\(\d{1,4}\) ?)?\d{1,12}(?:[ .-]\d{1,5}){0,5}(?![\w:/]|[.,-]?\d)/g,
    validate: phoneInContext,
    examples: {
      positive: [
        { text: "otp sent to mobile 98765 43210", secret: "98765 43210" },
        { text: "sms delivered to 098765 43210", secret: "098765 43210" },
        { text: '{"phone":"9876543210","status":"verified"}', secret: "9876543210" },
        { text: "customer_mobile=919876543210 kyc=pending", secret: "919876543210" },
        { text: "callback phone 415 555 2671 requested", secret: "415 555 2671" },
        { text: "tel: 1 415 555 2671", secret: "1 415 555 2671" },
        { text: "movil 612 34 56 78 confirmado", secret: "612 34 56 78" },
        { text: "msisdn=447911123456 attached", secret: "447911123456" },
        { text: "phone:4155552671", secret: "4155552671" },
        { text: "whatsapp opt-in from 91 98765 43210", secret: "91 98765 43210" },
        { text: "Mobile number is 0412345678", secret: "0412345678" },
      ],
      negative: [
        "phone lookup took 612 ms for 3 retries",
        "sms latency 4155552671 ns",
        "contact 3 attempts, job 123456789 done",
        '{"phone_id":"9876543210","phone_verified_ts":1717200000}',
        "telemetry batch 123 456 789 flushed",
        "mobile 1111111111",
        "otp length 6, pid 61234 61240",
        "sms queue depth 123456789 items",
        "sms_sent_total 123456789",
        "celltower 1234567890 handover",
        "whatsapp v2.23.24.76 build 9876543210.5",
      ],
    },
  },
];
