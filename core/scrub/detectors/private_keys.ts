/**
 * Private keys: PEM (PKCS#1, PKCS#8, SEC1, encrypted), OpenSSH, PGP private key blocks and
 * PuTTY key files. Multi-line blocks are block detectors; a whole key on one line (a JSON
 * log with `\n` escapes, a GCP service-account `"private_key"`) is a single-line detector.
 */
import type { BlockDetector, Detector } from "../detector.ts";

const PEM_BODY = [
  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj",
  "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu",
  "NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ",
];

/** A key as a multi-line log excerpt shows it. */
const pem = (label: string, body: readonly string[]) =>
  [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join("\n");

/** A label such as `RSA PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`, `OPENSSH PRIVATE KEY`, `PGP PRIVATE KEY BLOCK`. */
const LABEL = String.raw`(?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?`;

export const blockDetectors: BlockDetector[] = [
  {
    id: "private-key-block",
    description:
      "A PEM (RFC 7468), OpenSSH or PGP (RFC 4880 armor) private key spanning lines, from its BEGIN to its END marker.",
    kind: "secret",
    prefilter: { keywords: ["private key"] },
    begin: new RegExp(`-----BEGIN ${LABEL}-----`),
    end: new RegExp(`-----END ${LABEL}-----`),
    maxLines: 120,
    examples: {
      positive: [
        { text: pem("RSA PRIVATE KEY", PEM_BODY), secret: PEM_BODY[1] },
        {
          text: pem("OPENSSH PRIVATE KEY", [
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
          ]),
          secret: "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
        },
        {
          text: pem("PGP PRIVATE KEY BLOCK", [
            "",
            "lQOYBGX8b1sBCADJ6cQ0lq1oM2dZ3n4Xw9hW0rQpY7mR5uT8vKjL2cN1eB6aS3fG",
          ]),
          secret: "lQOYBGX8b1sBCADJ6cQ0lq1oM2dZ3n4Xw9hW0rQpY7mR5uT8vKjL2cN1eB6aS3fG",
        },
      ],
      negative: [
        "-----BEGIN PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----",
        "loading private key from /etc/ssl/private/server.key",
      ],
    },
  },
  {
    id: "putty-private-key",
    description:
      "A PuTTY private key file (PPK v2/v3), from its header line to its `Private-MAC` line.",
    kind: "secret",
    prefilter: { keywords: ["putty-user-key-file"] },
    // The key type is part of the marker, so that what follows it on the line is a logger's.
    begin: /PuTTY-User-Key-File-[23]: [^\s"'\\]{0,64}/,
    end: /Private-MAC: [0-9a-f]{40,64}/,
    maxLines: 60,
    examples: {
      positive: [
        {
          text: [
            "PuTTY-User-Key-File-3: ssh-ed25519",
            "Encryption: none",
            "Comment: deploy@build",
            "Public-Lines: 2",
            "AAAAC3NzaC1lZDI1NTE5AAAAIKx9R0W6z8gH1mJ3Yt5Pq2Lw7Vn4Sd0Fc8Bb6Xa1Qe9T",
            "Private-Lines: 1",
            "AAAAIFx8mQ2Lr7Tz0Wp4Vk9Nc3Hb6Jd1Ys5Ge8Fa2Qw0Pt4R",
            "Private-MAC: 5f0c3a8e1d7b9c2f4a6e8d0b1c3f5a7e9d2b4c6f8a0e1d3c5b7a9f2e4d6c8b0a",
          ].join("\n"),
          secret: "AAAAIFx8mQ2Lr7Tz0Wp4Vk9Nc3Hb6Jd1Ys5Ge8Fa2Qw0Pt4R",
        },
      ],
      negative: ["converted key with puttygen to OpenSSH format", "Private-Lines: 14"],
    },
  },
];

export const detectors: Detector[] = [
  {
    id: "private-key-inline",
    description:
      "A whole PEM/OpenSSH/PGP private key inside one line, its line breaks written as `\\n` (JSON logs, GCP service-account `private_key`).",
    kind: "secret",
    prefilter: { keywords: ["private key"] },
    pattern: new RegExp(
      String
        .raw`-----BEGIN ${LABEL}-----(?:\\[rn]|[A-Za-z0-9+/=:,\s-]){16,20000}?-----END ${LABEL}-----`,
      "g",
    ),
    examples: {
      positive: [
        {
          text: String
            .raw`{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\nMzEfYyjiWA4R4\n-----END PRIVATE KEY-----\n", "client_email": "x@p.iam.gserviceaccount.com"}`,
          secret: String
            .raw`-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\nMzEfYyjiWA4R4\n-----END PRIVATE KEY-----`,
        },
        {
          text:
            "key=-----BEGIN EC PRIVATE KEY----- MHcCAQEEIBkg4LVWM9nuwNSk3yBkcy7bSMKPKsL0m1LzW3xq9u1QoAoGCCqGSM49 -----END EC PRIVATE KEY----- loaded",
          secret: "MHcCAQEEIBkg4LVWM9nuwNSk3yBkcy7bSMKPKsL0m1LzW3xq9u1QoAoGCCqGSM49",
        },
      ],
      negative: [
        String
          .raw`"public_key": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----"`,
        "warning: private key file permissions are too open (0644)",
        "-----BEGIN CERTIFICATE----- MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa -----END CERTIFICATE-----",
      ],
    },
  },
];
