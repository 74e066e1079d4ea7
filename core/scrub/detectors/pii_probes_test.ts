/**
 * Hand-written probes of personal data as logs write it, run through the whole default engine
 * (every detector, keyword scan and line shapes): each PII probe must lose its value, each
 * log line that merely looks numeric must come out byte-identical.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

/** A log line and the personal value in it that must not survive. */
interface Probe {
  text: string;
  value: string;
}

const PII_PROBES: readonly Probe[] = [
  // Indian mobile numbers without +91
  { text: "otp sent to mobile 98765 43210", value: "98765 43210" },
  { text: '{"phone":"9876543210","status":"verified"}', value: "9876543210" },
  { text: "sms delivered to 098765 43210", value: "098765 43210" },
  { text: "customer_mobile=919876543210 kyc=pending", value: "919876543210" },
  { text: "user_tel=9876543210", value: "9876543210" },
  { text: "whatsapp opt-in from 91 98765 43210", value: "98765 43210" },
  // NANP with spaces only, or plain in a phone field
  { text: "callback phone 415 555 2671 requested", value: "415 555 2671" },
  { text: "user.phone=4155552671 updated", value: "4155552671" },
  { text: "tel: 1 415 555 2671", value: "415 555 2671" },
  // Other national layouts
  { text: "movil 612 34 56 78 confirmado", value: "612 34 56 78" }, // Spain
  { text: "telefono: 612 345 678", value: "612 345 678" }, // Spain
  { text: "Kontakt: +49 30 1234567", value: "+49 30 1234567" }, // Germany, 7-digit subscriber
  { text: "cellulare 347 123 4567 verificato", value: "347 123 4567" }, // Italy (with a context word)
  { text: "telefoon 06-12345678 bevestigd", value: "06-12345678" }, // Netherlands mobile
  { text: "contact 020 123 4567 (Amsterdam)", value: "020 123 4567" }, // Netherlands
  { text: "mobile 0412 345 678 verified", value: "0412 345 678" }, // Australia mobile
  { text: "office (02) 9876 5432 closed", value: "(02) 9876 5432" }, // Australia landline
  { text: "celular (11) 91234-5678 cadastrado", value: "(11) 91234-5678" }, // Brazil mobile
  { text: "fone (21) 3456-7890", value: "(21) 3456-7890" }, // Brazil landline
  { text: "携帯 090-1234-5678 登録", value: "090-1234-5678" }, // Japan mobile
  { text: "電話 03-1234-5678", value: "03-1234-5678" }, // Japan landline
  { text: "msisdn=447911123456 attached", value: "447911123456" }, // E.164 without +
  // MAC addresses
  {
    text: "%SW_MATM-4-MACFLAP_NOTIF: Host 0011.2233.4455 in vlan 10 is flapping",
    value: "0011.2233.4455",
  },
  { text: "arp entry 001a.2b3c.4d5e on Gi0/1", value: "001a.2b3c.4d5e" },
  { text: '{"mac":"001A2B3C4D5E","rssi":-61}', value: "001A2B3C4D5E" },
  { text: "device registered macAddress=a4c3f0851d2e", value: "a4c3f0851d2e" },
  { text: "wifi assoc bssid 00:1A:2B:3C:4D:5E ok", value: "00:1A:2B:3C:4D:5E" },
  // National ids
  { text: "cliente DNI 12345678-Z registrado", value: "12345678-Z" },
  { text: "NIE: X-1234567-L", value: "X-1234567-L" },
  { text: "nif=12345678z", value: "12345678z" },
  { text: "klant bsn: 111 222 333", value: "111 222 333" },
  { text: "cadastro 529.982.247-25 aprovado", value: "529.982.247-25" },
  { text: "titular cpf=11144477735", value: "11144477735" },
  { text: "PAN ABCPE1234F linked", value: "ABCPE1234F" },
  { text: "numero de securite sociale 1 85 05 78 006 084 91", value: "1 85 05 78 006 084 91" },
  // Email, IBAN, card, SSN, IP as logs print them
  { text: "login for JOHN.SMITH@EXAMPLE.COM", value: "JOHN.SMITH@EXAMPLE.COM" },
  { text: "mailto:anna.k@firma.de?subject=x", value: "anna.k@firma.de" },
  { text: "user=o'brien@example.ie", value: "o'brien@example.ie" },
  { text: "user%40example.com requested reset", value: "user%40example.com" },
  { text: "GET /login?user=bob%40corp.example.org&next=%2F 302", value: "bob%40corp.example.org" },
  { text: "email=jane_doe@sub.example.museum ok", value: "jane_doe@sub.example.museum" },
  { text: "IBAN NL91ABNA0417164300.", value: "NL91ABNA0417164300" },
  { text: "card ending 4111 1111 1111 1111.", value: "4111 1111 1111 1111" },
  { text: "SSN 536 90 4399", value: "536 90 4399" },
  { text: "client=203.0.113.57:51234", value: "203.0.113.57" },
  { text: "X-Forwarded-For: 198.51.100.7, 10.0.0.1", value: "198.51.100.7" },
  // What the previous round left: SSNs right after ':', spaced or plain after an SSN word
  { text: "ssn:536904399", value: "536904399" },
  { text: '{"ssn":536904399,"state":"NY"}', value: "536904399" },
  { text: "applicant_ssn=536 90 4399", value: "536 90 4399" },
  // … a US number written 3 + 7, lower-case and irregularly grouped IBANs, Cisco MACs alone
  { text: "call me at 425 8829090", value: "425 8829090" },
  { text: "iban=de89370400440532013000", value: "de89370400440532013000" },
  { text: "IBAN DE89 370 400 440 532 013 000", value: "DE89 370 400 440 532 013 000" },
  { text: "beneficiary iban DE89-3704-0044-0532-0130-00", value: "DE89-3704-0044-0532-0130-00" },
  {
    text: "%DOT1X-5-FAIL: Authentication failed for client (001a.2b3c.4d5e) on Interface Gi1/0/1",
    value: "001a.2b3c.4d5e",
  },
  // IPv6 in its RFC 4291 / 5952 forms, IPv4-mapped, zone ids
  { text: "peer 0:0:0:0:0:ffff:192.0.2.128 up", value: "0:0:0:0:0:ffff:192.0.2.128" },
  { text: "via ::2:3:4:5:6:7:8", value: "::2:3:4:5:6:7:8" },
  { text: "from 2001:DB8::8A2E:370:7334.", value: "2001:DB8::8A2E:370:7334" },
  { text: "src_ip:fe80::1ff:fe23:4567:890a%25en0", value: "fe80::1ff:fe23:4567:890a%25en0" },
  // National layouts of phone numbers with no context word
  { text: "Zentrale 044 668 18 00", value: "044 668 18 00" },
  { text: "forward to 0044 20 7946 0958", value: "0044 20 7946 0958" },
  { text: "연락처 010-1234-5678", value: "010-1234-5678" },
  // National ids whose layout names them, and ids after the word naming them
  { text: "asiakas 131052-308T", value: "131052-308T" },
  { text: "고객 690228-4665022", value: "690228-4665022" },
  { text: "TCKN: 10000000146", value: "10000000146" },
  { text: "NRIC S2740116C", value: "S2740116C" },
  { text: "passport_no=533380006", value: "533380006" },
  { text: "ACH routing 011000015", value: "011000015" },
  // Right after a comma: CSV fields and lists
  { text: "2025-06-01,u42,4111 1111 1111 1111,active", value: "4111 1111 1111 1111" },
  { text: "ssns 536-90-4399,078-05-1120", value: "078-05-1120" },
  { text: "u42,+44 7911 123456,gb", value: "+44 7911 123456" },
  // Mir cards, tel: URIs and +CC with the national number unbroken
  { text: "charging card 2202 9139 0996 0300 now", value: "2202 9139 0996 0300" },
  { text: "dial tel:+33142685300 from the app", value: "33142685300" },
  { text: '{"phone":"+91-8123456789"}', value: "8123456789" },
  { text: "sms to +91 7012345678 queued", value: "7012345678" },
  // Litecoin and Dogecoin addresses, lower-case Ethereum addresses a payment names
  {
    text: "refund to LfLzHTgqGSRjTikq8Njjy39rkiUeNFaDuN",
    value: "LfLzHTgqGSRjTikq8Njjy39rkiUeNFaDuN",
  },
  { text: "doge=DMHAdiC65m3GJhJMeoFncgFwzobdNhhhSp", value: "DMHAdiC65m3GJhJMeoFncgFwzobdNhhhSp" },
  {
    text: "payout ltc1q2srw8t752nfjx75hm8gejx53xuxy02kuuw3v9m sent",
    value: "ltc1q2srw8t752nfjx75hm8gejx53xuxy02kuuw3v9m",
  },
  {
    text: "withdrawal 0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be approved",
    value: "0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be",
  },
  // Cisco dotted MACs whose first groups are digits, after the word naming the station
  {
    text: "wlan0: STA 7702.1943.e8d1 WPA: pairwise key handshake completed",
    value: "7702.1943.e8d1",
  },
  { text: "assoc client 6120.4478.3391 rssi -61", value: "6120.4478.3391" },
  // National ids under a generic key, checked against the national rules
  { text: "customer id_number=92041527373 kyc=pending", value: "92041527373" },
  { text: '{"identity_number":"10000000146"}', value: "10000000146" },
  { text: "national_id=123 456 782 kyc=ok", value: "123 456 782" },
  // Chinese resident id and Belgian national number after the words naming them
  { text: "用户身份证号 440305198507142312 已验证", value: "440305198507142312" },
  { text: "Rijksregisternummer: 92.04.15-273.73", value: "92.04.15-273.73" },
];

