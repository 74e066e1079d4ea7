/**
 * Private keys logged one record per line: every line from BEGIN to END is masked, whatever the
 * logger's wrapping (timestamp, level, logger name; JSON, logfmt, container runtimes) and however
 * short the key's last line, while ordinary log lines after a block (ended, or cut off without
 * its END) pass unchanged. Before, a wrapped last line under 40 characters ended the block and
 * passed raw; so did every line of a wrapped PGP key after its blank line, and every line of a
 * key logged as JSON or logfmt.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";

const scrubber = createScrubber({}, { pseudonymKey: new Uint8Array(32).fill(5) });
const BLOCK = "[REDACTED:private-key-block]";
const PUTTY = "[REDACTED:putty-private-key]";

/** `n` base64 characters, different for each seed. */
function base64(n: number, seed: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "", x = seed * 2654435761 + 1;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[x >> 9 & 63];
  }
  return out;
}

/** A key's last body line: `length` characters, the last `padding` of them `=`. */
const lastLine = (length: number, padding: number, seed: number) =>
  base64(length - padding, seed) + "=".repeat(padding);

interface Key {
  /** The key's lines as a file holds them, BEGIN to END. */
  lines: string[];
  block: string;
}

const pem =
  (label: string, head: string[], width: number, full: number) =>
  (last: string, seed: number): Key => ({
    lines: [
      `-----BEGIN ${label}-----`,
      ...head,
      ...Array.from({ length: full }, (_, i) => base64(width, seed * 31 + i)),
      last,
      `-----END ${label}-----`,
    ],
    block: BLOCK,
  });

/** Kinds of keys, each as a function of its last body line. */
const KEYS: Record<string, (last: string, seed: number) => Key> = {
  "RSA (PKCS#1)": pem("RSA PRIVATE KEY", [], 64, 4),
  "encrypted RSA (RFC 1421 headers)": pem(
    "RSA PRIVATE KEY",
    [
      "Proc-Type: 4,ENCRYPTED",
      "DEK-Info: AES-128-CBC,5E8A3C0F9B2D4E6A1C7B8D9E0F1A2B3C",
      "",
    ],
    64,
    4,
  ),
  "EC (SEC1)": pem("EC PRIVATE KEY", [], 64, 2),
  "PKCS#8": pem("PRIVATE KEY", [], 64, 3),
  "OpenSSH": pem("OPENSSH PRIVATE KEY", [], 70, 5),
  "PGP (armored, checksum line)": (last, seed) => {
    const key = pem(
      "PGP PRIVATE KEY BLOCK",
      ["Version: GnuPG v2", "Comment: deploy key", ""],
      64,
      3,
    )(
      last,
      seed,
    );
    key.lines.splice(key.lines.length - 1, 0, "=" + base64(4, seed + 7));
    return key;
  },
  "PuTTY (v3)": (last, seed) => ({
    lines: [
      "PuTTY-User-Key-File-3: ssh-rsa",
      "Encryption: none",
      "Comment: rsa-key-20240501",
      "Public-Lines: 2",
      base64(64, seed),
      last,
      "Private-Lines: 2",
      base64(64, seed + 1),
      last,
      "Private-MAC: " + "5f0c3a8e1d7b9c2f".repeat(4),
    ],
    block: PUTTY,
  }),
};

const two = (n: number) => String(n % 60).padStart(2, "0");

/**
 * Loggers' wrappings of one record, `n` its number: timestamps, process and thread ids change
 * from record to record, and so do their widths.
 */
const STYLES: Record<string, (text: string, n: number) => string> = {
  "none": (t) => t,
  "ISO time, level, logger": (t, n) =>
    `2024-05-01T12:00:${two(n)}.${(n * 7) % 1000}Z INFO  auth.keys - ${t}`,
  "syslog": (t, n) =>
    `May ${n % 2 ? " 9" : "10"} 23:59:${two(n)} web-1 keyloader[${900 + n * 13}]: ${t}`,
  "log4j": (t, n) =>
    `[2024-05-01 12:00:00,${100 + n}] INFO  [pool-1-thread-${
      (n % 3) + 1
    }] com.acme.KeyLoader - ${t}`,
  "klog": (t, n) => `I0501 12:00:00.${123456 + n}    1234 loader.go:${40 + (n % 3)}] ${t}`,
  "Python default": (t) => `INFO:auth.keys:${t}`,
  "CRI (Kubernetes)": (t, n) => `2024-05-01T12:00:00.${123456789 + n * 1000}Z stderr F ${t}`,
  "JSON": (t, n) =>
    JSON.stringify({ ts: `2024-05-01T12:00:${two(n)}Z`, level: "info", logger: "keys", msg: t }),
  "JSON, slashes escaped": (t, n) =>
    JSON.stringify({ ts: 1714564800 + n, level: "info", msg: t }).replaceAll("/", "\\/"),
  "logfmt": (t, n) => `ts=2024-05-01T12:00:${two(n)}Z level=info msg="${t}" caller=loader.go:42`,
  "Docker json-file": (t, n) =>
    JSON.stringify({ log: t + "\n", stream: "stderr", time: `2024-05-01T12:00:00.${100 + n}Z` }),
};

/** Ordinary messages, logged after a key with the same wrapping: none may be touched. */
const ORDINARY = [
  "request done in 12 ms",
  "GET /healthz 200",
  "cache warmed with 1200 entries",
];

