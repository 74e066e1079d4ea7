import { deepStrictEqual as assertEquals, ok as assert } from "@node/assert";
import { MAX_TOKENS, prepare, shapeKey, tokenize } from "./tokenize.ts";

const masked = (line: string) => tokenize(line).tokens.join("");

Deno.test("typed variables become <*>: numbers, ids, hashes, UUIDs, IPs, durations", () => {
  assertEquals(
    masked("took 485ms for 42 rows from 10.1.2.3:8080 req=4377b480-bc8b-495d-8c50-271c31230ade"),
    "took <*> for <*> rows from <*>:<*> req=<*>",
  );
  assertEquals(
    masked("commit 7fbe4cbabfb3d335a37b5591515947d5a4959ba3 mask=ffffffff"),
    "commit <*> mask=<*>",
  );
  assertEquals(masked("size 384.0 KB, free 12 MB"), "size <*>, free <*>");
});

Deno.test("an id keeps its letters prefix and a path its constant segments", () => {
  assertEquals(
    masked("deleting blk_-6952295868487656571 on node-17"),
    "deleting blk_<*> on node-<*>",
  );
  assertEquals(masked("GET /v2/orders/9f3a1c/items"), "GET /<*>/orders/<*>/items");
});

Deno.test("in text without spaces between words only the ids are masked", () => {
  assertEquals(masked("订单12345创建成功"), "订单<*>创建成功");
  assertEquals(masked("订单ORD-77创建成功 user=9"), "订单ORD-<*>创建成功 user=<*>");
  assert(masked("支付6789失败") !== masked("订单12345创建成功"));
  assertEquals(shapeKey(prepare("订单1创建成功")), shapeKey(prepare("订单2创建成功")));
  assert(shapeKey(prepare("订单1创建成功")) !== shapeKey(prepare("支付1失败")));
});

Deno.test("the scrubber's masks are variables, whatever they hide", () => {
  assertEquals(
    masked("login token=[REDACTED:github-token] from [ipv4-address:51fc4e1a41]"),
    "login token=<*> from <*>",
  );
  assertEquals(masked("card [REDACTED:payment-card …4242] declined"), "card <*> declined");
});

Deno.test("month and weekday names are variables only next to a number", () => {
  assertEquals(masked("at Sun Jul  3 10:05:25 2005"), "at <*>:<*> <*>");
  assertEquals(masked("at Sun Jul 10 03:55:15 2005"), "at <*>:<*> <*>");
  assertEquals(masked("you may retry on Sun"), "you may retry on Sun");
});

Deno.test("MAC addresses are one variable whatever their letters", () => {
  assertEquals(
    masked("from 00:1a:2b:cc:dd:ee via eth0"),
    masked("from 00:11:43:e3:ba:c3 via eth1"),
  );
});

Deno.test("lists give one template whatever their length", () => {
  assertEquals(masked("delete blk_1 blk_2 blk_3"), masked("delete blk_4"));
  assertEquals(
    masked("nodes node-1 0x1f <ok> node-2 0x1e <ok> node-3 0x1d <ok>"),
    masked("nodes node-9 0x10 <ok>"),
  );
});

Deno.test("empty parentheses and filled ones give the same number of tokens", () => {
  assertEquals(
    tokenize("from 1.2.3.4 () at x").tokens.length,
    tokenize("from 1.2.3.4 (host) at x").tokens.length,
  );
});

Deno.test("empty and blank lines have no tokens; a long line is bounded", () => {
  assertEquals(tokenize("").tokens, []);
  assertEquals(tokenize(" \t ").tokens, []);
  const long = tokenize(
    Array.from({ length: 5000 }, (_, i) => `w${i % 7 === 0 ? "" : "x"}y`).join(" "),
  );
  assert(long.tokens.length <= MAX_TOKENS);
});

Deno.test("lines with the same cheap key have the same tokens", () => {
  const lines = [
    "took 485ms for 42 rows",
    "took 12ms for 7 rows",
    "at Sun Jul  3 10:05:25 2005",
    "at Sun Jul  9 03:55:15 2007",
    "user=[REDACTED:email-address] ok",
    "user=[REDACTED:phone-number] ok",
  ];
  for (let i = 0; i < lines.length; i += 2) {
    assertEquals(shapeKey(prepare(lines[i])), shapeKey(prepare(lines[i + 1])));
    assertEquals(tokenize(lines[i]), tokenize(lines[i + 1]));
  }
  // Typed words that mask differently must not share a key (it would merge their shapes).
  assert(shapeKey(prepare("drop blk_1 now")) !== shapeKey(prepare("drop rdd_1 now")));
  assert(shapeKey(prepare("GET /v2/9/a")) !== shapeKey(prepare("GET /v2/9/b")));
  assertEquals(shapeKey("a\u0000b"), null);
  assertEquals(shapeKey("a\u0002b"), null);
});
