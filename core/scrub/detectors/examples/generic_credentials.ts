/**
 * The examples of ../generic_credentials.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "jwt": {
    positive: [
      {
        text:
          "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsImV4cCI6MTcwMDAwMDAwMH0.Vt1y3sQ9n1jv1eXo8b2R0Qf0x9S8W7kz6mF3cA2pL4E",
        secret:
          "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsImV4cCI6MTcwMDAwMDAwMH0.Vt1y3sQ9n1jv1eXo8b2R0Qf0x9S8W7kz6mF3cA2pL4E",
      },
      {
        text:
          '{"level":"debug","id_token":"eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhY2NvdW50cyJ9.c2lnbmF0dXJl"}',
        secret: "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhY2NvdW50cyJ9.c2lnbmF0dXJl",
      },
    ],
    negative: [
      "body=eyJ1c2VyIjoiYWxpY2UiLCJhY3Rpb24iOiJsb2dpbiIsInRzIjoxNzAwMDAwMDAwfQ== len=64",
      // A JSON payload that is not a JWT header (no "alg").
      "cursor=eyJ1c2VyIjoiYWxpY2UifQ.eyJwYWdlIjoyfQ next page",
      "eyJab.eyJcd.eyJefgh",
      "cGxhaW5fdGV4dF9ub19qc29uX2hlcmU.cGxhaW5fdGV4dF9ub19qc29uX2hlcmU.GLDwrgohSg3hNLOmvTmDTzKs7C_PRixnSUVKUlgmDJX",
    ],
  },
  "http-authorization": {
    positive: [
      {
        text: "> Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b",
        secret: "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b",
      },
      {
        text:
          'level=info method=GET path=/v1/me authorization="Bearer sk_9f8e7d6c5b4a3210" status=200',
        secret: "sk_9f8e7d6c5b4a3210",
      },
      {
        text: '{"headers":{"Authorization":"NTLM TlRMTVNTUAABAAAAB4IIog=="}}',
        secret: "TlRMTVNTUAABAAAAB4IIog==",
      },
      { text: "Authorization: OAuth ya29Zx9Qm2LwV7pK4rT8", secret: "ya29Zx9Qm2LwV7pK4rT8" },
      {
        text: "authorization: Klaviyo-API-Key pk_5a3c7e1b2d4f4a6b8c9d",
        secret: "pk_5a3c7e1b2d4f4a6b8c9d",
      },
      {
        text:
          "Authorization: AWS4-HMAC-SHA256 Credential=AKIAJQ7ZPDW3XKR4WBCD/20240101/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
        secret: "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
      },
    ],
    negative: [
      'curl -H "Authorization: Bearer <your API token>" https://api.example.com/v1/search',
      'curl -H "Authorization: Basic {base64(user:password)}" https://api.example.com/login',
      'curl -H "Authorization: Bearer $(vault print token-lookup)" https://api.example.com/v1',
      'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
      "Authorization: AWS4-HMAC-SHA256 SignedHeaders=host;x-amz-date",
      "authorization failed for user 42: token expired",
      "Authorization: Bearer",
      "authorization: required",
      "Authorization: Bearer ${API_TOKEN}",
      "authorization: required by policy",
      "Authorization: denied because expired",
    ],
  },
  "bearer-token": {
    positive: [
      {
        text: "retrying request with Bearer 3a7f0c9e21d84b6f9a5e0c2d7b1f4e8a",
        secret: "3a7f0c9e21d84b6f9a5e0c2d7b1f4e8a",
      },
      {
        text: "curl -H 'authz: bearer ya29.a0AfH6SMBx3kQ-rZ9' https://api.example",
        secret: "ya29.a0AfH6SMBx3kQ-rZ9",
      },
    ],
    negative: [
      'WWW-Authenticate: Bearer realm="example"',
      "./deploy --token-type Bearer --region eu-west-1",
      "Bearer authentication failed, token refreshed",
      "expected a bearer token in the header",
    ],
  },
  "basic-auth-credentials": {
    positive: [
      {
        text: "Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l",
        secret: "YWxhZGRpbjpvcGVuc2VzYW1l",
      },
      {
        text: '{"proxy_auth":"basic c3ZjLWJpbGxpbmc6UzNjcjN0IQ=="}',
        secret: "c3ZjLWJpbGxpbmc6UzNjcjN0IQ==",
      },
    ],
    negative: [
      "basic block 0x7ffd5fbff8a0 has 12 successors",
      'auth scheme Basic realm="admin" rejected',
      // Decodes, but to text without a colon.
      "Basic aGVsbG8gd29ybGQ=",
    ],
  },
  "digest-auth-response": {
    positive: [
      {
        text:
          'Authorization: Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", response="6629fae49393a05397450978507c4ef1"',
        secret: "6629fae49393a05397450978507c4ef1",
      },
      {
        text:
          "auth=digest user=svc response=8ca523f5e9506fed4657c9700eebdbec2f6bc6c6d3d8f9b2a1e4c7d0f3b6a9e2",
        secret: "8ca523f5e9506fed4657c9700eebdbec2f6bc6c6d3d8f9b2a1e4c7d0f3b6a9e2",
      },
    ],
    negative: [
      "image digest sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "digest mismatch, response status=500",
      "message digest computed in 3ms",
    ],
  },
  "cookie-value": {
    positive: [
      {
        text: "Cookie: lang=en; sessionid=8f2b1c9d4e7a6f3b0c5d2e9a; theme=dark",
        secret: "8f2b1c9d4e7a6f3b0c5d2e9a",
      },
      {
        text: '{"cookie":"JSESSIONID=A1B2C3D4E5F60718293A4B5C6D7E8F90"}',
        secret: "A1B2C3D4E5F60718293A4B5C6D7E8F90",
      },
      // A quoted value before it, and a quoted value.
      {
        text: 'Cookie: theme="dark"; sid=a8Fk29dkLq0Zx7Yw3nB5; lang=en',
        secret: "a8Fk29dkLq0Zx7Yw3nB5",
      },
      { text: 'Cookie: sid="a8Fk29dkLq0Zx7Yw3nB5"; lang=en', secret: "a8Fk29dkLq0Zx7Yw3nB5" },
      {
        text: '{"cookie":"theme=\\"dark\\"; sid=a8Fk29dkLq0Zx7Yw3nB5"}',
        secret: "a8Fk29dkLq0Zx7Yw3nB5",
      },
    ],
    negative: [
      "Cookie: lang=en; theme=dark",
      'Cookie: lang="en"; theme="dark"',
      "Set-Cookie: lang=en-GB; Path=/; Max-Age=31536000",
      "cookie consent banner shown to 1200 visitors",
      "Cookie: locale=en-GB; tz=Europe%2FLondon; theme=high-contrast",
    ],
  },
  "set-cookie-value": {
    positive: [
      {
        text: "< Set-Cookie: session=s%3AkQ9x7Lm2Zp4RtV8w.N3bY; Path=/; HttpOnly; Secure",
        secret: "s%3AkQ9x7Lm2Zp4RtV8w.N3bY",
      },
      {
        text:
          '"set-cookie": "remember_token=71c2d9e04fa8b3; Expires=Wed, 21 Oct 2026 07:28:00 GMT"',
        secret: "71c2d9e04fa8b3",
      },
    ],
    negative: [
      "Set-Cookie: session=deleted; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/",
      "Set-Cookie: lang=en; Path=/",
      "set-cookie header dropped by proxy",
    ],
  },
  "password-assignment": {
    positive: [
      {
        text: "db connect failed: host=db.internal user=app password=Tr0ub4dor&3",
        secret: "Tr0ub4dor",
      },
      { text: '{"event":"signup","password":"hunter2!x"}', secret: "hunter2!x" },
      { text: "exec: pg_dump --password s3cr3tP4ss --host db1", secret: "s3cr3tP4ss" },
      { text: "Server=sql1;Database=app;User Id=sa;Pwd=Xk29!mq;", secret: "Xk29!mq" },
      {
        text: "DRIVER={PostgreSQL Unicode};UID=etl;PWD={Falcon-qu;artz};PORT=5432",
        secret: "Falcon-qu;artz",
      },
      {
        text: 'PS> Set-Item -Path Env:DB_PASSWORD -Value "Orbit-42tiger"',
        secret: "Orbit-42tiger",
      },
      { text: "    sl_pass: 'qP9#kd02LzA'", secret: "qP9#kd02LzA" },
      { text: "<password>letmein99</password>", secret: "letmein99" },
      { text: '{"msg":"retry with \\"db_password\\": \\"Zq81-kd!0\\""}', secret: "Zq81-kd!0" },
    ],
    negative: [
      "password_reset_count=3 passwordless=true",
      "Failed password for root from 203.0.113.9 port 22 ssh2",
      "password: ********",
      "password=${DB_PASSWORD}",
      "PWD=/home/deploy/app",
      "tests: pass=12 fail=0",
      "invalid password: expired",
      "invalid username or password, please retry",
      'check("password", min=12)',
      "password: <hidden>",
      "password={{ .Values.db.password }}",
      "Set-Item -Path Env:DB_PASSWORD -Value $env:VAULT_DB_PASSWORD",
      'password={"$ref":"#/secrets/db"}',
      "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7Tpw== deploy@build01",
      '{"pem":"-----BEGIN CERTIFICATE-----\\nMIIBszCCAVmgAwIBAgIU9Tpw==\\n-----END CERTIFICATE-----"}',
    ],
  },
  "secret-assignment": {
    positive: [
      {
        text: "GET /callback?code=ok&access_token=ya29a0AfB7xQk2Lm9&state=1",
        secret: "ya29a0AfB7xQk2Lm9",
      },
      { text: '{"client_secret": "7fQz2-Lx9pV_r8Ks3mWq"}', secret: "7fQz2-Lx9pV_r8Ks3mWq" },
      {
        text: "SOFTLAYERAPIKEY=ugrqpwroaunq0sr7trd6gkvzd264946q",
        secret: "ugrqpwroaunq0sr7trd6gkvzd264946q",
      },
      {
        text: "  secret_access_key: 5bcf9f3821c5bf241cf2a4f793f183b2dfa7df7c37bc6cad",
        secret: "5bcf9f3821c5bf241cf2a4f793f183b2dfa7df7c37bc6cad",
      },
      {
        text: "//registry.npmjs.org/:_authToken=0c796f15-c15b-4bbf-9010-9a1280db297d",
        secret: "0c796f15-c15b-4bbf-9010-9a1280db297d",
      },
      {
        text: "deploy --api-key 9c1e7f3a2b8d4c6e0f5a --region eu",
        secret: "9c1e7f3a2b8d4c6e0f5a",
      },
    ],
    negative: [
      "token_expiry=3600 secret_version=2 api_key_id=42",
      "token refreshed for user 42",
      "api_key=",
      "next_token=AAEAAWNvbnRpbnVhdGlvbg2 page_token=CiAKGjBpNDd2",
      "usage: prompt_tokens=512 max_tokens=1024",
      'iam_api_key="%s" % IAM_KEY_FROM_VAULT',
      "X-JFrog-Art-Api: $JFROG_TOKEN",
      "secret: expired",
      "apiKey: process.env.STRIPE_API_KEY,",
      "private_key: /etc/ssl/private/app.key",
      'sl_api_key: "%s" % <key_from_config>',
      '{"chain":"TRON","token":"USDT-TRC20","amount":"247.82"}',
    ],
  },
  "key-assignment-high-entropy": {
    positive: [
      {
        text: "ibm-cloud-key:U_66mg3_Hx0LWO8EXFzMJvX7ucpTOyM1zNrbSSe4-_3n",
        secret: "U_66mg3_Hx0LWO8EXFzMJvX7ucpTOyM1zNrbSSe4-_3n",
      },
      { text: '"ibm-iam_key" := "Zk81mQp0Lr5tWx2Yv7Nc"', secret: "Zk81mQp0Lr5tWx2Yv7Nc" },
      {
        text: "worker start auth=9f3kLm2Qx8Zr7Tp1Vw4N region=eu",
        secret: "9f3kLm2Qx8Zr7Tp1Vw4N",
      },
    ],
    negative: [
      `MONGO_NO_AUTH = "mongodb://localhost:27017/database"`,
      "SERVICE_AUTH=amqp://rabbit-2.svc.internal:5672/vh",
      "cache_key=5d41402abc4b2a76b9719d911017c592 hit=true",
      "idempotency_key=550e8400-e29b-41d4-a716-446655440000",
      "routing_key=orders.created.v1 exchange=events",
      "cloud-iam-key:=tooshort",
      'softlayer-key-example= "far_too_brief"',
      "auth=ok user=42",
      "rate-limit bucket=auth:Zx9Qm2LwV7pK4rT8yB3n remaining=0",
      '{"vout":4,"scriptPubKey":"00142d718148c8386efac5f76ac274a5f9e59fada4b6"}',
    ],
  },
  "auth-user-password": {
    positive: [
      { text: 'cloud.auth: "elastic:Wq7tRv2Lm9x"', secret: "Wq7tRv2Lm9x" },
      { text: "BASIC_AUTH=deploy:pT4kz81Nq", secret: "pT4kz81Nq" },
      { text: '{"proxy_auth":"svc:Hq2vX9mL"}', secret: "Hq2vX9mL" },
    ],
    negative: [
      'auth: "admin:${ES_PASSWORD}"',
      "auth=https://login.corp.internal/oauth",
      "cache_key=user:42:profile",
      "x-auth: none",
      'basic_auth: "admin:<password>"',
    ],
  },
  "config-attribute-secret": {
    positive: [
      { text: '<add key="ConnectionPassword" value="xml-Secret-77"/>', secret: "xml-Secret-77" },
      {
        text: '<setting name="Stripe.ApiKey" value="rk_9f8e7d6c5b4a"/>',
        secret: "rk_9f8e7d6c5b4a",
      },
      {
        text: '<Setting Name="StorageKey" Value="Zx9Qm2LwV7pK4rT8yB3n" />',
        secret: "Zx9Qm2LwV7pK4rT8yB3n",
      },
      { text: "<add key='DbPassword' value='q8;Vw\"3Lm-Tz'/>", secret: 'q8;Vw"3Lm-Tz' },
      {
        text: `<add value='Rt5"kP2w9Zq' name="smtp.password" />`,
        secret: 'Rt5"kP2w9Zq',
      },
    ],
    negative: [
      '<add key="PasswordMinLength" value="12"/>',
      "<add key='PasswordMinLength' value='12'/>",
      "<add key='Theme' value='dark-blue-2024'/>",
      '<add key="ApiKey" value="%API_KEY%"/>',
      '<Setting Name="CacheKey" Value="orders-v2-eu" />',
      '<add key="ApiKeyHeader" value="X-Api-Key"/>',
      '<add key="Theme" value="dark-blue-2024"/>',
    ],
  },
  "url-credentials": {
    positive: [
      {
        text: "db connect postgres://app:Xk29mq!7Lp@db.internal:5432/prod",
        secret: "Xk29mq!7Lp",
      },
      // A `#` in the password, logged unencoded.
      { text: "amqps://orders:hz8UXjA#51@mq.internal:5671/vhost", secret: "hz8UXjA#51" },
      {
        text: 'REDIS_URL="rediss://:p4ssw0rd-redis@cache.example.net:6380/0"',
        secret: "p4ssw0rd-redis",
      },
      {
        text: "mongodb+srv://svc:Qz8%40vL2w@cluster0.ab1cd.mongodb.net/app",
        secret: "Qz8%40vL2w",
      },
      // An `@` in the password, logged unencoded: user-info ends at its last `@`.
      { text: "mongodb+srv://svc:Rt4@kq9!@cluster1.internal/app", secret: "Rt4@kq9!" },
      { text: "url=jdbc:oracle:thin:scott/tiger99@//db1:1521/ORCL", secret: "tiger99" },
      { text: "https://username:password@billing.acmecorp.io", secret: "password" },
      // A token for the user alone, as `git clone` is given one.
      {
        text: "git clone https://a4c123b1612dd272d1371c17149d439536b3216f@git.acme.io/org/app.git",
        secret: "a4c123b1612dd272d1371c17149d439536b3216f",
      },
      // No scheme: a host and its port, a path, an IPv4 address, a host with no dot at the end.
      { text: "connecting to admin:Vq7!mRz2pL@db.internal:5432", secret: "Vq7!mRz2pL" },
      { text: "remote: ci-bot:Tk39xWq81Zr@git.acme.io/org/app.git", secret: "Tk39xWq81Zr" },
      { text: "pool opened svc:Hq2#w9Lx@10.1.2.3 in 4ms", secret: "Hq2#w9Lx" },
      { text: "upstream app:Rw8-kq2Zt@cache3", secret: "Rw8-kq2Zt" },
    ],
    negative: [
      "From:bob7@corp.net",
      "image: nginx:1.27@sha256:0a8e2f0c9d1b7e3a5c4f6d8b0e2a4c6f8d0b2e4a6c8f0d2b4e6a8c0f2d4b6e8a",
      "INVITE sip:1001@pbx.corp.net:5060 SIP/2.0",
      "user:alice@cache3 accepted",
      "http://127.0.0.1:8080/<%= @callback_path %>",
      "https://api:9443 @mention the on-call",
      "postgres://app:${DB_PASSWORD}@db:5432/prod",
      "git clone git@github.com:acme/app.git",
      "GET http://api.internal:8080/v1/users?email=a@b.co",
      "git clone https://build-bot-account-for-deploys@git.acme.io/org/app.git",
    ],
  },
  "oracle-connect-password": {
    positive: [
      { text: "sqlplus deploy/Mq8-velvetCE@db.internal:1521/ORCLPDB1", secret: "Mq8-velvetCE" },
      { text: "+ expdp system/Manager99@orcl directory=DATA_PUMP_DIR", secret: "Manager99" },
      { text: "rman target sys/Oracle_123@prod", secret: "Oracle_123" },
      { text: "impdp userid=scott/Tiger2024x dumpfile=x.dmp", secret: "Tiger2024x" },
      { text: "SQL> connect hr/Hr_Passw0rd@pdb1", secret: "Hr_Passw0rd" },
    ],
    negative: [
      "sqlplus / as sysdba",
      "cannot connect api/health endpoint; connect service/metrics failed",
      "sqlplus scott/${ORACLE_PASSWORD}@orcl",
    ],
  },
  "sasl-passwd-password": {
    positive: [
      { text: "[smtp.relay.io]:587 mailer@corp.io:Tq8-vR2mZx", secret: "Tq8-vR2mZx" },
      { text: "[mail.corp.io] etl:Wd9xPq3Lr", secret: "Wd9xPq3Lr" },
    ],
    negative: ["[smtp.relay.io]:587", "relayhost = [smtp.relay.io]:587 a:b", "[INFO] user:started"],
  },
  "pgpass-password": {
    positive: [
      {
        text: "db.internal:5432:app:report_ro:V3VUvzHYya3HTBTRsLVP2tB",
        secret: "V3VUvzHYya3HTBTRsLVP2tB",
      },
      { text: "*:*:*:replicator:Rep1icat0r!", secret: "Rep1icat0r!" },
      { text: "  10.0.3.12:6432:*:app:s3cr3t-Pw", secret: "s3cr3t-Pw" },
    ],
    negative: [
      "10:12:01:123:456",
      "ab:12:cd:ef:01:23",
      "localhost:5432:app:app:changeme",
      "elapsed 10:12:01:123:456 total",
    ],
  },
  "plain-scheme-password": {
    positive: [
      {
        text: "# users\nadmin:{PLAIN}mYFlQymN7HP6DOBQ:1000:1000::/home/admin",
        secret: "mYFlQymN7HP6DOBQ",
      },
      { text: "userPassword: {CLEARTEXT}Winter!2026x", secret: "Winter!2026x" },
      { text: '{"user":"ops","password":"{CLEAR}Zq81-kd!0"}', secret: "Zq81-kd!0" },
      { text: "bob:{plain.b64}cXVhcnR6LTk5OQ==::::", secret: "cXVhcnR6LTk5OQ==" },
    ],
    negative: [
      "admin:{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=",
      "carol:{BLF-CRYPT}$2y$05$abcdefghijklmnopqrstuv",
      "default_pass_scheme = PLAIN",
      "admin:{PLAIN}${ADMIN_PASSWORD}",
    ],
  },
  "oauth-authorization-code": {
    positive: [
      {
        text:
          "GET /auth/callback?state=4f1c2e9a7b3d&code=Qm7xT2vK9pL4wR8nZ3bY6cF1&scope=openid 302",
        secret: "Qm7xT2vK9pL4wR8nZ3bY6cF1",
      },
      {
        text: "redirect to https://app.example.org/oauth2/redirect?code=4/0AeanS0bT7x9QpLm2Kv",
        secret: "4/0AeanS0bT7x9QpLm2Kv",
      },
    ],
    negative: [
      "GET /api/status?code=200&state=ok 200",
      "GET /checkout?promo=1&code=SPRING2026SALE 200",
      "GET /auth/callback?error=access_denied&error_code=4f1c2e9a7b3d9a 302",
    ],
  },
  "session-cookie-value": {
    positive: [
      {
        text: "COOKIES:{'csrftoken': 'x', 'sessionid': 'rk4v8q2m9z1x7c3b6n5t0w2y8u4p1s9d'},",
        secret: "rk4v8q2m9z1x7c3b6n5t0w2y8u4p1s9d",
      },
      { text: "PHPSESSID=8g3k2m1n4p5q6r7s8t9u0v1w2x path=/", secret: "8g3k2m1n4p5q6r7s8t9u0v1w2x" },
    ],
    negative: [
      "[ZooKeeperServer@595] - Established session for client sessionid: 0x34f1724a35e000c",
      '{"sessionId":"a3f9c2d1e8b7465f9a0c1d2e3f4a5b6c"}',
      "session_id=a3f9c2d1e8b7465f9a0c1d2e3f4a5b6c",
    ],
  },
  "sql-insert-secret-column": {
    positive: [
      {
        text: "INSERT INTO integrations (name, api_token) VALUES ('ci', 'tok_9f8e7d6c5b4a')",
        secret: "tok_9f8e7d6c5b4a",
      },
      {
        text:
          "Query\tINSERT INTO users (login, password) VALUES ('ann', 'Tr0ub4dor&3'), ('bob', 'x9!Kq2#z')",
        secret: "x9!Kq2#z",
      },
    ],
    negative: [
      "INSERT INTO integrations (name, api_token) VALUES ('ci', NULL)",
      "INSERT INTO orders (id, token_count) VALUES (1, 20)",
      "INSERT INTO users (login, password) VALUES ('ann', '${PASSWORD}')",
    ],
  },
  "secret-store-command-value": {
    positive: [
      {
        text: 'dotnet user-secrets set "Db:Password" "velvet.3791tigerlCV"',
        secret: "velvet.3791tigerlCV",
      },
      { text: "gh secret set NPM_TOKEN --body Xk2Lm9Qw8Er7Ty6Ui5", secret: "Xk2Lm9Qw8Er7Ty6Ui5" },
      {
        text: "echo 'Rocket.858maple' | docker secret create db_password -",
        secret: "Rocket.858maple",
      },
      { text: "vercel env add DB_PASSWORD production <<< Orbit-42tiger", secret: "Orbit-42tiger" },
    ],
    negative: [
      "netlify env:set NODE_VERSION 18.19.0",
      "aws ssm put-parameter --name /prod/app/region --value eu-west-1 --type String",
      "gh secret set NPM_TOKEN < token.txt",
      'gh secret set NPM_TOKEN --body "$NPM_TOKEN"',
    ],
  },
  "cli-password-flag": {
    positive: [
      { text: "cron: mysqldump -u backup -pK9x!2mQz appdb > /tmp/app.sql", secret: "K9x!2mQz" },
      { text: "exec sshpass -p 'Zr8#tq' ssh deploy@10.0.0.5", secret: "Zr8#tq" },
      { text: "curl -sS -u deploy:Xk29mq7Lp https://ci.example.com/job", secret: "Xk29mq7Lp" },
      { text: 'curl -u "admin:Qz8!vL2w" https://nexus.example.com', secret: "Qz8!vL2w" },
      { text: "curl -u ':p4ss-w0rd' https://registry.example.com", secret: "p4ss-w0rd" },
      {
        text: "curl https://api.example.com/v1/charges -u 'k9Xq2Lm7Zp4Rt8Vw:' -d amount=5",
        secret: "k9Xq2Lm7Zp4Rt8Vw",
      },
      { text: "docker login -u ci -p Zq81kd0x registry.example.com", secret: "Zq81kd0x" },
      { text: "redis-cli -h cache -a R3d1s!pass ping", secret: "R3d1s!pass" },
      { text: "CREATE USER 'app'@'%' IDENTIFIED BY 'Mq7!x2Lp';", secret: "Mq7!x2Lp" },
      {
        text: '$pw = ConvertTo-SecureString "Tr0ub4dor3" -AsPlainText -Force',
        secret: "Tr0ub4dor3",
      },
      {
        text: "$ bundle config set --global gems.contribsys.com ci:5yJrwXGMumnznL94",
        secret: "5yJrwXGMumnznL94",
      },
      {
        text: "bundle config https://gems.example.com/ Xf561dBvoxYrXpL1",
        secret: "Xf561dBvoxYrXpL1",
      },
      { text: "snmpwalk -v2c -c Mz4kQ8wRt2 sw-1 1.3.6.1.2.1.1", secret: "Mz4kQ8wRt2" },
      { text: "snmpget -v3 -l authPriv -a SHA -A Pq7xW2mL9k -x AES sw-1", secret: "Pq7xW2mL9k" },
    ],
    negative: [
      "snmpwalk -v2c -c public sw-1 1.3.6.1.2.1.1",
      "mysql -u root -p -h 127.0.0.1",
      "mysql -h db1 -P3306 --protocol=tcp",
      "mysqld: ready for connections, port: 3306",
      'curl -u "$CI_USER:$CI_TOKEN" https://ci.example.com/job/build',
      "curl -u deploy https://ci.example.com",
      "curl -u admin: https://ci.example.com",
      "curl -u username:password https://api.example.com/v1/me",
      "curl --user deploy:token --digest https://ci.example.com",
      "sshpass -p PASSWORD ssh deploy@build01",
      "docker login -u ci --password-stdin registry.example.com",
      "docker run -p 8080:80 nginx",
      "redis-cli -h cache -p 6379 ping",
      "bundle config set --local path vendor/bundle",
      "bundle config build.nokogiri --use-system-libraries",
      "bundle config get gems.contribsys.com",
      "bundle exec rake db:migrate",
    ],
  },
  "cli-password-input": {
    positive: [
      {
        text: '$s = "Tr0ub4dor3!" | ConvertTo-SecureString -AsPlainText -Force',
        secret: "Tr0ub4dor3!",
      },
      {
        text: 'echo "Zq81kd0x!" | docker login -u ci --password-stdin registry.example.com',
        secret: "Zq81kd0x!",
      },
      { text: 'echo "bob:Orbit-42tiger" | sudo chpasswd', secret: "Orbit-42tiger" },
      { text: "openssl pkcs12 -export -passout pass:K9x!2mQz -out a.p12", secret: "K9x!2mQz" },
      {
        text: '1705583508.964874 [0 unix:/run/redis.sock] "AUTH" "R3d1s!pass"',
        secret: "R3d1s!pass",
      },
    ],
    negative: [
      'echo "$CI_TOKEN" | docker login -u ci --password-stdin',
      "openssl rsa -in key.pem -passin env:KEY_PASS",
      "echo done | tee log.txt",
      '{"auth":"ok","type":"echo"}',
    ],
  },
  "vault-unseal-key": {
    positive: [
      {
        text: "Unseal Key 1: YlvDNXQ9whDXGwvB2KcViRbjsM5b/GVChz/UISecmQu4",
        secret: "YlvDNXQ9whDXGwvB2KcViRbjsM5b/GVChz/UISecmQu4",
      },
    ],
    negative: ["Unseal Key 1: short", "Unseal Progress    1/3", "Unseal Nonce: n/a"],
  },
  "hashicorp-secret-id": {
    positive: [
      {
        text: "SecretID:         9f78be12-da13-4ecb-80b0-46b8a5477690",
        secret: "9f78be12-da13-4ecb-80b0-46b8a5477690",
      },
      {
        text:
          '{"AccessorID":"34edbe9c-8da4-4394-bbba-0ed694fb7fab","SecretID":"e39713c6-4c52-4fb7-9835-5ec141cd3702"}',
        secret: "e39713c6-4c52-4fb7-9835-5ec141cd3702",
      },
      {
        text: "secret_id               ccac978a-706d-422a-b507-ef004b24203c",
        secret: "ccac978a-706d-422a-b507-ef004b24203c",
      },
      {
        text: "Secret ID    = 5b1d2f0e-8c4a-4e7b-9a3d-6f2e1c0b9a87",
        secret: "5b1d2f0e-8c4a-4e7b-9a3d-6f2e1c0b9a87",
      },
    ],
    negative: [
      "AccessorID:       34edbe9c-8da4-4394-bbba-0ed694fb7fab",
      "Accessor ID  = 34edbe9c-8da4-4394-bbba-0ed694fb7fab",
      "Secret ID    = <redacted>",
      "secret_id_accessor      34edbe9c-8da4-4394-bbba-0ed694fb7fab",
      "secret_id_ttl           10m",
      "aws secretsmanager get-secret-value --secret-id prod/db-credentials",
    ],
  },
  "gossip-encryption-key": {
    positive: [
      {
        text:
          'server {\n  enabled = true\n  encrypt = "q3Vt8Zr0mKc1xYp5Lw2Hn7Ds4Fg6Jb9Ae0Ui3Oy1Tk8="\n}',
        secret: "q3Vt8Zr0mKc1xYp5Lw2Hn7Ds4Fg6Jb9Ae0Ui3Oy1Tk8=",
      },
      {
        text:
          "consul agent -server -bootstrap-expect=3 -encrypt=Rk7pQ2mX9sLw4Vt1Zc8Hbg== -data-dir=/opt",
        secret: "Rk7pQ2mX9sLw4Vt1Zc8Hbg==",
      },
      {
        text: '{"datacenter": "dc1", "encrypt": "Zx4Wq9Lm2Rt7Kp1Vn8Hc3Jd6Fs0Gb5Ye+Ua/Oi2Tk4E="}',
        secret: "Zx4Wq9Lm2Rt7Kp1Vn8Hc3Jd6Fs0Gb5Ye+Ua/Oi2Tk4E=",
      },
    ],
    negative: [
      "encrypt = true",
      '  "encrypt": false,',
      "encrypt_verify_incoming = true",
      'encrypt = "{{ consul_gossip_key }}"',
      "consul agent -server -encrypt=<gossip key>",
      "Server=tcp:db,1433;Initial Catalog=events;Encrypt=True;TrustServerCertificate=False",
      'encrypt = "AES256GCMSHA384cipherSuite"',
      "encrypt: Zx4Wq9Lm2Rt7Kp1Vn8Hc3Jd6Fs0Gb5Ye+Ua/Oi2Tk4E",
    ],
  },
  "nagios-user-macro": {
    positive: [
      { text: "$USER3$=Qw7Lp2Vx9Nz4", secret: "Qw7Lp2Vx9Nz4" },
      { text: 'resource.cfg: $USER5$="Hk3Rt8Ym1Bc6"', secret: "Hk3Rt8Ym1Bc6" },
    ],
    negative: ["$USER1$=/usr/lib/nagios/plugins", "check_command check_ssh!$USER1$"],
  },
  "eyaml-encrypted-value": {
    positive: [
      {
        text:
          "profile::mysql::root_password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAq3Lw9Tz2Vb8Rk4Xm]",
        secret:
          "ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAq3Lw9Tz2Vb8Rk4Xm]",
      },
      {
        text: "    ENC[GPG,hQEMA7Zx2Lq9Wv4KAQf/Rt8Ym3Nc6Pd1Bs5Hk0Fg]",
        secret: "ENC[GPG,hQEMA7Zx2Lq9Wv4KAQf/Rt8Ym3Nc6Pd1Bs5Hk0Fg]",
      },
    ],
    negative: [
      "api::token: ENC[PKCS7,...]",
      ":pkcs7_private_key: /etc/puppetlabs/puppet/eyaml/private_key.pkcs7.pem",
    ],
  },
  "zigbee-network-key": {
    positive: [
      {
        text: "  network_key: [41, 207, 13, 96, 152, 3, 77, 190, 8, 244, 61, 119, 30, 175, 222, 5]",
        secret: "[41, 207, 13, 96, 152, 3, 77, 190, 8, 244, 61, 119, 30, 175, 222, 5]",
      },
      {
        text: '{"advanced":{"network_key":[9,18,27,36,45,54,63,72,81,90,99,108,117,126,135,144]}}',
        secret: "[9,18,27,36,45,54,63,72,81,90,99,108,117,126,135,144]",
      },
    ],
    negative: [
      "  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]",
      "  network_key: GENERATE",
      "  ext_pan_id: [221, 221, 221, 221, 221, 221, 221, 221]",
    ],
  },
  "section-named-key": {
    positive: [
      {
        text:
          '{"Jwt": {"Key": "Vq8Lz3Nw7Kt2Rb5Hx9Mc4Pd6Fs1Gy0Ju", "Issuer": "https://api.example.com"}}',
        secret: "Vq8Lz3Nw7Kt2Rb5Hx9Mc4Pd6Fs1Gy0Ju",
      },
      {
        text: "'crypt' => ['key' => '5f2c9a0e7b41d8e63a9c0f1b2d4e6a87'],",
        secret: "5f2c9a0e7b41d8e63a9c0f1b2d4e6a87",
      },
      { text: "JwtSettings:Key=Hq3Wn8Lc5Tz1Rv7Yk2Mp", secret: "Hq3Wn8Lc5Tz1Rv7Yk2Mp" },
    ],
    negative: [
      '{"Cache": {"Key": "products-v2-listing"}}',
      '"Jwt":{"Issuer":"https://api.example.com","KeyId":"signing-2026-01"}',
      '"Jwt": {"Key": "${JWT_SIGNING_KEY}"}',
      '"JwtSettings": {"Issuer": "https://api.example.com", "Key": "__FILLED_BY_PIPELINE__"}',
      "'crypt' => ['key' => ''],",
    ],
  },
  "jaas-user-password": {
    positive: [
      {
        text:
          'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="x" user_alice="Qm7vT2pLx9Ws";',
        secret: "Qm7vT2pLx9Ws",
      },
      {
        text: 'KafkaServer { PlainLoginModule required user_bob="Zt4#kR8nVw1p"; };',
        secret: "Zt4#kR8nVw1p",
      },
      {
        text:
          '{"sasl.jaas.config":"ScramLoginModule required username=\\"c\\" user_ksql=\\"Hb6Yq3Ld9Fs\\";"}',
        secret: "Hb6Yq3Ld9Fs",
      },
    ],
    negative: [
      'INFO request user_id="42817" user_name="alice" status=200',
      'PlainLoginModule required username="a" password="p"; user_role="admin-operator"',
      'PlainLoginModule required user_alice="${KAFKA_ALICE_PASSWORD}";',
    ],
  },
  "erlang-cookie": {
    positive: [
      { text: "RABBITMQ_ERLANG_COOKIE=QWHKZPLMRTNVBXCJDSAE", secret: "QWHKZPLMRTNVBXCJDSAE" },
      { text: "ERLANG_COOKIE: 'k8Zt3mQw9Lp2'", secret: "k8Zt3mQw9Lp2" },
      {
        text: "exec erl -sname rabbit@mq-0 -setcookie NRYFHWQZKTLDMBVCXSJP -noshell",
        secret: "NRYFHWQZKTLDMBVCXSJP",
      },
      {
        text: '{"Env":["RABBITMQ_ERLANG_COOKIE=Hq7Rz2Nw5Kt8"]}',
        secret: "Hq7Rz2Nw5Kt8",
      },
    ],
    negative: [
      "RABBITMQ_ERLANG_COOKIE_FILE=/var/lib/rabbitmq/.erlang.cookie",
      "erl -sname rabbit@node1 -setcookie $(cat /var/lib/rabbitmq/.erlang.cookie)",
      "RABBITMQ_ERLANG_COOKIE=${RABBITMQ_ERLANG_COOKIE}",
      "ERLANG_COOKIE=<your-cookie-here>",
    ],
  },
  "tasmota-password": {
    positive: [
      {
        text: "Backlog SSID1 IoT-2G; Password1 Xk9mQ2vL7pRt; MqttHost mqtt.lan; MqttUser plug",
        secret: "Xk9mQ2vL7pRt",
      },
      {
        text: "cmnd/plug-3/Backlog {MqttUser plug;MqttPassword Vb4Nq8Lz2Wc6}",
        secret: "Vb4Nq8Lz2Wc6",
      },
      { text: "Backlog WebPassword Hn3Jd7Ks1Fq", secret: "Hn3Jd7Ks1Fq" },
      {
        text: "Backlog SSID1 IoT-2G; Password1 Xk9mQ2vL7pRt; SSID2 Guest; Password2 Wd5Tg8Nb3Hs",
        secret: "Wd5Tg8Nb3Hs",
      },
    ],
    negative: [
      "Backlog SSID1 IoT-2G; Password1 ****; MqttHost mqtt.lan",
      "Backlog SSID1 IoT-2G; Password1 $WIFI_PASSWORD",
      "Backlog Power1 ON; Delay 10; Power1 OFF",
      "backlog of 120 jobs; password resets pending",
      "config: retries=3; Password2 policy enabled",
    ],
  },
  "url-signature-parameter": {
    positive: [
      {
        text: "GET /api/v2/reports/daily?sig=4h1pXxZrd9o6QnH69gPdnqELUKrAqeiK&format=csv HTTP/1.1",
        secret: "4h1pXxZrd9o6QnH69gPdnqELUKrAqeiK",
      },
      {
        text:
          "https://b.s3.amazonaws.com/k?X-Amz-Expires=900&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
        secret: "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
      },
      {
        text: "GET /x?key=21fca28e8df96136f43a30cac2450cb506c61902&format=csv",
        secret: "21fca28e8df96136f43a30cac2450cb506c61902",
      },
    ],
    negative: [
      "/search?key=orders&page=2",
      "/v1/cache?key=user:42:profile:settings",
      "/list?key=2026-12-03T10:00:00Z",
      "GET /download?key=uploads/2026/12/report-2026.pdf",
      "&sig=short1",
    ],
  },
  "prose-quoted-password": {
    positive: [
      { text: "The default Password is 'quillfeather'", secret: "quillfeather" },
      { text: 'then check that the password is "marigold7" and log in', secret: "marigold7" },
      {
        text: "2. Make sure the password for user 'dbadmin' is 'tarnish' or edit .env",
        secret: "tarnish",
      },
      {
        text: 'The initial password for the account "ops-bot" is "Lupine-42".',
        secret: "Lupine-42",
      },
      { text: '{"msg":"password is \\"Kestrel88\\""}', secret: "Kestrel88" },
      { text: "the password is 'mypassword'", secret: "mypassword" },
    ],
    negative: [
      "the password is 'required'",
      'the password is "too short"',
      "the password for user 'dbadmin' is 'wrong'",
      "new password is 'invalid': must hold a digit",
      "password is 'blank'",
      'the password is "$DB_PASSWORD"',
      "the password is 'your_password'",
      "Plugin 'mysql_native_password' is deprecated",
      "password is set in 'config.yml'",
      "the password is 'xx'",
    ],
  },
  "dotnet-credential-argument": {
    positive: [
      {
        text: 'client.Credentials = new NetworkCredential("mailer@corp.test", "vqzlkrmwtpdx");',
        secret: "vqzlkrmwtpdx",
      },
      {
        text: 'var cred = new NetworkCredential("svc-sync", "Kr8-pl!qT", "CORP");',
        secret: "Kr8-pl!qT",
      },
      {
        text: 'var root = new DirectoryEntry("LDAP://dc1.corp.test", bindUser, "Hq2mzp-77");',
        secret: "Hq2mzp-77",
      },
      {
        text:
          '$de = New-Object System.DirectoryServices.DirectoryEntry("LDAP://dc1","corp\\svc","Tq9w-lx4")',
        secret: "Tq9w-lx4",
      },
    ],
    negative: [
      "var cred = new NetworkCredential(userName, password);",
      'var cred = new NetworkCredential("svc-sync", secretValue, "CORP");',
      'var root = new DirectoryEntry("LDAP://dc1.corp.test");',
      '$c = New-Object System.Management.Automation.PSCredential("svc", $secure)',
      'var cred = new NetworkCredential("svc-sync", "${SMTP_PASSWORD}");',
    ],
  },
  "connect-password-argument": {
    positive: [
      { text: 'mysql_connect("db1", "shop", "Wq7-zkp2Lm");', secret: "Wq7-zkp2Lm" },
      {
        text: "$db = mysqli_connect($host, 'report', 'Hv4tq-Nx8r', 'sales');",
        secret: "Hv4tq-Nx8r",
      },
      {
        text: 'my $dbh = DBI->connect($dsn, "etl", "Pz3m-wQk9t", { RaiseError => 1 });',
        secret: "Pz3m-wQk9t",
      },
      { text: "$pdo = new PDO($dsn, 'web', 'Lr6kx-Tq2v');", secret: "Lr6kx-Tq2v" },
      {
        text:
          "#0 /srv/Db.php(70): PDO->__construct('mysql:host=db;d...', 'web', 'Wn4q-Tz8kp', Array)",
        secret: "Wn4q-Tz8kp",
      },
      {
        text: "#0 /srv/db.php(8): mysqli->__construct('db', 'wp', 'Hk3x-Rq7mv')",
        secret: "Hk3x-Rq7mv",
      },
      {
        text: 'Connection c = DriverManager.getConnection(url, "app", "Qm8v-Zr3xk");',
        secret: "Qm8v-Zr3xk",
      },
      { text: '> db.auth("reporting", "Tz5q-Wm2kv")', secret: "Tz5q-Wm2kv" },
      { text: "smtp.login(sender, 'Jd7w-Qx4nr')", secret: "Jd7w-Qx4nr" },
      { text: 'r = requests.get(url, auth=("etl", "Vq3k-Lm8xt"))', secret: "Vq3k-Lm8xt" },
      { text: "s.auth = HTTPBasicAuth('svc', 'Nt6w-Rp2kz')", secret: "Nt6w-Rp2kz" },
      {
        text: 'creds = new UsernamePasswordCredentials("api", "Zk2r-Wn7pq");',
        secret: "Zk2r-Wn7pq",
      },
    ],
    negative: [
      "mysql_connect($host, $user, $pass);",
      "my $dbh = DBI->connect($dsn, $user, $password, { RaiseError => 1 });",
      'Connection c = DriverManager.getConnection(url, "app", props.get("pw"));',
      "$pdo = new PDO($dsn, 'web', getenv('DB_PASSWORD'));",
      "#0 /srv/Db.php(70): PDO->__construct('mysql:host=db;d...', 'web', NULL, Array)",
      'mysqli_connect("db1", "shop", "${DB_PASSWORD}");',
      'db.auth("reporting", passwordPrompt())',
      "smtp.login(sender, os.environ['SMTP_PASSWORD'])",
      'ftp.login("anonymous", "")',
      "requests.get(url, auth=(user, password))",
      'HTTPBasicAuth("ops", os.environ["PW"])',
      'auth=("ops", "${API_PASSWORD}")',
    ],
  },
  "signing-key-argument": {
    positive: [
      {
        text: "token = jwt.encode({'sub': 7}, 'Rk4-vWq9zhT', algorithm='HS256')",
        secret: "Rk4-vWq9zhT",
      },
      { text: "const t = jwt.sign(claims, 'pQ7mXw2kLd');", secret: "pQ7mXw2kLd" },
      { text: 'Algorithm alg = Algorithm.HMAC384("Zt8nq-Lw3v");', secret: "Zt8nq-Lw3v" },
      { text: 's, err := tok.SignedString([]byte("Hm5cXe9qRt"))', secret: "Hm5cXe9qRt" },
      { text: "pem = key.to_pem(cipher, 'Vb2kw-Qz7p')", secret: "Vb2kw-Qz7p" },
    ],
    negative: [
      "const t = jwt.sign(claims, process.env.JWT_SECRET);",
      "token = jwt.encode(payload, signing_key, algorithm='HS256')",
      "Algorithm alg = Algorithm.HMAC256(secretKey);",
      'token = jwt.encode(payload, "${JWT_SECRET}")',
      "data = jwt.decode(token, options={'verify_signature': False})",
      "pem = key.to_pem(cipher, ENV['KEY_PASSPHRASE'])",
    ],
  },
  "truenas-api-key": {
    positive: [
      {
        text:
          '{"id":"5c0e","msg":"method","method":"auth.login_with_api_key","params":["3-7dtCtambzHjtnwwqL80dHz5krtxBHiNadh4PsUOuocRONg0mjnf0BiY3x2NNAhSE"]}',
        secret: "3-7dtCtambzHjtnwwqL80dHz5krtxBHiNadh4PsUOuocRONg0mjnf0BiY3x2NNAhSE",
      },
      {
        text:
          "midclt call auth.login_with_api_key 12-JFZfsfP2cbKjpO60MtALNRYaCtr8UYg76d0yxfCedyzKg8xzfonz6WSqdSmOlrJT",
        secret: "12-JFZfsfP2cbKjpO60MtALNRYaCtr8UYg76d0yxfCedyzKg8xzfonz6WSqdSmOlrJT",
      },
    ],
    negative: [
      "truenas: 1-9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "truenas: 12-JFZfsfP2cbKjpO60MtALNRYaCtr8UYg76d0yx",
      "auth.login_with_api_key 12-" + "x".repeat(64),
      "truenas pool 7-" + "Ab1".repeat(22),
    ],
  },
  "ipsec-secret": {
    positive: [
      { text: ': PSK "ember-Saffron-46-orchid"', secret: "ember-Saffron-46-orchid" },
      { text: 'vpn-gw-1 @roadwarrior : PSK "Tq8xR2mLp0"', secret: "Tq8xR2mLp0" },
      { text: 'carol : EAP "Winter1998*"', secret: "Winter1998*" },
    ],
    negative: [": RSA vpn-gw-1.key", "conn home\n  authby=psk", ': PSK "${IPSEC_PSK}"'],
  },
  "jwk-private-member": {
    positive: [
      {
        text:
          '{"kty":"oct","kid":"hs-4","alg":"HS256","k":"Qm7rT2vXc9LpW4zN8sKd1FhJ6bYgA3eU0oMiRtE5wCy"}',
        secret: "Qm7rT2vXc9LpW4zN8sKd1FhJ6bYgA3eU0oMiRtE5wCy",
      },
      {
        text:
          '{\\"kty\\":\\"EC\\",\\"crv\\":\\"P-256\\",\\"d\\":\\"v3Nq_Hs8Lk2Wp7Rx4Tc9Ym1Jb6Fd0Gz5Ae-Ku3Oi8Pw\\"}',
        secret: "v3Nq_Hs8Lk2Wp7Rx4Tc9Ym1Jb6Fd0Gz5Ae-Ku3Oi8Pw",
      },
    ],
    negative: [
      '{"kty":"EC","crv":"P-256","x":"v3Nq_Hs8Lk2Wp7Rx4Tc9Ym1Jb6Fd0Gz5Ae-Ku3Oi8Pw"}',
      '{"kid":"hs-4","k":"Qm7rT2vXc9LpW4zN8sKd1FhJ6bYgA3eU0oMiRtE5wCy"}',
    ],
  },
  "kubernetes-secret-data": {
    positive: [
      {
        text:
          '{"apiVersion":"v1","data":{"tls.key":"LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ==","username":"YWRtaW4="},"kind":"Secret","metadata":{"name":"web-tls"}}',
        secret: "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ==",
      },
      {
        text: '{"kind":"Secret","stringData":{"DB_URL":"postgres://db1/app?sslmode=require"}}',
        secret: "postgres://db1/app?sslmode=require",
      },
    ],
    negative: [
      '{"kind":"ConfigMap","data":{"LOG_LEVEL":"info"}}',
      "data: loaded 42 rows",
      '{"data":{"user":"alice"},"status":"ok"}',
    ],
  },
  "network-config-secret": {
    positive: [
      { text: "username netops privilege 15 secret 0 yvok56yK5SsJ", secret: "yvok56yK5SsJ" },
      { text: "enable password 7 08C070E44A58", secret: "08C070E44A58" },
      { text: " tacacs-server key PSNLdhYLcB", secret: "PSNLdhYLcB" },
      { text: "snmp-server community ruoNbMKlB RW 99", secret: "ruoNbMKlB" },
      { text: "  key-string 7 962BF4033451", secret: "962BF4033451" },
      { text: "crypto isakmp key Wq4bTz8LmR2x address 0.0.0.0", secret: "Wq4bTz8LmR2x" },
      { text: "radius-server host aaa-1 auth-port 1812 key Hn3kP9vQ", secret: "Hn3kP9vQ" },
      { text: " ip ospf message-digest-key 1 md5 Tz7mQ2pL", secret: "Tz7mQ2pL" },
      { text: "set snmp community Rk8vN3xQ authorization read-only", secret: "Rk8vN3xQ" },
      { text: " ikev1 pre-shared-key Vq7#mTk2Lp9", secret: "Vq7#mTk2Lp9" },
      { text: "ntp authentication-key 2 md5 0822455D0A16 7", secret: "0822455D0A16" },
      { text: 'set system radius-server r1 secret "$9$Hk5Tz3nQ/CtO"', secret: "$9$Hk5Tz3nQ/CtO" },
      { text: "local-user ops password cipher %^%#Qw3eRt5Y%^%#", secret: "%^%#Qw3eRt5Y%^%#" },
      { text: "    set psksecret ENC Zm9vYmFyYmF6cXV4", secret: "Zm9vYmFyYmF6cXV4" },
      { text: 'createUser -e 0x8000 ops SHA-256 "Kq8vT2mZ" AES "Wd4nP7xR"', secret: "Wd4nP7xR" },
      { text: "createUser ops MD5 Tq3mX8vL DES Jr5kW2nP", secret: "Tq3mX8vL" },
      {
        text: "snmp-server user ops G v3 auth sha Hq4zK8mP priv aes 128 Lw2xN7vT",
        secret: "Lw2xN7vT",
      },
      { text: "R1(config-router)# neighbor 10.0.0.1 password Vt6qM2kX", secret: "Vt6qM2kX" },
      { text: "cfg: neighbor PEERS password Bz3nK8qW", secret: "Bz3nK8qW" },
      { text: "config wlan security wpa akm psk set-key ascii Gx5vR9mT 1", secret: "Gx5vR9mT" },
    ],
    negative: [
      "username admin logged in from console",
      "snmp-server community public RO",
      "enable secret",
      "show running-config | include enable",
      "INFO ui: please enable password authentication",
      "audit: username alice password reset requested",
      " key 10",
      "the api key abc was rotated",
      "set snmp community public authorization read-only",
      " ikev1 pre-shared-key *****",
      "IKE: peer uses a pre-shared-key for auth",
      "snmp-server user ops G v3 auth sha priv aes 128",
      "snmp-server group G v3 priv read V1",
      "BGP: neighbor 10.0.0.1 password mismatch",
      "we use auth md5 for peers",
      '# createUser username (MD5|SHA) "passphrase" [DES|AES] [passphrase]',
    ],
  },
};