type Role = "begin" | "inside" | "end" | "ordinary";

/** Records of one style, each with what must become of it. */
class Log {
  readonly records: string[] = [];
  readonly roles: Role[] = [];
  readonly blocks: string[] = [];
  readonly labels: string[] = [];
  constructor(private readonly style: (text: string, n: number) => string) {}

  add(text: string, role: Role, block: string, label: string, begin = text): void {
    const n = this.records.length;
    this.records.push(role === "begin" ? this.style(begin, n) : this.style(text, n));
    this.roles.push(role);
    this.blocks.push(block);
    this.labels.push(label);
  }

  /** A key's lines from BEGIN to END (or, cut off, up to `upTo` of them), then ordinary lines. */
  key(key: Key, label: string, upTo = key.lines.length, beginPrefix = ""): void {
    key.lines.slice(0, upTo).forEach((line, i) => {
      const role = i === 0 ? "begin" : i === key.lines.length - 1 ? "end" : "inside";
      this.add(line, role, key.block, label, beginPrefix + line);
    });
    for (const message of ORDINARY) this.add(message, "ordinary", "", label);
  }

  /** The first record whose output is not what it must be, as a message; null when none. */
  check(output: string): string | null {
    const out = output.split("\n");
    if (out.length !== this.records.length) {
      return `${this.records.length} lines in, ${out.length} out`;
    }
    for (let i = 0; i < out.length; i++) {
      const [line, role, block] = [out[i], this.roles[i], this.blocks[i]];
      const good = role === "ordinary"
        ? line === this.records[i]
        : role === "begin"
        ? line.endsWith(block) || line.endsWith(block + '"}') // JSON: the begin line's tail goes
        : role === "end"
        ? line.startsWith(block)
        : line === block || (line === "" && this.records[i] === "");
      if (!good) return `${this.labels[i]}, ${role} line ${i}: ${this.records[i]} -> ${line}`;
    }
    return null;
  }
}

for (const [styleName, style] of Object.entries(STYLES)) {
  Deno.test(`keys logged one record per line, ${styleName}: every last-line length 1..70, with and without padding`, () => {
    const log = new Log(style);
    let seed = 1;
    for (const [kind, make] of Object.entries(KEYS)) {
      const width = kind === "OpenSSH" ? 70 : 64;
      for (let length = 1; length < width; length++) {
        for (let padding = 0; padding <= Math.min(2, length - 1); padding++) {
          const last = lastLine(length, padding, seed);
          log.key(make(last, seed++), `${kind}, last line ${JSON.stringify(last)}`);
        }
      }
    }
    const { text } = scrubber.scrub(log.records.join("\n"));
    strictEqual(log.check(text), null);
  });

  Deno.test(`a key cut off before its END, ${styleName}: its lines are masked, the ordinary lines after it are not`, () => {
    const log = new Log(style);
    let seed = 100;
    for (const [kind, make] of Object.entries(KEYS)) {
      const key = make(lastLine(21, 1, seed), seed++);
      // Cut after its last body line, and in the middle of its body.
      for (const upTo of [key.lines.length - 1, 3]) {
        log.key(key, `${kind} cut at line ${upTo}`, upTo);
      }
    }
    const { text } = scrubber.scrub(log.records.join("\n"));
    strictEqual(log.check(text), null);
  });
}

Deno.test("a message before the BEGIN marker (on its record only) does not let the key's short lines through", () => {
  const iso = STYLES["ISO time, level, logger"];
  for (
    const [name, style] of [
      ["ISO", iso],
      ["CRI around ISO", (t: string, n: number) => STYLES["CRI (Kubernetes)"](iso(t, n), n)],
      ["Docker json-file", STYLES["Docker json-file"]],
    ] as const
  ) {
    const log = new Log(style);
    let seed = 300;
    for (const [kind, make] of Object.entries(KEYS)) {
      for (const length of [1, 4, 17, 39, 40, 63]) {
        const key = make(lastLine(length, length % 3, seed), seed++);
        log.key(key, `${name}, ${kind}, last line ${length}`, key.lines.length, "loading key: ");
      }
    }
    const { text } = scrubber.scrub(log.records.join("\n"));
    strictEqual(log.check(text), null, name);
  }
});

Deno.test("streams judge wrapped key lines as scrub does, a line in and a line out", () => {
  const log = new Log(STYLES["ISO time, level, logger"]);
  const json = new Log(STYLES["JSON"]);
  let seed = 500;
  for (const make of Object.values(KEYS)) {
    for (const length of [1, 2, 3, 38, 39, 63]) {
      const key = make(lastLine(length, 0, seed), seed++);
      log.key(key, "iso");
      json.key(key, "json");
      log.key(key, "iso, cut", key.lines.length - 1);
    }
  }
  const input = [...log.records, ...json.records].join("\n");
  const expected = scrubber.scrub(input).text;
  ok(!expected.includes("MII") && !expected.includes(base64(20, 500)), "a key line passed");

  const lines = scrubber.stream();
  const pushed = input.split("\n").flatMap((line) => lines.push(line));
  deepStrictEqual([...pushed, ...lines.end()], expected.split("\n"));

  const chunks = scrubber.textStream();
  let written = "";
  for (let i = 0; i < input.length; i += 61) written += chunks.write(input.slice(i, i + 61));
  strictEqual(written + chunks.end(), expected);
});
