/**
 * A pre-shared key's name (`psk`, wpa_supplicant's `psk="…"`, hostapd's `wpa_psk=`) and PAM's
 * and SSSD's `authtok` (`ldap_default_authtok = …`, the bind password) name a password: their
 * values are masked in every syntax, short or long; `WPA-PSK` as a value, `authtok_type` and
 * words that only hold the letters (`ipsk`) stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0x9b51);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const generated = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");

Deno.test("psk and authtok name a password; authtok_type and ipsk name nothing", () => {
  deepStrictEqual(
    ["psk", "wpa_psk", "PSK", "ldap_default_authtok", "authtok", "authtok_type", "ipsk"].map(
      keyKind,
    ),
    ["password", "password", "password", "password", "password", null, null],
  );
});

Deno.test("a pre-shared key or an authtok is masked in the syntaxes that write them", () => {
  for (let i = 0; i < 8; i++) {
    const value = generated(8 + (i * 3) % 17);
    for (
      const line of [
        `psk="${value}"`,
        `\tpsk=${value}`,
        `wpa_psk=${value}`,
        `ldap_default_authtok = ${value}`,
        `{"ldap_default_authtok": "${value}"}`,
        `PSK: ${value}`,
      ]
    ) {
      ok(!scrubWholeAndStreamed(line).includes(value), line);
    }
  }
});

Deno.test("WPA-PSK as a value, authtok_type and use_authtok stay", () => {
  for (
    const line of [
      "key_mgmt=WPA-PSK",
      "ldap_default_authtok_type = password",
      "auth required pam_unix.so use_authtok",
      "psk=",
      "wpa_key_mgmt=WPA-PSK SAE",
    ]
  ) {
    deepStrictEqual(scrubWholeAndStreamed(line), line);
  }
});
