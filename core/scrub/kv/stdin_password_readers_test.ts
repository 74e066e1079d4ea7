/**
 * A password echoed or printed into a command that reads it on its standard input, as a script's
 * trace shows it: Kerberos's `kinit` (`echo 'PASS' | kinit user`), OpenConnect's
 * `--passwd-on-stdin`, `cryptsetup` (`echo -n PASS | cryptsetup luksOpen DEV NAME -`), in each
 * quoting and with `printf '%s\n'`, is masked, the command kept; a variable, a file piped in and
 * a message echoed into another command stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("a password piped into kinit, openconnect or cryptsetup is masked", () => {
  const rnd = seededRandom(0x57d1);
  for (let i = 0; i < 12; i++) {
    const pw = secretFrom(rnd);
    for (
      const [line, kept] of [
        [`echo '${pw}' | kinit svc_backup`, "| kinit svc_backup"],
        [`echo "${pw}" | kinit -l 10h deploy/admin`, "| kinit -l 10h deploy/admin"],
        [`printf '%s\\n' '${pw}' | kinit -V svc_etl`, "| kinit -V svc_etl"],
        [`echo ${pw} | openconnect --user=ci --passwd-on-stdin vpn.example.net`, "vpn.example.net"],
        [`echo -n '${pw}' | cryptsetup luksOpen /dev/sdb1 backup -`, "luksOpen /dev/sdb1 backup -"],
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(pw), out);
      ok(out.includes(kept), out);
    }
  }
});

Deno.test("a variable, a file piped in, or a message echoed elsewhere stays", () => {
  for (
    const line of [
      "echo $KRB_PASS | kinit svc_backup",
      "cat /run/secrets/vpn | openconnect --user=ci --passwd-on-stdin vpn.example.net",
      'echo "starting kinit" | tee -a /var/log/krb.log',
      "kinit -kt /etc/krb5.keytab svc_backup",
    ]
  ) strictEqual(scrub(line), line);
});
