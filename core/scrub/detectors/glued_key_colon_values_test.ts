/**
 * Personal data glued to a plain key's colon, as Go's `%+v` (`&{ID:7 Ipv6:2001:db8::1 Active:true}`)
 * and `key:value;` logs write it, is masked; the benign values such keys hold (times, digests,
 * versions, ports) stay. Values generated from a seed.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";
import { card as luhnCard } from "../corpus/pii_locales7_ids.ts";

const random = seededRandom(0x91ed);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const scrubber = createScrubber(undefined, { pseudonymKey: new Uint8Array(32) });
const hex = (n: number) => Array.from({ length: n }, () => "0123456789abcdef"[int(16)]).join("");

/** A line of each carrier with `key:value` in it. */
const carriers = (key: string, value: string) => [
  `&{ID:${int(99999)} ${key}:${value} Active:true}`,
  `Mar 15 10:42:30 app-4 helpdesk[${1000 + int(9000)}]: ${key}:${value};retry=0`,
  `map[${key}:${value} status:ok]`,
];

/** The lines of `cases` on which their value is left. */
function leaks(cases: [string, string][]): string[] {
  const left: string[] = [];
  for (const [key, value] of cases) {
    for (const line of carriers(key, value)) {
      if (scrubber.scrub(line).text.includes(value)) left.push(line);
    }
  }
  return left;
}

Deno.test("an IPv6 address glued to the colon of a key naming IPv6 is masked", () => {
  const cases: [string, string][] = [];
  for (let k = 0; k < 20; k++) {
    const g = () => (1 + int(0xfffe)).toString(16);
    const full = ["2001", "db8", g(), g(), g(), g(), g(), g()].join(":");
    const key = pick(["ipv6", "Ipv6", "IPv6", "ip6", "inet6", "srcIpv6"]);
    cases.push([key, full], [key, `2001:db8:${g()}::${g()}`], [key, `fd1${hex(1)}:${g()}::`]);
  }
  deepStrictEqual(leaks(cases), []);
});

Deno.test("a MAC address glued to the colon of a key ending in a hex letter is masked", () => {
  const cases: [string, string][] = [];
  for (let k = 0; k < 20; k++) {
    const mac = Array.from({ length: 6 }, () => hex(2)).join(pick([":", "-"]));
    cases.push([
      pick(["mac", "Mac", "srcmac", "src_mac", "ClientMac"]),
      pick([mac, mac.toUpperCase()]),
    ]);
  }
  deepStrictEqual(leaks(cases), []);
});

/** A card number of `prefix` and `length` digits passing Luhn; with `bad`, its check digit off by one. */
function card(prefix: string, length: number, bad = false): string {
  const good = luhnCard(random, prefix, length);
  return bad ? good.slice(0, -1) + (Number(good.slice(-1)) + 1) % 10 : good;
}

const CARD_LAYOUTS = [["4", 16], ["51", 16], ["2221", 16], ["37", 15], ["6011", 16], [
  "3530",
  16,
]] as const;

Deno.test("a card number glued to the colon of a key that names no card is masked", () => {
  const cases: [string, string][] = [];
  for (let k = 0; k < 20; k++) {
    const [prefix, length] = pick(CARD_LAYOUTS);
    cases.push([pick(["Number", "number", "value", "Acct", "pan", "Card"]), card(prefix, length)]);
  }
  deepStrictEqual(leaks(cases), []);
});

Deno.test("numbers glued to a key's colon that are no card stay", () => {
  const changed: string[] = [];
  for (let k = 0; k < 20; k++) {
    const [prefix, length] = pick(CARD_LAYOUTS);
    const values: [string, string][] = [
      ["number", card(prefix, length, true)],
      ["build", card(prefix, length, true)],
      ["ts", String(1700000000000 + int(99999999))],
      ["span_id", card(prefix, length)],
      ["bucket", `${card(prefix, 9)}-${hex(4)}-${hex(4)}`],
      ["uptime", `${int(30)}:${int(24)}:${int(6)}${int(10)}`],
    ];
    for (const [key, value] of values) {
      for (const line of carriers(key, value)) {
        if (scrubber.scrub(line).text !== line) changed.push(line);
      }
    }
  }
  deepStrictEqual(changed, []);
});

Deno.test("benign values glued to a plain key's colon stay", () => {
  const changed: string[] = [];
  for (let k = 0; k < 20; k++) {
    const values: [string, string][] = [
      ["time", `${int(24)}:${int(6)}${int(10)}:${int(6)}${int(10)}`],
      ["sha256", hex(64)],
      ["v", `${int(5)}.${int(20)}.${int(30)}`],
      ["port", String(1024 + int(60000))],
      ["pid", String(100 + int(90000))],
      ["image", `${pick(["nginx", "redis", "postgres"])}:${int(20)}.${int(10)}.${int(10)}`],
      ["sha1", Array.from({ length: 20 }, () => hex(2)).join(":")],
      ["text6", `${hex(4)}:${hex(4)}`],
    ];
    for (const [key, value] of values) {
      for (const line of carriers(key, value)) {
        if (scrubber.scrub(line).text !== line) changed.push(line);
      }
    }
  }
  deepStrictEqual(changed, []);
});
