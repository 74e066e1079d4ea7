/** The provider-token builders: case folding of key names, boundaries, secret groups, examples. */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { assigned, caseless, literalStarts, token } from "./provider_shapes.ts";
import { matchDetector } from "../match.ts";
import { examplesOf } from "./examples/mod.ts";
import { LOG_LOOKALIKES, providerExamples } from "./examples/provider_examples.ts";
import { PROVIDER_DETECTORS } from "./test_support.ts";

Deno.test("caseless folds letters outside classes, widens a-z classes, keeps escapes", () => {
  strictEqual(caseless("key"), "[kK][eE][yY]");
  strictEqual(caseless("[a-z_-]{0,3}"), "[A-Za-z_-]{0,3}");
  strictEqual(caseless("a\\sb"), "[aA]\\s[bB]");
  strictEqual(caseless("[0-9]x"), "[0-9][xX]");
});

Deno.test("literalStarts: the literal prefixes every match starts with, lower-cased, or none", () => {
  deepStrictEqual(literalStarts("ghp_[A-Za-z0-9]{36}"), ["ghp_"]);
  deepStrictEqual(literalStarts("dp\\.pt\\.[a-z]{8}"), ["dp.pt."]);
  deepStrictEqual(literalStarts("(?:AKIA|A3T)[A-Z0-9]{16}"), ["akia", "a3t"]);
  deepStrictEqual(literalStarts("xoxb-(?:[0-9]{2}|x)"), ["xoxb-"]);
  for (
    const source of [
      "[0-9]{8}:A[a-z]{34}", // no literal start
      "ntn_[0-9]{11}|secret_[a-z]{43}", // alternatives of its own
      "(?:sk|rk)_[a-z]{8}|pk_[a-z]{8}",
      "ab?c[0-9]{4}", // a start that may be shorter
      "A{20}[a-z]{30}",
      "(?:sk|rk)?_[a-z]{8}", // an optional start
      "(?:sk|r[kx])_[a-z]{8}", // an alternative that is no literal
      "(?:sk|)_[a-z]{8}",
      "\\d{4}-abc",
    ]
  ) {
    strictEqual(literalStarts(source), undefined, source);
  }
  ok(literalStarts("[|]x") === undefined && literalStarts("x[|]")?.[0] === "x");
});

Deno.test("token: without a prefilter its literal prefixes are its keywords; a given one is kept", () => {
  // After the default lead, each at a word's start only; after a lead of the spec's, anywhere.
  deepStrictEqual(token({ id: "t1", token: "(?:Acme|ACX)_[a-f0-9]{16}" }).prefilter, {
    keywords: ["acme", "acx"],
    atWordStart: ["acme", "acx"],
  });
  deepStrictEqual(token({ id: "t2", token: "AcmeTok_[a-f0-9]{16}" }).prefilter, {
    keywords: ["acmetok_"],
    atWordStart: ["acmetok_"],
  });
  deepStrictEqual(token({ id: "t6", lead: "", token: "AcmeTok_[a-f0-9]{16}" }).prefilter, {
    keywords: ["acmetok_"],
  });
  deepStrictEqual(
    token({ id: "t3", prefilter: { keywords: ["tok_"] }, token: "AcmeTok_[a-f0-9]{16}" })
      .prefilter,
    { keywords: ["tok_"] },
  );
  strictEqual(token({ id: "t4", token: "[a-f0-9]{16}_acme" }).prefilter, undefined);
});

Deno.test("keywords in a spec are its prefilter's keywords, in place of the inferred ones", () => {
  const a = assigned({ id: "a1", keywords: ["acme"], names: "acme[_-]?key", value: "[a-f]{8}" });
  deepStrictEqual(a.prefilter, { keywords: ["acme"] });
  deepStrictEqual(token({ id: "t5", keywords: ["tok_"], token: "AcmeTok_[a-f]{8}" }).prefilter, {
    keywords: ["tok_"],
  });
});

Deno.test("assigned: without a prefilter the literal starts of its names are its keywords", () => {
  const named = (names: string) => assigned({ id: "a2", names, value: "[a-f]{8}" }).prefilter;
  deepStrictEqual(named("acme[a-z_-]{0,20}?secret"), { keywords: ["acme"] });
  deepStrictEqual(named("(?:Acme|acmi)[_-]?key"), { keywords: ["acme", "acmi"] });
  strictEqual(named("d?acme[_-]?key"), undefined);
  strictEqual(named("acme[_-]?key|secret[_-]?key"), undefined);
});

