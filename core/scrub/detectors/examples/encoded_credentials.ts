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
  "hex-encoded-password": {
    positive: [
      // "password=Vq7Lm2Xw9Zk4" in hex
      {
        text: "DEBUG frame body_hex=70617373776f72643d5671374c6d325877395a6b34 len=21",
        secret: "70617373776f72643d5671374c6d325877395a6b34",
      },
      // '{"api_key":"R8tPq2Lx7Wm4Zs9K"}' in upper-case hex
      {
        text: '{"data":"0x7B226170695F6B6579223A225238745071324C7837576D345A73394B227D"}',
        secret: "7B226170695F6B6579223A225238745071324C7837576D345A73394B227D",
      },
    ],
    negative: [
      // "password reset requested" (no assignment)
      "event 70617373776f72642072657365742072657175657374 logged",
      // "password=" with nothing after it
      "empty 70617373776f72643d field",
      "sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
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
