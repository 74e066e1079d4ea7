/**
 * Private keys: PEM (PKCS#1, PKCS#8, SEC1, encrypted), OpenSSH, PGP private key blocks and
 * PuTTY key files; crypt(3) password hashes. Multi-line blocks are block detectors; a whole key on one line (a JSON
 * log with `\n` escapes, a GCP service-account `"private_key"`) is a single-line detector.
 */
import { regex } from "./regex.ts";
import { raw } from "./raw.ts";
import type { BlockDetector, Detector } from "../detector.ts";
import { secret } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { holdsKeyBody } from "../key_block_lines.ts";
import { decodeBase64Text } from "./value_checks.ts";

/**
 * A label such as `RSA PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`, `OPENSSH PRIVATE KEY`, `PGP PRIVATE KEY BLOCK`,
 * or a NATS creds file's `USER NKEY SEED` (its END marker has six dashes each side, which hold five).
 */
const LABEL = raw`(?:[A-Z0-9]{1,20} ){0,3}(?:PRIVATE KEY(?: BLOCK)?|NKEY SEED)`;

export const blockDetectors: BlockDetector[] = [
  /**
   * A PEM (RFC 7468), OpenSSH or PGP (RFC 4880 armor) private key spanning lines, from its BEGIN to
   * its END marker.
   */
  {
    id: "private-key-block",
    kind: "secret",
    prefilter: { keywords: ["private key", "nkey seed"] },
    begin: regex(`-----BEGIN ${LABEL}-----`),
    end: regex(`-----END ${LABEL}-----(?:-(?!-))?`),
    maxLines: 120,
  },
  /**
   * An OpenVPN static key (`--secret`, `tls-auth`, `tls-crypt`, as `openvpn --genkey` writes it):
   * 16 lines of hex from its BEGIN to its END marker.
   */
  {
    id: "openvpn-static-key",
    kind: "secret",
    prefilter: { keywords: ["openvpn static key"] },
    begin: /-----BEGIN OpenVPN Static key V[12]-----/,
    end: /-----END OpenVPN Static key V[12]-----/,
    maxLines: 40,
  },
  /** A PuTTY private key file (PPK v2/v3), from its header line to its `Private-MAC` line. */
  {
    id: "putty-private-key",
    kind: "secret",
    prefilter: { keywords: ["putty-user-key-file"] },
    // The key type is part of the marker, so that what follows it on the line is a logger's.
    begin: /PuTTY-User-Key-File-[23]: [^\s"'\\]{0,64}/,
    end: /Private-MAC: [0-9a-f]{40,64}/,
    maxLines: 60,
  },
  /**
   * A Borg repository key as `borg key export` writes it: `BORG_KEY` and the repository's id, then
   * the key's base64 lines, up to an empty line (or while its lines may be key body).
   */
  {
    id: "borg-key-export",
    kind: "secret",
    prefilter: { keywords: ["borg_key "] },
    begin: /BORG_KEY (?=[0-9a-f]{64})/,
    end: /^$/,
    maxLines: 20,
  },
];

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * A whole PEM/OpenSSH/PGP private key inside one line, its line breaks written as `\n` (JSON
   * logs, GCP service-account `private_key`). Markers quoted in a sentence, with words between
   * them and no key body (a base64 run as long as a key line's), are no key.
   */
  secret(
    "private-key-inline",
    ["private key", "nkey seed"],
    regex(
      raw`-----BEGIN ${LABEL}-----(?:\\[rn]|[A-Za-z0-9+/=:,\s-]){16,20000}?-----END ${LABEL}-----`,
      "g",
    ),
    holdsKeyBody,
  ),
  /**
   * A whole PEM private key in base64 (a kubeconfig's `client-key-data`, a Secret's `tls.key`, a
   * Helm value, an environment variable): `LS0tLS1CRUdJTi` is `-----BEGIN` encoded, and the key's
   * BEGIN marker decoded from the run's start says it is a private key (a certificate's or public
   * key's stays). The whole run is masked, up to the line's end at most.
   */
  secret(
    "private-key-base64",
    ["ls0tls1crudjti"],
    /LS0tLS1CRUdJTi[A-Za-z0-9+/]{30,65536}={0,2}/g,
    (key) => DECODED_PRIVATE_KEY.test(decodeBase64Text(key.slice(0, 60)) ?? ""),
  ),
  /**
   * A password hash in crypt(3)'s modular format (a shadow, htpasswd or users-table entry), which
   * cracks offline: bcrypt `$2a$` / `$2b$` / `$2y$`, a cost and 53 characters; MD5 `$1$` and
   * Apache's `$apr1$` (htpasswd), SHA-256 `$5$`, SHA-512 `$6$` (an optional `rounds=N$`), Cisco's
   * `$8$` / `$9$` and yescrypt `$y$` (its parameters first), then a salt and the hash, all in
   * `./0-9A-Za-z`.
   */
  secret(
    "password-hash-crypt",
    ["$1$", "$2a$", "$2b$", "$2y$", "$5$", "$6$", "$8$", "$9$", "$y$", "$apr1$"],
    /(?<![\w$])\$(?:2[aby]\$\d\d\$[./\w]{53}|(?:[15689]|apr1|y\$[./\w]{1,8})\$(?:rounds=\d{1,9}\$)?[./\w]{1,32}\$[./\w]{22,86})(?![./\w])/g,
  ),
]);

/** A private key's PEM BEGIN marker, at the start of decoded text. */
const DECODED_PRIVATE_KEY = regex(raw`^-----BEGIN ${LABEL}-----`);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
