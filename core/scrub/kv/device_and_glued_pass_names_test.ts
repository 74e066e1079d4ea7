/**
 * Names ./key_names.ts reads as a secret's: LoRaWAN's root and session keys (`AppKey`, `AppSKey`,
 * `NwkSKey`, LoRaWAN 1.1's `FNwkSIntKey` …) in a modem's AT commands, JSON and YAML; `pass` glued
 * to a mail or file-transfer service (Joomla's `$smtppass`, `ftppass`). The device's and the
 * join server's EUIs and the device address beside them are ids, and stay.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed, secretFrom } from "./test_support.ts";

const random = seededRandom(0x10ba);
const HEX = "0123456789ABCDEF";
const hex = (n: number) => Array.from({ length: n }, () => HEX[Math.floor(random() * 16)]).join("");

const FORMS = [
  "AT+APPKEY={v}",
  "AT+APPSKEY={v}\r",
  "AT+NWKSKEY={v}",
  '{"devEUI":"70B3D57ED005A1B2","deviceKeys":{"appKey":"{v}","nwkKey":"{v}"}}',
  "  app_s_key: {v}",
  "FNwkSIntKey = {v}",
  "NwkSEncKey: {v}",
];

Deno.test("LoRaWAN root and session keys are masked in AT commands, JSON and YAML", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 8; k++) {
    for (const form of FORMS) {
      const key = hex(32);
      const line = form.replaceAll("{v}", k % 2 ? key.toLowerCase() : key);
      if (scrubWholeAndStreamed(line).toUpperCase().includes(key)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a password under a name glued to smtp or ftp is masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 8; k++) {
    const value = secretFrom(random);
    for (const form of ["\tpublic $smtppass = '{v}';", "FTPPASS={v}", '"smtppass": "{v}"']) {
      const line = form.replace("{v}", value);
      if (scrubWholeAndStreamed(line).includes(value)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("the ids beside the keys, stand-ins and empty values keep their lines", () => {
  const lines = [
    "AT+DEVEUI=70B3D57ED005A1B2",
    "AT+APPEUI=0000000000000000",
    "AT+DEVADDR=26011B2C",
    "AT+APPSKEY=?",
    '{"devEUI":"70B3D57ED005A1B2","joinEUI":"70B3D57ED0000001","devAddr":"26011B2C"}',
    "\tpublic $smtppass = '';",
    "FTPPASS=${FTP_PASSWORD}",
    "bypass=true compass=north",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
