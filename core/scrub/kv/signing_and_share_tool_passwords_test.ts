/**
 * Passwords given to signing, certificate, file-transfer and Samba tools by their own options or
 * position: `jarsigner -storepass P -keypass P`, Windows' `certutil -p P`, NSS's `pk12util -W P`,
 * `ncftpput -p P`, `ssh-keygen -P OLD`, `ldappasswd -a OLD -s NEW`, macOS's `security import -P
 * P`, `transmission-remote -n user:P`, Samba's `net ads join -U user%P` and `samba-tool user
 * create NAME P` are masked, the rest of the command kept; the same commands with the password
 * read from elsewhere (`-storepass:env`, `-w FILE`, `--random-password`) stay whole.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("signing, certificate, transfer and Samba tools' passwords are masked", () => {
  const rnd = seededRandom(0x7e12);
  for (let i = 0; i < 10; i++) {
    const pw = secretFrom(rnd), pw2 = secretFrom(rnd);
    for (
      const [line, kept] of [
        [`jarsigner -keystore up.jks -storepass ${pw} -keypass ${pw2} app.apk upload`, "app.apk"],
        [`certutil -f -p ${pw} -importpfx "C:\\certs\\web.pfx"`, "-importpfx"],
        [`pk12util -i client.p12 -d sql:/etc/pki/nssdb -W ${pw}`, "-d sql:/etc/pki/nssdb"],
        [`ncftpput -u deploy -p ${pw} files.example.net /incoming b.tgz`, "/incoming b.tgz"],
        [`ssh-keygen -p -P '${pw}' -N '' -f ~/.ssh/id_rsa`, "-f ~/.ssh/id_rsa"],
        [`ldappasswd -x -D "cn=admin" -a ${pw2} -s ${pw} "uid=bob,dc=example"`, "uid=bob"],
        [`security import dist.p12 -k build.keychain -P "${pw}" -T /usr/bin/codesign`, "-T /"],
        [`transmission-remote nas:9091 -n 'admin:${pw}' -l`, "nas:9091"],
        [`net ads join -U administrator%${pw} createcomputer=Servers`, "createcomputer"],
        [`samba-tool user create svc_etl ${pw} --home-directory=/home/etl`, "svc_etl"],
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(pw) && !out.includes(pw2), out);
      ok(out.includes(kept), out);
    }
  }
});

Deno.test("the same tools with no password on their line stay", () => {
  for (
    const line of [
      "jarsigner -keystore up.jks -storepass:env KS_PASS -keypass:file /run/kp app.apk upload",
      "certutil -ping",
      "certutil -f -importpfx web.pfx",
      "pk12util -i client.p12 -d sql:/etc/pki/nssdb -w /root/p12.pass",
      "transmission-remote nas:9091 -ne -l",
      "samba-tool user create svc_etl --random-password --home-directory=/home/etl",
      "net use Z: \\\\files\\share /persistent:no",
    ]
  ) strictEqual(scrub(line), line);
});
