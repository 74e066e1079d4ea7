/**
 * A log full of distinct addresses must not grow the scrubber's memory without bound: the
 * pseudonym cache is dropped whole at PSEUDONYM_CACHE_LIMIT values, and a value seen again after
 * that gets the same token. The memory is measured in a child process that can run the garbage
 * collector, so only what the Masker keeps is counted.
 */
import { ok, strictEqual } from "@node/assert";
import { Masker, PSEUDONYM_CACHE_LIMIT } from "./mask.ts";

const KEY = new Uint8Array(32).fill(7);

Deno.test("past the cache limit, every value still gets its own stable token", () => {
  const masker = new Masker(KEY);
  const value = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const first = masker.pseudonym("ipv4-address", value(0));
  const tokens = new Set([first]);
  for (let i = 1; i <= PSEUDONYM_CACHE_LIMIT + 10; i++) {
    tokens.add(masker.pseudonym("ipv4-address", value(i)));
  }
  strictEqual(tokens.size, PSEUDONYM_CACHE_LIMIT + 11, "one token per value");
  strictEqual(masker.pseudonym("ipv4-address", value(0)), first, "the same token after the drop");
  strictEqual(new Masker(KEY).pseudonym("ipv4-address", value(0)), first);
});

/** Values pseudonymised in the child: six times the cache limit. */
const VALUES = 6 * PSEUDONYM_CACHE_LIMIT;
/**
 * What the child may keep: the cache at its limit holds about 2 MB here; without the limit the
 * same values hold over 11 MB.
 */
const MAX_RETAINED_BYTES = 6_000_000;

Deno.test({
  name: "pseudonymising many distinct values keeps a bounded amount of memory",
  fn: async () => {
    const mask = new URL("./mask.ts", import.meta.url).href;
    const program = `
      import { Masker } from ${JSON.stringify(mask)};
      const masker = new Masker(new Uint8Array(32).fill(7));
      gc();
      const before = Deno.memoryUsage().heapUsed;
      for (let i = 0; i < ${VALUES}; i++) masker.pseudonym("email-address", "user" + i + "@example.com");
      gc();
      const retained = Deno.memoryUsage().heapUsed - before;
      console.log(JSON.stringify({ retained, token: masker.pseudonym("email-address", "user1@example.com") }));
    `;
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["eval", "--quiet", "--v8-flags=--expose-gc", program],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stderr = new TextDecoder().decode(out.stderr);
    ok(out.success, stderr);
    const { retained, token } = JSON.parse(new TextDecoder().decode(out.stdout));
    strictEqual(token, new Masker(KEY).pseudonym("email-address", "user1@example.com"));
    ok(retained < MAX_RETAINED_BYTES, `${VALUES} values retained ${retained} bytes`);
  },
});
