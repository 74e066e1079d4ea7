/**
 * IP addresses of special purpose and networks are masked too, as personal data: loopback,
 * unspecified and broadcast addresses by the label of their role (the same in every scrubber,
 * no hash), networks by their pseudonym; the `:port` or `/len` after either stays. The bare
 * `::` only where it is an address, never in code.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrub = (line: string) => scrubber.scrub(line).text;
/** `line` with each pseudonym's hex replaced by `#`, so that expectations do not hold a key's hash. */
const shape = (line: string) => scrub(line).replace(/:[0-9a-f]{10}\]/g, ":#]");

Deno.test("loopback, unspecified and broadcast addresses are written as their role, port and prefix length kept", () => {
  const cases: [string, string][] = [
    ["listening on 127.0.0.1:8080", "listening on [ipv4-address:loopback]:8080"],
    ["resolver 127.0.0.53 port 53", "resolver [ipv4-address:loopback] port 53"],
    ["bind 0.0.0.0:443 ok", "bind [ipv4-address:unspecified]:443 ok"],
    ["dhcp offer to 255.255.255.255", "dhcp offer to [ipv4-address:broadcast]"],
    ["allow 0.0.0.0/0 tcp", "allow [ipv4-address:unspecified]/0 tcp"],
    ["from ::1 port 22", "from [ipv6-address:loopback] port 22"],
    [
      "listen [::1]:80 and [::]:8080",
      "listen [[ipv6-address:loopback]]:80 and [[ipv6-address:unspecified]]:8080",
    ],
    [
      "route ::/0 and ::1/128",
      "route [ipv6-address:unspecified]/0 and [ipv6-address:loopback]/128",
    ],
    [
      "peer ::ffff:127.0.0.1 and ::FFFF:0.0.0.0",
      "peer [ipv6-address:loopback] and [ipv6-address:unspecified]",
    ],
  ];
  for (const [line, expected] of cases) strictEqual(scrub(line), expected);
  // The same in another scrubber (another session key): a label, not a pseudonym.
  for (const [line, expected] of cases) strictEqual(createScrubber().scrub(line).text, expected);
});

Deno.test("a policy's placeholder strategy for personal data masks special addresses as any other", () => {
  const placeholders = createScrubber({ strategies: { pii: "placeholder" } });
  strictEqual(
    placeholders.scrub("bind 127.0.0.1:80 and [::1]:81").text,
    "bind [REDACTED:ipv4-address]:80 and [[REDACTED:ipv6-address-compressed]]:81",
  );
});

Deno.test("networks are pseudonymised like hosts, their prefix length kept", () => {
  const cases: [string, string][] = [
    ["route 10.0.0.0/8 via eth0", "route [ipv4-address:#]/8 via eth0"],
    ["Subnet: 192.168.1.0/24", "Subnet: [ipv4-address:#]/24"],
    ["allow 2.16.0.0/13 tcp", "allow [ipv4-address:#]/13 tcp"],
    [
      "prefix 2001:db8::/32 and fe80::/10.",
      "prefix [ipv6-address-compressed:#]/32 and [ipv6-address-compressed:#]/10.",
    ],
  ];
  for (const [line, expected] of cases) strictEqual(shape(line), expected);
  // A network's pseudonym is its address's: the same address, the same token.
  const [a, b] = [scrub("10.20.0.0/16"), scrub("host 10.20.0.0")];
  strictEqual(a.slice(0, a.indexOf("/")), b.slice(5));
});

Deno.test("the bare :: is masked where it is an address: a key's value, in brackets, before /len, ending the line", () => {
  const cases: [string, string][] = [
    ["src=:: dst=::1", "src=[ipv6-address:unspecified] dst=[ipv6-address:loopback]"],
    ['{"bind":"::","port":53}', '{"bind":"[ipv6-address:unspecified]","port":53}'],
    ["listen: :: # all", "listen: [ipv6-address:unspecified] # all"],
    ["Use local ipv6 ::", "Use local ipv6 [ipv6-address:unspecified]"],
    ["Unspecified ::  ", "Unspecified [ipv6-address:unspecified]  "],
  ];
  for (const [line, expected] of cases) strictEqual(scrub(line), expected);
});

