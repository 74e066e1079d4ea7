/**
 * Network identifiers: IPv4 and IPv6 addresses and MAC addresses, pseudonymised by default
 * so that lines about the same client still correlate.
 *
 * Cisco's dotted MAC form and bare 12-hex MACs carry keywords instead of a line shape.
 *
 * An IPv4 address written as the leading labels of a host name
 * (`5.36.59.76.dynamic-dsl-ip.example.net`) is left alone: the host name, not an address
 * literal, is what the log shows, and masking part of it would garble it. A reverse-DNS name
 * is not such a host name: the octets of `4.3.2.1.in-addr.arpa` (a PTR query's, in a DNS
 * server's log) are the address 1.2.3.4, reversed, and masked.
 */
import { regex } from "./regex.ts";
import { raw } from "./raw.ts";
import type { Candidate, Detector } from "../detector.ts";
import { type DetectorExtras, pii } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { hasContextBefore } from "./value_checks.ts";
import { forEachRun, membersOf } from "./value_runs.ts";

const OCTET = raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
/** A whole string that is one dotted-quad IPv4 address. */
const WHOLE_IPV4 = regex(`^${OCTET}(?:\\.${OCTET}){3}$`);

/** True when the character before `index` would join an address to a longer run (`x00:1a…`, `:fe80…`). */
function joinedBefore(line: string, index: number): boolean {
  return index > 0 && /[\w:.-]/.test(line[index - 1]);
}

/**
 * True when a `:` right before `index` ends a word with a letter past f in it: a key's or a
 * name's (`ip:`, `src:`, `UTC:`, `outside:`, `fw1:`), which no address runs on from; not a
 * hex group's (`ffff:`, `12:30:`, `a1:`) nor a second colon's.
 */
function afterWordColon(line: string, index: number): boolean {
  return hasContextBefore(line, index, /[G-Zg-z_][\w-]*:$/, 64);
}

/**
 * As joinedBefore, for IPv6, except after a key's colon (`ip:2001:db8::1`, `src_ip:fe80::1`,
 * `outside:fe80::1`): a `:` ending a word with a letter past f cannot belong to the address,
 * unless a digit ends the word (`text2001:db8::1`: its last digits may be the address's group)
 * other than the 6 of a name of IPv6 after its `v`, `p` or `t` (`ipv6:`, `Ipv6:`, `ip6:`, `inet6:`).
 */
function ipv6JoinedBefore(line: string, index: number): boolean {
  return !(afterWordColon(line, index) && !/[^vpt]\d:/i.test(line.slice(index - 3, index))) &&
    joinedBefore(line, index);
}

/**
 * A port after an IPv6 address with no brackets, as Apache writes it (`[client 2001:db8::1:50418]`):
 * five digits, which no group of an address holds (a shorter one reads as its last group, and a
 * full address's eight groups may start inside a word before it: `src:2001:…`), then no more of
 * an address. Ephemeral ports, a client's, are five digits.
 */
const UNBRACKETED_PORT = raw`\d{5}(?![\w:.-])`;

/**
 * A dot after hex groups that goes on into more than a port: nfdump prints an IPv6 flow's
 * endpoints as `2001:db8::1.443`, tcpdump its destination as `2001:db8::1.443: Flags`, while a
 * dot before a longer name or number (`::ffff:10.1.2`, `Foo::Bar::baz.qux`) ends no address.
 */
const DOT_NO_PORT = raw`\.(?!\d{1,5}(?![\w.-]|:(?![ \t]|$)))\w`;

/**
 * A port after a dot that is a flow's, as tcpdump (and pf's log, which it prints) writes its
 * endpoints: `10.1.2.3.51234 > 10.4.5.6.443: Flags [S]`: the source's before ` > `, the
 * destination's before `: ` after one. Any other dot after four numbers continues a longer run
 * (an OID, a version, a host name).
 */
const NOT_TCPDUMP_PORT = raw`(?!\d{1,5}(?: > |:(?<= > [\d.]{9,21}:) ))`;

