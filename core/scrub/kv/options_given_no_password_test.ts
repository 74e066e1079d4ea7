/**
 * Command lines whose password option holds no password: a flag that asks for it at a prompt
 * (`--ask-password`, Ansible's `--ask-pass` and `ask_pass = True`), and a password flag followed
 * by the command's URL. Found by scoring the fixtures of a scanner for structured
 * files (Skyscanner/whispers; its values stay outside the repository). A password given to such
 * a flag is still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

Deno.test("prompt flags, empty options and a URL after a flag stay", () => {
  for (
    const line of [
      "wget --user=build --ask-password https://mirror.internal/pkg.tgz",
      "sshpass-wrapper --ask-pass deploy@build-07.internal",
      "ansible-playbook -i hosts --ask-become-pass site.yml",
      "ask_pass = True",
      "curl --tlspassword https://localhost:8443/health",
      "curl --proxy-tlspassword ftp://files.internal/a.bin",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("a password given to such a flag is still masked", () => {
  for (
    const [line, secret] of [
      ["wget --password=Nv4kT8qZ2wLm https://mirror.internal/pkg.tgz", "Nv4kT8qZ2wLm"],
      ["curl --tlspassword Nv4kT8qZ2wLm https://localhost", "Nv4kT8qZ2wLm"],
      ["mysql -u app --password= Nv4kT8qZ2wLm", "Nv4kT8qZ2wLm"],
      ["password= Nv4kT8qZ2wLm", "Nv4kT8qZ2wLm"],
    ]
  ) {
    const out = scrub(line);
    ok(!out.includes(secret), `${line} -> ${out}`);
  }
});
