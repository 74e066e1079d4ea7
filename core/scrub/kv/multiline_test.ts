/**
 * Values written below their key, through the whole scrubber: YAML block scalars and scalars
 * after `key:`, XML elements whose value sits on its own line, here-documents, Kubernetes
 * Secret `data:` / `stringData:` maps (YAML and JSON); what only looks like them stays; lines in
 * are lines out, whole or streamed in chunks cut anywhere.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const P = "Tr0ub4dor&3x!";
const T = "Zx9Qm2LwV7pK4rT8yB3nD6hJ1sF5gC0e";

/** Scrubs `text` whole and streamed in small chunks; both must agree and keep every line. */
function scrub(text: string): string {
  const whole = scrubber.scrub(text).text;
  const stream = scrubber.textStream();
  let streamed = "";
  for (let i = 0; i < text.length; i += 7) streamed += stream.write(text.slice(i, i + 7));
  streamed += stream.end();
  strictEqual(streamed, whole, "streamed in chunks, the same output");
  strictEqual(whole.split("\n").length, text.split("\n").length, "lines in = lines out");
  return whole;
}

Deno.test("values below their key are masked, and the lines after them are not", () => {
  const cases: [string, string][] = [
    [`database:\n  password: |\n    ${P}\n  pool: 5`, "pool: 5"],
    [`auth:\n  client_secret: >-\n    ${T}\n  ttl: 3600`, "ttl: 3600"],
    [`smtp:\n  api_key:\n    ${T}\n  port: 587`, "port: 587"],
    [`smtp:\n  tokens_for_ci:\n  token:\n    - ${T}\n  port: 587`, "port: 587"],
    [
      `<config>\n  <dbPassword>\n    ${P}\n  </dbPassword>\n  <user>bob</user>\n</config>`,
      "<user>bob</user>",
    ],
    [`password = <<EOF\n${P}\nEOF\nnext = 1`, "next = 1"],
    [`db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${T}\nuser: app`, "user: app"],
    [
      `apiVersion: v1\ndata:\n  tls.key: ${btoa(T)}\n  ca.crt: ${
        btoa(P)
      }\nkind: Secret\nmetadata:\n  name: web`,
      "name: web",
    ],
    [
      `kind: Secret\nstringData:\n  DB_URL: ${P}\n  config.json: |\n    {"token": "${T}"}\ntype: Opaque`,
      "type: Opaque",
    ],
  ];
  for (const [text, kept] of cases) {
    const out = scrub(text);
    ok(!out.includes(P) && !out.includes(T) && !out.includes(btoa(T)), `${text}\n→ ${out}`);
    ok(out.includes(kept), `${kept} kept in ${out}`);
  }
});

Deno.test("a one-line JSON Secret's data and stringData values are masked", () => {
  const line = `{"apiVersion":"v1","data":{"ref":"${btoa(T)}","user":"YWRtaW4="},"kind":"Secret"}`;
  const out = scrub(line);
  ok(!out.includes(btoa(T)) && !out.includes("YWRtaW4="), out);
});

Deno.test("what only looks like a value below a key stays as it is", () => {
  for (
    const text of [
      "apiVersion: v1\ndata:\n  LOG_LEVEL: info\n  MODE: readonly\n  FEATURES: search,checkout\nkind: ConfigMap",
      "apiVersion: v1\ndata:\n  app.properties: |\n    log.level=info\n    db.host=db1\nkind: ConfigMap",
      "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds\n        key: password",
      "password:\n  min_length: 12\n  require_symbols: true",
      "description: |\n  Rotates the api key every 30 days\nschedule: daily",
      "<passwordPolicy>\n  strict\n</passwordPolicy>",
      "password:\n${DB_PASSWORD}\nuser: app",
      "msg=retry password:\n  next line of the log",
      '{"data":{"user":"alice","id":"YWxpY2U="},"status":"ok"}',
    ]
  ) {
    strictEqual(scrub(text), text);
  }
});