/** A version number is written after these (`version 1.2.3.4`, `Chrome/120.0.0.1`). */
const VERSION_BEFORE = /(?:\bv|\bver|version|release|build|rev|[A-Za-z]\/)[\s:=]{0,2}$/i;

/**
 * An address after a slash that no version follows: a peer after Squid's hierarchy code
 * (`HIER_DIRECT/10.1.2.3`, `FIRSTUP_PARENT/…`, `DIRECT/…`: capitals and underscores), or one a
 * port or a prefix length follows: Cisco ASA's `inside/10.1.2.3(443)`, OpenVPN's
 * `alice/10.1.2.3:1194`, a DHCP server's `BPF/igb1/<mac>/10.1.2.0/24`; or an address as a URL
 * path's segment after one naming it (`/ip/81.2.69.160/geo`, `/geoip/…`, `/v1/hosts/10.1.2.3`).
 */
function addressAfterSlash(ip: string, line: string, index: number): boolean {
  return line[index - 1] === "/" &&
    (/^(?:\(\d|[:/]\d{1,5}(?![\d.]))/.test(line.slice(index + ip.length)) ||
      hasContextBefore(
        line,
        index,
        /(?<![\w-])(?:[A-Z]+_[A-Z_]+|DIRECT|PINNED|CARP|(?:geo)?ips?|hosts?)\/$/,
        32,
      ));
}

/**
 * Words and keys a four-part version follows a little further back (`"appVersion":"4.2.1.0"`,
 * `firmware 2.1.0.5`, `Chrome 120.0.1.109`, `V8 12.1.189.37`, `AssemblyVersion("1.0.0.0")`,
 * `cuda 12.2.0.1`),
 * with at most one word between that is no preposition or host word (`package libfoo 5.12.4.169`,
 * not `installed from 81.2.69.160`); a library's name is such a word (`libxcb 1.1.90.1`). Not
 * the end of a longer word (`barracuda`, `knowledge`) nor `operation`, `cooperative`; nor the key
 * `fw=`, SonicWall's firewall address on every line (a version after it is version-shaped).
 */
const VERSION_WORD_BEFORE =
  /(?:version|(?<![a-z])ver|build|release|firmware|(?<![a-z])fw(?:_?rev|(?!=))|sdk|runtime|driver|(?<![a-z])cuda|kernel|chrome|firefox|safari|(?<![a-z])edge|opera(?!t)|(?<![a-z0-9])v8(?!\w)|electron|android|(?<![a-z])ios|wheel|package|(?<![a-z])pkg|(?<![a-z])lib|install(?:ing|ed)?)["')]{0,2}\s{0,2}[:=(]?\s{0,2}["'(]?(?:(?!(?:from|by|to|at|on|in|via|for|of|host|ip|addr(?:ess)?|client|peer|server|node|remote|source|src|dst|dest)\s)[\w.+-]{1,24}\s)?$/i;

/**
 * A Windows package's identity before its version (CBS and WinSxS write
 * `name~publicKeyToken~arch~language~version`, `Package_for_KB5005565~31bf3856ad364e35~amd64~~10.0.1.2`,
 * the language often empty): the dotted quad after it is the package's version.
 */
const PACKAGE_IDENTITY_BEFORE =
  /~[0-9a-f]{16}~(?:amd64|x86|wow64|arm64|arm|ia64|msil)~[A-Za-z-]{0,12}~$/i;

/**
 * A four-part number no host address is written as: `0.x.y.z` (no host has it), or every part
 * at most 30 outside 10/8 (`1.0.0.0`, `4.2.1.3`, `12.2.0.1`: versions; one address in about
 * 5,000 has such parts, and 10.0.0.x is the private range's).
 */
function versionShaped(ip: string): boolean {
  const parts = ip.split(".").map(Number);
  return parts[0] === 0 || (parts[0] !== 10 && parts.every((p) => p <= 30));
}

/**
 * A key naming an address right before a dotted quad (`client: 1.1.1.1`, `Peer IP=4.4.4.4`,
 * `dhcp_server='8.8.8.8'`, `src=`, `rhost=`, `remote_addr`, `Source Network Address:`, Zeek's
 * `"id.orig_h":"…"` and `id.resp_h`), a Forwarded header's `for=` and `X-Forwarded-For:`, Apache's
 * `[client `, a host's name before its address in brackets (Postfix's `unknown[…]`), MySQL's
 * `'user'@'…'`, or a URL's scheme (`https://2.2.2.2:443/`): there even one shaped like a version
 * is an address.
 */
const ADDRESS_KEY_BEFORE =
  /(?:(?:ip|client|server|src|dst|peer|addr|address|host|\b(?:orig|resp)_h)["']?\s?[:=]\s?["']?|(?<![a-z])for=|forwarded-for:\s?|\[client\s|[\w-]\[|'@'|:\/\/)$/i;

/**
 * What follows a dotted quad only where it is an address: a port after its colon
 * (`1.2.3.4:8080`, Go's `dial tcp 1.2.3.4:53: i/o timeout`, not a time's `:30:00`) or BIND's `#`
 * (`1.2.3.4#53124`), sshd's ` port 22`, an access log's identity, user and bracketed date
 * (`1.2.3.4 - - [14/Mar/…`, `1.2.3.4 - frank [`), or the reverse-DNS name of an address, its
 * octets reversed (`4.3.2.1.in-addr.arpa`).
 */
const ADDRESS_AFTER = /(?:[:#]\d{2,5}(?![\d.]|:\S)| port \d| - \S{1,64} \[\d|\.in-addr\.arpa)/y;

/** Whether ADDRESS_AFTER's text starts at `at` (its sticky flag: the rest of the line is not copied). */
function addressAfter(line: string, at: number): boolean {
  ADDRESS_AFTER.lastIndex = at;
  return ADDRESS_AFTER.test(line);
}

/**
 * An address, a host's or a network's (`10.20.0.0/16`, and `2.16.0.0/13` though shaped like a
 * version: its `/len` says it is none; the `/len` is left after the mask), the unspecified
 * `0.0.0.0` included; not a netmask (`255.255.255.0`; `255.255.255.255` is the broadcast
 * address).
 */
const plausibleIpv4 = (ip: string, line: string, index: number): boolean => {
  return (line[index - 1] !== ":" || afterWordColon(line, index)) &&
    !/^255\.(?!255\.255\.255$)/.test(ip) && !localUrlHost(ip, line, index) &&
    (!hasContextBefore(line, index, VERSION_BEFORE, 12) || addressAfterSlash(ip, line, index)) &&
    !hasContextBefore(line, index, VERSION_WORD_BEFORE, 48) &&
    !(line[index - 1] === "~" && hasContextBefore(line, index, PACKAGE_IDENTITY_BEFORE, 48)) &&
    (ip === "0.0.0.0" || line[index + ip.length] === "/" || !versionShaped(ip) ||
      hasContextBefore(line, index, ADDRESS_KEY_BEFORE, 16) ||
      addressAfter(line, index + ip.length));
};

/** Right after a URL's scheme, and its user's name and password if any (`http://`, `://u:p@[`). */
const URL_HOST_BEFORE = /:\/\/(?:[^\s\/@]{0,256}@)?\[?$/;

/**
 * A loopback or unspecified address as a URL's host (`http://127.0.0.1:5000/health`,
 * `postgres://app:pw@[::1]/db`): a service on the same machine, which names no one; the same
 * address anywhere else is masked by its role.
 */
function localUrlHost(value: string, line: string, index: number): boolean {
  const role = addressLabel(value);
  return role !== undefined && !role.endsWith("broadcast]") &&
    hasContextBefore(line, index, URL_HOST_BEFORE, 300);
}

/**
 * Detector.label of the IP addresses' detectors: the role of an address the same everywhere
 * (`[ipv4-address:loopback]` for 127.0.0.0/8, `:unspecified` for `0.0.0.0` and `::`,
 * `:broadcast` for `255.255.255.255`; `::1` and `::ffff:127.0.0.1` are IPv6 loopback).
 */
const addressLabel = (value: string): string | undefined => {
  // Without its zone id, and a mapped IPv4 address (`::ffff:127.0.0.1`) without its prefix.
  const v4 = value.replace(/%.*|^::ffff:/gi, "");
  const role = /^(::1|127\.[\d.]+)$/.test(v4)
    ? "loopback"
    : /^(::|0\.0\.0\.0)$/.test(v4)
    ? "unspecified"
    : v4 === "255.255.255.255"
    ? "broadcast"
    : undefined;
  return role && `[ipv${value.includes(":") ? 6 : 4}-address:${role}]`;
};

/** The IP addresses' detectors' masking: a pseudonym, labelled with the address's role. */
const PSEUDONYM_WITH_ROLE: DetectorExtras = { mask: "pseudonym", label: addressLabel };

/**
 * The bare unspecified IPv6 address `::`, read where it starts (lastIndex): only where it is an
 * address, in brackets (`[::]:8080`), before a prefix length (`::/0`), a key's value (`src=::`,
 * `"bind": "::"`) or ending the line after a word (`ipv6 ::`); not code (`f :: Int`, `a ::= b`).
 */
const BARE_UNSPECIFIED =
  /(?<=\[)::(?=\])|::(?=\/\d)|(?<=\w["']?(?:=|:\s?)["']?)::(?=[\s"',;})\]]|$)|(?<=\w\s+)::\s*$/y;

/**
 * Parses an IPv6 candidate: 8 groups, or fewer around one `::`, optionally ending in IPv4;
 * `one`: one written group is enough, and no digit needed (`::1`, a prefix: `fe80::/10`).
 */
function plausibleIpv6(text: string, one = false): boolean {
  const addr = text.replace(/%[\w.-]{1,16}$/, "");
  if (!one && !/\d/.test(addr)) return false;
  const halves = addr.split("::");
  if (halves.length > 2) return false;
  const groupsOf = (s: string) => (s === "" ? [] : s.split(":"));
  const groups = halves.flatMap(groupsOf);
  let count = groups.length;
  const last = groups[groups.length - 1] ?? "";
  if (last.includes(".")) {
    if (!WHOLE_IPV4.test(last)) return false;
    count += 1; // an embedded IPv4 fills two groups
    groups.pop();
  }
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  // Eight groups of two hex digits each are a Fibre Channel WWN's or an EUI-64's bytes
  // (`20:00:00:25:b5:0a:00:1f`): an IPv6 printer writes no leading zero short of four digits.
  if (halves.length === 1) return count === 8 && !/^(?:\w\w:){7}\w\w$/.test(addr);
  // A compressed address still needs two written groups (`fe80::1`), not `a::b` code, or one
  // before a prefix length.
  return count <= 7 && count >= (one ? 1 : 2);
}

const plausibleMac = (mac: string, line: string, index: number): boolean => {
  // Glued to what is before it only after a key's colon (`HwAddr:f9:2a:…`, Go's map[HwAddr:…]) or
  // an IPv4 address's dash (Aruba's access point `AP 10.1.1.12-74:83:c2:11:22:33-ap-12`).
  if (
    joinedBefore(line, index) && !afterWordColon(line, index) &&
    !/\d\.\d{1,3}-$/.test(line.slice(index - 8, index))
  ) return false;
  // netfilter's MAC= (the destination's and the source's addresses and the frame's type, and more
  // on a tagged frame), ISC dhcpd's client identifier `uid 01:<mac>` (its type, then the
  // address) and Kea's `cid=[01:<mac>]`, and a DHCPv6 DUID built from a MAC (RFC 8415: DUID-LL
  // `00:03:00:01:<mac>`, DUID-LLT `00:01:00:01:<time>:<mac>`, in colons or in dashes as Windows'
  // `ipconfig /all` prints it), a client identifier `01:<mac>`
  // after a MAC on the line (a dnsmasq lease's `<time> <mac> <ip> <host> 01:<mac>`); other long
  // runs of hex pairs are fingerprints, serials and DUIDs.
  if (mac.length > 17) {
    return hasContextBefore(line, index, /(?:MAC=|(?<!d)uid |cid=\[)$/, 5) ||
      /^00:0(?:3:00:01|1:00:01(?::..){4})(?::..){6}$/.test(mac.replace(/-/g, ":")) ||
      /^01:.{17}$/.test(mac) && hasContextBefore(line, index, /(?:\w\w:){5}\w\w\s/, 128);
  }
  // Groups without their leading zero (`0:1c:42:0:0:8`, as BSD's and macOS's arp print them):
  // colons only, a hex letter and a full pair, as six small numbers or letters in colons are no
  // address.
  if (mac.length < 17) return /[a-f]/i.test(mac) && /[0-9a-f]{2}/i.test(mac);
  if (mac[2] !== mac[5] || new Set(mac.replace(/[0-9A-Fa-f]/g, "")).size !== 1) return false;
  const hex = mac.replace(/[^0-9A-Fa-f]/g, "").toLowerCase();
  return hex !== "000000000000" && hex !== "ffffffffffff";
};

/**
 * A key naming a MAC address right before a bare 12-hex value (`mac=`, `"macAddress":"`, `bssid `,
 * `<device_mac>`, DHCP's client hardware address `chaddr=`, FreeRADIUS's calling station `cli `,
 * a station's `station: `, and camel case's `clientMac=`, `{DeviceMac:`).
 */
const MAC_KEY_BEFORE =
  /(?<![a-z])(?:mac|hw_?addr|chaddr|hardware[ _-]?address|bssid|ether(?:net)?[ _-]?addr(?:ess)?|cli|calling-station-id|station)(?:[ _-]?addr(?:ess)?)?["']?\s{0,2}[:= >]\s{0,2}["']?$/i;
/**
 * MAC_KEY_BEFORE, or a camel-case key ending in `Mac` or `MacAddress` (`clientMac=`, `{DeviceMac:`,
 * Intune's `"wiFiMacAddress":"`), case kept.
 */
const macKeyBefore = (line: string, index: number) =>
  hasContextBefore(line, index, MAC_KEY_BEFORE, 32) ||
  hasContextBefore(line, index, /[a-z]Mac(?:Address)?["':= >]{1,4}$/, 16);

/** Firmwares whose MQTT client ids end in the device's MAC (mac-address-in-device-id). */
const DEVICE_FIRMWARES = ["shelly", "tasmota", "sonoff", "wled", "esp"];

/** Words of lines about MAC addresses, where a dotted form of digits only (`0011.2233.4455`) is one. */
const MAC_LINE_WORDS = /mac|arp|vlan|dhcp|hw_?addr|bssid|ether/i;

/**
 * A word naming the station right before a dotted MAC (`STA 1691.8299.0412`,
 * `client (3478.1290.5566)`, `wlan0: `): a dotted form of digits only is a MAC after it too.
 */
const MAC_WORD_BEFORE =
  /(?<![a-z])(?:sta|station|client|mac|wlan\d{0,2}:?(?: sta)?|assoc\w{0,8})[\s:=("']{1,3}$/i;

/**
 * A DHCP server's line (`DHCPACK to 005056…`, or a Windows DHCP server's audit row, which names
 * no DHCP: `11,06/20/24,08:15:02,Renew,10.0.0.21,pc7.corp.local,3C52826A1B9F,,…`), or an sFlow
 * sample as sflowtool's line format prints it (`FLOW,<agent>,<in>,<out>,<src mac>,<dst mac>,…`):
 * the 12 hex digits on it, digits and letters mixed, are a client's hardware address.
 */
const DHCP_LINE = /dhcp|\d,\d\d\/\d\d\/\d\d,\d\d:|\bflow,\d/i;

/** `2024.0601.1200`: a date and time in dotted groups, not a MAC. */
const DOTTED_DATE = /^(?:19|20)\d\d\.(?:0[1-9]|1[0-2])[0-3]\d\./;

const plausibleCompactMac = (mac: string, line: string, index: number): boolean => {
  const hex = mac.replace(/\./g, "").toLowerCase();
  if (/^(?:0{12}|f{12})$/.test(hex)) return false;
  // Glued to a colon (`mac:3C52826A1B9F`, Go's `{HwAddr:…}`): only a key naming a MAC before it.
  if (line[index - 1] === ":" && !macKeyBefore(line, index)) return false;
  if (mac.includes(".")) {
    return !hasContextBefore(line, index, VERSION_BEFORE, 12) &&
      (/[a-f]/.test(hex) || MAC_LINE_WORDS.test(line) ||
        (!DOTTED_DATE.test(mac) && hasContextBefore(line, index, MAC_WORD_BEFORE, 24)));
  }
  return macKeyBefore(line, index) ||
    (DHCP_LINE.test(line) && /[a-f]/.test(hex) && /\d/.test(hex));
};

/**
 * A finder (Detector.find) for `pattern` (a MAC's), whose every match is a whole run, `shortest`
 * to `longest` long, of the characters of `members`, all of them in `[\w.:-]`, which the
 * pattern allows neither before nor after a match: the pattern is tried only at the start of
 * such a run, found by looking at every `shortest`-th character (forEachRun), and not at every hex
 * digit of the line (every a to f of every word: "host" is on most lines of a service's logs).
 */
function wholeRunMatches(members: string, shortest: number, longest: number, pattern: RegExp) {
  const table = membersOf(members);
  const at = new RegExp(pattern.source, pattern.flags.replace("g", "") + "y");
  return (line: string): Candidate[] => {
    const found: Candidate[] = [];
    forEachRun(line, table, shortest, (start, end) => {
      at.lastIndex = start;
      if (end - start <= longest && at.test(line)) found.push({ start, end });
    });
    return found;
  };
}

/**
 * mac-address-compact's pattern: 12 hex digits, or 3 dotted groups of 4 (Cisco), a whole token.
 * The first hex digit comes before the lookbehind (which then looks past it), so that the search
 * skips ahead to hex digits instead of trying the lookbehind at every character.
 */
const COMPACT_MAC =
  /[0-9A-Fa-f](?<![\w.-][0-9A-Fa-f])(?:[0-9A-Fa-f]{3}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}|[0-9A-Fa-f]{11})(?![\w.:-])/g;
/** COMPACT_MAC's matches: whole runs of hex digits and `.`, 12 or 14 long. */
export const findCompactMacs = wholeRunMatches("ABCDEFabcdef0123456789.", 12, 14, COMPACT_MAC);

/** mac-address-other-notations' pattern: `68b5-0e29-19ba`, `95bfed-1090b2`, a whole token. */
const DASHED_MAC =
  /[\da-f](?<![\w.:-][\da-f])(?:[\da-f]{3}-[\da-f]{4}-[\da-f]{4}|[\da-f]{5}-[\da-f]{6})(?![\w.:-])/gi;
/**
 * DASHED_MAC's matches: whole runs of hex digits and `-`, 13 or 14 long (without the `u` flag,
 * `i` matches no other character to a to f).
 */
export const findDashedMacs = wholeRunMatches("ABCDEFabcdef0123456789-", 13, 14, DASHED_MAC);

/**
 * Words on the lines that print a MAC address in a notation with no line shape of its own (switch,
 * 802.1X, wireless and DHCP messages): MAC_LINE_WORDS' and MAC_WORD_BEFORE's first, then those
 * for a compact form with a hex letter.
 */
const MAC_STATION_WORDS = [
  ..."mac arp vlan dhcp hwaddr hw_addr bssid ether client station wlan assoc".split(" "),
  "sta ",
];
const MAC_WORDS = [
  ...MAC_STATION_WORDS,
  // A switch's MAC address table types each row's entry `DYNAMIC` or `STATIC`.
  ..."host interface port dot1x authmgr device learn flap addr dynamic static".split(" "),
  "cli ",
  // A Windows DHCP audit row's empty columns, sflowtool's sample (DHCP_LINE).
  ",,",
  "flow,",
];

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * IPv4 address in dotted-quad form (RFC 791), not inside a longer dotted run (OIDs, versions)
   * nor joined to a word by a dash, except each end of a range (`10.0.0.5-10.0.0.9`, and
   * strongSwan's `a.b.c.d[id]...e.f.g.h[id]`),
   * after a colon only a key's or a name's (`ip:10.0.0.1`, `src:`, `outside:`, `UTC:`, not
   * `12:30:…`, `ffff:…` or `::…`, afterWordColon); loopback, unspecified and broadcast labelled by
   * their role.
   */
  pii(
    "ipv4-address",
    "dotted-quad",
    regex(
      raw`(?<!\w|(?<!\.\.)\.|(?<!\d\.\d{1,3}\.\d{1,3})-|::)${OCTET}(?:\.${OCTET}){3}(?!\w|-(?!\d{1,3}\.\d{1,3}\.\d|[\da-f]{2}:)|\.(?!in-addr\.arpa)${NOT_TCPDUMP_PORT}[\w-])`,
      "g",
    ),
    plausibleIpv4,
    PSEUDONYM_WITH_ROLE,
  ),
  /**
   * IPv6 address written in full (RFC 4291: eight groups of 1–4 hex digits, or six and an IPv4
   * address), optionally with a zone id.
   */
  pii(
    "ipv6-address",
    "hex-groups",
    regex(
      raw`(?:[0-9A-Fa-f]{1,4}:){6}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})(?:%[\w.-]{1,16})?(?![\w-]|:(?!${UNBRACKETED_PORT})|${DOT_NO_PORT})`,
      "g",
    ),
    (value, line, index) => !ipv6JoinedBefore(line, index) && plausibleIpv6(value),
    PSEUDONYM_WITH_ROLE,
  ),
  /**
   * IPv6 address with `::` compression (RFC 5952), embedded IPv4 or a zone id, or a network's
   * prefix (`2a02:8108::/32`); `::1`, and `::` where it is an address (bareUnspecified); not
   * `a::b` code paths.
   */
  pii(
    "ipv6-address-compressed",
    ["::"],
    regex(
      raw`(?<![\w.-]|(?<![\w-])[0-9A-Fa-f]*:|::)(?:[0-9A-Fa-f]{0,4}:){2,8}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:%[\w.-]{1,16})?(?![\w-]|:(?!${UNBRACKETED_PORT})|${DOT_NO_PORT})`,
      "g",
    ),
    (value, line, index) => {
      const address = value.replace(/%.*/, "");
      BARE_UNSPECIFIED.lastIndex = index;
      const after = line.slice(index + value.length, index + value.length + 2);
      // Not a passwd-style line's `uid:gid::/home` (ProFTPD's AuthUserFile): `::`, then a path.
      return value.includes("::") && !ipv6JoinedBefore(line, index) &&
        !localUrlHost(value, line, index) && !(value.endsWith("::") && /^\/\D/.test(after)) &&
        (address === "::"
          ? BARE_UNSPECIFIED.test(line)
          // `::1`, or a network's prefix (`fe80::/10`): one written group is enough.
          : plausibleIpv6(value, address === "::1" || /^\/\d/.test(after)));
    },
    PSEUDONYM_WITH_ROLE,
  ),
  /**
   * IPv6 address as its reverse-DNS name (RFC 3596: its 32 nibbles backwards, dotted, before
   * `ip6.arpa`), as a PTR query or record prints it; a network's zone (fewer nibbles) is none.
   */
  pii("ipv6-reverse-name", ["ip6.arpa"], /(?:[\dA-F]\.){32}(?=ip6\.arpa)/gi),
  /**
   * MAC address (IEEE EUI-48): six hex pairs joined by one separator, `:` or `-`, or in colons
   * with leading zeros left out (`0:1c:42:0:0:8`); all-zero and broadcast excluded; and the
   * whole of netfilter's `MAC=` field (14 or more pairs: both addresses and the frame's type), of
   * dhcpd's `uid 01:<mac>` and Kea's `cid=[01:<mac>]`, and of a DUID made from one.
   */
  pii(
    "mac-address",
    "hex-groups",
    // No match starts inside a word (plausibleMac refuses those): one that did (`ac:00:1a:…` in
    // `mac:00:1a:…`) would hide the address after the key's colon.
    // In dashes it may end at a colon: RADIUS's Called-Station-Id `AA-BB-CC-DD-EE-FF:CorpWiFi`
    // (RFC 3580: the access point's address, a colon and the SSID).
    /(?<!\w)(?:[\dA-Fa-f]{2}(?:-[\dA-Fa-f]{2}){5}(?:(?:-[\dA-Fa-f]{2}){4}){0,2}(?![\w.-])|(?:[\dA-Fa-f]{1,2}(?::[\dA-Fa-f]{1,2}){5}|[\dA-Fa-f]{2}(?::[\dA-Fa-f]{2}){6,})(?![\w.]|:(?![ \t]|$)|-(?![A-Za-z])))/g,
    plausibleMac,
    {
      mask: "pseudonym",
    },
  ),
  /**
   * MAC address (IEEE EUI-48) in Cisco dotted form (`001a.2b3c.4d5e` on a line about a client,
   * host, port or device; digits only, `0011.2233.4455`, on a line about MACs, ARP, VLANs or DHCP),
   * or as 12 bare hex digits right after a mac/hwaddr/bssid key.
   */
  pii(
    "mac-address-compact",
    // Cisco's dotted form holds no line shape; these words are on the lines that print it
    // (switch, 802.1X, wireless and DHCP messages), the last ones for a form with a hex letter.
    MAC_WORDS,
    COMPACT_MAC,
    plausibleCompactMac,
    {
      // The same matches, read token by token (findCompactMacs).
      find: findCompactMacs,
      mask: "pseudonym",
    },
  ),
  /**
   * MAC address (IEEE EUI-48) as 12 hex digits glued to the firmware's name in a device's MQTT
   * client id, as Shelly, Tasmota, Sonoff, ESP32/ESP8266 sketches, WLED and OpenMQTTGateway name
   * their devices (Mosquitto: `New client connected from … as shellyplus1pm-6082a6aa24bf`).
   */
  pii(
    "mac-in-device-id",
    // At a word's start only: `esp` is in every `response`.
    { keywords: DEVICE_FIRMWARES, atWordStart: ["esp"] },
    regex(
      raw`(?<![a-z\d])(?:${DEVICE_FIRMWARES.join("|")})[\w-]{0,14}[_-](?<secret>[\da-f]{12})(?!\w)`,
      "dgi",
    ),
  ),
  /**
   * MAC address (IEEE EUI-48) in the other notations switches print: three groups of four hex
   * digits joined by dashes (H3C, Huawei `68b5-0e29-19ba`) or two of six (HP `95bfed-1090b2`):
   * with a hex letter on a line about MACs, ARP, VLANs or DHCP, or after a word naming a station
   * or client.
   */
  pii(
    "mac-address-other-notations",
    MAC_STATION_WORDS,
    // The first hex digit before the lookbehind, as in mac-address-compact.
    DASHED_MAC,
    (mac, line, index) =>
      !/^[0-]+$|^[f-]+$/i.test(mac) &&
      // Digits alone only right after a word naming the station (`STA 0011-2233-4455`).
      ((/[a-f]/i.test(mac) && MAC_LINE_WORDS.test(line)) ||
        hasContextBefore(line, index, MAC_WORD_BEFORE, 24)),
    // The same matches, read run by run (findDashedMacs).
    { mask: "pseudonym", find: findDashedMacs },
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
