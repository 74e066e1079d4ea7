import { strictEqual } from "@node/assert";
import { once } from "./once.ts";

Deno.test("once: makes nothing until called, then the same value on every call", () => {
  let made = 0;
  const value = once(() => ({ made: ++made }));
  strictEqual(made, 0);
  const first = value();
  strictEqual(value(), first);
  strictEqual(made, 1);
});

Deno.test("once: a made undefined is kept, not made again", () => {
  let made = 0;
  const value = once(() => {
    made++;
    return undefined;
  });
  value();
  value();
  strictEqual(made, 1);
});
