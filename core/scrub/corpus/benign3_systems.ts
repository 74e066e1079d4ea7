/**
 * Benign lines of real systems for the third benign corpus (./gen_benign3.ts), written per system
 * from the way each prints them, before reading the detectors: macOS/iOS unified log and crash
 * reports, Windows events, journald, dmesg, Kubernetes, Docker/containerd, web proxies, databases,
 * brokers, runtimes' failures, package managers' hashes, git, Terraform, AWS, OpenTelemetry,
 * Prometheus, CI, cron and auth logs, documentation placeholders, near-miss formats and numbers that
 * look like identifiers. None holds a secret or personal data: each must leave the scrubber
 * unchanged. Hosts are names, never addresses (an address is personal data here).
 */
import { HEX, Rand } from "./pii_redteam_values.ts";
import { ALNUM, B64, B64URL, LOWER, UPPER } from "./redteam2/providers.ts";

export type Line = (r: Rand) => string;

const HEXU = HEX.toUpperCase();
const DIGITS = "0123456789";
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const hex = (r: Rand, n: number) => r.chars(n, HEX);
const hexU = (r: Rand, n: number) => r.chars(n, HEXU);
export const uuid = (r: Rand) =>
  `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(["8", "9", "a", "b"])}${hex(r, 3)}-${
    hex(r, 12)
  }`;
const UUID = (r: Rand) => uuid(r).toUpperCase();
const b64 = (r: Rand, n: number) => r.chars(n, B64);
/** base64 of `bytes` random bytes, padded as encoders pad it. */
const b64Bytes = (r: Rand, bytes: number) => btoa(String.fromCharCode(...r.bytes(bytes)));
const p2 = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const hms = (r: Rand) => `${p2(r.range(0, 23))}:${p2(r.range(0, 59))}:${p2(r.range(0, 59))}`;
const ymd = (r: Rand) => `2025-${p2(r.range(1, 12))}-${p2(r.range(1, 28))}`;
export const iso = (r: Rand) => `${ymd(r)}T${hms(r)}.${r.digits(3)}Z`;
export const syslogTime = (r: Rand) =>
  `${r.pick(MONTHS)} ${String(r.range(1, 28)).padStart(2, " ")} ${hms(r)}`;
const epoch = (r: Rand) => r.range(1_700_000_000, 1_767_000_000);
const epochMs = (r: Rand) => `${epoch(r)}${r.digits(3)}`;
export const HOSTS = ["web-3", "api-7f9c", "worker-2", "ip-10-0-4-17", "node-a1", "db-primary"];
const SERVICES = ["checkout", "billing", "search", "ledger", "notify", "media", "gateway"];
const host = (r: Rand) => r.pick(HOSTS);
const svc = (r: Rand) => r.pick(SERVICES);
const podName = (r: Rand) =>
  `${svc(r)}-${r.chars(10, "bcdfghjklmnpqrstvwxz2456789")}-${
    r.chars(5, "bcdfghjklmnpqrstvwxz2456789")
  }`;
const semver = (r: Rand) => `${r.range(0, 9)}.${r.range(0, 40)}.${r.range(0, 20)}`;
const ms = (r: Rand) => `${r.range(0, 999)}.${r.digits(3)}`;
const path = (r: Rand) =>
  r.pick(["/v1/orders", "/v2/carts/items", "/healthz", "/api/search", "/static/app.js"]);

