/** SigV4 against AWS's published example, and what temporary credentials add. */
import { ok, rejects, strictEqual } from "@node/assert";
import { amzDate, signV4 } from "./sigv4.ts";

/** The credentials and time of AWS's SigV4 test suite (its example key, no real account). */
const CREDENTIALS = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};
const AT = new Date("2015-08-30T12:36:00Z");
const SCOPE = { region: "us-east-1", service: "service" };

Deno.test("SigV4: AWS's test-suite request (get-vanilla) gets AWS's published signature", async () => {
  const signed = await signV4(
    new Request("https://example.amazonaws.com/"),
    CREDENTIALS,
    SCOPE,
    AT,
  );
  strictEqual(
    signed.headers.get("authorization"),
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, " +
      "SignedHeaders=host;x-amz-date, " +
      "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
  );
  strictEqual(signed.headers.get("x-amz-date"), "20150830T123600Z");
  strictEqual(signed.headers.get("host"), null, "fetch sets the host itself");
});

Deno.test("SigV4: a session token is sent and signed; the body and every header count", async () => {
  const request = () =>
    new Request("https://logs.eu-west-1.amazonaws.com/", {
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "Logs.X" },
      body: '{"limit":1}',
    });
  const scope = { region: "eu-west-1", service: "logs" };
  const plain = await signV4(request(), CREDENTIALS, scope, AT);
  const withToken = await signV4(request(), { ...CREDENTIALS, sessionToken: "tok" }, scope, AT);
  strictEqual(withToken.headers.get("x-amz-security-token"), "tok");
  ok(
    withToken.headers.get("authorization")!.includes(
      "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,",
    ),
  );
  strictEqual(plain.headers.get("x-amz-security-token"), null);
  const signature = (signed: Request) =>
    /Signature=(\w+)$/.exec(signed.headers.get("authorization")!)![1];
  const otherBody = await signV4(
    new Request(request(), { body: '{"limit":2}' }),
    CREDENTIALS,
    scope,
    AT,
  );
  ok(signature(otherBody) !== signature(plain), "the body is signed");
  strictEqual(await plain.text(), '{"limit":1}', "the body is still sent");
  ok(!plain.headers.get("authorization")!.includes(CREDENTIALS.secretAccessKey));
});

Deno.test("SigV4: only requests to / without a query are signed", async () => {
  await rejects(
    signV4(new Request("https://example.amazonaws.com/x"), CREDENTIALS, SCOPE, AT),
    /only requests to \/ without a query/,
  );
  await rejects(
    signV4(new Request("https://example.amazonaws.com/?a=1"), CREDENTIALS, SCOPE, AT),
    /only requests to \/ without a query/,
  );
  strictEqual(amzDate(new Date("2026-01-02T03:04:05.678Z")), "20260102T030405Z");
});
