/**
 * A URL as documentation writes its shape: the password only names itself (`password`, `pass`,
 * `secret`) and the host is a name reserved for documentation (RFC 2606 and 6761: example.com,
 * .net, .org, `*.example`, `*.test`, `*.invalid`). Found blind by the benign corpus
 * (../corpus/benign8.jsonl, `doc-example-values`: `postgres://user:password@db.example.com:5432/mydb`).
 * Either alone is still a credential: a real password on an example host (corpora and bug
 * reports rename hosts, not passwords), or `password` on a real host (the shared development set
 * labels such a URL a secret).
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a URL's shape on a documentation host stays: the password names itself", () => {
  for (
    const line of [
      "# see docs: connect with postgres://user:password@db.example.com:5432/mydb",
      "DATABASE_URL=mysql://USER:PASSWORD@localhost.example/app",
      "amqp://guest:pass@broker.test:5672/",
      "redis://:secret@cache.example.org/0",
      "https://user:pwd@example.net/path",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("a real password on a documentation host, or a named one on a real host, is masked", () => {
  for (
    const [line, secret] of [
      ["postgres://app:Xk9pQ2rT7v@db.example.com:5432/app", "Xk9pQ2rT7v"],
      ["https://username:password@billing.acmecorp.io", "password"],
      ["postgres://user:password@db.example.com.evil.io/x", "password"],
      ["postgres://user:password1@db.example.com/x", "password1"],
      ["postgres://user:password@example.community/x", "password"],
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(":" + secret + "@"), false, out);
  }
});