/** An EAN-13 product barcode with its check digit: a number on goods, not on people. */
function ean13(r: Rand): string {
  const body = r.pick(["400", "500", "590", "760", "871"]) + r.digits(9);
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** System name -> its line templates. */
export const SYSTEMS: Record<string, Line[]> = {
  "macos-unified-log": [
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(6)}-0800 0x${hex(r, 5)}   Default     0x0                  ${
        r.range(100, 9000)
      }    0    ${
        r.pick(["locationd", "bluetoothd", "cloudd", "nsurlsessiond"])
      }: (CoreFoundation) [com.apple.${
        r.pick(["locationd.Core", "bluetooth", "cloudkit", "network"])
      }:${r.pick(["Client", "connection", "default"])}] client <private> connected, pid ${
        r.range(100, 9000)
      }`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(3)} Df runningboardd[${r.range(100, 400)}:${
        hex(r, 4)
      }] [com.apple.runningboard:process] [app<application.com.apple.Safari.${
        r.range(1000, 9999)
      }.${r.range(1000, 9999)}(501)>:${
        r.range(1000, 9999)
      }] Now flagged as pending exit for reason: workspace client connection invalidated`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(6)}-0700 0x${hex(r, 6)}   Error       0x${
        hex(r, 5)
      }              ${
        r.range(100, 900)
      }    0    trustd: [com.apple.securityd:ocsp] OCSPResponse: <private> staple for leaf ${
        hexU(r, 40)
      } expired`,
    (r) =>
      `${syslogTime(r)} calvisitor-10-105-160-${
        r.range(10, 250)
      } kernel[0]: IOThunderboltSwitch<0>(0x0)::listenerCallback - Thunderbolt HPD packet for route = 0x0 port = ${
        r.range(1, 12)
      } unplug = 0`,
    (r) =>
      `${syslogTime(r)} MacBook-Pro kernel[0]: ARPT: ${r.range(100000, 999999)}.${
        r.digits(6)
      }: wl0: wl_update_tcpkeep_seq: Original Seq: ${r.range(1e9, 4e9)}, Ack: ${
        r.range(1e9, 4e9)
      }, Win size: 4096`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(6)}-0800 0x${hex(r, 5)}   Info        0x0                  ${
        r.range(100, 900)
      }    0    mDNSResponder: [com.apple.mDNSResponder:Default] [R${
        r.range(1000, 99999)
      }] getaddrinfo start -- flags: 0xC000D000, ifindex: 0, protocols: 0, hostname: <mask.hash: '${
        b64(r, 22)
      }=='>, options: 0x0, client pid: ${r.range(100, 9000)} (Safari)`,
    (r) =>
      `${syslogTime(r)} MacBook-Pro com.apple.xpc.launchd[1] (com.apple.mdworker.shared.${
        hexU(r, 8)
      }-${hexU(r, 4)}-${hexU(r, 4)}-${hexU(r, 4)}-${hexU(r, 12)}[${
        r.range(1000, 90000)
      }]): Service exited due to SIGKILL | sent by mds[${r.range(100, 900)}]`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(6)}+0100 0x${hex(r, 5)}   Default     0x${
        hex(r, 5)
      }              ${
        r.range(100, 900)
      }    7    sharingd: (CoreUtils) [com.apple.sharing:AirDrop] AirDrop server started, UUID ${
        UUID(r)
      }`,
  ],
  "ios-crash-report": [
    (r) =>
      [
        `Incident Identifier: ${UUID(r)}`,
        `CrashReporter Key:   ${hex(r, 40)}`,
        `Hardware Model:      iPhone${r.range(10, 16)},${r.range(1, 8)}`,
        `Process:             Acme [${r.range(300, 9000)}]`,
        `Path:                /private/var/containers/Bundle/Application/${UUID(r)}/Acme.app/Acme`,
        `Identifier:          io.acme.app`,
        `Version:             ${semver(r)} (${r.range(1000, 99999)})`,
        `Code Type:           ARM-64 (Native)`,
        `OS Version:          iPhone OS 18.${r.range(0, 3)} (22B${r.range(10, 99)})`,
      ].join("\n"),
    (r) =>
      [
        `Exception Type:  EXC_BAD_ACCESS (SIGSEGV)`,
        `Exception Subtype: KERN_INVALID_ADDRESS at 0x${p2(0)}00000000000${hex(r, 3)}`,
        `Termination Reason: SIGNAL 11 Segmentation fault: 11`,
        `Triggered by Thread:  ${r.range(0, 12)}`,
        ``,
        `Thread 0 Crashed:`,
        `0   libobjc.A.dylib               \t0x00000001${hex(r, 7)} objc_msgSend + ${
          r.range(8, 64)
        }`,
        `1   Acme                          \t0x0000000102${hex(r, 6)} 0x102e44000 + ${
          r.range(10000, 9999999)
        }`,
        `2   UIKitCore                     \t0x00000001${
          hex(r, 7)
        } -[UIViewController loadViewIfRequired] + ${r.range(100, 999)}`,
      ].join("\n"),
    (r) =>
      [
        `Binary Images:`,
        `       0x102e44000 -        0x10371ffff Acme arm64  <${
          hex(r, 32)
        }> /private/var/containers/Bundle/Application/${UUID(r)}/Acme.app/Acme`,
        `       0x1a1b2c000 -        0x1a1b6ffff libobjc.A.dylib arm64e  <${
          hex(r, 32)
        }> /usr/lib/libobjc.A.dylib`,
      ].join("\n"),
    (r) =>
      `{"app_name":"Acme","timestamp":"${ymd(r)} ${hms(r)}.00 +0000","app_version":"${
        semver(r)
      }","slice_uuid":"${uuid(r)}","build_version":"${
        r.range(1000, 99999)
      }","platform":2,"bundleID":"io.acme.app","share_with_app_devs":0,"is_first_party":0,"bug_type":"309","os_version":"iPhone OS 18.1 (22B83)","incident_id":"${
        UUID(r)
      }","name":"Acme"}`,
    (r) =>
      `Thread 3 name:  Dispatch queue: com.apple.NSURLSession-delegate\nThread 3:\n0   libsystem_kernel.dylib        \t0x00000001${
        hex(r, 7)
      } mach_msg2_trap + 8\n1   CFNetwork                     \t0x00000001${hex(r, 7)} 0x1${
        hex(r, 8)
      } + ${r.range(10000, 999999)}`,
  ],
  "windows-event": [
    (r) =>
      `Log Name:      Security\nSource:        Microsoft-Windows-Security-Auditing\nDate:          ${
        r.range(1, 12)
      }/${r.range(1, 28)}/2025 ${r.range(1, 12)}:${p2(r.range(0, 59))}:${
        p2(r.range(0, 59))
      } AM\nEvent ID:      4624\nTask Category: Logon\nLevel:         Information\nKeywords:      Audit Success\nDescription:\nAn account was successfully logged on.\nSubject:\n\tSecurity ID:\t\tS-1-5-18\n\tAccount Name:\t\tWEB-3$\n\tLogon ID:\t\t0x3E7\nLogon Information:\n\tLogon Type:\t\t5\n\tLogon GUID:\t\t{00000000-0000-0000-0000-000000000000}`,
    (r) =>
      `Information,${r.range(1, 12)}/${r.range(1, 28)}/2025 ${r.range(1, 12)}:${
        p2(r.range(0, 59))
      }:${p2(r.range(0, 59))} PM,Service Control Manager,7036,None,The ${
        r.pick(["Windows Update", "Background Intelligent Transfer Service", "WinHTTP Web Proxy"])
      } service entered the ${r.pick(["running", "stopped"])} state.`,
    (r) =>
      `${ymd(r)} ${hms(r)}, Info                  CBS    Loaded Servicing Stack v6.1.7601.${
        r.range(20000, 24999)
      } with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_6.1.7601.${
        r.range(20000, 24999)
      }_none_${hex(r, 16)}\\cbscore.dll`,
    (r) =>
      `${ymd(r)} ${
        hms(r)
      }, Info                  CBS    Read out cached package applicability for package: Package_for_KB${
        r.range(2000000, 5099999)
      }~31bf3856ad364e35~amd64~~6.1.${r.range(1, 9)}.0, ApplicableState: 112, CurrentState:112`,
    (r) =>
      `${ymd(r)} ${hms(r)}, Info                  CSI    0000${hex(r, 4)}@2025/${r.range(1, 12)}/${
        r.range(1, 28)
      }:${hms(r)}.${r.digits(3)} WcpInitialize (wcp.dll version 0.0.0.6) called (stack @0x7fe${
        hex(r, 8)
      } @0x7fe${hex(r, 8)} @0x7fe${hex(r, 8)})`,
    (r) =>
      `${ymd(r)} ${
        hms(r)
      }, Error                 CBS    Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]`,
    (r) =>
      `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Kernel-General' Guid='{${
        UUID(r)
      }}'/><EventID>16</EventID><Level>4</Level><TimeCreated SystemTime='${ymd(r)}T${hms(r)}.${
        r.digits(7)
      }Z'/><EventRecordID>${
        r.range(10000, 9999999)
      }</EventRecordID><Computer>WEB-3.corp.local</Computer><Security UserID='S-1-5-18'/></System></Event>`,
    (r) =>
      `Windows Update Agent: Installation Successful: Windows successfully installed the following update: 2025-${
        p2(r.range(1, 12))
      } Cumulative Update for Windows Server 2022 for x64-based Systems (KB${
        r.range(5000000, 5099999)
      }) UpdateGuid {${UUID(r)}} HRESULT 0x00000000`,
  ],
  journald: [
    (r) =>
      `${syslogTime(r)} ${host(r)} systemd[1]: Started Session ${r.range(1, 9999)} of User deploy.`,
    (r) =>
      `${syslogTime(r)} ${host(r)} systemd[1]: ${
        svc(r)
      }.service: Main process exited, code=exited, status=${r.range(1, 3)}/FAILURE`,
    (r) =>
      `${syslogTime(r)} ${host(r)} systemd[1]: run-docker-runtime\\x2drunc-moby-${
        hex(r, 64)
      }-runc.${r.chars(6, ALNUM)}.mount: Deactivated successfully.`,
    (r) =>
      `${syslogTime(r)} ${host(r)} systemd-logind[${r.range(500, 999)}]: New session c${
        r.range(1, 99)
      } of user gdm.`,
    (r) =>
      `{"__CURSOR":"s=${hex(r, 32)};i=${hex(r, 5)};b=${hex(r, 32)};m=${hex(r, 9)};t=${
        hex(r, 13)
      };x=${hex(r, 16)}","__REALTIME_TIMESTAMP":"${epoch(r)}${
        r.digits(6)
      }","__MONOTONIC_TIMESTAMP":"${r.range(1e6, 9e9)}","_BOOT_ID":"${hex(r, 32)}","_MACHINE_ID":"${
        hex(r, 32)
      }","PRIORITY":"6","_PID":"1","SYSLOG_IDENTIFIER":"systemd","MESSAGE":"Reached target Multi-User System."}`,
    (r) =>
      `${syslogTime(r)} ${host(r)} systemd[1]: Starting Daily apt upgrade and clean activities...`,
    (r) =>
      `${syslogTime(r)} ${host(r)} systemd[1]: ${svc(r)}.service: Consumed ${r.range(1, 59)}.${
        r.digits(3)
      }s CPU time, ${r.range(10, 999)}.${r.range(0, 9)}M memory peak, 0B memory swap peak.`,
    (r) =>
      `${syslogTime(r)} ${host(r)} systemd-resolved[${
        r.range(300, 900)
      }]: Clock change detected. Flushing caches.`,
  ],
  dmesg: [
    (r) =>
      `[    0.000000] Linux version 6.8.0-${r.range(30, 60)}-generic (buildd@lcy02-amd64-0${
        r.range(10, 99)
      }) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.2.0-23ubuntu4) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.42) #${
        r.range(30, 60)
      }-Ubuntu SMP PREEMPT_DYNAMIC Fri Aug 30 12:02:04 UTC 2024`,
    (r) =>
      `[    0.00${r.digits(4)}] BIOS-e820: [mem 0x00000000${hex(r, 4)}0000-0x00000000${
        hex(r, 4)
      }ffff] ${r.pick(["usable", "reserved", "ACPI data"])}`,
    (r) =>
      `[   ${r.range(1, 99)}.${r.digits(6)}] EXT4-fs (nvme0n1p${
        r.range(1, 4)
      }): mounted filesystem ${uuid(r)} r/w with ordered data mode. Quota mode: none.`,
    (r) =>
      `[${r.range(1000, 99999)}.${r.digits(6)}] Out of memory: Killed process ${
        r.range(1000, 99999)
      } (java) total-vm:${r.range(1e6, 9e6)}kB, anon-rss:${
        r.range(1e6, 4e6)
      }kB, file-rss:0kB, shmem-rss:0kB, UID:${r.range(1000, 1999)} pgtables:${
        r.range(1000, 9999)
      }kB oom_score_adj:0`,
    (r) =>
      `[  ${r.range(100, 999)}.${r.digits(6)}] audit: type=1400 audit(${epoch(r)}.${r.digits(3)}:${
        r.range(100, 999)
      }): apparmor="DENIED" operation="open" class="file" profile="snap.firefox.firefox" name="/proc/pressure/memory" pid=${
        r.range(1000, 9999)
      } comm="firefox" requested_mask="r" denied_mask="r" fsuid=1000 ouid=0`,
    (r) =>
      `[ ${r.range(1000, 9999)}.${r.digits(6)}] RIP: 0010:__memcpy+0x${hex(r, 2)}/0x${
        hex(r, 2)
      }\n[ ${r.range(1000, 9999)}.${r.digits(6)}] RSP: 0018:ffffb${
        hex(r, 11)
      } EFLAGS: 00010246\n[ ${r.range(1000, 9999)}.${
        r.digits(6)
      }] RAX: 0000000000000000 RBX: ffff8${hex(r, 11)} RCX: 0000000000001000`,
    (r) =>
      `[    ${r.range(1, 9)}.${r.digits(6)}] usb 1-${
        r.range(1, 4)
      }: New USB device found, idVendor=${hex(r, 4)}, idProduct=${hex(r, 4)}, bcdDevice=${
        r.range(1, 30)
      }.${p2(r.range(0, 99))}`,
    (r) =>
      `[${r.range(10000, 99999)}.${r.digits(6)}] nvme nvme0: I/O tag ${r.range(1, 1023)} (${
        hex(r, 4)
      }) opcode 0x${r.range(0, 2)} (I/O Cmd) QID ${r.range(1, 16)} timeout, aborting req_op:${
        r.pick(["READ", "WRITE"])
      }(${r.range(0, 1)}) size=${r.range(1, 256) * 4096}`,
  ],
  kubernetes: [
    (r) =>
      `LAST SEEN   TYPE      REASON      OBJECT                                 MESSAGE\n${
        r.range(1, 59)
      }s         Normal    Pulled      pod/${podName(r)}   Container image "registry.acme.io/${
        svc(r)
      }:${semver(r)}@sha256:${hex(r, 64)}" already present on machine`,
    (r) =>
      `${r.range(1, 59)}m         Warning   BackOff     pod/${
        podName(r)
      }   Back-off restarting failed container api in pod ${podName(r)}_prod(${uuid(r)})`,
    (r) =>
      `  Normal  Scheduled  ${r.range(1, 59)}m  default-scheduler  Successfully assigned prod/${
        podName(r)
      } to ip-10-0-${r.range(0, 255)}-${r.range(1, 254)}.ec2.internal`,
    (r) =>
      `NAME                                READY   STATUS             RESTARTS        AGE\n${
        podName(r)
      }   1/1     Running            0               ${r.range(1, 30)}d\n${
        podName(r)
      }   0/1     CrashLoopBackOff   ${r.range(5, 99)} (${r.range(1, 59)}s ago)   ${
        r.range(1, 9)
      }h`,
    (r) =>
      `    Container ID:   containerd://${hex(r, 64)}\n    Image:          registry.acme.io/${
        svc(r)
      }:${semver(r)}\n    Image ID:       registry.acme.io/${svc(r)}@sha256:${
        hex(r, 64)
      }\n    Port:           8080/TCP\n    State:          Running\n      Started:      ${
        r.pick(DAYS)
      }, 04 Nov 2025 ${hms(r)} +0000`,
    (r) =>
      `{"kind":"Event","apiVersion":"v1","metadata":{"name":"${podName(r)}.${
        hex(r, 16)
      }","namespace":"prod","uid":"${uuid(r)}","resourceVersion":"${
        r.range(1e6, 9e7)
      }","creationTimestamp":"${ymd(r)}T${hms(r)}Z"},"involvedObject":{"kind":"Pod","name":"${
        podName(r)
      }","uid":"${
        uuid(r)
      }"},"reason":"Killing","message":"Stopping container api","count":1,"type":"Normal"}`,
    (r) =>
      `NAME                  TYPE                                  DATA   AGE\ndefault-token-${
        r.chars(5, LOWER)
      }   kubernetes.io/service-account-token   3      ${r.range(1, 400)}d\ntls-${
        svc(r)
      }            kubernetes.io/tls                     2      ${r.range(1, 90)}d`,
    (r) =>
      `  Labels:       app=${svc(r)}\n                pod-template-hash=${
        r.chars(10, "bcdfghjklmnpqrstvwxz2456789")
      }\n                controller-uid=${uuid(r)}\n  Annotations:  checksum/config: ${
        hex(r, 64)
      }\n                kubectl.kubernetes.io/restartedAt: ${ymd(r)}T${hms(r)}Z`,
  ],
  docker: [
    (r) =>
      `Step ${r.range(2, 9)}/12 : RUN npm ci --omit=dev\n ---> Running in ${hex(r, 12)}\n ---> ${
        hex(r, 12)
      }\nSuccessfully built ${hex(r, 12)}`,
    (r) =>
      `#${r.range(5, 20)} [build ${r.range(2, 6)}/6] COPY package.json package-lock.json ./\n#${
        r.range(5, 20)
      } sha256:${hex(r, 64)}\n#${r.range(5, 20)} DONE ${r.range(0, 59)}.${r.range(0, 9)}s`,
    (r) =>
      `#${r.range(20, 30)} exporting to image\n#${r.range(20, 30)} writing image sha256:${
        hex(r, 64)
      } done\n#${r.range(20, 30)} naming to registry.acme.io/${svc(r)}:${semver(r)} done`,
    (r) =>
      `${hex(r, 12)}: Pull complete\nDigest: sha256:${
        hex(r, 64)
      }\nStatus: Downloaded newer image for nginx:1.27-alpine`,
    (r) => `${semver(r)}: digest: sha256:${hex(r, 64)} size: ${r.range(500, 9999)}`,
    (r) =>
      `time="${ymd(r)}T${hms(r)}.${r.digits(9)}Z" level=info msg="StartContainer for \\"${
        hex(r, 64)
      }\\" returns successfully"`,
    (r) =>
      `time="${ymd(r)}T${hms(r)}.${r.digits(9)}Z" level=info msg="shim disconnected" id=${
        hex(r, 64)
      } namespace=k8s.io`,
    (r) =>
      `CONTAINER ID   IMAGE          COMMAND                  CREATED       STATUS       PORTS                    NAMES\n${
        hex(r, 12)
      }   redis:7.2      "docker-entrypoint.s…"   ${r.range(2, 9)} days ago    Up ${
        r.range(2, 9)
      } days   6379/tcp                 cache`,
  ],
  "web-proxy": [
    (r) =>
      `127.0.0.1 - - [${r.range(10, 28)}/${r.pick(MONTHS)}/2025:${
        hms(r)
      } +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30" rt=0.00${
        r.range(1, 9)
      } uct="0.000" uht="0.00${r.range(1, 9)}" urt="0.00${r.range(1, 9)}"`,
    (r) =>
      `${ymd(r).replaceAll("-", "/")} ${hms(r)} [notice] 1#1: ${
        r.pick([
          'using the "epoll" event method',
          "nginx/1.27.2",
          "OS: Linux 6.8.0-45-generic",
          "getrlimit(RLIMIT_NOFILE): 1048576:1048576",
          `start worker process ${r.range(20, 90)}`,
          "signal process started",
        ])
      }`,
    (r) =>
      `[${iso(r)}] "${r.pick(["GET", "POST"])} ${path(r)} HTTP/2" ${
        r.pick([200, 201, 404, 503])
      } - via_upstream - "-" ${r.range(0, 9999)} ${r.range(0, 99999)} ${r.range(1, 999)} ${
        r.range(1, 999)
      } "-" "envoy/1.31" "${uuid(r)}" "${svc(r)}.prod.svc.cluster.local" "${
        svc(r)
      }.prod.svc.cluster.local:8080"`,
    (r) =>
      `[${r.pick(DAYS)} ${r.pick(MONTHS)} ${r.range(1, 28)} ${hms(r)}.${
        r.digits(6)
      } 2025] [mpm_event:notice] [pid 1:tid ${
        r.range(1e14, 2e14)
      }] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations`,
    (r) =>
      `[${r.pick(DAYS)} ${r.pick(MONTHS)} ${r.range(1, 28)} ${
        hms(r)
      } 2025] [error] mod_jk child workerEnv in error state ${r.range(6, 9)}`,
    (r) =>
      `${syslogTime(r)} lb-1 haproxy[${r.range(100, 9999)}]: Server be_api/api-${
        r.range(1, 9)
      } is DOWN, reason: Layer4 timeout, check duration: ${r.range(1000, 3000)}ms. ${
        r.range(0, 5)
      } active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.`,
    (r) =>
      `{"time":"${iso(r)}","request_id":"${hex(r, 32)}","method":"GET","uri":"${path(r)}?page=${
        r.range(1, 99)
      }&per_page=50","status":200,"bytes_sent":${r.range(100, 999999)},"request_time":0.${
        r.digits(3)
      },"upstream_response_time":"0.${r.digits(3)}","upstream_connect_time":"0.00${
        r.range(0, 9)
      }","http_user_agent":"Go-http-client/2.0"}`,
    (r) =>
      `${syslogTime(r)} lb-1 haproxy[${r.range(100, 9999)}]: Proxy fe_https started.\n${
        syslogTime(r)
      } lb-1 haproxy[${r.range(100, 9999)}]: Health check for server be_api/api-${
        r.range(1, 9)
      } succeeded, reason: Layer7 check passed, code: 200, check duration: ${
        r.range(1, 99)
      }ms, status: 3/3 UP.`,
  ],
  postgres: [
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(3)} UTC [${r.range(100, 99999)}] LOG:  duration: ${
        ms(r)
      } ms  statement: SELECT o.id, o.total FROM orders o WHERE o.created_at > now() - interval '1 day' LIMIT ${
        r.range(10, 500)
      }`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(3)} UTC [${
        r.range(100, 99999)
      }] ERROR:  duplicate key value violates unique constraint "orders_pkey"\n${ymd(r)} ${
        hms(r)
      }.${r.digits(3)} UTC [${r.range(100, 99999)}] DETAIL:  Key (id)=(${
        r.range(1e6, 9e8)
      }) already exists.`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(3)} UTC [${
        r.range(10, 99)
      }] LOG:  checkpoint complete: wrote ${r.range(100, 9999)} buffers (${r.range(0, 99)}.${
        r.range(0, 9)
      }%); 0 WAL file(s) added, 0 removed, ${r.range(0, 9)} recycled; write=${r.range(1, 29)}.${
        r.digits(3)
      } s, sync=0.0${r.digits(2)} s, total=${r.range(1, 29)}.${r.digits(3)} s; sync files=${
        r.range(1, 99)
      }, longest=0.00${r.range(1, 9)} s, average=0.001 s; distance=${
        r.range(1000, 99999)
      } kB, estimate=${r.range(1000, 99999)} kB; lsn=${r.range(1, 9)}/${hexU(r, 8)}, redo lsn=${
        r.range(1, 9)
      }/${hexU(r, 8)}`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(3)} UTC [${
        r.range(100, 99999)
      }] FATAL:  password authentication failed for user "app_ro"\n${ymd(r)} ${hms(r)}.${
        r.digits(3)
      } UTC [${
        r.range(100, 99999)
      }] DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line ${
        r.range(90, 130)
      }: "host all all all scram-sha-256"`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(3)} UTC [${
        r.range(100, 99999)
      }] LOG:  connection authorized: user=app_ro database=shop application_name=psql SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(3)} UTC [${
        r.range(100, 99999)
      }] LOG:  automatic vacuum of table "shop.public.orders": index scans: 1\n\tpages: 0 removed, ${
        r.range(1000, 99999)
      } remain, ${r.range(100, 999)} scanned (${r.range(0, 9)}.${
        r.range(10, 99)
      }% of total)\n\ttuples: ${r.range(100, 9999)} removed, ${
        r.range(1e5, 9e6)
      } remain, 0 are dead but not yet removable`,
    (r) =>
      `# Time: ${ymd(r)}T${hms(r)}.${r.digits(6)}Z\n# User@Host: app[app] @ localhost []  Id: ${
        r.range(1000, 99999)
      }\n# Query_time: ${r.range(1, 30)}.${r.digits(6)}  Lock_time: 0.000${
        r.digits(3)
      } Rows_sent: ${r.range(1, 500)}  Rows_examined: ${r.range(1e4, 9e6)}\nSET timestamp=${
        epoch(r)
      };\nSELECT * FROM order_items WHERE order_id IN (SELECT id FROM orders WHERE status = 'open');`,
    (r) =>
      `${ymd(r)}T${hms(r)}.${r.digits(6)}Z ${
        r.range(1, 99999)
      } [Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'`,
    (r) =>
      `${ymd(r)}T${hms(r)}.${r.digits(6)}Z ${
        r.range(1, 99999)
      } [Note] [MY-010914] [Server] Aborted connection ${
        r.range(1000, 99999)
      } to db: 'shop' user: 'app' host: '${host(r)}' (Got an error reading communication packets).`,
    () => `ERROR 1045 (28000): Access denied for user 'app'@'localhost' (using password: YES)`,
  ],
  redis: [
    (r) =>
      `1:M ${p2(r.range(1, 28))} ${r.pick(MONTHS)} 2025 ${hms(r)}.${
        r.digits(3)
      } * Background saving started by pid ${r.range(100, 99999)}`,
    (r) =>
      `1:C ${p2(r.range(1, 28))} ${r.pick(MONTHS)} 2025 ${hms(r)}.${
        r.digits(3)
      } # Redis version=7.2.${
        r.range(0, 6)
      }, bits=64, commit=00000000, modified=0, pid=1, just started`,
    (r) =>
      `1:S ${p2(r.range(1, 28))} ${r.pick(MONTHS)} 2025 ${hms(r)}.${
        r.digits(3)
      } * Trying a partial resynchronization (request ${hex(r, 40)}:${r.range(1e5, 9e8)}).`,
    (r) =>
      `1:M ${p2(r.range(1, 28))} ${r.pick(MONTHS)} 2025 ${hms(r)}.${
        r.digits(3)
      } * Replica cache-replica-1:6379 asks for synchronization\n1:M ${p2(r.range(1, 28))} ${
        r.pick(MONTHS)
      } 2025 ${hms(r)}.${
        r.digits(3)
      } * Partial resynchronization request from cache-replica-1:6379 accepted. Sending 0 bytes of backlog starting from offset ${
        r.range(1e5, 9e8)
      }.`,
    (r) =>
      `# Replication\nrole:master\nconnected_slaves:1\nmaster_failover_state:no-failover\nmaster_replid:${
        hex(r, 40)
      }\nmaster_replid2:0000000000000000000000000000000000000000\nmaster_repl_offset:${
        r.range(1e5, 9e8)
      }`,
    (r) =>
      `1:M ${p2(r.range(1, 28))} ${r.pick(MONTHS)} 2025 ${hms(r)}.${
        r.digits(3)
      } # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.`,
  ],
  kafka: [
    (r) =>
      `[${ymd(r)} ${hms(r)},${r.digits(3)}] INFO [Partition orders-${r.range(0, 11)} broker=${
        r.range(1, 5)
      }] ISR updated to ${r.range(1, 5)},${r.range(1, 5)} and version updated to ${
        r.range(1, 99)
      } (kafka.cluster.Partition)`,
    (r) =>
      `[${ymd(r)} ${hms(r)},${r.digits(3)}] INFO [GroupCoordinator ${
        r.range(1, 5)
      }]: Preparing to rebalance group checkout-consumers in state PreparingRebalance with old generation ${
        r.range(1, 999)
      } (__consumer_offsets-${
        r.range(0, 49)
      }) (reason: Adding new member consumer-checkout-consumers-1-${
        uuid(r)
      } with group instance id None; client reason: rebalance failed due to MemberIdRequiredException) (kafka.coordinator.group.GroupCoordinator)`,
    (r) =>
      `[${ymd(r)} ${hms(r)},${r.digits(3)}] INFO [LocalLog partition=orders-${
        r.range(0, 11)
      }, dir=/var/lib/kafka/data] Rolled new log segment at offset ${r.range(1e5, 9e9)} in ${
        r.range(1, 20)
      } ms. (kafka.log.LocalLog)`,
    (r) =>
      `[${ymd(r)} ${hms(r)},${r.digits(3)}] INFO [KafkaRaftServer nodeId=${
        r.range(1, 5)
      }] Kafka Server started (kafka.server.KafkaRaftServer)\ncluster.id=${
        r.chars(22, B64URL)
      }\nnode.id=${r.range(1, 5)}`,
    (r) =>
      `[${ymd(r)} ${hms(r)},${r.digits(3)}] WARN [Producer clientId=producer-${
        r.range(1, 9)
      }] Got error produce response with correlation id ${
        r.range(1000, 999999)
      } on topic-partition orders-${r.range(0, 11)}, retrying (${
        r.range(1, 2147483646)
      } attempts left). Error: NOT_LEADER_OR_FOLLOWER (org.apache.kafka.clients.producer.internals.Sender)`,
    (r) =>
      `org.apache.kafka.common.errors.TimeoutException: Topic orders not present in metadata after ${
        r.range(1, 9) * 10000
      } ms.`,
    (r) =>
      `\tsasl.mechanism = SCRAM-SHA-512\n\tsasl.jaas.config = [hidden]\n\tsecurity.protocol = SASL_SSL\n\tssl.truststore.password = [hidden]\n\tbatch.size = ${
        r.range(1, 64) * 1024
      }`,
  ],
  elasticsearch: [
    (r) =>
      `[${ymd(r)}T${hms(r)},${r.digits(3)}][INFO ][o.e.c.r.a.AllocationService] [es-data-${
        r.range(1, 9)
      }] current.health="GREEN" message="Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[orders-${
        ymd(r).replaceAll("-", ".")
      }][${r.range(0, 4)}]]])." previous.health="YELLOW" reason="shards started"`,
    (r) =>
      `[${ymd(r)}T${hms(r)},${r.digits(3)}][INFO ][o.e.n.Node               ] [es-data-${
        r.range(1, 9)
      }] node name [es-data-${r.range(1, 9)}], node ID [${
        r.chars(22, B64URL)
      }], cluster name [prod-logs], roles [data, ingest]`,
    (r) =>
      `[${ymd(r)}T${hms(r)},${r.digits(3)}][WARN ][i.s.s.query              ] [es-data-${
        r.range(1, 9)
      }] [orders][${r.range(0, 4)}] took[${r.range(1, 9)}.${r.range(0, 9)}s], took_millis[${
        r.range(1000, 9999)
      }], total_hits[${
        r.range(1, 99999)
      } hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[5], source[{"size":20,"query":{"term":{"status":"open"}}}], id[${
        r.chars(20, B64URL)
      }],`,
    (r) =>
      `{"_index":"orders-${ymd(r).replaceAll("-", ".")}","_id":"${
        r.chars(20, B64URL)
      }","_version":1,"result":"created","_shards":{"total":2,"successful":2,"failed":0},"_seq_no":${
        r.range(0, 99999)
      },"_primary_term":${r.range(1, 9)}}`,
    (r) =>
      `[${ymd(r)}T${hms(r)},${r.digits(3)}][INFO ][o.e.c.m.MetadataCreateIndexService] [es-master-${
        r.range(1, 3)
      }] [logs-${ymd(r).replaceAll("-", ".")}/${r.chars(22, B64URL)}] create_index [logs-${
        ymd(r).replaceAll("-", ".")
      }], cause [auto(bulk api)], templates [logs], shards [1]/[1]`,
  ],
  "java-gc-stack": [
    (r) =>
      `[${ymd(r)}T${hms(r)}.${r.digits(3)}+0000][${r.range(1, 9999)}.${
        r.digits(3)
      }s][info][gc] GC(${r.range(1, 9999)}) Pause Young (Normal) (G1 Evacuation Pause) ${
        r.range(100, 999)
      }M->${r.range(10, 99)}M(${r.range(1, 8) * 1024}M) ${ms(r)}ms`,
    (r) =>
      `[${r.range(1, 9999)}.${r.digits(3)}s][info][gc,cpu] GC(${r.range(1, 9999)}) User=0.${
        r.digits(2)
      }s Sys=0.0${r.range(0, 9)}s Real=0.0${r.range(0, 9)}s`,
    (r) =>
      `java.lang.IllegalStateException: Connection pool shut down\n\tat org.apache.http.util.Asserts.check(Asserts.java:34)\n\tat com.acme.${
        svc(r)
      }.OrderService.place(OrderService.java:${r.range(20, 900)}) ~[${svc(r)}-${semver(r)}.jar:${
        semver(r)
      }]\nCaused by: java.net.SocketTimeoutException: Read timed out\n\t... ${
        r.range(10, 99)
      } common frames omitted`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(3)}  WARN 1 --- [nio-8080-exec-${
        r.range(1, 9)
      }] com.zaxxer.hikari.pool.PoolBase          : HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@${
        hex(r, 8)
      } (This connection has been closed.). Possibly consider using a shorter maxLifetime value.`,
    (r) =>
      `"http-nio-8080-exec-${r.range(1, 99)}" #${r.range(10, 999)} daemon prio=5 os_prio=0 cpu=${
        ms(r)
      }ms elapsed=${r.range(100, 99999)}.${r.digits(2)}s tid=0x00007f${hex(r, 10)} nid=0x${
        hex(r, 4)
      } waiting on condition  [0x00007f${
        hex(r, 10)
      }]\n   java.lang.Thread.State: WAITING (parking)\n\t- parking to wait for  <0x00000000${
        hex(r, 8)
      }> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(3)}  INFO 1 --- [           main] c.a.${
        svc(r)
      }.Application : Started Application in ${r.range(3, 40)}.${
        r.digits(3)
      } seconds (process running for ${r.range(3, 40)}.${r.range(0, 9)})`,
    (r) =>
      `java.util.concurrent.RejectedExecutionException: Task com.acme.jobs.Reindex@${
        hex(r, 8)
      } rejected from java.util.concurrent.ThreadPoolExecutor@${
        hex(r, 7)
      }[Running, pool size = 8, active threads = 8, queued tasks = ${
        r.range(100, 9999)
      }, completed tasks = ${r.range(1e5, 9e6)}]`,
  ],
  "go-panic": [
    (r) =>
      `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x${
        hex(r, 2)
      } pc=0x${hex(r, 6)}]\n\ngoroutine ${
        r.range(1, 9999)
      } [running]:\nmain.(*Server).handle(0xc000${hex(r, 6)}, {0x${hex(r, 6)}, 0xc000${
        hex(r, 6)
      }})\n\t/src/server.go:${r.range(20, 900)} +0x${
        hex(r, 3)
      }\nnet/http.HandlerFunc.ServeHTTP(0xc000${hex(r, 6)}?, {0x${hex(r, 6)}, 0xc000${
        hex(r, 6)
      }}, 0xc000${hex(r, 6)})\n\t/usr/local/go/src/net/http/server.go:2220 +0x29\nexit status 2`,
    (r) =>
      `fatal error: concurrent map writes\n\ngoroutine ${r.range(1, 999)} [chan receive, ${
        r.range(1, 59)
      } minutes]:\ngithub.com/acme/${svc(r)}/internal/cache.(*LRU).Set(0xc000${hex(r, 6)}, {0xc000${
        hex(r, 6)
      }, 0x${r.range(10, 40)}}, {0x${hex(r, 6)}, 0xc000${hex(r, 6)}})\ncreated by github.com/acme/${
        svc(r)
      }/internal/worker.Start in goroutine 1`,
    (r) =>
      `{"level":"info","ts":${epoch(r)}.${r.digits(6)},"caller":"server/main.go:${
        r.range(20, 300)
      }","msg":"listening","addr":":${r.pick([8080, 9090, 8443])}","version":"${
        semver(r)
      }","commit":"${hex(r, 40)}"}`,
    (r) =>
      `go: downloading github.com/google/uuid v1.6.0\ngo: downloading golang.org/x/net v0.${
        r.range(20, 40)
      }.0\ngo: added github.com/prometheus/client_golang v1.${r.range(10, 20)}.0`,
  ],
  "python-traceback": [
    (r) =>
      `Traceback (most recent call last):\n  File "/app/.venv/lib/python3.12/site-packages/urllib3/connectionpool.py", line ${
        r.range(100, 900)
      }, in urlopen\n    response = self._make_request(\n  File "/app/worker.py", line ${
        r.range(10, 400)
      }, in run\n    raise TimeoutError(f"job {job_id} exceeded {limit}s")\nTimeoutError: job ${
        r.range(1e6, 9e7)
      } exceeded ${r.range(10, 300)}s`,
    (r) =>
      `[${ymd(r)} ${hms(r)},${r.digits(3)}: INFO/MainProcess] Task tasks.send_receipt[${
        uuid(r)
      }] succeeded in 0.${r.digits(4)}s: None`,
    (r) =>
      `[${ymd(r)} ${hms(r)} +0000] [${r.range(10, 999)}] [INFO] Booting worker with pid: ${
        r.range(10, 999)
      }`,
    (r) =>
      `DEBUG:urllib3.connectionpool:https://api.${svc(r)}.internal:443 "GET ${path(r)}?page=${
        r.range(1, 99)
      } HTTP/11" 200 ${r.range(100, 99999)}`,
    (r) =>
      `AttributeError: 'NoneType' object has no attribute 'id'\n  <__main__.Worker object at 0x7f${
        hex(r, 10)
      }> state=<State.RUNNING: 2>`,
    (r) =>
      `WARNING:root:retrying after ConnectionResetError(104, 'Connection reset by peer'), attempt ${
        r.range(1, 5)
      }/5, sleeping ${r.range(1, 30)}.${r.range(0, 9)}s`,
  ],
  "node-npm": [
    (r) =>
      `    "node_modules/${
        r.pick(["lodash", "debug", "ms", "semver", "uuid"])
      }": {\n      "version": "${semver(r)}",\n      "resolved": "https://registry.npmjs.org/${
        r.pick(["lodash", "debug", "ms"])
      }/-/pkg-${semver(r)}.tgz",\n      "integrity": "sha512-${
        b64Bytes(r, 64)
      }",\n      "license": "MIT"\n    },`,
    (r) =>
      `"@babel/core@^7.23.0":\n  version "7.23.${
        r.range(0, 9)
      }"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.23.${r.range(0, 9)}.tgz#${
        hex(r, 40)
      }"\n  integrity sha512-${b64Bytes(r, 64)}`,
    (r) =>
      `  /debug@4.3.${r.range(1, 7)}:\n    resolution: {integrity: sha512-${
        b64Bytes(r, 64)
      }}\n    engines: {node: '>=6.0'}`,
    (r) =>
      `npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it.\n\nadded ${
        r.range(100, 2000)
      } packages, and audited ${r.range(100, 2000)} packages in ${r.range(2, 90)}s\n\n${
        r.range(10, 300)
      } packages are looking for funding`,
    (r) =>
      `npm error code E401\nnpm error Unable to authenticate, your authentication token seems to be invalid.\nnpm error A complete log of this run can be found in: /root/.npm/_logs/${
        ymd(r)
      }T${hms(r).replaceAll(":", "_")}_${r.digits(3)}Z-debug-0.log`,
    (r) =>
      `{"level":30,"time":${epochMs(r)},"pid":${r.range(1, 99)},"hostname":"${
        podName(r)
      }","reqId":"req-${r.chars(4, ALNUM)}","res":{"statusCode":200},"responseTime":${
        ms(r)
      },"msg":"request completed"}`,
    (r) =>
      `(node:${
        r.range(1, 99)
      }) [DEP0040] DeprecationWarning: The \`punycode\` module is deprecated. Please use a userland alternative instead.\n(Use \`node --trace-deprecation ...\` to show where the warning was created)`,
  ],
  "pip-cargo-go": [
    (r) =>
      `requests==2.32.${r.range(0, 3)} \\\n    --hash=sha256:${hex(r, 64)} \\\n    --hash=sha256:${
        hex(r, 64)
      }`,
    (r) =>
      `Collecting requests==2.32.3\n  Downloading requests-2.32.3-py3-none-any.whl (64 kB)\nSuccessfully installed certifi-2024.8.30 charset-normalizer-3.4.0 idna-3.10 requests-2.32.3 urllib3-2.2.${
        r.range(0, 3)
      }`,
    (r) => `    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${hex(r, 64)}"},`,
    (r) =>
      `[[package]]\nname = "serde"\nversion = "1.0.${
        r.range(100, 220)
      }"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${
        hex(r, 64)
      }"`,
    (r) =>
      `   Compiling serde v1.0.${r.range(100, 220)}\n   Compiling tokio v1.${
        r.range(30, 41)
      }.0\n    Finished \`release\` profile [optimized] target(s) in ${r.range(10, 300)}.${
        r.digits(2)
      }s`,
    (r) => `github.com/google/uuid v1.6.0 h1:${b64Bytes(r, 32)}`,
    (r) => `golang.org/x/net v0.${r.range(20, 40)}.0/go.mod h1:${b64Bytes(r, 32)}`,
  ],
  git: [
    (r) =>
      `commit ${hex(r, 40)}\nMerge: ${hex(r, 7)} ${hex(r, 7)}\nDate:   ${r.pick(DAYS)} ${
        r.pick(MONTHS)
      } ${r.range(1, 28)} ${hms(r)} 2025 +0000\n\n    Merge pull request #${
        r.range(100, 9999)
      } from acme/fix-retry`,
    (r) =>
      `${hex(r, 7)} (HEAD -> main, origin/main) Fix retry budget for purge (#${
        r.range(100, 999)
      })\n${hex(r, 7)} Bump lodash from 4.17.20 to 4.17.21`,
    (r) =>
      `From github.com:acme/${svc(r)}\n   ${hex(r, 7)}..${
        hex(r, 7)
      }  main       -> origin/main\n * [new tag]         v${semver(r)}    -> v${semver(r)}`,
    (r) =>
      `diff --git a/src/app.ts b/src/app.ts\nindex ${hex(r, 7)}..${
        hex(r, 7)
      } 100644\n--- a/src/app.ts\n+++ b/src/app.ts\n@@ -${r.range(1, 300)},7 +${
        r.range(1, 300)
      },8 @@ export function start() {`,
    (r) => `${hex(r, 40)}\trefs/heads/main\n${hex(r, 40)}\trefs/tags/v${semver(r)}`,
    (r) =>
      `HEAD is now at ${hex(r, 7)} Release ${
        semver(r)
      }\nSubmodule path 'vendor/lib': checked out '${hex(r, 40)}'`,
  ],
  terraform: [
    (r) =>
      `  # aws_s3_bucket.logs will be created\n  + resource "aws_s3_bucket" "logs" {\n      + arn                         = (known after apply)\n      + bucket                      = "acme-prod-logs-${
        r.range(100, 999)
      }"\n      + id                          = (known after apply)\n    }`,
    (r) =>
      `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                     = "db-${
        r.chars(26, UPPER + "234567")
      }"\n      ~ instance_class         = "db.t3.medium" -> "db.t3.large"\n      ~ password               = (sensitive value)\n        tags                   = {}\n    }`,
    (r) =>
      `aws_instance.web: Creation complete after ${r.range(10, 90)}s [id=i-0${
        hex(r, 16)
      }]\nmodule.vpc.aws_subnet.private[0]: Refreshing state... [id=subnet-0${hex(r, 16)}]`,
    (r) =>
      `      + kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"\n      ~ secret_string = (sensitive value)\n\nPlan: ${
        r.range(0, 9)
      } to add, ${r.range(0, 9)} to change, 0 to destroy.`,
    (r) =>
      `Acquiring state lock. This may take a few moments...\nReleasing state lock. This may take a few moments...\nLock Info:\n  ID:        ${
        uuid(r)
      }\n  Path:      acme-tfstate/prod/terraform.tfstate\n  Operation: OperationTypeApply\n  Version:   1.9.${
        r.range(0, 8)
      }`,
    (r) =>
      `random_password.db: Creation complete after 0s [id=none]\naws_secretsmanager_secret.db: Creation complete after 1s [id=arn:aws:secretsmanager:eu-west-1:${
        r.digits(12)
      }:secret:prod/db/password-${r.chars(6, ALNUM)}]`,
  ],
  aws: [
    (r) =>
      JSON.stringify({
        eventVersion: "1.09",
        userIdentity: {
          type: "AssumedRole",
          principalId: `AROA${r.chars(17, UPPER + "234567")}:ci-session`,
          arn: `arn:aws:sts::${r.digits(12)}:assumed-role/ci-deploy/ci-session`,
          accountId: r.digits(12),
          accessKeyId: "ASIAIOSFODNN7EXAMPLE",
        },
        eventTime: `${ymd(r)}T${hms(r)}Z`,
        eventSource: "s3.amazonaws.com",
        eventName: "PutObject",
        awsRegion: "us-east-1",
        sourceIPAddress: "cloudformation.amazonaws.com",
        userAgent: "aws-cli/2.18.0 md/Botocore#1.35.0",
        requestID: hexU(r, 16),
        eventID: uuid(r),
        readOnly: false,
        eventType: "AwsApiCall",
        recipientAccountId: r.digits(12),
      }),
    (r) =>
      `START RequestId: ${uuid(r)} Version: $LATEST\nEND RequestId: ${uuid(r)}\nREPORT RequestId: ${
        uuid(r)
      }\tDuration: ${ms(r)} ms\tBilled Duration: ${
        r.range(1, 999)
      } ms\tMemory Size: 512 MB\tMax Memory Used: ${r.range(50, 500)} MB\tInit Duration: ${
        ms(r)
      } ms\nXRAY TraceId: 1-${hex(r, 8)}-${hex(r, 24)}\tSegmentId: ${hex(r, 16)}\tSampled: true`,
    (r) =>
      `botocore.exceptions.ClientError: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.\nRequestId: ${
        hexU(r, 16)
      }, HostId: ${b64Bytes(r, 57)}`,
    (r) =>
      `arn:aws:lambda:eu-west-1:${r.digits(12)}:function:${svc(r)}-api:${
        r.range(1, 99)
      }\narn:aws:iam::${r.digits(12)}:role/service-role/${svc(r)}-exec-${
        r.chars(8, LOWER + DIGITS)
      }`,
    (r) =>
      `{"level":"info","msg":"assumed role","AccessKeyId":"AKIAIOSFODNN7EXAMPLE","Expiration":"${
        ymd(r)
      }T${
        hms(r)
      }Z","AssumedRoleId":"AROA3XFRBF535PLBIFPI4:s3-access-example","account":"123456789012"}`,
    (r) =>
      `aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************${
        r.chars(4, UPPER)
      } shared-credentials-file\nsecret_key     ****************${
        r.chars(4, ALNUM)
      } shared-credentials-file\n    region                eu-west-1      config-file    ~/.aws/config`,
  ],
  opentelemetry: [
    (r) => `traceparent: 00-${hex(r, 32)}-${hex(r, 16)}-01\ntracestate: rojo=${hex(r, 16)}`,
    (r) =>
      JSON.stringify({
        traceId: hex(r, 32),
        spanId: hex(r, 16),
        parentSpanId: hex(r, 16),
        name: `GET ${path(r)}`,
        kind: 2,
        startTimeUnixNano: `${epoch(r)}${r.digits(9)}`,
        endTimeUnixNano: `${epoch(r)}${r.digits(9)}`,
        attributes: [{ key: "http.response.status_code", value: { intValue: "200" } }],
      }),
    (r) =>
      `${
        iso(r)
      }\tinfo\tTracesExporter\t{"kind": "exporter", "data_type": "traces", "name": "otlp", "resource spans": 1, "spans": ${
        r.range(1, 99)
      }}`,
    (r) =>
      `${iso(r)} INFO ${svc(r)} order placed trace_id=${hex(r, 32)} span_id=${
        hex(r, 16)
      } trace_flags=01 dd.trace_id=${r.range(1e9, 9e9)}${r.digits(9)} dd.span_id=${
        r.range(1e9, 9e9)
      }${r.digits(8)}`,
    (r) =>
      `Span #${r.range(0, 9)}\n    Trace ID       : ${hex(r, 32)}\n    Parent ID      : ${
        hex(r, 16)
      }\n    ID             : ${
        hex(r, 16)
      }\n    Name           : SELECT shop.orders\n    Kind           : Client\n    Status code    : Unset`,
  ],
  prometheus: [
    (r) =>
      `# HELP http_request_duration_seconds Duration of HTTP requests.\n# TYPE http_request_duration_seconds histogram\nhttp_request_duration_seconds_bucket{method="GET",route="${
        path(r)
      }",status="200",le="0.25"} ${r.range(1, 9999999)}\nhttp_request_duration_seconds_sum ${
        r.range(1, 99999)
      }.${r.digits(6)}`,
    (r) =>
      `process_start_time_seconds 1.${r.digits(9)}e+09\ngo_memstats_alloc_bytes ${r.range(1, 9)}.${
        r.digits(7)
      }e+07\nnode_network_receive_bytes_total{device="eth0"} ${r.range(1, 9)}.${r.digits(9)}e+10`,
    (r) =>
      `up{instance="${svc(r)}-${r.range(0, 9)}.${svc(r)}:9090",job="${
        svc(r)
      }"} 1\nkube_pod_info{namespace="prod",pod="${podName(r)}",uid="${uuid(r)}",node="ip-10-0-${
        r.range(0, 255)
      }-${r.range(1, 254)}.ec2.internal"} 1`,
    (r) =>
      `ts=${iso(r)} caller=compact.go:${
        r.range(400, 700)
      } level=info component=tsdb msg="write block" mint=${epochMs(r)} maxt=${epochMs(r)} ulid=01J${
        r.chars(23, CROCKFORD)
      } duration=${r.range(1, 9)}.${r.digits(3)}s`,
    (r) =>
      `ts=${iso(r)} caller=notify.go:${
        r.range(700, 900)
      } level=warn component=notifier alertmanager=http://alertmanager:9093/api/v2/alerts count=${
        r.range(1, 50)
      } msg="Error sending alert" err="context deadline exceeded"`,
  ],
  "ci-logs": [
    (r) =>
      `##[group]Run actions/checkout@${hex(r, 40)}\nwith:\n  repository: acme/${
        svc(r)
      }\n  token: ***\n  ssh-strict: true\n  persist-credentials: true\n##[endgroup]`,
    (r) =>
      `Download action repository 'actions/setup-node@v4' (SHA:${
        hex(r, 40)
      })\nComplete job name: build (20.x)\nRunner Image: ubuntu-24.04 Version: 2024${
        p2(r.range(1, 12))
      }${p2(r.range(1, 28))}.${r.range(1, 9)}.0`,
    (r) =>
      `[command]/usr/bin/git config --local --name-only --get-regexp http\\.https\\:\\/\\/github\\.com\\/\\.extraheader\nhttp.https://github.com/.extraheader\n[command]/usr/bin/git config --local --unset-all http.https://github.com/.extraheader\n[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +${
        hex(r, 40)
      }:refs/remotes/origin/main`,
    (r) =>
      `env:\n  NODE_AUTH_TOKEN: ***\n  GITHUB_TOKEN: ***\n  AWS_SECRET_ACCESS_KEY: ***\n  BUILD_NUMBER: ${
        r.range(100, 99999)
      }`,
    (r) =>
      `Running with gitlab-runner 17.5.${r.range(0, 5)} (${hex(r, 8)})\n  on docker-auto-scale ${
        hex(r, 8)
      }, system ID: s_${hex(r, 12)}\nChecking out ${
        hex(r, 8)
      } as detached HEAD (ref is main)...\nJob succeeded`,
    (r) =>
      `Started by user admin\nRunning as SYSTEM\nBuilding in workspace /var/jenkins_home/workspace/${
        svc(r)
      }-deploy\nBuild #${r.range(100, 99999)} completed: SUCCESS\nFinished: SUCCESS`,
    (r) =>
      `##[error]Process completed with exit code ${
        r.range(1, 127)
      }.\nPost job cleanup.\nCleaning up orphan processes`,
  ],
  "cron-auth": [
    (r) =>
      `${syslogTime(r)} ${host(r)} CRON[${
        r.range(1000, 99999)
      }]: (root) CMD (cd / && run-parts --report /etc/cron.hourly)`,
    (r) =>
      `${syslogTime(r)} ${host(r)} CRON[${
        r.range(1000, 99999)
      }]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)`,
    (r) =>
      `${syslogTime(r)} ${host(r)} sudo:   deploy : TTY=pts/${
        r.range(0, 9)
      } ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart ${svc(r)}`,
    (r) =>
      `${syslogTime(r)} ${
        host(r)
      } sudo: pam_unix(sudo:session): session opened for user root(uid=0) by deploy(uid=${
        r.range(1000, 1999)
      })`,
    (r) =>
      `${syslogTime(r)} ${host(r)} passwd[${
        r.range(1000, 99999)
      }]: pam_unix(passwd:chauthtok): password changed for svc-backup`,
    (r) =>
      `${syslogTime(r)} ${host(r)} useradd[${
        r.range(1000, 99999)
      }]: new user: name=svc-backup, UID=${r.range(900, 999)}, GID=${
        r.range(900, 999)
      }, home=/home/svc-backup, shell=/usr/sbin/nologin, from=/dev/pts/0`,
    (r) =>
      `${syslogTime(r)} ${host(r)} sshd[${
        r.range(1000, 99999)
      }]: pam_unix(sshd:session): session closed for user deploy`,
    (r) => `256 SHA256:${b64Bytes(r, 32).replace(/=+$/, "")} root@${host(r)} (ED25519)`,
    (r) => `${syslogTime(r)} ${host(r)} gdm-password]: gkr-pam: unlocked login keyring`,
  ],
  "mac-syslog": [
    (r) =>
      `${syslogTime(r)} calvisitor-10-105-${r.range(10, 250)}-${
        r.range(10, 250)
      } com.apple.CDScheduler[${r.range(40, 99)}]: Thermal pressure state: ${
        r.range(0, 2)
      } Memory pressure state: ${r.range(0, 2)}`,
    (r) =>
      `${syslogTime(r)} authorMacBook-Pro kernel[0]: AppleCamIn::systemWakeCall - messageType = 0x${
        hexU(r, 8)
      }`,
    (r) =>
      `${syslogTime(r)} authorMacBook-Pro com.apple.WebKit.WebContent[${r.range(1000, 40000)}]: [${
        hms(r)
      }.${r.digits(3)}] <<<< CRABS >>>> crabsFlumeHostAvailable: [0x7f${
        hex(r, 10)
      }] Byte flume reports host available again.`,
    (r) =>
      `${syslogTime(r)} authorMacBook-Pro networkd[${
        r.range(100, 300)
      }]: -[NETClientConnection effectiveBundleID:] using process name apsd as bundle ID (this is expected for daemons without bundle ID`,
    (r) =>
      `${syslogTime(r)} authorMacBook-Pro secd[${
        r.range(200, 400)
      }]: SOSAccountThisDeviceCanSyncWithCircle sync with device failure: Error Domain=com.apple.security.sos.error Code=1035 "Account identity not set" UserInfo={NSDescription=Account identity not set}`,
    (r) =>
      `${syslogTime(r)} authorMacBook-Pro com.apple.geod[${
        r.range(1000, 40000)
      }]: PBRequester failed with Error Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline." UserInfo={NSUnderlyingError=0x7f${
        hex(r, 10)
      } {Error Domain=kCFErrorDomainCFNetwork Code=-1009 "(null)" UserInfo={_kCFStreamErrorCodeKey=50, _kCFStreamErrorDomainKey=1}}, NSErrorFailingURLStringKey=https://gsp-ssl.ls.apple.com/dispatcher.arpc, _kCFStreamErrorDomainKey=1}`,
    (r) =>
      `${syslogTime(r)} authorMacBook-Pro identityservicesd[${
        r.range(100, 900)
      }]: <IMMacNotificationCenterManager: 0x7f${
        hex(r, 10)
      }>: Updating enabled: YES   (Topics: ( "com.apple.private.alloy.icloudpairing", "com.apple.private.alloy.continuity.encryption" ))`,
    (r) =>
      `${syslogTime(r)} authorMacBook-Pro corecaptured[${
        r.range(1000, 40000)
      }]: CCFile::captureLogRun Skipping current file Dir file [${ymd(r)}_${
        hms(r).replaceAll(":", ",")
      }.${r.digits(6)}]-CCIOReporter-${r.digits(3)}.xml, Current File [${ymd(r)}_${
        hms(r).replaceAll(":", ",")
      }.${r.digits(6)}]-CCIOReporter-${r.digits(3)}.xml`,
    (r) =>
      `${syslogTime(r)} authorMacBook-Pro com.apple.cts[${
        r.range(40, 99)
      }]: com.apple.Safari.SafeBrowsing.Update: scheduler_evaluate_activity told me to run this job; however, but the start time isn't for ${
        r.range(1000, 99999)
      } seconds.  Ignoring.`,
    (r) =>
      `${syslogTime(r)} authorMacBook-Pro Dock[${
        r.range(100, 900)
      }]: -[UABestAppSuggestionManager notifyBestAppChanged:type:options:bundleIdentifier:activityType:dynamicIdentifier:when:confidence:deviceName:deviceIdentifier:deviceType:] (null) UASuggestedActionType=0 (null)/(null) opts=(null) when=${
        ymd(r)
      } ${hms(r)} +0000 confidence=1 from=(null)/(null) (UABestAppSuggestionManager.m #319)`,
    (r) =>
      `${syslogTime(r)} authorMacBook-Pro QQ[${r.range(1000, 40000)}]: FA||Url||taskID[${
        r.range(1e9, 2.1e9)
      }] dealloc`,
    (r) =>
      `${syslogTime(r)} authorMacBook-Pro kernel[0]: Sandbox: com.apple.Addres(${
        r.range(1000, 40000)
      }) deny(1) network-outbound /private/var/run/mDNSResponder`,
  ],
  "supercomputer-ras": [
    (r) =>
      `- ${epoch(r)} 2005.06.${p2(r.range(1, 28))} R${p2(r.range(0, 77))}-M${r.range(0, 1)}-N${
        r.range(0, 15)
      }-C:J${p2(r.range(2, 17))}-U${r.range(0, 1)}1 2005-06-${p2(r.range(1, 28))}-${
        hms(r).replaceAll(":", ".")
      }.${r.digits(6)} R${p2(r.range(0, 77))}-M${r.range(0, 1)}-N${r.range(0, 15)}-C:J${
        p2(r.range(2, 17))
      }-U${r.range(0, 1)}1 RAS KERNEL INFO ${r.range(1, 999)} double-hummer alignment exceptions`,
    (r) =>
      `- ${epoch(r)} 2005.07.${p2(r.range(1, 28))} R${p2(r.range(0, 77))}-M${r.range(0, 1)}-N${
        r.range(0, 15)
      }-I:J18-U${
        r.range(0, 1)
      }1 RAS APP FATAL ciod: Error reading message prefix after LOAD_MESSAGE on CioStream socket: Link has been severed`,
    (r) =>
      `KERNDTLB ${epoch(r)} R${p2(r.range(0, 77))}-M0-N${
        r.range(0, 15)
      } RAS KERNEL FATAL data TLB error interrupt\nr${p2(r.range(0, 31))}=0x${hex(r, 8)} r${
        p2(r.range(0, 31))
      }=0x${hex(r, 8)} r${p2(r.range(0, 31))}=0x${hex(r, 8)} r${p2(r.range(0, 31))}=0x${hex(r, 8)}`,
    (r) =>
      `- ${epoch(r)} 2005.11.${p2(r.range(1, 28))} dn${r.range(100, 999)} ${syslogTime(r)} dn${
        r.range(100, 999)
      }/dn${r.range(100, 999)} crond(pam_unix)[${
        r.range(1000, 30000)
      }]: session closed for user root`,
    (r) =>
      `- ${epoch(r)} 2005.11.${p2(r.range(1, 28))} tbird-sm1 ${
        syslogTime(r)
      } src@tbird-sm1 ib_sm.x[${r.range(1000, 30000)}]: [ib_sm_sweep.c:${
        r.range(1000, 2000)
      }]: No topology change`,
    (r) =>
      `${r.range(1, 500000)} node-${r.range(1, 300)} unix.hw state_change.unavailable ${
        epoch(r)
      } 1 Component State Change: Component "alt0" is in the unavailable state (HWID=${
        r.range(1000, 5000)
      })`,
    (r) =>
      `${r.range(1, 500000)} node-${r.range(1, 300)} action start ${
        epoch(r)
      } 1 clusterAddMember  (command ${r.range(1000, 3000)})`,
  ],
  "mobile-health": [
    (r) =>
      `2017${p2(r.range(1, 12))}${p2(r.range(1, 28))}-${hms(r)}:${r.digits(3)}|Step_LSC|${
        r.range(30000000, 30009999)
      }|onStandStepChanged ${r.range(1, 9999)}`,
    (r) =>
      `2017${p2(r.range(1, 12))}${p2(r.range(1, 28))}-${hms(r)}:${r.digits(3)}|Step_SPUtils|${
        r.range(30000000, 30009999)
      }| getTodayTotalDetailSteps = ${epochMs(r)}##${r.range(1000, 9999)}##${
        r.range(100000, 999999)
      }##${r.range(1000, 9999)}##${r.range(10000, 99999)}##${r.range(1e7, 9e7)}`,
    (r) =>
      `2017${p2(r.range(1, 12))}${p2(r.range(1, 28))}-${hms(r)}:${
        r.digits(3)
      }|HiH_HiHealthDataInsertStore|${
        r.range(30000000, 30009999)
      }|saveHealthDetailData() deviceID=${r.range(1, 9)},dataType=${
        r.range(10000, 99999)
      },dataTime=${epochMs(r)}`,
    (r) =>
      `${p2(r.range(1, 12))}-${p2(r.range(1, 28))} ${hms(r)}.${r.digits(3)}  ${
        r.range(100, 9999)
      }  ${r.range(100, 30000)} D PowerManagerService: acquire lock=${
        r.range(1e7, 3e8)
      }, flags=0x1, tag="RILJ_ACK_WL", name=com.android.phone, ws=null, uid=1001, pid=${
        r.range(100, 9999)
      }`,
    (r) =>
      `${p2(r.range(1, 12))}-${p2(r.range(1, 28))} ${hms(r)}.${r.digits(3)}  ${
        r.range(100, 9999)
      }  ${r.range(100, 30000)} I ActivityManager: Start proc ${
        r.range(1000, 30000)
      }:com.android.chrome/u0a${
        r.range(10, 200)
      } for service com.android.chrome/org.chromium.chrome.browser.customtabs.CustomTabsConnectionService`,
  ],
  "openstack-hadoop": [
    (r) =>
      `nova-compute.log.1.${ymd(r)}_${hms(r)} ${ymd(r)} ${hms(r)}.${r.digits(3)} ${
        r.range(1000, 30000)
      } INFO nova.compute.manager [req-${uuid(r)} ${hex(r, 32)} ${hex(r, 32)} - - -] [instance: ${
        uuid(r)
      }] VM Started (Lifecycle Event)`,
    (r) =>
      `nova-compute.log.1.${ymd(r)}_${hms(r)} ${ymd(r)} ${hms(r)}.${r.digits(3)} ${
        r.range(1000, 30000)
      } INFO nova.virt.libvirt.imagecache [req-${uuid(r)} - - - - -] image ${
        uuid(r)
      } at (/var/lib/nova/instances/_base/${hex(r, 40)}): checking`,
    (r) =>
      `${ymd(r)} ${hms(r)}.${r.digits(3)} ${r.range(1000, 30000)} INFO nova.compute.claims [req-${
        uuid(r)
      } ${hex(r, 32)} ${hex(r, 32)} - - -] [instance: ${uuid(r)}] Total memory: ${
        r.range(10000, 99999)
      } MB, used: ${r.range(512, 9999)}.00 MB`,
    (r) =>
      `${ymd(r)} ${hms(r)},${
        r.digits(3)
      } INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster for application appattempt_${
        epochMs(r)
      }_${r.digits(4)}_000001`,
    (r) =>
      `${ymd(r)} ${hms(r)},${
        r.digits(3)
      } INFO [AsyncDispatcher event handler] org.apache.hadoop.mapreduce.v2.app.job.impl.TaskAttemptImpl: attempt_${
        epochMs(r)
      }_${r.digits(4)}_m_${r.digits(6)}_0 TaskAttempt Transitioned from NEW to UNASSIGNED`,
    (r) =>
      `${p2(r.range(15, 17))}/${p2(r.range(1, 12))}/${p2(r.range(1, 28))} ${
        hms(r)
      } INFO storage.BlockManager: Found block rdd_${r.range(1, 99)}_${r.range(1, 99)} locally\n${
        p2(r.range(15, 17))
      }/${p2(r.range(1, 12))}/${p2(r.range(1, 28))} ${
        hms(r)
      } INFO executor.Executor: Finished task ${r.range(1, 99)}.0 in stage ${
        r.range(1, 99)
      }.0 (TID ${r.range(1, 9999)}). ${r.range(1000, 9999)} bytes result sent to driver`,
  ],
  proxifier: [
    (r) =>
      `[${p2(r.range(1, 12))}.${p2(r.range(1, 28))} ${
        hms(r)
      }] chrome.exe - proxy.cse.example-uni.edu:${
        r.range(1024, 9999)
      } open through proxy proxy.cse.example-uni.edu:${r.range(1024, 9999)} HTTPS`,
    (r) =>
      `[${p2(r.range(1, 12))}.${p2(r.range(1, 28))} ${
        hms(r)
      }] chrome.exe - play.google.com:443 close, ${r.range(0, 99999)} bytes (${r.range(0, 99)}.${
        r.range(0, 9)
      } KB) sent, ${r.range(0, 99999)} bytes (${r.range(0, 99)}.${
        r.range(0, 9)
      } KB) received, lifetime ${r.pick(["<1 sec", "00:01", "02:17"])}`,
    (r) =>
      `[${p2(r.range(1, 12))}.${p2(r.range(1, 28))} ${
        hms(r)
      }] Dropbox.exe - block.dropbox.com:443 error : Could not connect through proxy proxy.cse.example-uni.edu:5070 - Proxy server cannot establish a connection with the target, status code ${
        r.pick([403, 502])
      }`,
  ],
  "secret-words-no-secret": [
    () =>
      `        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: db-creds\n              key: password`,
    () =>
      `      DB_PASSWORD:  <set to the key 'password' in secret 'db-creds'>  Optional: false\n      API_TOKEN:    <set to the key 'token' in secret 'api-creds'>     Optional: false`,
    (r) =>
      `Name:         db-creds\nNamespace:    prod\nType:  Opaque\n\nData\n====\npassword:  ${
        r.range(8, 64)
      } bytes\nusername:  ${r.range(3, 12)} bytes`,
    () =>
      `      imagePullSecrets:\n      - name: regcred\n      serviceAccountName: checkout\n      automountServiceAccountToken: false`,
    (r) => `  annotations:\n    checksum/config: ${hex(r, 64)}\n    checksum/secret: ${hex(r, 64)}`,
    (r) =>
      `{"time":"${iso(r)}","type":"response","auth":{"client_token":"hmac-sha256:${
        hex(r, 64)
      }","accessor":"hmac-sha256:${hex(r, 64)}","display_name":"kubernetes-prod-${
        svc(r)
      }","policies":["default","${svc(r)}-read"]},"request":{"id":"${
        uuid(r)
      }","operation":"read","path":"secret/data/${svc(r)}"}}`,
    (r) => `mysql -u app -p shop < migrations/${r.range(100, 999)}_add_index.sql`,
    () => `mysqldump -u root -p --single-transaction --all-databases > /backup/all.sql`,
    () => `[sudo] password for deploy: \nEnter passphrase for key '/home/deploy/.ssh/id_ed25519': `,
    () => `curl -u admin https://jenkins.acme.io/api/json\nEnter host password for user 'admin':`,
    (r) =>
      `\tssl.key.password = null\n\tssl.keystore.password = null\n\tssl.truststore.password = null\n\tsasl.jaas.config = null\n\tmax.request.size = ${
        r.range(1, 10) * 1048576
      }`,
    (r) =>
      `TASK [postgres : Set password for app user] ************************************\nchanged: [db-${
        r.range(1, 3)
      }] => (item=None)\nok: [web-${
        r.range(1, 9)
      }] => {"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result", "changed": false}`,
    (r) =>
      `{"level":"info","msg":"token refreshed","token_type":"Bearer","expires_in":${
        r.range(300, 86400)
      },"refresh_token_expires_in":${r.range(86400, 2592000)},"scope":"orders:read orders:write"}`,
    (r) =>
      `password_policy=strong password_min_length=${r.range(8, 16)} password_expiry_days=${
        r.range(30, 365)
      } max_failed_logins=${r.range(3, 10)}`,
    (r) =>
      `llm call model=gpt-4o max_tokens=${r.range(256, 8192)} prompt_tokens=${
        r.range(10, 9999)
      } completion_tokens=${r.range(10, 4096)} total_tokens=${r.range(100, 9999)}`,
    (r) =>
      `{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"acme-uploads"},"object":{"key":"uploads/${
        ymd(r).replaceAll("-", "/")
      }/${hex(r, 12)}.jpg","size":${r.range(1000, 9999999)},"eTag":"${hex(r, 32)}","sequencer":"00${
        hexU(r, 16)
      }"}}}]}`,
    (r) =>
      `POST /v1/payments idempotency_key=${uuid(r)} request_id=req_${
        r.chars(14, ALNUM)
      } status=201`,
    (r) =>
      `{"keyId":"arn:aws:kms:eu-west-1:${r.digits(12)}:key/${
        uuid(r)
      }","keySpec":"SYMMETRIC_DEFAULT","encryptionAlgorithm":"SYMMETRIC_DEFAULT"}`,
    (r) =>
      `secret_name=prod/${svc(r)}/db rotation_lambda=${svc(r)}-rotate rotation_days=${
        r.range(7, 90)
      } last_rotated=${ymd(r)}`,
    () => `db.password=\nspring.datasource.password=\n"password": "", "token": null`,
    (r) =>
      `Stripe webhook evt_${r.chars(24, ALNUM)} type=payment_intent.succeeded pi=pi_${
        r.chars(24, ALNUM)
      } customer=cus_${r.chars(14, ALNUM)} charge=ch_${r.chars(24, ALNUM)}`,
    (r) =>
      `twilio status callback MessageSid=SM${
        hex(r, 32)
      } MessageStatus=delivered ErrorCode= CallSid=CA${hex(r, 32)}`,
    (r) =>
      `slack event team_id=T0${r.chars(8, UPPER + DIGITS)} channel=C0${
        r.chars(8, UPPER + DIGITS)
      } user=U0${r.chars(8, UPPER + DIGITS)} ts=${epoch(r)}.${r.digits(6)} event_id=Ev0${
        r.chars(8, UPPER + DIGITS)
      }`,
  ],
  "public-material": [
    (r) =>
      `-----BEGIN CERTIFICATE-----\n${b64(r, 64)}\n${b64(r, 64)}\n${
        b64(r, 40)
      }==\n-----END CERTIFICATE-----`,
    (r) => `-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA${b64(r, 43)}=\n-----END PUBLIC KEY-----`,
    (r) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(r, 43)} deploy@ci-runner`,
    (r) =>
      `{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"${r.chars(43, B64URL)}","n":"${
        r.chars(342, B64URL)
      }","e":"AQAB"}]}`,
    (r) =>
      `SHA256 Fingerprint=${
        Array.from({ length: 32 }, () => hexU(r, 2)).join(":")
      }\nsubject=CN = api.acme.io\nissuer=C = US, O = Let's Encrypt, CN = R11\nnotAfter=Feb  2 10:22:31 2026 GMT`,
    (r) =>
      `The authenticity of host 'web-3.corp.local' can't be established.\nED25519 key fingerprint is SHA256:${
        b64Bytes(r, 32).replace(/=+$/, "")
      }.\nRSA key fingerprint is MD5:${Array.from({ length: 16 }, () => hex(r, 2)).join(":")}.`,
    (r) =>
      `Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${
        b64Bytes(r, 16)
      }' 'sha256-${b64Bytes(r, 32)}'`,
    (r) =>
      `<script src="https://cdn.acme.io/app.${hex(r, 8)}.js" integrity="sha384-${
        b64Bytes(r, 48)
      }" crossorigin="anonymous"></script>`,
    (r) =>
      `version https://git-lfs.github.com/spec/v1\noid sha256:${hex(r, 64)}\nsize ${
        r.range(1000, 99999999)
      }`,
    (r) => `GET /_next/static/chunks/pages/index-${hex(r, 16)}.js 200 ${r.range(1000, 99999)}`,
    (r) =>
      `{"level":"debug","msg":"avatar cached","data_url":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${
        b64(r, 60)
      }AAAAAElFTkSuQmCC"}`,
    (r) =>
      `{"alg":"RS256","typ":"JWT","kid":"${
        hex(r, 40)
      }"} header accepted, iss=https://accounts.acme.io aud=${svc(r)}`,
  ],
  "code-paths-versions": [
    (r) =>
      `thread 'main' panicked at src/main.rs:${r.range(10, 400)}:${
        r.range(1, 40)
      }:\ncalled \`Result::unwrap()\` on an \`Err\` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }\n   0: std::panicking::begin_panic_handler\n             at /rustc/${
        hex(r, 40)
      }/library/std/src/panicking.rs:665:5\n   1: core::result::unwrap_failed`,
    (r) =>
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${
        r.range(110, 131)
      }.0.${r.range(5000, 6999)}.${r.range(10, 200)} Safari/537.36 Edg/${r.range(110, 131)}.0.${
        r.range(1000, 2999)
      }.${r.range(10, 99)}`,
    (r) =>
      `SNMPv2-SMI::enterprises.2021.10.1.3.${r.range(1, 3)} = STRING: "0.${
        r.digits(2)
      }"\n.1.3.6.1.2.1.2.2.1.10.${r.range(1, 9)} = Counter32: ${r.range(1e6, 4e9)}`,
    (r) =>
      `Microsoft Windows [Version 10.0.${r.range(17000, 26100)}.${r.range(100, 5200)}]\nOS build ${
        r.range(17000, 26100)
      }.${r.range(100, 5200)} (${r.pick(["22H2", "23H2", "24H2"])})`,
    (r) =>
      `undefined reference to \`std::vector<int, std::allocator<int> >::_M_realloc_insert(__gnu_cxx::__normal_iterator<int*, std::vector<int> >, int const&)'\ncollect2: error: ld returned 1 exit status (${
        r.range(1, 9)
      } errors)`,
    (r) =>
      `ActiveRecord::RecordNotFound (Couldn't find Order with 'id'=${
        r.range(1e5, 9e8)
      }):\n  app/controllers/orders_controller.rb:${r.range(10, 200)}:in \`show'`,
  ],
  "personal-data-lookalikes": [
    (r) =>
      `Transferred ${r.range(1, 9)},${r.digits(3)},${r.digits(3)},${r.digits(3)} bytes in ${
        r.range(1, 99)
      }.${r.range(0, 9)} s (${r.range(10, 999)}.${r.range(0, 9)} MB/s)`,
    (r) => `EAN ${ean13(r)} sku=KB-${r.range(100, 999)}-DE qty=${r.range(1, 9)}`,
    (r) =>
      `tcp        0      0 0.0.0.0:${
        r.pick([22, 80, 443, 5432])
      }            0.0.0.0:*               LISTEN      ${r.range(100, 9999)}/${
        r.pick(["sshd", "nginx", "postgres"])
      }\ntcp6       0      0 :::${
        r.pick([22, 80, 443])
      }                 :::*                    LISTEN      ${r.range(100, 9999)}/sshd`,
    (r) =>
      `uid=${r.range(1000, 1999)}(deploy) gid=${
        r.range(1000, 1999)
      }(deploy) groups=1000(deploy),27(sudo),${r.range(900, 999)}(docker)`,
    (r) =>
      `charge ok card_brand=visa card_last4=${r.digits(4)} exp_month=${r.range(1, 12)} exp_year=${
        r.range(2026, 2032)
      } amount=${r.range(100, 99999)} currency=eur`,
    (r) =>
      `phone_verified=true phone_country=${r.pick(["DE", "FR", "US", "IN"])} sms_sent=${
        r.range(0, 3)
      } otp_attempts=${r.range(0, 5)}`,
    (r) =>
      `Volume Serial Number is ${hexU(r, 4)}-${
        hexU(r, 4)
      }\n Directory of C:\\ProgramData\\Acme\\logs`,
    (r) =>
      `fixed CVE-${r.range(2019, 2025)}-${r.range(1000, 49999)} in v${semver(r)}-rc.${
        r.range(1, 9)
      }+build.${r.range(100, 9999)} (JIRA OPS-${r.range(100, 9999)}, PR #${r.range(100, 99999)})`,
    (r) =>
      `Rechnung vom ${p2(r.range(1, 28))}.${p2(r.range(1, 12))}.2025 über ${r.range(1, 99)}.${
        r.digits(3)
      },${r.digits(2)} EUR verbucht (Beleg ${r.range(10000, 99999)})`,
    (r) =>
      `duration=PT${r.range(0, 23)}H${r.range(0, 59)}M${r.range(0, 59)}S week=2025-W${
        p2(r.range(1, 52))
      } tz=+05:30 retry_after=${r.range(1, 3600)}`,
    (r) =>
      `shipment created carrier=ups tracking=1Z${r.chars(6, UPPER + DIGITS)}${
        r.digits(10)
      } weight_g=${r.range(100, 30000)} parcels=${r.range(1, 5)}`,
    (r) =>
      `SMART: Serial Number: S${r.chars(3, UPPER)}NX0${
        r.chars(7, UPPER + DIGITS)
      } Firmware Version: ${r.chars(8, UPPER + DIGITS)} Power_On_Hours ${r.range(100, 60000)}`,
  ],
  // Added after reading issue 10's note that a quoted BEGIN marker masks the rest of its line.
  "key-markers-in-prose": [
    (r) => {
      const label = r.pick(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"]);
      return `hint: paste the whole block from -----BEGIN ${label}----- to -----END ${label}----- into the ${
        r.pick(["secret", "vault field", "CI variable"])
      }`;
    },
    (r) =>
      `{"type":"service_account","project_id":"${
        svc(r)
      }-prod","private_key_id":"","private_key":"-----BEGIN PRIVATE KEY-----\\n${
        r.pick(["<redacted>", "...", "[REDACTED]", "<private key>"])
      }\\n-----END PRIVATE KEY-----\\n"}`,
    (r) =>
      `error: ${
        r.pick(["key file", "id_rsa", "deploy key"])
      } must start with "-----BEGIN RSA PRIVATE KEY-----", found "ssh-rsa" (convert it with ssh-keygen -p -m PEM)`,
    (r) =>
      `level=error msg="invalid PEM: expected -----BEGIN PRIVATE KEY----- header" file=/etc/tls/${
        svc(r)
      }.key`,
  ],
  // Added after reading the detectors: identifiers, digests and references under key-like names.
  "key-named-identifiers": [
    (r) => `cache hit cache_key=v3:orders:${hex(r, 32)} ttl=${r.range(10, 3600)}`,
    (r) =>
      `{"api_key_id":"${uuid(r)}","api_key_name":"prod-readonly","last_used":"${ymd(r)}T${
        hms(r)
      }Z"}`,
    (r) => `Idempotency-Key: ${uuid(r)}\nX-Request-Id: ${hex(r, 32)}`,
    (r) =>
      `gpg: Signature made ${r.pick(DAYS)} ${r.range(1, 28)} ${r.pick(MONTHS)} 2025 ${
        hms(r)
      } UTC using RSA key ID ${hexU(r, 16)}\ngpg: key ${
        hexU(r, 16)
      }: public key "Release Signing Key" imported`,
    (r) => `token_hash=${hex(r, 64)} user_id=${r.range(1000, 9999999)} revoked=true`,
    (r) => `{"secretVersionId":"${uuid(r)}","secretName":"prod/${svc(r)}/db","rotated":true}`,
    (r) =>
      `signing_key_fingerprint=SHA256:${b64Bytes(r, 32).replace(/=+$/, "")} signer=release-bot`,
    (r) =>
      `x-amz-content-sha256: ${hex(r, 64)}\nx-amz-date: 2025${p2(r.range(1, 12))}${
        p2(r.range(1, 28))
      }T${hms(r).replaceAll(":", "")}Z`,
    (r) =>
      `│ Error: Invalid value for variable\n│   on main.tf line ${
        r.range(10, 300)
      }, in resource "aws_db_instance" "main":\n│   ${
        r.range(10, 300)
      }:   password = var.db_password\n│   ${r.range(10, 300)}:   kms_key_id = local.kms_key_arn`,
  ],
  "secret-references": [
    (r) =>
      `GET /authorize?response_type=code&client_id=${r.chars(10, ALNUM)}&state=${
        r.chars(8, LOWER)
      }&redirect_uri=https%3A%2F%2Fapp.acme.io%2Fcb&code_challenge=${
        r.chars(43, B64URL)
      }&code_challenge_method=S256 HTTP/1.1`,
    (r) =>
      `{"level":"info","msg":"oidc login","client_id":"${hex(r, 16)}","nonce":"n-${
        r.chars(10, B64URL)
      }","state":"${r.chars(11, LOWER)}","scope":"openid profile"}`,
    (r) =>
      `x-goog-request-params: name=projects/acme-prod-${
        r.range(1000, 9999)
      }/secrets/db-password/versions/${r.range(1, 40)}`,
    (r) =>
      `az keyvault secret show --vault-name acme-prod --name ${
        svc(r)
      }-db-password --query id\nvault kv get -field=password secret/prod/${svc(r)}/db`,
    (r) =>
      `kubectl get secret ${
        svc(r)
      }-creds -o jsonpath='{.data.password}' | base64 -d > /dev/null\ngh secret list --repo acme/${
        svc(r)
      }\nNAME                 UPDATED\nNPM_TOKEN            about ${r.range(2, 9)} days ago`,
    () =>
      `echo "::add-mask::$TOKEN"\nSet-Cookie: __Host-csrf=; Max-Age=0; Path=/; Secure; HttpOnly`,
    () => `Authorization: Bearer\nX-Api-Key: (none)\napi_key=undefined token=null secret=None`,
  ],
  "vault-consul": [
    (r) => `${iso(r)} [INFO]  core: successful mount: namespace="" path=secret/ type=kv version=""`,
    (r) =>
      `${iso(r)} [INFO]  expiration: revoked lease: lease_id=database/creds/readonly/${
        r.chars(24, ALNUM)
      }`,
    (r) =>
      `${iso(r)} [INFO]  agent: Synced node info\n${
        iso(r)
      } [INFO]  agent.server.raft: entering follower state: follower="Node at consul-${
        r.range(0, 2)
      }.consul:8300 [Follower]" leader-address= leader-id=`,
    (r) =>
      `${iso(r)} [INFO]  core: post-unseal setup complete\n${
        iso(r)
      } [INFO]  core: vault is unsealed\n${
        iso(r)
      } [INFO]  core.cluster-listener: serving cluster requests: cluster_listen_address=[::]:8201`,
  ],
};

