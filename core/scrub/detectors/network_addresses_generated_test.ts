/**
 * IP and MAC addresses with generated values: full and compressed IPv6 with every count of
 * written groups, embedded IPv4 and zone ids of every length; the netmasks that stay, the
 * special and network addresses that do not; addresses at the start of a line and after a key's colon; MAC keys at the edge of the
 * window read before a bare 12-hex value.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { matchDetector } from "../match.ts";
import { detectors } from "./network.ts";

const random = seededRandom(0x1b6);
const detector = (id: string) => detectors.find((d) => d.id === id)!;
const IPV4 = detector("ipv4-address");
const IPV6 = detector("ipv6-address");
const COMPRESSED = detector("ipv6-address-compressed");
const MAC = detector("mac-address");
const COMPACT_MAC = detector("mac-address-compact");

function whole(d: typeof IPV4, line: string, value: string): boolean {
  const at = line.indexOf(value);
  return matchDetector(d, line).some((s) => s.start === at && s.end === at + value.length);
}
const none = (d: typeof IPV4, line: string) => matchDetector(d, line).length === 0;
/** A group of 1–4 hex digits with a digit in it. */
const group = () => String(random.int(10)) + random.chars(random.int(4), "0123456789abcdefABCDEF");

Deno.test("compressed IPv6: two to seven written groups around one ::, digits in them, or ::1", () => {
  for (let written = 1; written <= 8; written++) {
    for (let k = 0; k < 20; k++) {
      const groups = Array.from({ length: written }, group);
      const cut = random.int(written + 1);
      const value = `${groups.slice(0, cut).join(":")}::${groups.slice(cut).join(":")}`;
      const line = `peer ${value} up`;
      strictEqual(
        whole(COMPRESSED, line, value),
        written >= 2 && written <= 7 || value === "::1",
        value,
      );
    }
  }
  for (const value of ["ab::cd", "fe::ab:cd", "1::2::3", "1:::2", "fe80::1:", "::"]) {
    ok(!whole(COMPRESSED, `peer ${value} up`, value), value);
  }
  for (
    const value of ["::ffff:192.0.2.128", "64:ff9b::198.51.100.7", "fe80::1%eth0", "1::2", "::1"]
  ) {
    ok(whole(COMPRESSED, `peer ${value} up`, value), value);
  }
});

Deno.test("IPv6 zone ids of 1 to 16 characters stay part of the address", () => {
  for (let length = 1; length <= 16; length++) {
    const value = `fe80::1ff:fe23:4567:890a%${random.chars(length, "abcdefgh0123.-_")}`;
    ok(whole(COMPRESSED, `via ${value} up`, value), value);
  }
});

Deno.test("full IPv6: eight groups, at the start of a line or after a key's colon", () => {
  for (let k = 0; k < 100; k++) {
    const value = Array.from({ length: 8 }, group).join(":");
    for (const line of [`${value} up`, `ip:${value}`, `src_ip:${value} ok`, `from ${value}.`]) {
      ok(whole(IPV6, line, value), line);
    }
  }
  for (let k = 0; k < 30; k++) {
    const value = `fe80::${group()}:${group()}`;
    for (const line of [`${value} up`, `ip:${value}`, `g:${value}`, `x ${value}`]) {
      ok(whole(COMPRESSED, line, value), line);
    }
    // after a hex digit and a colon the address runs on from a longer one
    ok(!whole(COMPRESSED, `a1:${value}`, value), `a1:${value}`);
  }
});

Deno.test("IPv4: netmasks stay; loopback, broadcast, unspecified and others are masked, at the line's start too", () => {
  for (const value of ["255.255.255.0", "255.0.0.1", "255.255.255.254"]) {
    ok(none(IPV4, `bind ${value} ok`), value);
  }
  for (const value of ["127.0.0.1", "127.1.2.3", "0.0.0.0", "255.255.255.255"]) {
    ok(whole(IPV4, `bind ${value} ok`, value), value);
  }
  for (let k = 0; k < 50; k++) {
    const value = [1 + random.int(223), random.int(256), random.int(256), 1 + random.int(254)]
      .join(".");
    for (const line of [`${value} connected`, `client ${value}:443`, `a.b ${value}`]) {
      ok(whole(IPV4, line, value), line);
    }
  }
  ok(whole(IPV4, "from 10.0.0.127 ok", "10.0.0.127"));
  ok(whole(IPV4, "from 10.0.0.255 ok", "10.0.0.255"));
});

