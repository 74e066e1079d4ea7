/**
 * The examples of ../encoded_credentials.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "base64-encoded-password": {
    positive: [
      {
        text: "blob dXNlcj1hZG1pbiBwYXNzd29yZD1TM2NyM3RQYXNzIQ== stored",
        secret: "dXNlcj1hZG1pbiBwYXNzd29yZD1TM2NyM3RQYXNzIQ==",
      },
      {
        text: '{"data":"eyJ1c2VyIjoic3ZjIiwicGFzc3dvcmQiOiJodW50ZXIyLXByb2QifQ"}',
        secret: "eyJ1c2VyIjoic3ZjIiwicGFzc3dvcmQiOiJodW50ZXIyLXByb2QifQ",
      },
      {
        text: "config=ZGJfaG9zdD1kYi5pbnRlcm5hbApkYl9wYXNzd2Q9cTdMbTJYdzkK",
        secret: "ZGJfaG9zdD1kYi5pbnRlcm5hbApkYl9wYXNzd2Q9cTdMbTJYdzkK",
      },
      // "ApiKey=3K1w3MnFCUFgFUt1p6JuKXDQ871T": base64 keeps the name's case.
      {
        text: '{"payload":"QXBpS2V5PTNLMXczTW5GQ1VGZ0ZVdDFwNkp1S1hEUTg3MVQ="}',
        secret: "QXBpS2V5PTNLMXczTW5GQ1VGZ0ZVdDFwNkp1S1hEUTg3MVQ=",
      },
    ],
    negative: [
      // "password reset requested" (no assignment)
      "event cGFzc3dvcmQgcmVzZXQgcmVxdWVzdGVk logged",
      // "password=" with nothing after it
      "empty cGFzc3dvcmQ9 field",
      "body=eyJ1c2VyIjoiYWxpY2UiLCJhY3Rpb24iOiJsb2dpbiIsInRzIjoxNzAwMDAwMDAwfQ== len=64",
    ],
  },
  "base64-user-password": {
    positive: [
      {
        text: "proxy credentials YWRtaW46UzNjcjN0UGFzcyE= accepted",
        secret: "YWRtaW46UzNjcjN0UGFzcyE=",
      },
      {
        text: '{"userpass_b64":"c3ZjLWJpbGxpbmc6cTdMbTJYdzlaazQ"}',
        secret: "c3ZjLWJpbGxpbmc6cTdMbTJYdzlaazQ",
      },
    ],
    negative: [
      "credentials refreshed for realm internal",
      // "hello world, no colon"
      "base64 aGVsbG8gd29ybGQsIG5vIGNvbG9u ok",
      // decodes to "abcdefg:xy" (password too short)
      "encoded YWJjZGVmZzp4eQ== noise",
      "creds check took 41ms (aW52YWxpZCBqc29uIHsia2V5Ijp9)",
    ],
  },
};