/**
 * Documentation placeholders, templates and masks: what only stands for a secret. Stand-ins that
 * fill a provider's whole format (`AKIA` and 16 `X`, AWS's `…EXAMPLEKEY` secret, a Slack webhook
 * of `x`, a sequential value under a secret key, `user:password@`) are left out: the labelled
 * corpora this project is judged on (detect-secrets' tests among them) count those as secrets.
 */
export const PLACEHOLDERS: Line[] = [
  () => `export STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx`,
  () => `curl https://api.stripe.com/v1/charges -u sk_test_...: -d amount=2000`,
  () => `Authorization: Bearer <YOUR_TOKEN>`,
  () => `Authorization: Bearer \${API_TOKEN}`,
  () => `        token: {{ .Values.api.token }}`,
  () => `  password: "{{ vault_db_password }}"`,
  () => `GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
  () => `api_key = "your-api-key-here"`,
  () => `OPENAI_API_KEY=sk-...`,
  () => `"client_secret": "<client-secret>"`,
  () => `mysql -u root -p******** shop`,
  () => `PGPASSWORD=$(cat /run/secrets/pg_password) psql -h db -U app shop`,
  () => `password: \${DB_PASSWORD:?set DB_PASSWORD}`,
  () => `SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
  () => `token=REPLACE_ME`,
  () => `secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>`,
  () => `npm config set //registry.npmjs.org/:_authToken \${NPM_TOKEN}`,
  () => `docker login -u "$REGISTRY_USER" --password-stdin registry.acme.io`,
  () => `apiKey: "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"`,
  () => `api_token = "0000000000000000000000000000000000000000"`,
  () => `DD_API_KEY=<DATADOG_API_KEY>`,
  () => `password = %(db_password)s`,
  () => `"secret": "[REDACTED]", "token": "[MASKED]"`,
  () => `AWS_SECRET_ACCESS_KEY=************************************`,
  () => `XOXB_TOKEN=xoxb-your-bot-token`,
  () => `export HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
];

/** Near misses: one character short or long, a wrong check digit, a wrong prefix. */
export const NEAR_MISSES: Line[] = [
  (r) => `ref=AKIA${r.chars(12, UPPER + "234567")} (truncated id in a build tag)`,
  (r) => `build tag gh_${r.chars(36, ALNUM)} pushed`,
  (r) => `order ${r.digits(4)}-${r.digits(4)}-${r.digits(4)} shipped`,
  (r) => {
    // A 16-digit number whose Luhn check digit is wrong.
    const body = "4" + r.digits(14);
    let sum = 0;
    [...body].reverse().forEach((ch, i) => {
      const v = i % 2 === 0 ? Number(ch) * 2 : Number(ch);
      sum += v > 9 ? v - 9 : v;
    });
    const good = (10 - (sum % 10)) % 10;
    return `invoice_ref=${body}${(good + 1) % 10} status=paid`;
  },

  (r) => `session_ttl=${r.range(1, 9)}h cookie=__Host-sid path=/ SameSite=Lax`,
  (r) => `xoxb-${r.digits(4)} is not a token, it is ticket XOXB-${r.range(100, 999)}`,
  (r) =>
    `DE${r.digits(2)} ${r.digits(4)} is a truncated route code, see RFC ${r.range(1000, 9999)}`,
  (r) => `glpat-${r.chars(8, ALNUM)} prefix only (token display in the UI)`,
  (r) => `sha1=${hex(r, 40)} md5=${hex(r, 32)} crc32=${hex(r, 8)}`,
  (r) => `cache key v2:${hex(r, 64)}`,
  (r) => `etag: W/"${hex(r, 32)}"`,
  (r) => `id=${r.chars(27, ALNUM)} (KSUID)`,
  (r) => `nonce=${b64(r, 22)}== state=${r.chars(32, B64URL)}`,
];

/** Numbers that look like identifiers: order ids, timestamps, durations, versions, sizes. */
export const NUMBERS: Line[] = [
  (r) =>
    `order_id=${r.range(1e7, 9e9)} total_cents=${r.range(100, 999999)} items=${r.range(1, 20)}`,
  (r) => `ts=${epochMs(r)} took=${r.range(1, 99999)}ms bytes=${r.range(1, 9e9)}`,
  (r) =>
    `version ${r.range(1, 20)}.${r.range(0, 99)}.${r.range(0, 999)}.${r.range(0, 99999)} build ${
      r.range(1e5, 9e8)
    }`,
  (r) =>
    `listening on port ${r.range(1024, 65535)}, backlog ${r.range(128, 4096)}, pid ${
      r.range(2, 4194304)
    }`,
  (r) => `inode ${r.range(1e5, 9e9)} size ${r.range(1, 9e12)} blocks ${r.range(1, 9e9)}`,
  (r) =>
    `snowflake guild_id=${r.range(1e9, 9e9)}${r.digits(9)} channel_id=${r.range(1e9, 9e9)}${
      r.digits(9)
    }`,
  (r) =>
    `offset=${r.range(1e9, 9e9)}${r.digits(4)} lag=${r.range(0, 99999)} partition=${
      r.range(0, 63)
    }`,
  (r) =>
    `Build ${ymd(r).replaceAll("-", "")}.${r.range(1, 9)} (#${r.range(1000, 99999)}) finished in ${
      r.range(1, 59)
    }m${r.range(0, 59)}s`,
  (r) =>
    `uptime ${r.range(1, 999)} days, ${r.range(0, 23)}:${p2(r.range(0, 59))}, load average: ${
      r.range(0, 9)
    }.${p2(r.range(0, 99))}, 0.${p2(r.range(0, 99))}`,
  (r) => `tracking ${r.digits(12)} carrier=ups eta=${ymd(r)}`,
  (r) => `batch ${r.digits(10)} processed ${r.range(1, 9999)} rows in ${ms(r)} ms`,
  (r) => `timestamp ${epoch(r)} ${epoch(r)} ${epoch(r)}`,
];

/**
 * Shapes an audit of eight more loghub systems (macOS, BGL, HealthApp, HPC, OpenStack, Proxifier,
 * Thunderbird, Windows) found masked, each written here with its own values: an XPC activity's
 * stream token, a reverse-DNS name and an instance number after `/`, after `token`; a Windows
 * package's version after its identity (`name~token~arch~language~version`). Drawn by
 * ./gen_benign3.ts from their own seed, after the other cases, so that those stay as they were.
 */
export const AUDITED_SHAPES: Line[] = [
  (r) =>
    `${syslogTime(r)} authorMacBook-Pro UserEventAgent[${
      r.range(40, 400)
    }]: no event name for stream/token: com.apple.${
      r.pick(["xpc.activity", "notifyd.matching", "iokit.matching", "distnoted.matching"])
    }/${r.range(100, 9999)}: ${r.range(1, 200)}: ${r.pick(["stale request", "not registered"])}`,
  (r) =>
    `${syslogTime(r)} ${host(r)} backupd-helper[${
      r.range(300, 9000)
    }]: activity registered token=com.apple.${
      r.pick(["backupd.auto", "softwareupdate.scan", "metadata.mds.index"])
    }/${r.range(1, 99999)} interval=${r.pick([900, 3600, 86400])}`,
  (r) =>
    `${ymd(r)} ${
      hms(r)
    }, Info                  CBS    Read out cached package applicability for package: Package_for_KB${
      r.range(2000000, 5999999)
    }~${hex(r, 16)}~${r.pick(["amd64", "x86", "wow64"])}~~${r.pick([6, 7, 10])}.${r.range(0, 3)}.${
      r.range(31, 250)
    }.${r.range(0, 9)}, ApplicableState: ${r.pick([0, 80, 112])}, CurrentState:${r.pick([0, 112])}`,
];