Deno.test("IPv4 right after a key's colon (`ip:`, `client_ip:`), not after a hex digit's or a second colon", () => {
  for (let k = 0; k < 30; k++) {
    const value = [31 + random.int(192), random.int(256), random.int(256), 1 + random.int(254)]
      .join(".");
    for (const line of [`ip:${value}`, `client_ip:${value} ok`, `Host:${value}`]) {
      ok(whole(IPV4, line, value), line);
    }
    // a hex group's colon: the end of an IPv6 address (`::ffff:…`), which its detector masks
    for (const line of [`at 12:30:${value}`, `x ::${value}`, `a-:${value}`, `::ffff:${value}`]) {
      ok(!whole(IPV4, line, value), line);
    }
  }
});

Deno.test("an address after a word's colon whose last letter is a hex digit (`src:`, `outside:`, `UTC:`, `fw12:`)", () => {
  const words = ["src", "outside", "UTC", "inside", "OUTSIDE", "dstif", "fw12", "port9", "lan-B"];
  for (let k = 0; k < 30; k++) {
    const v4 = [31 + random.int(192), random.int(256), random.int(256), 1 + random.int(254)]
      .join(".");
    const v6 = Array.from({ length: 8 }, group).join(":");
    const compressed = `2001:db8::${group()}`;
    const word = words[k % words.length];
    ok(whole(IPV4, `deny tcp ${word}:${v4}/${random.int(65536)} ok`, v4), `${word}:${v4}`);
    ok(whole(IPV4, `${word}:${v4}(${random.int(65536)}):app@db`, v4), `${word}:${v4}(`);
    // an IPv6 address after a word ending in a digit may have its first group glued to the word
    // (`text2001:db8::1`): masked only after a word ending in a letter
    const v6Word = /\d$/.test(word) ? `${word}x` : word;
    ok(whole(IPV6, `deny icmp ${v6Word}:${v6} x`, v6), `${v6Word}:${v6}`);
    ok(
      whole(COMPRESSED, `peer ${v6Word}:${compressed} x`, compressed),
      `${v6Word}:${compressed}`,
    );
    const glued = `text${compressed}`;
    ok(none(COMPRESSED, `at ${glued} x`), glued);
    // a word of hex digits only is an IPv6 group or a time's part, as before
    for (const hex of ["face", "a1", "12:30", "ffff", "0"]) {
      ok(!whole(IPV4, `at ${hex}:${v4}`, v4), `${hex}:${v4}`);
      ok(!whole(COMPRESSED, `at ${hex}:${compressed}`, compressed), `${hex}:${compressed}`);
    }
  }
});

Deno.test("an address after a name's slash: Squid's hierarchy code, or a port or prefix length after it (ASA's `ifname/address(port)`, OpenVPN's `name/address:port`); a version after a product's slash stays", () => {
  for (let k = 0; k < 30; k++) {
    const v4 = [31 + random.int(192), random.int(256), random.int(256), 1 + random.int(254)]
      .join(".");
    const port = 1 + random.int(65535);
    for (const code of ["HIER_DIRECT", "DIRECT", "FIRSTUP_PARENT", "HIER_NONE_X"]) {
      const line = `${
        random.int(999)
      } TCP_MISS/200 904 GET http://h.example/ - ${code}/${v4} text/html`;
      ok(whole(IPV4, line, v4), line);
    }
    for (const name of ["inside", "outside", "dmz2", "OUTSIDE"]) {
      const line =
        `access-list acl permitted tcp ${name}/${v4}(${port}) -> lan/${v4}(${port}) hit-cnt 1`;
      ok(whole(IPV4, line, v4), line);
    }
    // a port or a prefix length after it: OpenVPN's common name, a DHCP server's interface
    for (const name of ["alice", "client7", "Ann.Lee"]) {
      const line = `openvpn[7]: ${name}/${v4}:${port} MULTI: Learn: 10.8.0.6`;
      ok(whole(IPV4, line, v4), line);
    }
    const lpf = `dhcpd: Listening on LPF/eth${random.int(9)}/0a:1b:2c:3d:4e:5f/${v4}/${
      8 + random.int(24)
    }`;
    ok(whole(IPV4, lpf, v4), lpf);
    // a product's version after its slash, with a space or the line's end after it
    for (const name of ["Chrome", "Agent", "NSS", "OS"]) {
      ok(none(IPV4, `ua ${name}/${v4} Safari`), `${name}/${v4}`);
      ok(none(IPV4, `ua ${name}/${v4}`), `${name}/${v4}$`);
    }
  }
});

