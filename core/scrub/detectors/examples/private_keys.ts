/**
 * The examples of ../private_keys.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

const PEM_BODY = [
  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj",
  "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu",
  "NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ",
];

/** A key as a multi-line log excerpt shows it. */
const pem = (label: string, body: readonly string[]) =>
  [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join("\n");

export const examples: Record<string, DetectorExamples> = {
  "private-key-block": {
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
  "openvpn-static-key": {
    positive: [
      {
        text: [
          "-----BEGIN OpenVPN Static key V1-----",
          "a10a6f583f3969516f07db54e690684f",
          "009cfa1a717dee806a68c6a69e6f2950",
          "-----END OpenVPN Static key V1-----",
        ].join("\n"),
        secret: "009cfa1a717dee806a68c6a69e6f2950",
      },
    ],
    negative: ["tls-crypt /etc/openvpn/ta.key", "# 2048 bit OpenVPN static key"],
  },
  "putty-private-key": {
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
  "borg-key-export": {
    positive: [
      {
        text: [
          "BORG_KEY 9d1c3f5a7e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b1d3f",
          "hqlhbGdvcml0aG2mc2hhMjU2pGRhdGHaAZ5Kx2Lp8Qz4Vt7Nw1Rb6Yc3Hd0Gf9Js5Ue2Ia8Ko4Mq",
          "Wr7Ty1Ui3Op5As9Df2Gh4Jk6Lz8Xc0Vb3Nm5Qw7Er9Ty2Ui4Op6As8Df0Gh1Jk3Lz5Xc7Vb9Nm==",
          "",
        ].join("\n"),
        secret: "Wr7Ty1Ui3Op5As9Df2Gh4Jk6Lz8Xc0Vb3Nm5Qw7Er9Ty2Ui4Op6As8Df0Gh1Jk3Lz5Xc7Vb9Nm==",
      },
    ],
    negative: [
      "BORG_KEY <repository id>",
      "borg key export /mnt/backup/repo /root/borg-key.txt",
    ],
  },
  "private-key-inline": {
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
  "private-key-base64": {
    positive: [
      {
        text:
          "    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBdTFTVTFMZlZMUEhDb3pNeEgybU8KLS0tLS1FTkQgUlNBIFBSSVZBVEUgS0VZLS0tLS0K",
        secret:
          "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBdTFTVTFMZlZMUEhDb3pNeEgybU8KLS0tLS1FTkQgUlNBIFBSSVZBVEUgS0VZLS0tLS0K",
      },
    ],
    negative: [
      "    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwK",
      "  tls.pub: LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KTUZrd0V3WUhLb1pJemowQ0FRWUlLb1pJemowREFRY0RRZ0FF",
    ],
  },
  "password-hash-crypt": {
    positive: [
      {
        text:
          "deploy:$6$24Z3HRduY5WagA90$YHP.5Xg1/s9VcLWbfsvo9ijh14rKPYwbWPzxyUm0Y720g/9bo8QjbLyUYNmQuy9DCmxJXMNuKB8xbgfI4p50de:19700:0:99999:7:::",
        secret:
          "$6$24Z3HRduY5WagA90$YHP.5Xg1/s9VcLWbfsvo9ijh14rKPYwbWPzxyUm0Y720g/9bo8QjbLyUYNmQuy9DCmxJXMNuKB8xbgfI4p50de",
      },
      {
        text:
          "INSERT INTO users (email, password) VALUES ('a@b.c', '$2b$12$uDnsmczWsg.x1ZkmLlEDd9vWoqm78nS7apE9aV8bwSdG5NtqWNfL/')",
        secret: "$2b$12$uDnsmczWsg.x1ZkmLlEDd9vWoqm78nS7apE9aV8bwSdG5NtqWNfL/",
      },
      {
        text: "admin:$1$wiF5K9A8$IU.4ThZN7R.c2Ke2vuk963",
        secret: "$1$wiF5K9A8$IU.4ThZN7R.c2Ke2vuk963",
      },
      {
        text: "reports:$apr1$C.s5I52t$SFNitYuJKmyzV4N3r7NwYH",
        secret: "$apr1$C.s5I52t$SFNitYuJKmyzV4N3r7NwYH",
      },
      {
        text:
          "ops:$y$j9T$L7kXoDDWrmYRLnNapBEFQm$HpuHqiGgvTzAZsaX6xzk/zPRQNbSHWYKjLLQv1BySS0:20100::::::",
        secret: "$y$j9T$L7kXoDDWrmYRLnNapBEFQm$HpuHqiGgvTzAZsaX6xzk/zPRQNbSHWYKjLLQv1BySS0",
      },
      {
        text: "hash=$5$rounds=80000$7LEJwcGHgdTgj4Zz$FH9ufkEQ1WaRrn2XbQ0915HYVxN7mIr2jkpxGA49mIT",
        secret: "$5$rounds=80000$7LEJwcGHgdTgj4Zz$FH9ufkEQ1WaRrn2XbQ0915HYVxN7mIr2jkpxGA49mIT",
      },
    ],
    negative: [
      "set password_hash algorithm to bcrypt ($2b$, cost 12)",
      "awk '{print $1$2}' /etc/passwd | sort",
      "price $6$ per unit, total $12",
      "htpasswd -m writes $apr1$ hashes (MD5, salted)",
    ],
  },
};