Deno.test(":: in code stays: signatures, scope resolution, paths and grammars", () => {
  const code = [
    "f :: Int -> Int",
    "mapM_ :: (Foldable t, Monad m) => (a -> m b) -> t a -> m ()",
    "  :: Maybe a",
    "std::cout << x; std::vector<int>::iterator it;",
    "void* ::operator new(std::size_t n);",
    "::Foo.new and ::FOO_BAR",
    "raise ::ArgumentError",
    "my $x = Foo::Bar->new; Foo:: Bar",
    "use ::std::io; <Vec<u8> as Into<T>>::into(v)",
    "expr ::= term | expr '+' term",
    "a ::= b",
    'xs.split("::") and c ::b',
    "bind to :: port 22 then",
  ];
  deepStrictEqual(code.map(scrub), code);
});

Deno.test("netmasks, versions, OIDs and host names that start with an address stay", () => {
  const kept = [
    "inet 10.1.2.3 netmask 255.255.255.0 broadcast",
    "mask 255.255.0.0 and 255.0.0.0",
    "agent version 1.0.0.0 built, plugin version 0.0.0.0",
    "Chrome/127.0.6533.88 Safari/537.36",
    "User-Agent: Mozilla/5.0 Chrome/120.0.1.2",
    "oid 1.3.6.1.4.1.311 and 0.9.2342.19200300",
    "libxcb 1.1.90.1, libssl3 3.0.13.1 and libfoo.so.1.2.3.4 loaded",
    "host 127.0.0.1.nip.io and 10.0.0.0.example.net up",
  ];
  const out = kept.map((line) => scrub(line).replace(/\[ipv4-address:[0-9a-f]{10}\]/, "IP"));
  // The one host address among them is masked; nothing else is.
  deepStrictEqual(out, [
    "inet IP netmask 255.255.255.0 broadcast",
    ...kept.slice(1),
  ]);
});

Deno.test("a Windows package's version after its identity (name~token~arch~language~) stays; an address after another ~ does not", () => {
  // Written here in CBS's syntax: `name~publicKeyToken~arch~language~version`.
  const kept = [
    "CBS    Read out cached package applicability for package: Package_for_KB931125~4d2c91ab07e3f6a5~amd64~~6.1.47.0, ApplicableState: 112, CurrentState:0",
    "Microsoft-Windows-Printing-Foo-Package~4d2c91ab07e3f6a5~x86~de-DE~7.1.240.3 staged",
    "Appl: detect Parent, Package: Foo-Feature~4d2c91ab07e3f6a5~wow64~~8.0.55.12, Parent: bar",
  ];
  deepStrictEqual(kept.map(scrub), kept);
  deepStrictEqual(
    ["peer ~81.2.69.160 up", "Foo~4d2c91ab07e3f6a5~sparc~~81.2.69.160"].map(shape),
    ["peer ~[ipv4-address:#] up", "Foo~4d2c91ab07e3f6a5~sparc~~[ipv4-address:#]"],
  );
});

Deno.test("a loopback or unspecified address as a URL's host stays; broadcast and other hosts do not", () => {
  const kept = [
    "curl http://127.0.0.1:5000/file --digest",
    "Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
    "GET http://[::1]:8080/health 200",
    "probe http://[::]:9090/metrics",
  ];
  deepStrictEqual(kept.map(scrub), kept);
  deepStrictEqual(
    ["postgres://app:Zx81kQp0vLm2Aa9@127.0.0.1:5432/orders", "http://255.255.255.255/x"].map(
      shape,
    ),
    [
      "postgres://app:[REDACTED:url-credentials]@127.0.0.1:5432/orders",
      "http://[ipv4-address:broadcast]/x",
    ],
  );
  // The same addresses outside a URL are masked by their role.
  strictEqual(
    scrub("curl 127.0.0.1:5000 and ::1"),
    "curl [ipv4-address:loopback]:5000 and [ipv6-address:loopback]",
  );
});

Deno.test("a role names only the whole special address; other forms stay as they were", () => {
  // Addresses that start like a special one get a pseudonym, not the role.
  deepStrictEqual(["peer ::a:1 closed", "peer ::1:5 closed"].map(shape), [
    "peer [ipv6-address-compressed:#] closed",
    "peer [ipv6-address-compressed:#] closed",
  ]);
  // Eight groups with no digit, and one group before `::` with a fraction later on the line, are
  // no address.
  const kept = ["cafe:babe:dead:beef:face:feed:fade:bead", "ratio ab:: then 3/4"];
  deepStrictEqual(kept.map(scrub), kept);
  // A URL host far into a long line, and near the start of one, is read as a URL host.
  const tail = " x".repeat(200);
  for (const line of [`GET http://127.0.0.1:8080/health${tail}`, `${tail} GET http://[::1]:80/`]) {
    strictEqual(scrub(line), line);
  }
});
