/**
 * A URL's query parameter that is a signature or a key (the operations corpus's access logs: a
 * report downloaded with `?sig=`, an API called with `?key=`; S3's and GCS's presigned URLs) is
 * masked; a `key=` that names a thing (a word, a colon-separated or dotted name, an object path,
 * a timestamp) stays.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("signatures and keys in query strings are masked", () => {
  for (
    const [line, value] of [
      [
        '1.2.3.4 - - "GET /api/v2/reports/daily?sig=4h1pXxZrd9o6QnH69gPdnqELUKrAqeiK&format=csv HTTP/1.1" 200',
        "4h1pXxZrd9o6QnH69gPdnqELUKrAqeiK",
      ],
      [
        '"GET /api/v2/download?key=21fca28e8df96136f43a30cac2450cb506c61902&format=csv HTTP/1.1"',
        "21fca28e8df96136f43a30cac2450cb506c61902",
      ],
      [
        "https://b.s3.amazonaws.com/k?X-Amz-Expires=900&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
        "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
      ],
      [
        "https://storage.googleapis.com/b/o?X-Goog-Date=20261203T101500Z&X-Goog-Signature=5e1a0c8f7d2b4a6c9e3f1b7d5a2c8e4f6b0d9a7c",
        "5e1a0c8f7d2b4a6c9e3f1b7d5a2c8e4f6b0d9a7c",
      ],
    ]
  ) ok(!scrub(line).includes(value), line);
});

Deno.test("a key= that names a thing stays", () => {
  for (
    const line of [
      "GET /search?key=orders&page=2 HTTP/1.1",
      "GET /v1/cache?key=user:42:profile:settings HTTP/1.1",
      "GET /list?key=2026-12-03T10:00:00Z HTTP/1.1",
      "GET /download?key=uploads/2026/12/report-2026.pdf HTTP/1.1",
      "GET /v1/events?key=orders.v2.created&limit=10 HTTP/1.1",
    ]
  ) strictEqual(scrub(line), line);
});