Deno.test("both ends of an address range joined by a dash, or of strongSwan's `a[id]...b[id]`, are masked; a dash to a word or a shorter dotted run still joins", () => {
  const address = () =>
    [31 + random.int(192), random.int(256), random.int(256), 1 + random.int(254)].join(".");
  for (let k = 0; k < 30; k++) {
    const [a, b] = [address(), address()];
    for (
      const line of [
        `pool ${a}-${b} leased`,
        `ipv4(${a}-${b})`,
        `,${a}-${b},PC1`,
        // strongSwan's IKE_SA and CHILD_SA lines: local[id]...remote[id]
        `IKE_SA gw[${random.int(99)}] established between ${a}[CN=gw]...${b}[${b}]`,
        `between ${a}...${b} ok`,
      ]
    ) {
      ok(whole(IPV4, line, a), `${line} (first)`);
      ok(whole(IPV4, line, b), `${line} (last)`);
    }
    for (const line of [`host-${a} up`, `${a}-edge up`, `${a}-5 up`, `${a}-5.6 up`, `v1.2-${a}`]) {
      ok(none(IPV4, line), line);
    }
  }
});

Deno.test("a word that only ends in or starts like a version keyword does not make an address a version (`barracuda TR a`, `operation a`, `knowledge base a`, SonicWall's `fw=a`)", () => {
  for (let k = 0; k < 30; k++) {
    const v4 = [31 + random.int(192), random.int(256), random.int(256), 1 + random.int(254)]
      .join(".");
    for (
      const line of [
        `<134>2024-01-0${1 + random.int(9)} 10:00:00.000 +0100  barracuda TR ${v4} 443 x`,
        `operation ${v4} failed`,
        `cooperative ${v4} up`,
        `knowledge base ${v4}`,
        `hedge ${v4}`,
      ]
    ) {
      ok(whole(IPV4, line, v4), line);
    }
    // SonicWall's firewall address on every line
    const sonicwall = `id=firewall sn=C0EA${
      random.int(9999)
    } time="2024-01-02 03:04:05" fw=${v4} pri=6`;
    ok(whole(IPV4, sonicwall, v4), sonicwall);
    // the keywords themselves still mark a version, and fw= a version-shaped one
    for (const word of ["cuda", "edge", "Edge", "opera", "Opera", "fw", "fw:", "fw_rev="]) {
      ok(none(IPV4, `${word} ${v4}`), `${word} ${v4}`);
    }
    ok(none(IPV4, `fw=${1 + random.int(9)}.${random.int(30)}.${random.int(30)}.${random.int(30)}`));
  }
});

Deno.test("a version-shaped quad right after a key naming an address or a URL's scheme is an address; after a version's key or in prose it stays a version", () => {
  for (let k = 0; k < 30; k++) {
    const v = [1 + random.int(9), random.int(31), random.int(31), 1 + random.int(30)].join(".");
    for (
      const line of [
        `[warn] 1#0: *7 upstream timed out, client: ${v}, server: x`,
        `type=anyconnect msg= 'Peer IP=${v} User[u]: Session disconnected'`,
        `events type=disassociation dhcp_server='${v}' dhcp_resp='0.1'`,
        `CEF:0|V|P|1|2|n|3|src=${v} dst=10.0.0.${1 + random.int(250)}`,
        `{"client_ip": "${v}"}`,
        `{"ts":1.5,"uid":"Cx1","id.orig_h":"${v}","id.orig_p":5353}`,
        `{"uid":"Cx2","id.resp_h":"${v}","id.resp_p":53,"proto":"udp"}`,
        `upstream: "https://${v}:443/api/?q=1", host: "x"`,
      ]
    ) {
      ok(whole(IPV4, line, v), line);
    }
    for (const line of [`version=${v}`, `ip_version: ${v}`, `server ${v} started`, `agent ${v}`]) {
      ok(none(IPV4, line), line);
    }
  }
});