Deno.test("caseless names match where the (?i:) modifier does not (V8 15.0)", () => {
  const names = "(?:softlayer|sl)_?(?:api_?)?key";
  const re = new RegExp(caseless(names));
  for (const name of ["SOFTLAYER_API_KEY", "softlayer_api_key", "SlApiKey", "sl_key"]) {
    ok(re.test(name), name);
  }
  ok(!re.test("softlayer_api_token"));
});

/** a test token: tst_ and 8 base62 */
const githubLike = token({
  id: "test-token",
  prefilter: { keywords: ["tst_"] },
  token: "tst_[A-Za-z0-9]{8}",
});

Deno.test("token: bounded on both sides by non-token characters", () => {
  strictEqual(matchDetector(githubLike, "x tst_a1B2c3D4 y").length, 1);
  strictEqual(matchDetector(githubLike, "xtst_a1B2c3D4").length, 0);
  strictEqual(matchDetector(githubLike, "tst_a1B2c3D4E").length, 0);
  strictEqual(matchDetector(githubLike, "_tst_a1B2c3D4").length, 0);
});

Deno.test("token: generated examples carry the sample and the shared look-alikes", () => {
  const { positive, negative } = providerExamples(githubLike, {
    sample: "tst_a1B2c3D4",
    negatives: ["tst_a1B2"],
  });
  ok(positive.length >= 4);
  for (const ex of positive) strictEqual(ex.secret, "tst_a1B2c3D4");
  deepStrictEqual(negative, ["tst_a1B2", ...LOG_LOOKALIKES]);
});

Deno.test("token: a secret group masks only its part and sets the d flag", () => {
  /** a test value after Key= */
  const d = token({
    id: "test-framed",
    prefilter: { keywords: ["key="] },
    token: "Key=(?<secret>[0-9]{6})",
  });
  ok(d.pattern.hasIndices);
  const [span] = matchDetector(d, "a;Key=123456;b");
  deepStrictEqual([span.start, span.end], [6, 12]);
});

Deno.test("assigned: finds the value after any spelling of the name and operator", () => {
  /** a test key in context */
  const d = assigned({
    id: "test-assigned",
    prefilter: { keywords: ["acme"] },
    names: "acme[_-]?api[_-]?key",
    value: "[a-f0-9]{16}",
  });
  const lines = [
    "ACME_API_KEY=7f3a91c04be2d658",
    '"acme_api_key": "7f3a91c04be2d658"',
    "acme-api-key: 7f3a91c04be2d658",
    "--acme-api-key 7f3a91c04be2d658",
    "acmeApiKey := '7f3a91c04be2d658'",
    "acme_api_key => 7f3a91c04be2d658",
  ];
  for (const line of lines) {
    const spans = matchDetector(d, line);
    strictEqual(spans.length, 1, line);
    strictEqual(line.slice(spans[0].start, spans[0].end), "7f3a91c04be2d658");
  }
  strictEqual(matchDetector(d, "ACME_API_KEY=7f3a91c04be2d6580").length, 0);
  strictEqual(matchDetector(d, "ACME_API_KEY=${ACME_API_KEY}").length, 0);
  strictEqual(matchDetector(d, "ACME_APP_ID=7f3a91c04be2d658").length, 0);
});

Deno.test('token: tail "" masks the first N characters of an over-long run', () => {
  /** a test token with a length range */
  const d = token({
    id: "test-open-tail",
    prefilter: { keywords: ["run_"] },
    token: "run_[A-Za-z0-9]{4,8}",
    tail: "",
  });
  const [span] = matchDetector(d, "run_a1B2c3D4e5F6");
  deepStrictEqual([span.start, span.end], [0, 12]);
  strictEqual(matchDetector(githubLike, "tst_a1B2c3D4e5F6").length, 0);
});

Deno.test("provider detectors: the whole match of every positive holds one of its keywords", () => {
  // The engine runs a pattern only on lines holding a keyword; a keyword found only
  // elsewhere on the example line would hide a gap that real lines expose.
  for (const d of PROVIDER_DETECTORS) {
    const keywords = d.prefilter?.keywords;
    if (keywords === undefined) continue;
    for (const ex of examplesOf(d).positive) {
      const re = new RegExp(d.pattern.source, d.pattern.flags);
      for (const m of ex.text.matchAll(re)) {
        const matched = m[0].toLowerCase();
        ok(
          keywords.some((k) => matched.includes(k)),
          `${d.id}: no keyword in ${JSON.stringify(m[0])}`,
        );
      }
    }
  }
});
