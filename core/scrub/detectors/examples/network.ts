/**
 * The examples of ../network.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "ipv4-address": {
    positive: [
      { text: "login ok user=u42 ip=203.0.113.57", secret: "203.0.113.57" },
      {
        text: "Failed password for root from 173.234.31.186 port 38926 ssh2",
        secret: "173.234.31.186",
      },
      { text: '{"remote_addr":"10.251.71.16:50010","status":200}', secret: "10.251.71.16" },
      { text: "audit client_ip:81.2.69.160 denied", secret: "81.2.69.160" },
      { text: "Deny tcp src outside:198.51.100.23/4431 dst", secret: "198.51.100.23" },
      {
        text: "TCP_MISS/200 904 GET http://a.example/ - HIER_DIRECT/198.51.100.61 text/html",
        secret: "198.51.100.61",
      },
      {
        text: "permitted tcp inside/10.30.4.17(51022) -> dmz/x(443) hit-cnt 1",
        secret: "10.30.4.17",
      },
      {
        text: "2024-05-01 10:00:00 UTC:10.20.7.41(51514):app@orders:[77]:LOG",
        secret: "10.20.7.41",
      },
      { text: "upstream 127.0.0.1:9090 refused", secret: "127.0.0.1" },
      { text: "upstream timed out, client: 4.2.2.9, server: api", secret: "4.2.2.9" },
      { text: "listening on 0.0.0.0:8080", secret: "0.0.0.0" },
      { text: "dhcp offer sent to 255.255.255.255 port 68", secret: "255.255.255.255" },
      { text: "route 172.20.0.0/16 via eth1", secret: "172.20.0.0" },
      { text: "dhcp pool 10.40.2.100-10.40.2.199 exhausted", secret: "10.40.2.199" },
      {
        text: 'id=firewall sn=C0EA1234 fw=198.51.100.14 pri=6 msg="Connection Opened"',
        secret: "198.51.100.14",
      },
      { text: "allow from 0.0.0.0/0", secret: "0.0.0.0" },
      // Aruba's access point, its address, MAC and name joined by dashes.
      { text: "Assoc success: AP 10.1.1.12-74:83:c2:11:22:33-ap-12", secret: "10.1.1.12" },
    ],
    negative: [
      "rhost=5.36.59.76.dynamic-dsl-ip.omantel.net.om user=root",
      "snmp oid 1.3.6.1.4.1.2021.10.1.3.1 polled",
      "agent version 1.2.3.4 started",
      "inet addr netmask 255.255.255.0 and 255.255.240.0",
      "firmware 0.0.0.0 and build 0.4.2.9",
      "linked against libxcb 1.1.90.1 and libfoo.so.1.2.3.4",
      "Running task 1.0 in stage 17.0 (TID 706)",
      "User-Agent: Mozilla/5.0 Chrome/120.0.6099.109",
      "ranges 256.1.1.1 and 1.2.3.4.5",
      "bundle 1.2.3.4-SNAPSHOT and 1.2.3.4-ab built",
    ],
  },
  "ipv6-address": {
    positive: [
      {
        text: "x-forwarded-for: 2001:0db8:0000:0000:0000:ff00:0042:8329",
        secret: "2001:0db8:0000:0000:0000:ff00:0042:8329",
      },
      { text: '{"client_ip":"2001:db8:1:2:3:4:5:6%eth0"}', secret: "2001:db8:1:2:3:4:5:6%eth0" },
      { text: "mapped 0:0:0:0:0:FFFF:129.144.52.38 in", secret: "0:0:0:0:0:FFFF:129.144.52.38" },
      { text: "src_ip:2001:DB8:0:0:8:800:200C:417A", secret: "2001:DB8:0:0:8:800:200C:417A" },
      { text: "deny icmp src inside:2001:db8:7:0:1f:0:0:9 x", secret: "2001:db8:7:0:1f:0:0:9" },
      { text: "blocked 2001:db8:0:0:1:0:0:1.", secret: "2001:db8:0:0:1:0:0:1" },
    ],
    negative: [
      "2015-07-29 19:29:22,136 - WARN [RecvWorker:188978561024:QuorumCnxManager$RecvWorker@765]",
      "link 00:1a:2b:3c:4d:5e up",
      "ts 10:21:01:33:44:55:66:77:88 counter",
      "ab:2001:db8:0:0:1:0:0:1 is longer than an address",
      "0:0:0:0:0:ffff:300.1.2.3 has no IPv4 tail",
    ],
  },
  "ipv6-address-compressed": {
    positive: [
      {
        text: "client [2001:db8:85a3::8a2e:370:7334]:443 connected",
        secret: "2001:db8:85a3::8a2e:370:7334",
      },
      {
        text: "from fe80::1ff:fe23:4567:890a%eth0 port 22",
        secret: "fe80::1ff:fe23:4567:890a%eth0",
      },
      { text: "peer ::ffff:192.0.2.128 accepted", secret: "::ffff:192.0.2.128" },
      { text: "route via ::2:3:4:5:6:7:8 ok", secret: "::2:3:4:5:6:7:8" },
      { text: "route via 1:2:3:4:5:6:7:: ok", secret: "1:2:3:4:5:6:7::" },
      { text: "ip:2001:db8::1 blocked", secret: "2001:db8::1" },
      { text: "connection from 2001:db8::8a2e:370:7334.", secret: "2001:db8::8a2e:370:7334" },
      { text: "GET http://[fe80::1%25en0]:8080/ 200", secret: "fe80::1%25en0" },
      { text: "nat64 64:ff9b::192.0.2.33 mapped", secret: "64:ff9b::192.0.2.33" },
      { text: "listening on [::]:8443", secret: "::" },
      { text: "accept src=:: dst=ff02::16", secret: "::" },
      { text: '{"bind": "::", "port": 53}', secret: "::" },
      { text: "default route ::/0 via fe80::1", secret: "::" },
      { text: "Unspecified address in IPv6 ::", secret: "::" },
      { text: "peer ::ffff:127.0.0.1 closed", secret: "::ffff:127.0.0.1" },
      { text: "prefix 2001:db8::/32 announced", secret: "2001:db8::" },
      { text: "link-local fe80::/10 on eth0", secret: "fe80::" },
    ],
    negative: [
      "Dec 10 10:21:01 LabSZ sshd[24841]: bind to :: port 22",
      "link 00:1a:2b:3c:4d:5e up",
      "ftpuser:$1$salt$hash:2001:2001::/srv/ftp/ftpuser:/bin/false",
      "at std::vector::push_back (a::b)",
      "map :: (a -> b) -> [a] -> [b]",
      "expr ::= term | expr '+' term",
      "void* ::operator new(size_t n)",
      "raise ::ArgumentError, Foo::Bar and <T as Into<U>>::into",
      "use ::std::collections::HashMap;",
      'parts.split("::") and ::1abc:: and fe::ab/x',
      "1:2:3:4:5:6:7:8::9 has nine groups",
      "2015-07-29 19:29:22,136 - WARN [RecvWorker:188978561024:QuorumCnxManager$RecvWorker@765]",
    ],
  },
  "ipv6-reverse-name": {
    positive: [
      {
        text:
          "dnsmasq[53]: query[PTR] b.a.9.8.7.6.5.4.3.2.1.0.f.e.d.c.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa from 10.0.0.2",
        secret: "b.a.9.8.7.6.5.4.3.2.1.0.f.e.d.c.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2",
      },
      {
        text:
          "4.3.2.1.0.0.0.0.0.0.0.0.C.A.F.E.0.0.0.0.0.0.0.0.5.4.1.0.0.A.2.0.IP6.ARPA. 60 IN PTR h.",
        secret: "4.3.2.1.0.0.0.0.0.0.0.0.C.A.F.E.0.0.0.0.0.0.0.0.5.4.1.0.0.A.2.0",
      },
    ],
    negative: [
      "zone 8.b.d.0.1.0.0.2.ip6.arpa. loaded serial 2024010101",
      "$ORIGIN 0.0.0.0.5.4.1.0.0.a.2.ip6.arpa.",
    ],
  },
  "mac-address": {
    positive: [
      {
        text: "? (10.0.4.17) at 0:1c:42:7:e3:8 on en0 ifscope [ethernet]",
        secret: "0:1c:42:7:e3:8",
      },
      { text: "DHCPACK on 10.0.0.7 to 00:1a:2b:3c:4d:5e via eth0", secret: "00:1a:2b:3c:4d:5e" },
      { text: '{"device_mac":"AC-DE-48-00-11-22"}', secret: "AC-DE-48-00-11-22" },
      {
        text: "[UFW BLOCK] IN=eth0 OUT= MAC=0a:1b:2c:3d:4e:5f:6a:7b:8c:9d:ae:bf:08:00 SRC=x",
        secret: "0a:1b:2c:3d:4e:5f:6a:7b:8c:9d:ae:bf:08:00",
      },
      {
        text: "1767289132 64:7a:18:cc:2b:a1 10.0.0.5 laptop 01:34:51:77:bf:9e:4c",
        secret: "01:34:51:77:bf:9e:4c",
      },
      { text: "Assoc success: AP 10.1.1.12-74:83:c2:11:22:33-ap-12", secret: "74:83:c2:11:22:33" },
      { text: "Deauth to sta: 3c:22:fb:14:1a:e8: Ageout AP ap-3", secret: "3c:22:fb:14:1a:e8" },
      {
        text: "   DHCPv6 Client DUID. . . . . . . . : 00-01-00-01-2C-6F-1D-8A-60-45-CB-A4-40-BF",
        secret: "00-01-00-01-2C-6F-1D-8A-60-45-CB-A4-40-BF",
      },
    ],
    negative: [
      "bridge ff:ff:ff:ff:ff:ff broadcast, 00:00:00:00:00:00 unset",
      "Dec 10 10:21:01 LabSZ sshd[24841]: session 10:21:01:33",
      "trace 4bf92f35-77b3-4da6-a3ce-929d0e0e4736",
      "ipv6 fe80::21a:2bff:fe3c:4d5e up",
      "cert fingerprint 0a:1b:2c:3d:4e:5f:6a:7b:8c:9d:ae:bf:08:00:12:34:56:78:9a:bc ok",
      "mixed 00:1a-2b:3c:4d:5e and x00:1a:2b:3c:4d:5e",
      "uptime 1:2:3:4:5:6: ok, pairs 0a:1b:2c:3d:4e:5f:6a:7b: and v2-0a:1b:2c:3d:4e:5f",
      "serial 12-34-56-78-9A-BC-DE-F0-12-34 and 0A-1B-2C-3D-4E-5F-6A-7B-8C-9D-AE-BF-08-00",
    ],
  },
  "mac-address-compact": {
    positive: [
      {
        text: "%SW_MATM-4-MACFLAP_NOTIF: Host 0011.2233.4455 in vlan 10 is flapping",
        secret: "0011.2233.4455",
      },
      { text: "arp entry 001a.2b3c.4d5e on Gi0/1", secret: "001a.2b3c.4d5e" },
      { text: "  20    7c0e.ce41.9b2a    DYNAMIC     Gi0/12", secret: "7c0e.ce41.9b2a" },
      { text: '{"mac":"001A2B3C4D5E","rssi":-61}', secret: "001A2B3C4D5E" },
      { text: "device registered macAddress=a4c3f0851d2e", secret: "a4c3f0851d2e" },
      { text: "wifi client bssid: a4c3f0851d2e", secret: "a4c3f0851d2e" },
      {
        text: "11,06/20/24,08:15:02,Renew,10.0.0.21,pc7.corp.local,3C52826A1B9F,,2381462,0,,,,",
        secret: "3C52826A1B9F",
      },
      {
        text:
          "%DOT1X-5-FAIL: Authentication failed for client (001a.2b3c.4d5e) on Interface Gi1/0/1",
        secret: "001a.2b3c.4d5e",
      },
      { text: "Gi1/0/7 learned host 00a0.c914.c829 dynamic", secret: "00a0.c914.c829" },
      { text: "wlan0: STA 2487.3301.c5a9 IEEE 802.11: authenticated", secret: "2487.3301.c5a9" },
      { text: "AP-7 client 3478.1290.5566 roamed", secret: "3478.1290.5566" },
      { text: "wlan1: STA 5810.2293.7714 disassociated", secret: "5810.2293.7714" },
      {
        text: "Login OK: [ann] (from client ap-5 port 0 cli 13CD20EAA692)",
        secret: "13CD20EAA692",
      },
      { text: "&{ID:41 DeviceMac:3C52826A1B9F Active:true}", secret: "3C52826A1B9F" },
      { text: "BOOTREQUEST chaddr=a4c3f0851d2e xid=0x3903f326", secret: "a4c3f0851d2e" },
      {
        text: '{"deviceName":"Mia Pixel","wiFiMacAddress":"28cfe9af4dda"}',
        secret: "28cfe9af4dda",
      },
    ],
    negative: [
      "mac table flushed, etag 001a2b3c4d5e stored",
      "machine 4bf92f3577b3 started docker container 0a1b2c3d4e5f",
      "vlan 10 sha 9fceb02d0ae598e95dc970b74767f19372d61af8",
      "arp cache 0000.0000.0000 and ffff.ffff.ffff",
      "dhcp lease v2024.0601.1200.5 and 1.0011.2233.4455",
      "vlan 10 up, build 2024.0601.1200 released",
      '{"mac_seen_ts":"171720000012","mac":"unknown"}',
      "port 8080 build 2024.0601.1200 up",
      "client report 2024.0601.1200 written",
      "status 1691.8299.7714 and start 5810.2293.7714",
      "cli command 4bf92f3577b3 done, client 0a1b2c3d4e5f",
      "dhcp relay id:0a1b2c3d4e5f hop 2",
      "arp cache fe80:ab:0a1b2c3d4e5f flushed",
      '{"macAddressCount":"4bf92f3577b3","deviceId":"0a1b2c3d4e5f"}',
    ],
  },
  "mac-in-device-id": {
    positive: [
      {
        text:
          "1733580000: New client connected from 10.0.0.5:5123 as shelly_6082A6AA24BF (p2, c1, k60).",
        secret: "6082A6AA24BF",
      },
      { text: "Client shellyplus1pm-3c6105e4a1b8 disconnected.", secret: "3c6105e4a1b8" },
      { text: "Sending PINGRESP to shellyplug-s-C8C9A3F01B2D", secret: "C8C9A3F01B2D" },
      { text: '{"clientid":"ESP32_A4CF12FE0B71","username":"mqtt"}', secret: "A4CF12FE0B71" },
      { text: "Sending CONNACK to tasmota_B4674D95F425 (0, 0)", secret: "B4674D95F425" },
    ],
    negative: [
      "New client connected from 10.0.0.5:5123 as build_145c7ae4b1cb (p2, c1, k60).",
      "response_6082A6AA24BF sent",
      "Client esp32_6082A6AA24BF7 disconnected.",
    ],
  },
  "mac-address-other-notations": {
    positive: [
      { text: "MAC地址 a4b2-c3d4-e5f6 上线", secret: "a4b2-c3d4-e5f6" },
      { text: "wlan1: STA 5c0a9b-1f2e3d associated", secret: "5c0a9b-1f2e3d" },
      { text: "client 0011-2233-4455 joined", secret: "0011-2233-4455" },
    ],
    negative: [
      "mac build 2024-0315-1200 passed",
      "order a4b2-c3d4-e5f6 shipped",
      "mac job 123e4567-e89b-12d3-a456-426614174000",
      "arp cache 0000-0000-0000 and ffff-ffff-ffff flushed",
      "mac 00:1a:2b:3c:4d:5e is mac-address's",
    ],
  },
};