/** Lines with timestamps, durations, ports, PIDs, UUIDs, hashes, versions, trace ids, sizes, order ids. */
const LOOKALIKES: readonly string[] = [
  "03-17 16:13:55.896  1702  2113 W ActivityManager: pid 61234 61240",
  "heap sizes 512 256 1024 and 2048",
  "took 98765 ms, 43210 bytes written",
  "order 9876543210 shipped to warehouse 7",
  "span_id=9876543210123456 trace_id=4bf92f3577b34da6a3ce929d0e0e4736",
  "uuid 550e8400-e29b-41d4-a716-446655440000 done",
  "sha256 e3b0c44298fc1c149afbf4c8996fb924 build 1.2.3-4567",
  "2025-06-01 12:30:45,123 INFO request 1717200000123 completed in 415 ms",
  "081110 103442 19 INFO dfs.FSDataset: Deleting block blk_-5880591395067598620",
  "listening on *:8080, metrics :9090, pid 24841",
  "bytes_in=612345678 bytes_out=347123456",
  "sizes 612 345 678 bytes",
  "build 2024.0601.1200 released",
  "invoice 2024-0001-2345 paid",
  "phone lookup took 612 ms for 3 retries",
  "mobile app v10.2.3 build 20250601 uid 1234567",
  "callback latency p99 4155552671 ns",
  "cache 001a2b3c4d5e6f70 hit",
  "etag 001a2b3c4d5e stored",
  "docker container 0a1b2c3d4e5f started",
  "git sha 9fceb02d0ae598e95dc970b74767f19372d61af8",
  "tid 140234 lwp 140240 nice 0",
  "ts=1717200000 dur=0.004512 code=200 size=98765",
  "cpf field empty, retrying in 30 s",
  "pan card scan took 450 ms",
  "Order #52998224725 processed",
  "081111 065526 22651 INFO dfs.DataNode$PacketResponder: PacketResponder 1 terminating",
  "sms queue depth 123456789 items, sms_sent_total 123456789",
  "phone verification took 123456789 ns",
  "celltower 1234567890 handover",
  "mobile_app_version 1234567890 telemetry_id 9876543210",
  "machine id 0123456789ab, docker-machine 0a1b2c3d4e5f",
  "vlan 10 up, build 2024.0601.1200 and sha 9fceb02d0ae598e95dc970b74767f19372d61af8",
  "GET /static/icon%402x.png 200",
  "span ABCPE1234F closed, pan: none",
  "dni pending for order 12345678Z",
  "elapsed 4111111111111111.5 s",
  "build 20240601-1234 released, batch 2024-06-01-0001",
  "ean 4006381333931 scanned at 06-01-2024 and 01.06.2024",
  "database routing table 011000015 entries",
  "passport service listening on 8443, driver license check took 1234 ms",
  "client 0.1234.5678 build 2024.0601.1200",
  "ids 100 2000 3000, versions 01.02.03",
  "total 1,234,567,890,123 bytes, ratio 0,75 and 12,5",
  "2025-06-01,1717200000123,200,15.2,ok",
  "tz +05 123456 and offset +91-98765432101",
  "deposit tx 0x8c3a5e5f1d2b4a6c7e9f0b1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4 mined",
  "bean DefaultListableBeanFactoryBeanPostProcessor ready",
  "customer id_number=92041527375 kyc=pending, document_number=20240601",
];

const scrubber = createScrubber();

Deno.test("every PII probe is masked by the default engine", () => {
  const missed = PII_PROBES.filter((p) => scrubber.scrub(p.text).text.includes(p.value));
  strictEqual(
    missed.length,
    0,
    `missed ${missed.length}/${PII_PROBES.length}: ${missed.map((p) => p.value).join(" | ")}`,
  );
});

Deno.test("log lines that only look like PII come out unchanged", () => {
  for (const line of LOOKALIKES) {
    const { text } = scrubber.scrub(line);
    ok(text === line, `changed ${JSON.stringify(line)} to ${JSON.stringify(text)}`);
  }
});
