/**
 * The examples of ../pii_contact.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "email-address": {
    positive: [
      // An apostrophe inside the local part, as in Irish and Italian surnames.
      { text: "login ok for sean.o'donnell@example.org", secret: "sean.o'donnell@example.org" },
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
      "mirror ftp://anonymous:guest@ftp.example.org/pub synced",
      "DATABASE_URL=mongodb+srv://admin:M0ngoPass@cluster0.ab1cd.mongodb.net/test",
    ],
  },
  "email-address-quoted-local": {
    positive: [
      {
        text: 'mail from "Jane Q. Doe"@mail.example.org bounced',
        secret: '"Jane Q. Doe"@mail.example.org',
      },
      {
        text: '{"email":"\\"john smith\\"@acme.io","ok":true}',
        secret: '\\"john smith\\"@acme.io',
      },
    ],
    negative: ['say "hello"@ 3pm', 'key "name"@v1.json.gz', 'x = "a"@b', '"  "@acme.io'],
  },
  "email-address-url-encoded": {
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
  "phone-number": {
    positive: [
      { text: "sms dispatch to +1 (415) 555-2671 queued", secret: "+1 (415) 555-2671" },
      { text: '{"phone":"+447911123456","country":"GB"}', secret: "+447911123456" },
      { text: "callback number (212) 555-0187, ext none", secret: "(212) 555-0187" },
      { text: "contact: 020 7946 0958 (London office)", secret: "020 7946 0958" },
      { text: "tel=01 23 45 67 89 client=fr-42", secret: "01 23 45 67 89" },
      { text: "Rückruf an 030 12345678 erbeten", secret: "030 12345678" },
      { text: "whatsapp +91-98765-43210 verified", secret: "+91-98765-43210" },
      { text: '{"mobile":"+91-8123456789","kyc":true}', secret: "+91-8123456789" },
      { text: "otp to +91 7012345678 sent", secret: "+91 7012345678" },
      { text: "caller +44 1632960123 on hold", secret: "+44 1632960123" },
      { text: "ring +1-2125550147 back", secret: "+1-2125550147" },
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
      { text: "forward to 0044 20 7946 0958 after hours", secret: "0044 20 7946 0958" },
      { text: "Rückruf 00 49 30 1234567", secret: "00 49 30 1234567" },
      { text: "Zentrale 044 668 18 00", secret: "044 668 18 00" },
      { text: "rappel au 0470 12 34 56", secret: "0470 12 34 56" },
      { text: "arama 0532 123 45 67 tamam", secret: "0532 123 45 67" },
      { text: "ring 070-123 45 67", secret: "070-123 45 67" },
      { text: "연락처 010-1234-5678 등록", secret: "010-1234-5678" },
      { text: "My Israeli number is 09-7625400", secret: "09-7625400" },
      { text: "hubungi 0812-3456-7890", secret: "0812-3456-7890" },
      { text: "звонок 8 (495) 123-45-67", secret: "8 (495) 123-45-67" },
      { text: "客户 138 1234 5678 已登记", secret: "138 1234 5678" },
      { text: "office 01632 960000 (UK)", secret: "01632 960000" },
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
      "dates 06-01-2024 and 01.06.2024, versions 01.02.03",
      "padded 0012 3456 7890 and 0000 1234 5678",
      "build 0.1234.56789 and 0-1234-5678",
      "ids 100 2000 3000 and 120 1234 5678",
      "ratio (05)20 7 and (0412) 34",
      "invoice 01-2024-0001, 06-2025-4302 and 01-123-4567 paid",
      "offsets +91-98765432101 and +1-212555014 and +28 1234567 and +44 12345678",
    ],
  },
  "phone-number-in-context": {
    positive: [
      { text: "otp sent to mobile 98765 43210", secret: "98765 43210" },
      { text: "mobile numbers: 4157362280", secret: "4157362280" },
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
      { text: "call me at 425 8829090 after 5", secret: "425 8829090" },
      { text: "dialed 612345678", secret: "612345678" },
      { text: "customer phone: 55 1234 5678 (MX)", secret: "55 1234 5678" },
      { text: "msisdn:00447911123456", secret: "00447911123456" },
      { text: "-- Called 0016045019370 on channel SIP/trunk-1", secret: "0016045019370" },
      { text: "customer asked to be called back on 017040708238", secret: "017040708238" },
      { text: "msg=sent caller_id=0785998780 channel=sms", secret: "0785998780" },
      { text: "sms-gw msg_id=00c7 to=351969572399 status=DELIVERED", secret: "351969572399" },
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
      "call took 12345678 us",
      "reach 12345678 users",
      "text at 12345678 bytes",
      "sms-gw batch to=12345678 bytes",
      "deploy to=20250601 from=20250531 done",
      "call_id=4155552671 hangup",
    ],
  },
  "phone-number-form-encoded": {
    positive: [
      {
        text: "POST /signup body: name=Jane+Doe&tel=0151+23456789&plan=pro",
        secret: "0151+23456789",
      },
      { text: "name=Jane&emergency=%2B1+415+867+5309&plan=pro", secret: "%2B1+415+867+5309" },
      { text: "GET /callback?contact=(415)+867-5309 200", secret: "(415)+867-5309" },
      { text: "form: telefon=072874+42108&lang=de", secret: "072874+42108" },
    ],
    negative: [
      "GET /search?q=2024+12+04&v=1+2+3&n=10+20+30+40",
      "ts=2025-01-01T10:00:00+00:00&tz=+0100",
      "GET /calc?expr=123+4567890&user_id=12345+6789012",
    ],
  },
  "phone-number-sip-uri": {
    positive: [
      { text: "INVITE sip:+16045550186@pbx.acme.net SIP/2.0", secret: "+16045550186" },
      { text: "To: <sip:0412345678@10.0.0.5>;tag=1", secret: "0412345678" },
      { text: "Contact: <sips:+44-20-7946-0958;user=phone>", secret: "+44-20-7946-0958" },
    ],
    negative: [
      "From: <sip:reception@pbx.acme.net>",
      "sip:1111111@pbx placeholder",
      "REGISTER sip:pbx.acme.net:5060 SIP/2.0",
      "sip:123456@pbx short extension",
    ],
  },
  "phone-number-tel-uri": {
    positive: [
      { text: "contact tel:+33142685300 re: case 4411", secret: "+33142685300" },
      { text: '<a href="tel:+1-212-555-0147">call</a>', secret: "+1-212-555-0147" },
      { text: "TEL:+819012345678;ext=12", secret: "+819012345678" },
      { text: "link tel:0142685300 opened", secret: "0142685300" },
    ],
    negative: [
      "hotel:+33142685300 booked",
      "tel:+123456 too short",
      "tel:+1111111111 placeholder",
      "tel:+1234567890123456789 too long",
    ],
  },
  "uk-postcode": {
    positive: [
      { text: '{"postcode":"SW1A 1AA","country":"GB"}', secret: "SW1A 1AA" },
      { text: "address=221B Baker Street, London NW1 6XE", secret: "NW1 6XE" },
      { text: "zip: M11AE", secret: "M11AE" },
    ],
    negative: [
      "postcode QA1 1AA rejected",
      "ticket SW1A 1AA closed",
      "address space A1 4KB reserved",
      "address 10.0.0.1 ok, cache B2 4MB",
    ],
  },
  "us-zip-plus4": {
    positive: [
      { text: '{"address":{"state":"IL","zip":"62704-3938"}}', secret: "62704-3938" },
      { text: "zip_code=94105-1234 country=US", secret: "94105-1234" },
      { text: "ZIP+4: 10001-0002", secret: "10001-0002" },
      { text: '"postalCode": "30301-0004"', secret: "30301-0004" },
    ],
    negative: [
      "zip archive 94105-1234 bytes",
      "zip=00000-0000",
      "range 94105-1234",
      "zip=94105-12345",
      "postal 2024-0601",
    ],
  },
  "imsi": {
    positive: [
      {
        text: "hlr-lookup: subscriber imsi=234915581113724 roaming=false",
        secret: "234915581113724",
      },
      { text: '{"imsi":"310260000000001","event":"attach"}', secret: "310260000000001" },
    ],
    negative: ["imsi_count=234915581 attach_rate=0.93", "imsi=1234567890123456789"],
  },
  "imei": {
    positive: [
      { text: "device registered, IMEI 35-209900-176148-1, model X", secret: "35-209900-176148-1" },
      { text: "imei: 490154203237518 blacklisted", secret: "490154203237518" },
    ],
    negative: ["imei: 490154203237519 blacklisted", "bench unit serial 356938035643809 flashed"],
  },
};
