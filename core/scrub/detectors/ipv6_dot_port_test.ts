/**
 * An IPv6 address with its port after a dot, as nfdump prints a flow's IPv6 endpoints
 * (`2001:db8::1.443`, `2a02:8108::5c.51907 ->`), is masked and the port stays; a dot that
 * starts an embedded IPv4 address or more of a dotted name still belongs to the address or
 * refuses it (values generated).
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("an IPv6 address before a dot and its port is masked, the port stays", () => {
  const r = new Rand(6067);
  const leaks: string[] = [];
  const g = () => r.chars(r.range(1, 4), HEX).replace(/^0+(?=.)/, "");
  for (let i = 0; i < 40; i++) {
    const a = r.pick([
      () => `2${r.chars(3, HEX)}:${g()}:${g()}::${g()}`,
      () => `2${r.chars(3, HEX)}:${g()}::${g()}:${g()}:${g()}`,
      () => `2001:0:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`,
      () => `fd${r.chars(2, HEX)}:${g()}::${r.range(1, 99)}`,
    ])();
    const port = r.range(1024, 65535);
    const line = `${r.range(2024, 2025)}-0${r.range(1, 9)}-1${r.range(0, 9)} 10:0${
      r.range(0, 9)
    }:12.${r.digits(3)} ${r.range(0, 9)}.${r.digits(3)} TCP ${a}.${port} -> ${r.range(11, 99)}.${
      r.range(0, 255)
    }.${r.range(0, 255)}.${r.range(1, 254)}.443 ${r.range(1, 999)} ${r.range(1000, 99999)} 1`;
    const out = scrubber.scrub(line).text;
    if (out.includes(a)) leaks.push(line);
    ok(out.includes(`.${port} -> `), out);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a dot that goes on into a name or a version after hex groups is no port", () => {
  const r = new Rand(6068);
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    lines.push(
      `std::vector<int>::size_type n = ${r.range(1, 99)}.${r.range(1, 9)};`,
      `Foo::Bar::baz.${r.range(1, 99)}.qux`,
      `time 10:${r.range(10, 59)}:${r.range(10, 59)}.${r.digits(3)} ok`,
    );
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});

Deno.test("tcpdump's IPv6 destination, its port after a dot before ': ', is masked; the port stays", () => {
  const r = new Rand(6069);
  const leaks: string[] = [];
  const g = () => r.chars(r.range(1, 4), HEX).replace(/^0+(?=.)/, "");
  for (let i = 0; i < 30; i++) {
    const src = `2${r.chars(3, HEX)}:${g()}:${g()}:${g()}::${g()}`;
    const dst = `2${r.chars(3, HEX)}:${g()}::${g()}:${g()}`;
    const port = r.pick([443, 80, 22, r.range(1024, 65535)]);
    const line = `18:05:0${r.range(0, 9)}.${r.digits(6)} IP6 ${src}.${
      r.range(1024, 65535)
    } > ${dst}.${port}: Flags [.], ack ${r.range(1, 99999)}, win ${r.range(200, 2000)}, length 0`;
    const out = scrubber.scrub(line).text;
    if (out.includes(src) || out.includes(dst)) leaks.push(line);
    ok(out.includes(`.${port}: Flags`), out);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("hex groups, a dot and a number glued to more after a colon are no address", () => {
  const lines = ["Foo::Bar::baz.12:qux", "at a::b.443:x and std::c.8:9"];
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
