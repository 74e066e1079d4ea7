/**
 * A whole PEM private key written in base64 (the operations corpus's kubeconfig `client-key-data`;
 * also a Secret's `tls.key`, a Helm value, an environment variable) is masked whole, whatever key
 * or syntax holds it; a certificate's or public key's PEM in base64 (`certificate-authority-data`)
 * stays.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const pemBase64 = (label: string, body: string) =>
  btoa(`-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`);
const BODY = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n" +
  "Yi9Nn4tXNuZk+Qp2o8T3Ud5Lr0Wc6Vb1Ax7Sd9Fg2Hk4Jm8Np0Qr3Ts5Uv7Wx9Yz1A";

Deno.test("a base64 PEM private key is masked whole under any key and in any syntax", () => {
  for (const label of ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]) {
    const key = pemBase64(label, BODY);
    for (
      const line of [
        `    client-key-data: ${key}`,
        `  tls.key: ${key}`,
        `{"kubeconfig_user_key":"${key}","cluster":"prod"}`,
        `SSH_DEPLOY_KEY_B64=${key}`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(key.slice(0, 40)) && !out.includes(key.slice(-40)), `${label}: ${out}`);
    }
  }
});

Deno.test("a certificate's or public key's PEM in base64 stays", () => {
  for (const label of ["CERTIFICATE", "PUBLIC KEY"]) {
    const line = `    certificate-authority-data: ${pemBase64(label, BODY)}`;
    strictEqual(scrub(line), line);
  }
});
