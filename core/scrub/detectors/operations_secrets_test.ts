/**
 * Secrets that operations tools print in forms of their own (the operations corpus): Vault's
 * unseal and recovery key shares (`vault operator init`), Consul's ACL token and Vault's AppRole
 * secret ID (a UUID after `SecretID`/`secret_id`, in a table, JSON or an environment variable),
 * and strongSwan's `ipsec.secrets` entries. Accessor IDs, TTLs, key files and references stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const UUID = "9f78be12-da13-4ecb-80b0-46b8a5477690";

Deno.test("unseal keys, secret IDs and IPsec secrets are masked", () => {
  for (
    const [line, value] of [
      [
        "Unseal Key 1: YlvDNXQ9whDXGwvB2KcViRbjsM5b/GVChz/UISecmQu4",
        "YlvDNXQ9whDXGwvB2KcViRbjsM5b",
      ],
      ["Recovery Key 4: H9GgV0uzyMjTW59RCK4E7Ek81MyOo3eMrAMxd46qBYCo", "H9GgV0uzyMjTW59RCK4E7Ek81"],
      [`SecretID:         ${UUID}`, UUID],
      [`{"AccessorID":"34edbe9c-8da4-4394-bbba-0ed694fb7fab","SecretID":"${UUID}"}`, UUID],
      [`secret_id               ${UUID}`, UUID],
      [`+ export VAULT_SECRET_ID=${UUID}`, UUID],
      [': PSK "Maple1992*"', "Maple1992*"],
      ['moon sun : PSK "ember-Saffron-46-orchid"', "ember-Saffron-46-orchid"],
      ['carol : XAUTH "Tq8xR2mLp0"', "Tq8xR2mLp0"],
    ]
  ) ok(!scrub(line).includes(value), line);
});

Deno.test("accessor IDs, TTLs, key files and references stay", () => {
  for (
    const line of [
      "AccessorID:       34edbe9c-8da4-4394-bbba-0ed694fb7fab",
      "secret_id_accessor      34edbe9c-8da4-4394-bbba-0ed694fb7fab",
      "secret_id_ttl           10m",
      "Unseal Progress    1/3",
      "vpn-gw-1 : RSA vpn-gw-1.key",
      ': PSK "${IPSEC_PSK}"',
      "aws secretsmanager get-secret-value --secret-id prod/db-credentials",
    ]
  ) strictEqual(scrub(line), line);
});