Deno.test("MAC addresses: at the line's start, not run on from a longer hex run", () => {
  for (let k = 0; k < 50; k++) {
    const sep = random.pick([":", "-"]);
    const value = Array.from({ length: 6 }, () => random.chars(2, "0123456789abcdef")).join(sep);
    if (/^(?:00[:-]){5}00$|^(?:ff[:-]){5}ff$/.test(value)) continue;
    ok(whole(MAC, `${value} joined`, value), value);
    ok(!whole(MAC, `x${value} joined`, value), `x${value}`);
    ok(!whole(MAC, `:${value} joined`, value), `:${value}`);
  }
  for (const value of ["00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff", "00:1a:2b-3c:4d:5e"]) {
    ok(none(MAC, `hw ${value} .`), value);
  }
});

Deno.test("netfilter's MAC= field (both addresses and the frame's type) and dhcpd's uid are masked whole; other long runs of hex pairs stay", () => {
  const pairs = (n: number) =>
    Array.from({ length: n }, () => random.chars(2, "0123456789abcdef")).join(":");
  for (let k = 0; k < 30; k++) {
    const field = pairs(14 + 4 * random.int(2));
    const line = `kernel: [UFW BLOCK] IN=eth0 OUT= MAC=${field} SRC=10.0.0.${1 + random.int(250)}`;
    ok(whole(MAC, line, field), line);
    // ISC dhcpd's client identifier: the hardware type, then the address
    const uid = `01:${pairs(6)}`;
    const dhcpd = `dhcpd[${random.int(99999)}]: DHCPACK on 10.0.0.7 to x via eth0 uid ${uid}`;
    ok(whole(MAC, dhcpd, uid), dhcpd);
    for (const key of ["fingerprint ", "serial=", "duid ", "DUID ", "SHA1: "]) {
      const run = pairs(7 + random.int(26));
      ok(none(MAC, `${key}${run} ok`), `${key}${run}`);
    }
  }
});

Deno.test("a bare 12-hex MAC after the longest MAC key, and not after a word running into it", () => {
  const value = "a4c3f0851d2e";
  ok(whole(COMPACT_MAC, `"hardware_address_address": "${value}"`, value));
  ok(whole(COMPACT_MAC, `"hardware_address_address":  "${value}"`, value));
  ok(none(COMPACT_MAC, `"xhardware_address_address": "${value}"`));
  for (const hex of ["000000000000", "ffffffffffff", "0000.0000.0000", "ffff.ffff.ffff"]) {
    ok(none(COMPACT_MAC, `mac=${hex}`), hex);
  }
});

Deno.test("a Windows DHCP server's audit row: its bare 12-hex client address is masked, a row's other numbers stay", () => {
  const pad = (n: number) => String(n).padStart(2, "0");
  for (let k = 0; k < 30; k++) {
    const mac = random.chars(5, "0123456789ABCDEF") + random.pick(["A", "C", "E"]) +
      random.chars(5, "0123456789ABCDEF") + random.pick(["1", "5", "9"]);
    const date = `${pad(1 + random.int(12))}/${pad(1 + random.int(28))}/${pad(random.int(100))}`;
    const id = random.pick(["10", "11", "12", "36"]);
    const row = `${id},${date},${pad(random.int(24))}:${pad(random.int(60))}:${
      pad(random.int(60))
    },Renew,10.0.${random.int(256)}.${1 + random.int(254)},pc${random.int(99)}.corp.local,${mac},,${
      random.int(9999999)
    },0,,,,0x4D53465420352E30,MSFT 5.0,,,,0`;
    ok(whole(COMPACT_MAC, row, mac), row);
    // twelve digits alone (a host named by a number) and a row of no DHCP server stay
    ok(none(COMPACT_MAC, row.replace(mac, "057182593757")), "digits only");
    ok(none(COMPACT_MAC, `order,${date},x,${mac},,1`), "another CSV row");
  }
});
