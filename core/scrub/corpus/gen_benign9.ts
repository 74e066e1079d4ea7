/**
 * The ninth benign audit (./benign9.jsonl): what about 130 systems no earlier corpus wrote print
 * when nothing sensitive is in them: HPC schedulers and MPI, ML training, media pipelines, game
 * engines and servers, blockchain nodes, FIX sessions and market data, CAN bus and PLC/SCADA tools,
 * GIS, printers, license servers, browsers' consoles, CDNs, Android, SELinux/AppArmor/auditd,
 * package managers, Windows event XML, JVM thread dumps, Erlang crash dumps, databases' own logs,
 * storage (S3 access logs, SMART, ZFS, btrfs, RAID, multipath), DNS resolvers and DNSSEC, NTP, UPS
 * daemons, firmware and boot loaders, data pipelines, bioinformatics and astronomy files. Lines
 * full of hex, base64, base58 and base32 ids, hashes, versions, counters, dotted numbers,
 * timestamps, paths and UUIDs; and key, token and password machinery that prints no secret. About
 * one case in fifteen is a control holding a real secret or personal value in the same kind of
 * text, so a scrubber that masks nothing cannot pass. Written without reading the detectors.
 * Deterministic: one seed, the same file every run.
 *
 *   deno run --allow-write core/scrub/corpus/gen_benign9.ts    # rewrites ./benign9.jsonl
 */
import {
  type AuditCase,
  auditCases,
  type AuditControl,
  type AuditTemplate,
  auditText,
  B58,
  B62,
  DIGITS,
  UPPER,
} from "./audit_cases.ts";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";

/** Where the stored corpus lives. */
export const BENIGN9_FILE = new URL("./benign9.jsonl", import.meta.url);

/** The stored corpus's seed (seed 2 is held out: never read case by case). */
export const BENIGN9_SEED = 1;

/** A stored case: what the shared scorer reads, and where it came from. */
export type Benign9Case = AuditCase<"benign9">;

const HEX = "0123456789abcdef";
const UHEX = "0123456789ABCDEF";
const B64 = B62 + "+/";
const B64URL = B62 + "-_";
const NIX32 = "0123456789abcdfghijklmnpqrsvwxyz";
const B32LOWER = "abcdefghijklmnopqrstuvwxyz234567";

/** Value makers bound to one seeded generator. */
export class Gen {
  readonly r: () => number;
  constructor(seed: number) {
    this.r = seededRandom(seed).next;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chars(alphabet: string, n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.r() * alphabet.length)];
    return s;
  }
  hex(n: number): string {
    return this.chars(HEX, n);
  }
  uhex(n: number): string {
    return this.chars(UHEX, n);
  }
  digits(n: number): string {
    return String(this.int(1, 9)) + this.chars(DIGITS, n - 1);
  }
  b64(bytes: number): string {
    const n = Math.ceil(bytes / 3) * 4;
    const pad = (3 - (bytes % 3)) % 3;
    return this.chars(B64, n - pad) + "=".repeat(pad);
  }
  b64url(n: number): string {
    return this.chars(B64URL, n);
  }
  b58(n: number): string {
    return this.chars(B58, n);
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[this.int(0, 3)]}${
      h.slice(17, 20)
    }-${h.slice(20, 32)}`;
  }
  p2(n: number): string {
    return String(n).padStart(2, "0");
  }
  time(): string {
    return `${this.p2(this.int(0, 23))}:${this.p2(this.int(0, 59))}:${this.p2(this.int(0, 59))}`;
  }
  date(): string {
    return `2026-${this.p2(this.int(1, 12))}-${this.p2(this.int(1, 28))}`;
  }
  iso(): string {
    return `${this.date()}T${this.time()}.${this.chars(DIGITS, 3)}Z`;
  }
  epoch(): number {
    return this.int(1764547200, 1767225599);
  }
  semver(): string {
    return `${this.int(0, 12)}.${this.int(0, 30)}.${this.int(0, 20)}`;
  }
  node(): string {
    return `${this.pick(["cn", "gpu", "node", "c"])}${this.p2(this.int(1, 64)).padStart(3, "0")}`;
  }
  word(): string {
    return this.pick([
      "orders",
      "invoices",
      "sessions",
      "shipments",
      "events",
      "catalog",
      "ledger",
    ]);
  }
  pct(): string {
    return (this.r() * 100).toFixed(1);
  }
  float(lo: number, hi: number, d: number): string {
    return (lo + this.r() * (hi - lo)).toFixed(d);
  }
}

type Template = AuditTemplate<Gen>;
type Control = AuditControl<Gen>;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SYMBOLS = ["AAPL", "MSFT", "ESZ6", "NQH7", "EUR/USD", "VOD.L", "SAP.DE", "7203.T"];
const GPUS = [
  "NVIDIA A100-SXM4-80GB",
  "NVIDIA H100 80GB HBM3",
  "Tesla V100-SXM2-32GB",
  "NVIDIA L4",
];
const PKGS = ["openssl", "libxml2", "zlib", "curl", "glibc", "python3", "sqlite", "libpng"];

const BENIGN: Template[] = [
  // ------------------------------------------------------------------- HPC and MPI
  {
    name: "slurm-sacct",
    n: 14,
    make: (g) => {
      const id = g.int(1000000, 9999999);
      return `JobID           JobName  Partition    Account  AllocCPUS      State ExitCode\n------------ ---------- ---------- ---------- ---------- ---------- --------\n${id}        train_v${
        g.int(1, 9)
      }        gpu   proj${g.digits(4)}         ${g.pick([8, 16, 32, 64])}  ${
        g.pick(["COMPLETED", "FAILED", "TIMEOUT", "RUNNING", "OUT_OF_ME+"])
      }      ${g.int(0, 1)}:${g.pick([0, 9, 15])}\n${id}.batch       batch              proj${
        g.digits(4)
      }         ${g.pick([8, 16])}  COMPLETED      0:0\n${id}.extern     extern             proj${
        g.digits(4)
      }         ${g.pick([8, 16])}  COMPLETED      0:0`;
    },
  },
  {
    name: "slurmctld-log",
    n: 12,
    make: (g) =>
      `[${g.date()}T${g.time()}.${g.chars(DIGITS, 3)}] ${
        g.pick([
          `_slurm_rpc_submit_batch_job: JobId=${g.int(1000000, 9999999)} InitPrio=${
            g.int(1000, 99999)
          } usec=${g.int(100, 9000)}`,
          `sched: Allocate JobId=${g.int(1000000, 9999999)}_${g.int(0, 99)}(${
            g.int(1000000, 9999999)
          }) NodeList=${g.node()},${g.node()} #CPUs=${g.pick([32, 64, 128])} Partition=gpu`,
          `_job_complete: JobId=${g.int(1000000, 9999999)} WEXITSTATUS ${g.int(0, 2)}`,
          `backfill: Started JobId=${g.int(1000000, 9999999)} in compute on ${g.node()}`,
        ])
      }`,
  },
  {
    name: "pbs-qstat",
    n: 10,
    make: (g) =>
      `Job id            Name             User              Time Use S Queue\n----------------  ---------------- ----------------  -------- - -----\n${
        g.int(100000, 999999)
      }.pbs${g.p2(g.int(1, 9))}     cfd_run_${g.int(1, 99)}       svc_hpc           ${
        g.p2(g.int(0, 99))
      }:${g.p2(g.int(0, 59))}:${g.p2(g.int(0, 59))} ${g.pick(["R", "Q", "H", "E"])} ${
        g.pick(["workq", "long", "gpu_q"])
      }`,
  },
  {
    name: "lsf-bjobs",
    n: 10,
    make: (g) =>
      `JOBID   USER    STAT  QUEUE      FROM_HOST   EXEC_HOST   JOB_NAME   SUBMIT_TIME\n${
        g.int(100000, 999999)
      }  batchsv RUN   normal     login01     ${g.pick([16, 32])}*${g.node()}  sim[${
        g.int(1, 200)
      }]   ${g.pick(MONTHS)} ${g.int(1, 28)} ${g.time().slice(0, 5)}`,
  },
  {
    name: "openmpi-abort",
    n: 12,
    make: (g) => {
      const n = g.node();
      const pid = g.int(1000, 99999);
      return `[${n}:${pid}] *** Process received signal ***\n[${n}:${pid}] Signal: Segmentation fault (11)\n[${n}:${pid}] Signal code: Address not mapped (1)\n[${n}:${pid}] Failing at address: 0x${
        g.hex(12)
      }\n[${n}:${pid}] [ 0] /lib64/libpthread.so.0(+0x${g.hex(5)})[0x${
        g.hex(12)
      }]\n--------------------------------------------------------------------------\nmpirun noticed that process rank ${
        g.int(0, 127)
      } with PID ${pid} on node ${n} exited on signal 11 (Segmentation fault).`;
    },
  },
  // ------------------------------------------------------------------- ML training
  {
    name: "pytorch-distributed",
    n: 12,
    make: (g) =>
      g.pick([
        `INFO:torch.distributed.distributed_c10d:Rank ${
          g.int(0, 63)
        }: Completed store-based barrier for key:store_based_barrier_key:${g.int(1, 9)} with ${
          g.pick([8, 16, 32])
        } nodes.`,
        `[rank${g.int(0, 7)}]:[E ProcessGroupNCCL.cpp:${g.int(400, 1500)}] [Rank ${
          g.int(0, 7)
        }] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=${
          g.int(1000, 99999)
        }, OpType=ALLREDUCE, NumelIn=${g.int(1000, 99999999)}, Timeout(ms)=600000) ran for ${
          g.int(600001, 609999)
        } milliseconds before timing out.`,
        `Epoch ${g.int(1, 90)}: 100%|██████████| ${g.int(100, 9999)}/${g.int(100, 9999)} [${
          g.p2(g.int(0, 59))
        }:${g.p2(g.int(0, 59))}<00:00, ${g.float(1, 30, 2)}it/s, loss=${g.float(0, 3, 4)}, v_num=${
          g.int(0, 99)
        }, val_acc=${g.float(0.5, 1, 3)}]`,
      ]),
  },
  {
    name: "tensorflow-device",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()}.${
        g.chars(DIGITS, 6)
      }: I tensorflow/core/common_runtime/gpu/gpu_device.cc:${
        g.int(1500, 2000)
      }] Created device /job:localhost/replica:0/task:0/device:GPU:${g.int(0, 7)} with ${
        g.int(10000, 79000)
      } MB memory:  -> device: ${g.int(0, 7)}, name: ${g.pick(GPUS)}, pci bus id: 0000:${
        g.uhex(2)
      }:00.0, compute capability: ${g.pick(["7.0", "8.0", "8.9", "9.0"])}`,
  },
  {
    name: "huggingface-hub",
    n: 12,
    make: (g) =>
      g.pick([
        `Downloading shards: 100%|██████████| ${g.int(2, 8)}/${g.int(2, 8)} [0${g.int(1, 9)}:${
          g.p2(g.int(0, 59))
        }<00:00, ${g.float(10, 90, 2)}s/it]\nmodel-0000${g.int(1, 4)}-of-0000${
          g.int(4, 8)
        }.safetensors: 100%|██████████| ${g.float(1, 9, 2)}G/${g.float(1, 9, 2)}G [01:${
          g.p2(g.int(0, 59))
        }<00:00, ${g.int(40, 200)}MB/s]`,
        `huggingface_hub.file_download: Fetching snapshot revision=${
          g.hex(40)
        } repo_id=meta-llama/Llama-3.1-8B etag="${g.hex(64)}" size=${g.int(1000, 9999999999)}`,
        `/root/.cache/huggingface/hub/models--bert-base-uncased/snapshots/${
          g.hex(40)
        }/config.json  blobs/${g.hex(40)}`,
      ]),
  },
  {
    name: "ray-cluster",
    n: 12,
    make: (g) =>
      g.pick([
        `(raylet) [${g.date()} ${g.time()},${g.chars(DIGITS, 3)} I ${g.int(100, 9999)} ${
          g.int(100, 9999)
        }] (raylet) worker_pool.cc:${g.int(400, 900)}: Started worker ${g.hex(56)} (pid=${
          g.int(1000, 99999)
        }) for job ${g.hex(8)}`,
        `ActorDiedError: The actor died unexpectedly before finishing this task.\n\tclass_name: TrainWorker\n\tactor_id: ${
          g.hex(32)
        }\n\tpid: ${g.int(1000, 99999)}\n\tnode_id: ${g.hex(56)}\n\tnamespace: ${g.uuid()}`,
        `== Status ==\nCurrent time: ${g.date()} ${g.time()} (running for 00:${
          g.p2(g.int(0, 59))
        }:${g.p2(g.int(0, 59))}.${
          g.chars(DIGITS, 2)
        })\nUsing FIFO scheduling algorithm.\nResources requested: ${g.int(1, 64)}.0/${
          g.int(64, 128)
        } CPUs, ${g.int(1, 8)}.0/8 GPUs\nTrial train_fn_${g.hex(5)}_00003 reported loss=${
          g.float(0, 2, 4)
        } with parameters={'lr': ${g.float(0, 0.01, 5)}}`,
      ]),
  },
  {
    name: "wandb-mlflow",
    n: 12,
    make: (g) =>
      g.pick([
        `wandb: Tracking run with wandb version 0.${g.int(15, 19)}.${
          g.int(0, 9)
        }\nwandb: Run data is saved locally in /workspace/wandb/run-${g.date().replace(/-/g, "")}_${
          g.time().replace(/:/g, "")
        }-${g.chars("0123456789abcdefghijklmnopqrstuvwxyz", 8)}\nwandb: Syncing run ${
          g.pick(["glowing-sun", "rural-meadow", "fine-wave"])
        }-${g.int(1, 400)}`,
        `INFO mlflow.tracking._tracking_service.client: 🏃 View run ${
          g.pick(["bold-hen", "calm-yak"])
        }-${g.int(100, 999)} at: http://mlflow.internal:5000/#/experiments/${g.int(1, 99)}/runs/${
          g.hex(32)
        }\nrun_id=${g.hex(32)} artifact_uri=s3://ml-artifacts/${g.int(1, 99)}/${
          g.hex(32)
        }/artifacts`,
      ]),
  },
  {
    name: "nvidia-smi",
    n: 10,
    make: (g) =>
      `| NVIDIA-SMI ${g.int(525, 560)}.${g.p2(g.int(0, 99))}.${
        g.p2(g.int(0, 99))
      }             Driver Version: ${g.int(525, 560)}.${g.p2(g.int(0, 99))}.${
        g.p2(g.int(0, 99))
      }     CUDA Version: 12.${g.int(0, 6)}     |\n|   ${g.int(0, 7)}  ${
        g.pick(GPUS)
      }          On  |   00000000:${g.uhex(2)}:00.0 Off |                    0 |\n| N/A   ${
        g.int(30, 80)
      }C    P0            ${g.int(60, 400)}W /  400W |   ${g.int(1, 80000)}MiB /  81920MiB |     ${
        g.int(0, 100)
      }%      Default |\nGPU ${g.int(0, 7)}: ${g.pick(GPUS)} (UUID: GPU-${g.uuid()})`,
  },
  // ------------------------------------------------------------------- media
  {
    name: "ffmpeg-transcode",
    n: 14,
    make: (g) =>
      `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'upload_${
        g.hex(12)
      }.mp4':\n  Metadata:\n    major_brand     : isom\n    encoder         : Lavf${
        g.int(58, 61)
      }.${g.int(0, 80)}.100\n  Duration: 00:${g.p2(g.int(0, 59))}:${g.p2(g.int(0, 59))}.${
        g.p2(g.int(0, 99))
      }, start: 0.000000, bitrate: ${
        g.int(500, 9000)
      } kb/s\n  Stream #0:0[0x1](und): Video: h264 (High) (avc1 / 0x31637661), yuv420p(tv, bt709, progressive), 1920x1080 [SAR 1:1 DAR 16:9], ${
        g.int(500, 8000)
      } kb/s, 29.97 fps, 30 tbr, 30k tbn (default)\nframe=${g.int(100, 99999)} fps=${
        g.int(30, 400)
      } q=${g.float(18, 35, 1)} size=${g.int(100, 99999)}kB time=00:${g.p2(g.int(0, 59))}:${
        g.p2(g.int(0, 59))
      }.${g.p2(g.int(0, 99))} bitrate=${g.float(500, 6000, 1)}kbits/s speed=${g.float(1, 12, 2)}x`,
  },
  {
    name: "gstreamer-debug",
    n: 10,
    make: (g) =>
      `0:00:${g.p2(g.int(0, 59))}.${g.chars(DIGITS, 9)} ${g.int(1000, 99999)} 0x${g.hex(12)} ${
        g.pick(["INFO", "WARN", "DEBUG"])
      }  ${
        g.pick([
          "GST_PADS gstpad.c:4385:gst_pad_peer_query:<rtph264depay0:src>",
          "basesrc gstbasesrc.c:3072:gst_base_src_loop:<udpsrc0>",
          "GST_EVENT gstevent.c:1515:gst_event_new_segment:",
        ])
      } ${
        g.pick([
          "pausing after gst_pad_push() = not-negotiated",
          `creating segment event time segment start=0:00:00.000000000, offset=0:00:00.000000000, stop=99:99:99.999999999, rate=1.000000, position=0:00:0${
            g.int(0, 9)
          }.${g.chars(DIGITS, 9)}`,
          `caps video/x-h264, stream-format=(string)avc, alignment=(string)au, codec_data=(buffer)01${
            g.hex(30)
          }, level=(string)4, profile=(string)high`,
        ])
      }`,
  },
  {
    name: "hls-playlist",
    n: 12,
    make: (g) => {
      const seq = g.int(1000, 99999);
      return `#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-TARGETDURATION:6\n#EXT-X-MEDIA-SEQUENCE:${seq}\n#EXT-X-PROGRAM-DATE-TIME:${g.iso()}\n#EXT-X-KEY:METHOD=AES-128,URI="https://drm.cdn.example.com/keys/${
        g.int(1000, 9999)
      }",IV=0x${g.uhex(32)}\n#EXTINF:6.006,\nseg_${seq}_${g.hex(8)}.ts\n#EXTINF:6.006,\nseg_${
        seq + 1
      }_${g.hex(8)}.ts`;
    },
  },
  {
    name: "dash-mpd",
    n: 8,
    make: (g) =>
      `<Representation id="video_${g.pick([1080, 720, 480])}p" bandwidth="${
        g.int(400000, 6000000)
      }" codecs="avc1.64002${
        g.pick(["8", "a", "0"])
      }" width="1920" height="1080"><ContentProtection schemeIdUri="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed" cenc:default_KID="${g.uuid()}"/><SegmentTemplate timescale="90000" media="$RepresentationID$/seg-$Number$.m4s" startNumber="${
        g.int(1, 999)
      }"/></Representation>`,
  },
  {
    name: "exiftool-media",
    n: 10,
    make: (g) =>
      `ExifTool Version Number         : 12.${
        g.int(40, 90)
      }\nFile Modification Date/Time     : 2026:${g.p2(g.int(1, 12))}:${
        g.p2(g.int(1, 28))
      } ${g.time()}+00:00\nImage Unique ID                 : ${
        g.uhex(32)
      }\nLens Serial Number              : ${g.digits(10)}\nShutter Count                   : ${
        g.int(1000, 300000)
      }\nAperture                        : ${
        g.pick(["1.8", "2.8", "4.0", "5.6"])
      }\nGPS Version ID                  : 2.3.0.0\nXMP Toolkit                     : Adobe XMP Core 9.1-c002 79.${
        g.hex(7)
      }, 2026/${g.p2(g.int(1, 12))}/${
        g.p2(g.int(1, 28))
      }-${g.time()}\nDocument ID                     : xmp.did:${g.uuid()}\nOriginal Document ID            : xmp.did:${
        g.uhex(32)
      }`,
  },
  // ------------------------------------------------------------------- games
  {
    name: "minecraft-server",
    n: 10,
    make: (g) =>
      `[${g.time()}] [Server thread/INFO]: Preparing spawn area: ${
        g.int(0, 100)
      }%\n[${g.time()}] [Server thread/INFO]: Done (${
        g.float(2, 40, 3)
      }s)! For help, type "help"\n[${g.time()}] [Server thread/INFO]: Saving chunks for level 'ServerLevel[world]'/minecraft:overworld\n[${g.time()}] [Worker-Main-${
        g.int(1, 9)
      }/WARN]: Can't keep up! Is the server overloaded? Running ${g.int(2000, 9000)}ms or ${
        g.int(40, 180)
      } ticks behind\n[${g.time()}] [Server thread/INFO]: Seed: [${g.pick(["-", ""])}${
        g.digits(19)
      }]`,
  },
  {
    name: "unity-player-log",
    n: 10,
    make: (g) =>
      `Initialize engine version: 2022.3.${g.int(1, 50)}f1 (${
        g.hex(12)
      })\n[Subsystems] Discovering subsystems at path C:/Games/App_Data/UnitySubsystems\nGfxDevice: creating device client; threaded=1; jobified=0\nDirect3D:\n    Version:  Direct3D 11.0 [level 11.1]\n    Renderer: NVIDIA GeForce RTX 30${
        g.pick([60, 70, 80])
      } (ID=0x${g.hex(4)})\n    Vendor:   NVIDIA\n    VRAM:     ${
        g.int(6000, 24000)
      } MB\n    Driver:   31.0.15.${
        g.int(1000, 5999)
      }\nBegin MonoManager ReloadAssembly\nUnloadTime: ${g.float(0, 5, 6)} ms`,
  },
  {
    name: "unreal-engine-log",
    n: 10,
    make: (g) =>
      `[${g.date().replace(/-/g, ".")}-${g.time().replace(/:/g, ".")}:${
        g.chars(DIGITS, 3)
      }][  0]LogInit: Build: ++UE5+Release-5.${g.int(1, 4)}-CL-${
        g.int(20000000, 39999999)
      }\nLogD3D12RHI: Found D3D12 adapter 0: NVIDIA GeForce RTX 40${
        g.pick([70, 80, 90])
      } (VendorId: 10de, DeviceId: ${g.hex(4)}, SubSysId: ${g.hex(8)}, Revision: 00${
        g.hex(2)
      }\nLogStreaming: Display: FlushAsyncLoading(${
        g.int(1, 900)
      }): 1 QueuedPackages, 0 AsyncPackages\nLogPakFile: Display: Mounted IoStore container "../../../Game/Content/Paks/pakchunk${
        g.int(0, 30)
      }-Windows.utoc" [${g.uhex(32)}]`,
  },
  {
    name: "srcds-server",
    n: 8,
    make: (g) =>
      `L ${g.p2(g.int(1, 12))}/${g.p2(g.int(1, 28))}/2026 - ${g.time()}: Started map "de_${
        g.pick(["dust2", "mirage", "inferno", "nuke"])
      }" (CRC "${g.int(-2147483647, 2147483647)}")\nL ${g.p2(g.int(1, 12))}/${
        g.p2(g.int(1, 28))
      }/2026 - ${g.time()}: server cvars start\nVAC secure mode is activated.\nConnection to Steam servers successful.\n   Public IP is loopback.\nAssigned persistent gameserver Steam ID [G:1:${
        g.int(1000000, 9999999)
      }].`,
  },
  // ------------------------------------------------------------------- blockchain nodes
  {
    name: "geth-sync",
    n: 14,
    make: (g) =>
      g.pick([
        `INFO [${g.p2(g.int(1, 12))}-${g.p2(g.int(1, 28))}|${g.time()}.${
          g.chars(DIGITS, 3)
        }] Imported new potential chain segment number=${g.int(19, 22)},${g.int(100, 999)},${
          g.int(100, 999)
        } hash=${g.hex(6)}..${g.hex(6)} blocks=1 txs=${g.int(10, 400)} mgas=${
          g.float(1, 30, 3)
        } elapsed=${g.float(10, 900, 3)}ms mgasps=${g.float(10, 300, 3)} triedirty=${
          g.float(100, 900, 2)
        }MiB`,
        `INFO [${g.p2(g.int(1, 12))}-${g.p2(g.int(1, 28))}|${g.time()}.${
          g.chars(DIGITS, 3)
        }] Chain head was updated                   number=${g.int(19000000, 22999999)} hash=0x${
          g.hex(64)
        } root=0x${g.hex(64)} age=${g.int(1, 59)}s`,
        `DEBUG[${g.p2(g.int(1, 12))}-${g.p2(g.int(1, 28))}|${g.time()}.${
          g.chars(DIGITS, 3)
        }] Adding p2p peer                          peercount=${g.int(1, 50)} id=${
          g.hex(16)
        } conn=dyndial name=Geth/v1.14.${g.int(0, 12)}-stable-${g.hex(8)}/linux-amd64/go1.22.${
          g.int(0, 9)
        }`,
      ]),
  },
  {
    name: "bitcoind-updatetip",
    n: 12,
    make: (g) =>
      `${g.date()}T${g.time()}Z UpdateTip: new best=00000000000000000${g.hex(47)} height=${
        g.int(850000, 930000)
      } version=0x${g.hex(8)} log2_work=${g.float(94, 96, 6)} tx=${
        g.int(1000000000, 1200000000)
      } date='${g.date()}T${g.time()}Z' progress=1.000000 cache=${g.float(10, 450, 1)}MiB(${
        g.int(100000, 3000000)
      }txo)\n${g.date()}T${g.time()}Z [msghand] received: inv (${g.int(37, 1000)} bytes) peer=${
        g.int(0, 200)
      }\nblock ${g.hex(64)} merkleroot=${g.hex(64)} nonce=${g.int(0, 4294967295)} bits=17${
        g.hex(6)
      }`,
  },
  {
    name: "lighthouse-beacon",
    n: 12,
    make: (g) =>
      `${g.pick(MONTHS)} ${g.p2(g.int(1, 28))} ${g.time()}.${
        g.chars(DIGITS, 3)
      } INFO Synced                                  slot: ${g.int(9000000, 11000000)}, block: 0x${
        g.hex(4)
      }…${g.hex(4)}, epoch: ${g.int(280000, 340000)}, finalized_epoch: ${
        g.int(280000, 340000)
      }, finalized_root: 0x${g.hex(4)}…${g.hex(4)}, exec_hash: 0x${g.hex(4)}…${
        g.hex(4)
      } (verified), peers: ${g.int(20, 120)}, service: slot_notifier\n${g.pick(MONTHS)} ${
        g.p2(g.int(1, 28))
      } ${g.time()}.${g.chars(DIGITS, 3)} INFO New block received                      root: 0x${
        g.hex(64)
      }, slot: ${g.int(9000000, 11000000)}`,
  },
  {
    name: "solana-validator",
    n: 10,
    make: (g) =>
      `[${g.iso()} INFO  solana_core::replay_stage] bank frozen: ${
        g.int(250000000, 330000000)
      } hash: ${g.b58(44)} accounts_delta: ${g.b58(43)} signature_count: ${
        g.int(100, 9000)
      } last_blockhash: ${g.b58(44)} capitalization: ${g.digits(18)}`,
  },
  {
    name: "ipfs-kubo",
    n: 10,
    make: (g) =>
      g.pick([
        `added Qm${g.b58(44)} site/index.html\nadded bafybei${g.chars(B32LOWER, 52)} site\n ${
          g.float(1, 900, 2)
        } KiB / ${g.float(1, 900, 2)} KiB [==========================] 100.00%`,
        `Swarm announcing /dns4/ipfs.example.com/tcp/4001\nPeerID: 12D3KooW${
          g.b58(44)
        }\nRPC API server listening on /unix/run/ipfs/api.sock\nDaemon is ready`,
      ]),
  },
  // ------------------------------------------------------------------- trading
  {
    name: "fix-session",
    n: 14,
    make: (g) => {
      const body = `35=${g.pick(["D", "8", "0", "A", "5", "W"])}|49=${
        g.pick(["OMSPROD", "ALGO01", "CLIENTGW"])
      }|56=${g.pick(["BROKERX", "EXCH1", "LPDESK"])}|34=${g.int(1, 99999)}|52=2026${
        g.p2(g.int(1, 12))
      }${g.p2(g.int(1, 28))}-${g.time()}.${g.chars(DIGITS, 3)}|11=${g.uhex(16)}|37=${
        g.digits(12)
      }|17=${g.uuid()}|55=${g.pick(SYMBOLS)}|54=${g.int(1, 2)}|38=${g.int(1, 90000)}|44=${
        g.float(10, 900, 2)
      }|150=${g.pick(["0", "F", "2"])}|39=${g.pick(["0", "1", "2"])}|`;
      return `${g.date()} ${g.time()}.${
        g.chars(DIGITS, 3)
      } quickfix.Session FIX.4.4:OMSPROD->BROKERX: outgoing: 8=FIX.4.4|9=${body.length}|${body}10=${
        g.chars(DIGITS, 3)
      }|`;
    },
  },
  {
    name: "market-data-feed",
    n: 12,
    make: (g) =>
      g.pick([
        `MDIncrementalRefreshBook46 SecurityID=${g.int(10000, 999999)} RptSeq=${
          g.int(1000000, 9999999)
        } MDUpdateAction=${g.int(0, 2)} MDEntryType=${g.int(0, 1)} MDPriceLevel=${
          g.int(1, 10)
        } MDEntryPx=${g.float(1000, 20000, 2)} MDEntrySize=${g.int(1, 500)} TransactTime=${
          g.digits(19)
        } MsgSeqNum=${g.int(100000000, 999999999)}`,
        `itch: type=A ts=${g.int(34200000000000, 57600000000000)} ref=${g.digits(12)} side=${
          g.pick(["B", "S"])
        } shares=${g.int(1, 9000)} stock=${g.pick(["AAPL    ", "MSFT    ", "NVDA    "])} price=${
          g.int(100000, 9999999)
        } mpid=${g.pick(["NSDQ", "GSCO", "MSCO"])}`,
        `book ${g.pick(SYMBOLS)} seq=${g.int(1000000, 99999999)} bid=${g.float(10, 900, 4)}x${
          g.int(1, 9000)
        } ask=${g.float(10, 900, 4)}x${g.int(1, 9000)} exch_ts=${g.digits(19)} recv_ts=${
          g.digits(19)
        } latency_ns=${g.int(100, 90000)}`,
      ]),
  },
  // ------------------------------------------------------------------- industrial
  {
    name: "candump",
    n: 12,
    make: (g) => {
      const lines = [];
      for (let i = 0; i < 4; i++) {
        const ext = g.r() < 0.5;
        const id = ext ? g.uhex(8).replace(/^./, "1") : g.uhex(3).replace(/^./, "1");
        const n = g.int(1, 8);
        const data = Array.from({ length: n }, () => g.uhex(2)).join(" ");
        lines.push(
          `(${g.epoch()}.${g.chars(DIGITS, 6)})  can${g.int(0, 1)}  ${
            id.padStart(8)
          }   [${n}]  ${data}`,
        );
      }
      return lines.join("\n");
    },
  },
  {
    name: "modbus-plc",
    n: 10,
    make: (g) =>
      g.pick([
        `${g.iso()} DEBUG pymodbus.logging: SEND: 0x0 0x${g.hex(2)} 0x0 0x0 0x0 0x6 0x1 0x3 0x0 0x${
          g.hex(2)
        } 0x0 0xa\n${g.iso()} DEBUG pymodbus.logging: RECV: 0x0 0x${
          g.hex(2)
        } 0x0 0x0 0x0 0x17 0x1 0x3 0x14 ${
          Array.from({ length: 6 }, () => "0x" + g.hex(2)).join(" ")
        }\nread_holding_registers unit=1 address=${g.int(40001, 49999)} count=10 registers=[${
          Array.from({ length: 10 }, () => g.int(0, 65535)).join(", ")
        }]`,
        `S7 PLC ${g.pick(["CPU 1516-3 PN/DP", "CPU 1214C DC/DC/DC"])} rack=0 slot=${
          g.int(1, 2)
        } order=6ES7 ${g.int(100, 999)}-${g.int(1, 9)}AN0${g.int(0, 9)}-0AB0 fw=V${g.int(2, 3)}.${
          g.int(0, 9)
        }.${g.int(0, 9)} serial=S C-${g.uhex(8)} DB${g.int(1, 999)}.DBD${g.int(0, 400)}=${
          g.float(-100, 100, 4)
        }`,
      ]),
  },
  {
    name: "opcua-scada",
    n: 10,
    make: (g) =>
      `${g.iso()} [opcua] DataChangeNotification ClientHandle=${g.int(1, 9999)} NodeId=ns=${
        g.int(1, 4)
      };s=Line${g.int(1, 9)}.PLC${g.int(1, 9)}.${
        g.pick(["Temperature", "Pressure", "FlowRate", "Speed"])
      } Value=${
        g.float(0, 500, 3)
      } StatusCode=Good (0x00000000) SourceTimestamp=${g.iso()} ServerTimestamp=${g.iso()}\nSecureChannelId=${
        g.int(1, 99999)
      } TokenId=${
        g.int(1, 9999)
      } SecurityPolicyUri=http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256 RevisedLifetime=3600000`,
  },
  {
    name: "bacnet-iot",
    n: 8,
    make: (g) =>
      `I-Am device ${g.int(1000, 4194302)} vendor ${
        g.int(1, 999)
      } max-apdu 1476 segmentation both\nReadProperty analog-input,${
        g.int(0, 99)
      } present-value = ${
        g.float(10, 40, 6)
      } units degrees-celsius status-flags {false,false,false,false} object-identifier (device, ${
        g.int(1000, 4194302)
      })`,
  },
  {
    name: "home-assistant-zigbee",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()}.${
        g.chars(DIGITS, 3)
      } INFO (MainThread) [homeassistant.components.zha.core.device] [0x${g.uhex(4)}](${
        g.pick(["TS0601", "lumi.sensor_ht", "SNZB-02"])
      }): Device seen - marking the device available and resetting counter\n${g.date()} ${g.time()}.${
        g.chars(DIGITS, 3)
      } DEBUG (MainThread) [zigpy.zcl] [0x${g.uhex(4)}:1:0x0402] Received command 0x0A (TSN ${
        g.int(0, 255)
      }): Report_Attributes(attribute_reports=[Attribute(attrid=0x0000, value=TypeValue(type=int16s, value=${
        g.int(1000, 3000)
      }))])\nsensor.living_room_temperature state=${g.float(15, 25, 1)} entity_id=sensor.${
        g.hex(8)
      }_temperature unique_id=${g.hex(32)}`,
  },
  {
    name: "mosquitto-broker",
    n: 8,
    make: (g) =>
      `${g.epoch()}: mosquitto version 2.0.${g.int(10, 20)} running\n${g.epoch()}: Client auto-${
        g.uhex(8)
      }-${g.uhex(4)}-${g.uhex(4)}-${g.uhex(4)}-${
        g.uhex(12)
      } disconnected.\n${g.epoch()}: Saving in-memory database to /var/lib/mosquitto/mosquitto.db.\n${g.epoch()}: Received PUBLISH from sensor-${
        g.hex(6)
      } (d0, q1, r0, m${g.int(1, 65535)}, 'site/${g.int(1, 99)}/telemetry', ... (${
        g.int(10, 900)
      } bytes))`,
  },
  // ------------------------------------------------------------------- GIS
  {
    name: "gdalinfo",
    n: 12,
    make: (g) =>
      `Driver: GTiff/GeoTIFF\nFiles: T${g.int(10, 60)}${g.chars(UPPER, 3)}_2026${
        g.p2(g.int(1, 12))
      }${g.p2(g.int(1, 28))}T${g.chars(DIGITS, 6)}_B0${
        g.int(1, 8)
      }.tif\nSize is 10980, 10980\nCoordinate System is:\nPROJCRS["WGS 84 / UTM zone ${
        g.int(10, 60)
      }N",\n    ID["EPSG",326${g.int(10, 60)}]]\nOrigin = (${
        g.int(100000, 800000)
      }.000000000000000,${
        g.int(1000000, 9000000)
      }.000000000000000)\nPixel Size = (10.000000000000000,-10.000000000000000)\nCorner Coordinates:\nUpper Left  (  ${
        g.int(100000, 800000)
      }.000, ${g.int(1000000, 9000000)}.000) ( ${g.int(0, 30)}d${g.int(0, 59)}'${
        g.float(0, 59, 2)
      }"E, ${g.int(0, 70)}d${g.int(0, 59)}'${
        g.float(0, 59, 2)
      }"N)\nBand 1 Block=1024x1024 Type=UInt16, ColorInterp=Gray\n  Min=${g.int(0, 100)}.000 Max=${
        g.int(1000, 65535)
      }.000\n  NoData Value=0\n  Metadata:\n    STATISTICS_MEAN=${g.float(100, 3000, 6)}`,
  },
  {
    name: "postgis-geometry",
    n: 10,
    make: (g) =>
      g.pick([
        ` st_astext                              | srid \n----------------------------------------+------\n POINT(${
          g.float(-180, 180, 6)
        } ${g.float(-85, 85, 6)}) | 4326\n geom: 0101000020E6100000${g.uhex(32)}`,
        `NOTICE:  table "parcels" does not exist, skipping\nCREATE INDEX parcels_geom_idx ON parcels USING GIST (geom);\nEXPLAIN: Index Scan using parcels_geom_idx on parcels  (cost=0.${
          g.int(10, 99)
        }..${g.float(8, 900, 2)} rows=${g.int(1, 999)} width=${
          g.int(32, 400)
        })\n  Index Cond: (geom && '0103000020E6100000${g.uhex(40)}'::geometry)`,
      ]),
  },
  {
    name: "ogr-proj",
    n: 8,
    make: (g) =>
      `ogr2ogr -f GPKG out.gpkg in.shp -t_srs EPSG:3857 -progress\n0...10...20...30...40...50...60...70...80...90...100 - done.\nproj=utm +zone=${
        g.int(1, 60)
      } +datum=WGS84 +units=m +no_defs\nLayer name: roads_${
        g.int(1, 99)
      }\nGeometry: Line String\nFeature Count: ${g.int(1000, 999999)}\nExtent: (${
        g.float(-180, 180, 6)
      }, ${g.float(-85, 85, 6)}) - (${g.float(-180, 180, 6)}, ${g.float(-85, 85, 6)})`,
  },
  // ------------------------------------------------------------------- printers, licences
  {
    name: "cups-error-log",
    n: 12,
    make: (g) => {
      const job = g.int(100, 99999);
      const ts = `[${g.p2(g.int(1, 28))}/${g.pick(MONTHS)}/2026:${g.time()} +0000]`;
      return `I ${ts} [Job ${job}] Started filter /usr/lib/cups/filter/pdftopdf (PID ${
        g.int(1000, 99999)
      })\nD ${ts} [Job ${job}] job-uuid=urn:uuid:${g.uuid()}\nD ${ts} [Job ${job}] printer-uri-supported=ipps://printer${
        g.int(1, 30)
      }.local:631/ipp/print\nD ${ts} [Job ${job}] ATTR: marker-levels=${g.int(0, 100)},${
        g.int(0, 100)
      },${g.int(0, 100)},${g.int(0, 100)}\nI ${ts} [Job ${job}] Job completed.`;
    },
  },
  {
    name: "flexlm-lmgrd",
    n: 12,
    make: (g) =>
      `${g.time()} (lmgrd) FlexNet Licensing (v11.${g.int(14, 19)}.${g.int(0, 9)}.0 build ${
        g.int(100000, 299999)
      } x64_lsb) started on lic-srv${g.p2(g.int(1, 9))} (linux) (${g.int(1, 12)}/${
        g.int(1, 28)
      }/2026)\n${g.time()} (lmgrd) License file(s): /opt/flexlm/licenses/license.dat\n${g.time()} (lmgrd) lmgrd tcp-port 27000\n${g.time()} (MLM) TIMESTAMP ${
        g.int(1, 12)
      }/${g.int(1, 28)}/2026\n${g.time()} (MLM) OUT: "${
        g.pick(["MATLAB", "Simulink", "Signal_Toolbox"])
      }" svc_build@ci-runner-${g.p2(g.int(1, 40))}\nINCREMENT MATLAB MLM ${
        g.int(30, 50)
      } 01-jan-2027 ${g.int(1, 99)} ${g.uhex(12)} VENDOR_STRING=QQ HOSTID=${g.hex(12)} SIGN="${
        g.uhex(4)
      } ${g.uhex(4)} ${g.uhex(4)} ${g.uhex(4)}"`,
  },
  // ------------------------------------------------------------------- browsers, CDNs
  {
    name: "chrome-console",
    n: 14,
    make: (g) =>
      g.pick([
        `Uncaught TypeError: Cannot read properties of undefined (reading '${
          g.pick(["map", "length", "then"])
        }')\n    at Object.render (main.${g.hex(8)}.js:2:${
          g.int(100, 99999)
        })\n    at vendors~main.${g.hex(20)}.chunk.js:1:${g.int(100, 99999)}`,
        `DevTools failed to load source map: Could not load content for chrome-extension://${
          g.chars("abcdefghijklmnop", 32)
        }/sourcemaps/contentscript.js.map: System error: net::ERR_BLOCKED_BY_CLIENT`,
        `[Violation] 'setTimeout' handler took ${
          g.int(50, 900)
        }ms\nRefused to execute inline script because it violates the following Content Security Policy directive: "script-src 'self' 'sha256-${
          g.b64(32)
        }' 'nonce-${g.b64(16)}'". Either the 'unsafe-inline' keyword, a hash ('sha256-${
          g.b64(32)
        }'), or a nonce ('nonce-...') is required to enable inline execution.`,
        `[${g.int(1000, 9999)}/${g.chars(DIGITS, 6)}.${
          g.chars(DIGITS, 6)
        }:ERROR:gpu_process_host.cc(${
          g.int(900, 1000)
        })] GPU process exited unexpectedly: exit_code=${g.pick([139, 133, 9])}`,
      ]),
  },
  {
    name: "fastly-cdn",
    n: 12,
    make: (g) =>
      `X-Served-By: cache-${g.pick(["fra", "lhr", "iad", "nrt"])}-${
        g.pick(["eddf", "egll", "kiad"])
      }${g.digits(7)}-${g.pick(["FRA", "LHR", "IAD"])}, cache-${g.pick(["fra", "lhr"])}-${
        g.pick(["eddf", "egll"])
      }${g.digits(7)}-${g.pick(["FRA", "LHR"])}\nX-Cache: MISS, HIT\nX-Cache-Hits: 0, ${
        g.int(1, 90)
      }\nX-Timer: S${g.epoch()}.${g.chars(DIGITS, 6)},VS0,VE${
        g.int(0, 200)
      }\nFastly-Debug-Digest: ${g.hex(64)}\nSurrogate-Key: product-${g.int(1000, 9999)} category-${
        g.int(10, 99)
      } ${g.hex(12)}\nX-Fastly-Request-ID: ${g.hex(40)}`,
  },
  {
    name: "akamai-reference",
    n: 12,
    make: (g) =>
      g.pick([
        `Access Denied\nYou don't have permission to access "http://www.example.com/checkout/" on this server.\nReference #18.${
          g.hex(8)
        }.${g.epoch()}.${g.hex(8)}\nhttps://errors.edgesuite.net/18.${g.hex(8)}.${g.epoch()}.${
          g.hex(8)
        }`,
        `X-Akamai-Request-ID: ${g.hex(8)}.${g.hex(8)}\nX-Cache: TCP_MISS from a${g.int(1, 223)}-${
          g.int(1, 254)
        }-${g.int(1, 254)}-${g.int(1, 254)}.deploy.akamaitechnologies.com (AkamaiGHost/22.${
          g.int(1, 9)
        }.${g.int(0, 9)}-${
          g.int(10000000, 99999999)
        }) (-)\nX-Check-Cacheable: YES\nX-Akamai-Session-Info: name=AKA_PM_CACHEABLE_OBJECT; value=true\nServer-Timing: ak_p; desc="${g.epoch()}${
          g.chars(DIGITS, 3)
        }_${g.int(100000000, 999999999)}_${g.int(10000000, 99999999)}_${g.int(1, 999)}_${
          g.int(1000, 9999)
        }_${g.int(0, 99)}_0_-";dur=1`,
      ]),
  },
  {
    name: "cloudfront-log",
    n: 10,
    make: (g) =>
      `#Version: 1.0\n#Fields: date time x-edge-location sc-bytes cs-method cs(Host) cs-uri-stem sc-status x-edge-result-type x-edge-request-id x-host-header time-taken\n${g.date()}\t${g.time()}\t${
        g.pick(["FRA56-P3", "LHR61-C2", "IAD89-C1"])
      }\t${g.int(300, 900000)}\tGET\td${
        g.chars("0123456789abcdefghijklmnopqrstuvwxyz", 13)
      }.cloudfront.net\t/static/app.${g.hex(8)}.js\t${g.pick([200, 304, 404])}\t${
        g.pick(["Hit", "Miss", "RefreshHit"])
      }\t${g.b64url(54)}==\tcdn.example.com\t${g.float(0, 1, 3)}`,
  },
  {
    name: "varnishlog",
    n: 8,
    make: (g) => {
      const xid = g.int(32768, 9999999);
      return `*   << Request  >> ${xid}\n-   Begin          req ${
        xid - 1
      } rxreq\n-   Timestamp      Start: ${g.epoch()}.${
        g.chars(DIGITS, 6)
      } 0.000000 0.000000\n-   ReqMethod      GET\n-   ReqURL         /api/catalog?page=${
        g.int(1, 90)
      }\n-   ReqHeader      X-Varnish: ${xid}\n-   VCL_call       HASH\n-   Hit            ${
        g.int(32768, 9999999)
      } ${g.float(0, 120, 6)} 10.000000 0.000000\n-   RespHeader     ETag: W/"${g.hex(8)}-${
        g.b64url(27)
      }"\n-   End`;
    },
  },
  // ------------------------------------------------------------------- mobile
  {
    name: "android-logcat",
    n: 14,
    make: (g) => {
      const ts = `${g.p2(g.int(1, 12))}-${g.p2(g.int(1, 28))} ${g.time()}.${g.chars(DIGITS, 3)}`;
      const pid = g.int(1000, 32000);
      return g.pick([
        `${ts}  ${pid}  ${pid} I ActivityManager: Start proc ${
          g.int(1000, 32000)
        }:com.example.shop/u0a${
          g.int(100, 400)
        } for activity {com.example.shop/com.example.shop.MainActivity}`,
        `${ts}  ${pid}  ${
          g.int(1000, 32000)
        } D FirebaseMessaging: Topic sync succeeded\n${ts}  ${pid}  ${
          g.int(1000, 32000)
        } I chromium: [INFO:CONSOLE(1)] "Loaded bundle ${
          g.hex(20)
        }", source: https://m.example.com/static/js/main.${g.hex(8)}.js (1)`,
        `${ts}  ${pid}  ${pid} E AndroidRuntime: FATAL EXCEPTION: main\n${ts}  ${pid}  ${pid} E AndroidRuntime: Process: com.example.shop, PID: ${pid}\n${ts}  ${pid}  ${pid} E AndroidRuntime: java.lang.IllegalStateException: Fragment CheckoutFragment{${
          g.hex(7)
        }} (${g.uuid()}) not attached to a context.`,
        `${ts}  ${pid}  ${pid} I PackageManager: Package com.example.shop codePath changed from /data/app/~~${
          g.b64url(22)
        }==/com.example.shop-${g.b64url(22)}== to /data/app/~~${g.b64url(22)}==/com.example.shop-${
          g.b64url(22)
        }==; Retaining data and using new`,
      ]);
    },
  },
  {
    name: "android-tombstone",
    n: 10,
    make: (g) =>
      `*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***\nBuild fingerprint: 'google/${
        g.pick(["oriole", "panther", "husky"])
      }/${g.pick(["oriole", "panther", "husky"])}:14/${g.chars(UPPER, 2)}${g.int(1, 9)}A.${
        g.int(230000, 241231)
      }.${g.chars(DIGITS, 3)}/${g.int(10000000, 12999999)}:user/release-keys'\nABI: 'arm64'\npid: ${
        g.int(1000, 32000)
      }, tid: ${
        g.int(1000, 32000)
      }, name: RenderThread  >>> com.example.shop <<<\nsignal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x${
        g.hex(16)
      }\nbacktrace:\n      #00 pc 00000000000${
        g.hex(5)
      }  /apex/com.android.runtime/lib64/bionic/libc.so (abort+${g.int(100, 200)}) (BuildId: ${
        g.hex(32)
      })\n      #01 pc 0000000000${g.hex(6)}  /data/app/~~${g.b64url(22)}==/com.example.shop-${
        g.b64url(22)
      }==/lib/arm64/libapp.so (BuildId: ${g.hex(40)})`,
  },
  {
    name: "xcode-codesign",
    n: 10,
    make: (g) => {
      const team = g.chars(UPPER + DIGITS, 10);
      return `Executable=/Applications/Example.app/Contents/MacOS/Example\nIdentifier=com.example.desktop\nFormat=app bundle with Mach-O universal (x86_64 arm64)\nCodeDirectory v=20500 size=${
        g.int(1000, 99999)
      } flags=0x10000(runtime) hashes=${g.int(100, 9999)}+7 location=embedded\nCDHash=${
        g.hex(40)
      }\nSignature size=${
        g.int(8000, 9999)
      }\nAuthority=Developer ID Application: Example Software GmbH (${team})\nAuthority=Developer ID Certification Authority\nTimestamp=${
        g.int(1, 28)
      } ${g.pick(MONTHS)} 2026 at ${g.time()}\nTeamIdentifier=${team}\nRuntime Version=14.${
        g.int(0, 5)
      }.0\nnotarytool: id: ${g.uuid()} status: Accepted`;
    },
  },
  {
    name: "breakpad-minidump",
    n: 10,
    make: (g) =>
      `Operating system: Linux\n                  0.0.0 Linux 6.${g.int(1, 10)}.${
        g.int(0, 90)
      }-generic #${
        g.int(1, 200)
      }-Ubuntu SMP x86_64\nCrash reason:  SIGSEGV /SEGV_MAPERR\nCrash address: 0x${
        g.hex(4)
      }\nThread 0 (crashed)\n 0  libxul.so + 0x${g.hex(7)}\n    rax = 0x${g.hex(16)}   rdx = 0x${
        g.hex(16)
      }\n    rip = 0x${
        g.hex(16)
      }\n    Found by: given as instruction pointer in context\nLoaded modules:\n0x${
        g.hex(12)
      } - 0x${g.hex(12)}  libxul.so  ???  (main)\n  debug id ${g.uhex(33)} code id ${g.hex(40)}`,
  },
  // ------------------------------------------------------------------- Linux security
  {
    name: "selinux-avc",
    n: 14,
    make: (g) =>
      `type=AVC msg=audit(${g.epoch()}.${g.chars(DIGITS, 3)}:${
        g.int(100, 99999)
      }): avc:  denied  { ${g.pick(["read", "write", "open getattr", "name_connect"])} } for  pid=${
        g.int(100, 99999)
      } comm="${g.pick(["httpd", "nginx", "postgres", "sshd"])}" name="${
        g.pick(["index.html", "pg_hba.conf", "authorized_keys", "5432"])
      }" dev="dm-${g.int(0, 3)}" ino=${g.int(1000, 9999999)} scontext=system_u:system_r:${
        g.pick(["httpd_t", "postgresql_t", "sshd_t"])
      }:s0 tcontext=unconfined_u:object_r:${
        g.pick(["user_home_t", "var_t", "ssh_home_t", "admin_home_t"])
      }:s0 tclass=${
        g.pick(["file", "dir", "tcp_socket"])
      } permissive=0\ntype=SYSCALL msg=audit(${g.epoch()}.${g.chars(DIGITS, 3)}:${
        g.int(100, 99999)
      }): arch=c000003e syscall=${g.int(0, 300)} success=no exit=-13 a0=${g.hex(12)} a1=${
        g.hex(12)
      } a2=${g.hex(4)} a3=0 items=0 ppid=1 pid=${
        g.int(100, 99999)
      } auid=4294967295 uid=48 gid=48 euid=48 ses=4294967295 comm="httpd" exe="/usr/sbin/httpd" subj=system_u:system_r:httpd_t:s0 key=(null)`,
  },
  {
    name: "apparmor-denied",
    n: 10,
    make: (g) =>
      `[${g.int(10, 99999)}.${g.chars(DIGITS, 6)}] audit: type=1400 audit(${g.epoch()}.${
        g.chars(DIGITS, 3)
      }:${g.int(10, 999)}): apparmor="DENIED" operation="${
        g.pick(["open", "capable", "file_mmap", "exec"])
      }" class="file" profile="${
        g.pick(["/usr/sbin/cupsd", "snap.firefox.firefox", "/usr/bin/man", "docker-default"])
      }" name="${
        g.pick([
          "/etc/ssl/private/",
          "/proc/" + g.int(100, 9999) + "/mounts",
          "/run/systemd/userdb/",
        ])
      }" pid=${g.int(100, 99999)} comm="${
        g.pick(["cupsd", "firefox", "man"])
      }" requested_mask="r" denied_mask="r" fsuid=${g.pick([0, 1000])} ouid=0`,
  },
  {
    name: "auditd-execve",
    n: 10,
    make: (g) =>
      `type=EXECVE msg=audit(${g.epoch()}.${g.chars(DIGITS, 3)}:${
        g.int(100, 99999)
      }): argc=3 a0="systemctl" a1="restart" a2="nginx.service"\ntype=CWD msg=audit(${g.epoch()}.${
        g.chars(DIGITS, 3)
      }:${g.int(100, 99999)}): cwd="/root"\ntype=PATH msg=audit(${g.epoch()}.${
        g.chars(DIGITS, 3)
      }:${g.int(100, 99999)}): item=0 name="/usr/bin/systemctl" inode=${
        g.int(100000, 9999999)
      } dev=fd:00 mode=0100755 ouid=0 ogid=0 rdev=00:00 obj=system_u:object_r:systemd_systemctl_exec_t:s0 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0\ntype=PROCTITLE msg=audit(${g.epoch()}.${
        g.chars(DIGITS, 3)
      }:${
        g.int(100, 99999)
      }): proctitle=73797374656D63746C0072657374617274006E67696E782E73657276696365`,
  },
  {
    name: "clamav-freshclam",
    n: 10,
    make: (g) =>
      `${g.pick(["Mon", "Tue", "Wed"])} ${g.pick(MONTHS)} ${
        g.int(1, 28)
      } ${g.time()} 2026 -> daily.cld updated (version: ${g.int(27000, 28000)}, sigs: ${
        g.int(2000000, 2100000)
      }, f-level: 90, builder: ${g.pick(["raynman", "svc.clamav-publisher"])})\n/srv/uploads/${
        g.hex(32)
      }.pdf: OK\n/srv/uploads/${
        g.hex(32)
      }.zip: Win.Test.EICAR_HDB-1 FOUND\n----------- SCAN SUMMARY -----------\nKnown viruses: ${
        g.int(8600000, 8800000)
      }\nEngine version: 1.${g.int(0, 4)}.${g.int(0, 9)}\nScanned files: ${
        g.int(1, 9999)
      }\nData scanned: ${g.float(0, 900, 2)} MB\nTime: ${g.float(1, 90, 3)} sec (0 m ${
        g.int(1, 59)
      } s)`,
  },
  {
    name: "osquery-result",
    n: 10,
    make: (g) =>
      JSON.stringify({
        name: "pack_incident-response_process_events",
        hostIdentifier: g.uuid().toUpperCase(),
        calendarTime: `${g.pick(["Mon", "Tue"])} ${g.pick(MONTHS)} ${
          g.int(1, 28)
        } ${g.time()} 2026 UTC`,
        unixTime: g.epoch(),
        epoch: 0,
        counter: g.int(0, 999),
        numerics: false,
        columns: {
          path: "/usr/bin/curl",
          cmdline: "curl -sSfL https://packages.example.com/repo/gpg",
          md5: g.hex(32),
          sha256: g.hex(64),
          pid: String(g.int(100, 99999)),
          parent: String(g.int(100, 99999)),
          uid: "0",
        },
        action: "added",
      }),
  },
  // ------------------------------------------------------------------- package managers
  {
    name: "apt-get",
    n: 12,
    make: (g) => {
      const p = g.pick(PKGS);
      return `Get:${
        g.int(1, 90)
      } http://archive.ubuntu.com/ubuntu noble-updates/main amd64 lib${p}3t64 amd64 ${
        g.int(1, 3)
      }.${g.int(0, 9)}.${g.int(0, 20)}-0ubuntu${g.int(1, 9)}.${g.int(1, 9)} [${
        g.int(10, 9000)
      } kB]\nFetched ${g.float(1, 90, 1)} MB in ${g.int(1, 20)}s (${g.int(1, 90)}.${
        g.int(0, 9)
      } MB/s)\nPreparing to unpack .../lib${p}3t64_${g.semver()}-0ubuntu${
        g.int(1, 9)
      }_amd64.deb ...\nSetting up lib${p}3t64:amd64 (${g.semver()}-0ubuntu${
        g.int(1, 9)
      }) ...\nW: GPG error: https://repo.example.com stable InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY ${
        g.uhex(16)
      }`;
    },
  },
  {
    name: "dnf-rpm",
    n: 12,
    make: (g) =>
      `Importing GPG key 0x${g.uhex(8)}:\n Fingerprint: ${
        Array.from({ length: 10 }, () => g.uhex(4)).join(" ")
      }\n From       : /etc/pki/rpm-gpg/RPM-GPG-KEY-fedora-${g.int(38, 42)}-x86_64\nInstalled:\n  ${
        g.pick(PKGS)
      }-libs-1:${g.semver()}-${g.int(1, 40)}.el9.x86_64\nrpm -qi: Signature   : RSA/SHA256, ${
        g.pick(["Mon", "Tue"])
      } ${g.int(1, 28)} ${g.pick(MONTHS)} 2026 ${g.time()} AM UTC, Key ID ${g.hex(16)}`,
  },
  {
    name: "alpine-apk",
    n: 10,
    make: (g) =>
      `fetch https://dl-cdn.alpinelinux.org/alpine/v3.${
        g.int(17, 21)
      }/main/x86_64/APKINDEX.tar.gz\n(${g.int(1, 20)}/${g.int(20, 40)}) Installing ${
        g.pick(PKGS)
      } (${g.semver()}-r${g.int(0, 9)})\nOK: ${g.int(5, 400)} MiB in ${
        g.int(10, 200)
      } packages\nP:${g.pick(PKGS)}\nV:${g.semver()}-r${g.int(0, 9)}\nC:Q1${
        g.b64(20).slice(0, 27)
      }=\nS:${g.int(10000, 9999999)}\nI:${g.int(10000, 9999999)}\nT:${
        g.pick(["Compression library", "XML parser"])
      }`,
  },
  {
    name: "nix-store",
    n: 12,
    make: (g) =>
      `copying path '/nix/store/${g.chars(NIX32, 32)}-${
        g.pick(PKGS)
      }-${g.semver()}' from 'https://cache.nixos.org'...\nthese ${
        g.int(2, 90)
      } derivations will be built:\n  /nix/store/${
        g.chars(NIX32, 32)
      }-source.drv\nerror: hash mismatch in fixed-output derivation '/nix/store/${
        g.chars(NIX32, 32)
      }-source.drv':\n         specified: sha256-${g.b64(32)}\n            got:    sha256-${
        g.b64(32)
      }`,
  },
  {
    name: "homebrew",
    n: 10,
    make: (g) =>
      `==> Downloading https://ghcr.io/v2/homebrew/core/${
        g.pick(PKGS)
      }/manifests/${g.semver()}\n==> Fetching ${
        g.pick(PKGS)
      }\n==> Downloading https://ghcr.io/v2/homebrew/core/${g.pick(PKGS)}/blobs/sha256:${
        g.hex(64)
      }\n######################################################################## 100.0%\n==> Pouring openssl@3--3.${
        g.int(0, 4)
      }.${g.int(0, 9)}.arm64_sonoma.bottle.tar.gz\n🍺  /opt/homebrew/Cellar/openssl@3/3.${
        g.int(0, 4)
      }.${g.int(0, 9)}: ${g.int(5000, 7000)} files, ${g.float(10, 90, 1)}MB`,
  },
  {
    name: "conda-env",
    n: 10,
    make: (g) =>
      `## Package Plan ##\n  environment location: /opt/conda/envs/train\nThe following NEW packages will be INSTALLED:\n  ${
        g.pick(PKGS).padEnd(18)
      } pkgs/main/linux-64::${g.pick(PKGS)}-${g.semver()}-h${g.hex(7)}_${
        g.int(0, 9)
      }\n  numpy              conda-forge/linux-64::numpy-1.26.${g.int(0, 4)}-py311h${
        g.hex(8)
      }_0\n  pytorch            pytorch/linux-64::pytorch-2.${g.int(0, 5)}.${
        g.int(0, 2)
      }-py3.11_cuda12.1_cudnn8.9.2_0\nmd5: ${g.hex(32)}  sha256: ${g.hex(64)}`,
  },
  {
    name: "nuget-restore",
    n: 10,
    make: (g) =>
      `  Determining projects to restore...\n  Restored /src/App/App.csproj (in ${
        g.float(0, 9, 2)
      } sec).\n"Newtonsoft.Json/13.0.${g.int(1, 3)}": {\n  "type": "package",\n  "sha512": "${
        g.b64(64)
      }",\n  "path": "newtonsoft.json/13.0.${g.int(1, 3)}"\n},\n"contentHash": "${g.b64(64)}"`,
  },
  {
    name: "flatpak-snap-ostree",
    n: 10,
    make: (g) =>
      g.pick([
        `Name       Version    Rev    Tracking       Publisher   Notes\ncore22     ${
          g.date().replace(/-/g, "")
        }   ${g.int(1000, 2000)}   latest/stable  canonical✓  base\nlxd        5.21.${
          g.int(0, 9)
        }-${g.hex(7)}  ${g.int(20000, 40000)}  5.21/stable    canonical✓  -`,
        `State: idle\nDeployments:\n● fedora:fedora/41/x86_64/silverblue\n                  Version: 41.${
          g.date().replace(/-/g, "")
        }.0 (${g.iso()})\n               BaseCommit: ${
          g.hex(64)
        }\n             GPGSignature: Valid signature by ${g.uhex(40)}`,
        `Ref: app/org.gnome.Maps/x86_64/stable\nCommit: ${g.hex(64)}\nParent: ${
          g.hex(64)
        }\nSubject: Export org.gnome.Maps\nDate: ${g.date()} ${g.time()} +0000\nInstalled size: ${
          g.float(1, 90, 1)
        } MB`,
      ]),
  },
  // ------------------------------------------------------------------- Windows
  {
    name: "windows-event-xml",
    n: 14,
    make: (g) =>
      `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}"/><EventID>${
        g.pick([4672, 4634, 4648, 4799])
      }</EventID><Version>0</Version><Level>0</Level><Task>12548</Task><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime="${g.date()}T${g.time()}.${
        g.chars(DIGITS, 7)
      }Z"/><EventRecordID>${
        g.int(100000, 99999999)
      }</EventRecordID><Correlation ActivityID="{${g.uuid().toUpperCase()}}"/><Execution ProcessID="${
        g.int(500, 999)
      }" ThreadID="${g.int(1000, 9999)}"/><Channel>Security</Channel><Computer>WS-${
        g.int(1000, 9999)
      }.corp.example.com</Computer></System><EventData><Data Name="SubjectUserSid">S-1-5-18</Data><Data Name="SubjectDomainName">NT AUTHORITY</Data><Data Name="SubjectLogonId">0x${
        g.hex(6)
      }</Data><Data Name="PrivilegeList">SeAssignPrimaryTokenPrivilege\n\t\t\tSeTcbPrivilege\n\t\t\tSeSecurityPrivilege\n\t\t\tSeImpersonatePrivilege</Data></EventData></Event>`,
  },
  {
    name: "windows-cbs-log",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()}, Info                  CBS    Exec: Processing complete.  Session: ${
        g.int(31000000, 31999999)
      }_${g.int(1000000000, 3999999999)}, Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~${
        g.int(19041, 26100)
      }.${g.int(1000, 5000)}.1.${
        g.int(1, 20)
      } [HRESULT = 0x00000000 - S_OK]\n${g.date()} ${g.time()}, Info                  CSI    0000${
        g.uhex(4)
      } [SR] Verify complete\n${g.date()} ${g.time()}, Info                  CBS    Appl: detect Parent, Package: Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~en-US~10.0.${
        g.int(19041, 26100)
      }.${
        g.int(1000, 5000)
      }, Parent: Microsoft-Windows-Client-Features-Package~31bf3856ad364e35~amd64~~10.0.${
        g.int(19041, 26100)
      }.${
        g.int(1000, 5000)
      }, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, BuildComp: EQ`,
  },
  {
    name: "sysmon-process-create",
    n: 10,
    make: (g) =>
      `Process Create:\nRuleName: -\nUtcTime: ${g.date()} ${g.time()}.${
        g.chars(DIGITS, 3)
      }\nProcessGuid: {${g.uuid()}}\nProcessId: ${
        g.int(100, 30000)
      }\nImage: C:\\Windows\\System32\\svchost.exe\nFileVersion: 10.0.${g.int(19041, 26100)}.${
        g.int(1000, 5000)
      } (WinBuild.160101.0800)\nCommandLine: C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule\nLogonGuid: {${g.uuid()}}\nLogonId: 0x3E7\nIntegrityLevel: System\nHashes: SHA1=${
        g.uhex(40)
      },MD5=${g.uhex(32)},SHA256=${g.uhex(64)},IMPHASH=${
        g.uhex(32)
      }\nParentProcessGuid: {${g.uuid()}}`,
  },
  {
    name: "windows-bugcheck-dism",
    n: 8,
    make: (g) =>
      `The computer has rebooted from a bugcheck.  The bugcheck was: 0x000000${
        g.pick(["d1", "3b", "7e", "ef"])
      } (0x${g.hex(16)}, 0x0000000000000002, 0x0000000000000000, 0x${
        g.hex(16)
      }). A dump was saved in: C:\\WINDOWS\\MEMORY.DMP. Report Id: ${g.uuid()}.\nDeployment Image Servicing and Management tool\nVersion: 10.0.${
        g.int(19041, 26100)
      }.${g.int(1, 5000)}\nImage Version: 10.0.${g.int(19041, 26100)}.${
        g.int(1000, 5000)
      }\n[==========================100.0%==========================]\nThe restore operation completed successfully.`,
  },
  // ------------------------------------------------------------------- JVM, Erlang
  {
    name: "jvm-thread-dump",
    n: 14,
    make: (g) =>
      `"http-nio-8080-exec-${g.int(1, 200)}" #${g.int(20, 400)} daemon prio=5 os_prio=0 cpu=${
        g.float(0, 9000, 2)
      }ms elapsed=${g.float(10, 90000, 2)}s tid=0x00007f${g.hex(10)} nid=0x${
        g.hex(4)
      } waiting on condition  [0x00007f${
        g.hex(10)
      }]\n   java.lang.Thread.State: WAITING (parking)\n\tat jdk.internal.misc.Unsafe.park(java.base@21.0.${
        g.int(1, 5)
      }/Native Method)\n\t- parking to wait for  <0x00000006${
        g.hex(8)
      }> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)\n\tat java.util.concurrent.LinkedBlockingQueue.take(java.base@21.0.${
        g.int(1, 5)
      }/LinkedBlockingQueue.java:435)\n\t- locked <0x00000006${g.hex(8)}> (a java.lang.Object)`,
  },
  {
    name: "hs-err-pid",
    n: 10,
    make: (g) =>
      `#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n#  SIGSEGV (0xb) at pc=0x00007f${
        g.hex(10)
      }, pid=${g.int(100, 99999)}, tid=${
        g.int(100, 99999)
      }\n#\n# JRE version: OpenJDK Runtime Environment Temurin-21.0.${g.int(1, 5)}+${
        g.int(5, 13)
      } (21.0.${g.int(1, 5)}+${g.int(5, 13)}) (build 21.0.${g.int(1, 5)}+${
        g.int(5, 13)
      }-LTS)\n# Problematic frame:\n# C  [libc.so.6+0x${
        g.hex(6)
      }]  __memmove_avx_unaligned_erms+0x${
        g.hex(3)
      }\n#\n# Core dump will be written. Default location: /proc/sys/kernel/core_pattern is: |/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h\n\nHeap address: 0x000000070${
        g.hex(7)
      }, size: ${
        g.int(1024, 16384)
      } MB, Compressed Oops mode: Zero based, Oop shift amount: 3\nCDS archive(s) mapped at: [0x0000${
        g.hex(12)
      }-0x0000${g.hex(12)}-0x0000${g.hex(12)}), size ${
        g.int(10000000, 19999999)
      }, SharedBaseAddress: 0x0000${g.hex(12)}, ArchiveRelocationMode: 1.`,
  },
  {
    name: "jvm-unified-gc",
    n: 10,
    make: (g) =>
      `[${g.float(0, 90000, 3)}s][info][gc,start    ] GC(${
        g.int(1, 9999)
      }) Pause Young (Normal) (G1 Evacuation Pause)\n[${
        g.float(0, 90000, 3)
      }s][info][gc,heap     ] GC(${g.int(1, 9999)}) Eden regions: ${g.int(10, 400)}->0(${
        g.int(10, 400)
      })\n[${g.float(0, 90000, 3)}s][info][gc          ] GC(${
        g.int(1, 9999)
      }) Pause Young (Normal) (G1 Evacuation Pause) ${g.int(100, 9000)}M->${g.int(100, 9000)}M(${
        g.int(1000, 16000)
      }M) ${g.float(1, 90, 3)}ms\n[${
        g.float(0, 90000, 3)
      }s][info][safepoint   ] Safepoint "G1CollectForAllocation", Time since last: ${
        g.int(1000000, 999999999)
      } ns, Reaching safepoint: ${g.int(1000, 99999)} ns, At safepoint: ${
        g.int(100000, 9999999)
      } ns, Total: ${g.int(100000, 9999999)} ns`,
  },
  {
    name: "erl-crash-dump",
    n: 10,
    make: (g) =>
      `=erl_crash_dump:0.5\n${g.pick(["Mon", "Tue"])} ${g.pick(MONTHS)}  ${
        g.int(1, 28)
      } ${g.time()} 2026\nSlogan: eheap_alloc: Cannot allocate ${
        g.int(1000000, 9999999999)
      } bytes of memory (of type "heap").\nSystem version: Erlang/OTP 26 [erts-14.${g.int(0, 2)}.${
        g.int(0, 9)
      }] [source] [64-bit] [smp:${g.int(2, 64)}:${g.int(2, 64)}] [ds:${g.int(2, 64)}:${
        g.int(2, 64)
      }:10] [async-threads:1] [jit:ns]\nTaint: asn1rt_nif,crypto\nAtoms: ${
        g.int(10000, 99999)
      }\n=memory\ntotal: ${g.int(100000000, 9999999999)}\nprocesses: ${
        g.int(10000000, 999999999)
      }\n=proc:<0.${
        g.int(100, 99999)
      }.0>\nState: Garbing\nName: ssl_manager\nSpawned as: proc_lib:init_p/5\nLast scheduled in for: gen_server:loop/7\nMessage queue length: ${
        g.int(0, 999999)
      }\nStack+heap: ${
        g.int(1000, 99999999)
      }\nInternal State: ACT_PRIO_NORMAL | USR_PRIO_NORMAL | PRQ_PRIO_NORMAL\n=port:#Port<0.${
        g.int(1, 9999)
      }>\nSlot: ${g.int(1, 9999)}\nConnected: <0.${g.int(100, 9999)}.0>`,
  },
  // ------------------------------------------------------------------- databases' own logs
  {
    name: "oracle-alert-log",
    n: 12,
    make: (g) =>
      `${g.date()}T${g.time()}.${g.chars(DIGITS, 6)}+00:00\nThread 1 advanced to log sequence ${
        g.int(1000, 99999)
      } (LGWR switch),  current SCN: ${g.int(10000000, 99999999999)}\n  Current log# ${
        g.int(1, 4)
      } seq# ${g.int(1000, 99999)} mem# 0: +DATA/ORCL/ONLINELOG/group_${g.int(1, 4)}.${
        g.int(250, 290)
      }.${
        g.int(1100000000, 1199999999)
      }\nErrors in file /u01/app/oracle/diag/rdbms/orcl/ORCL/trace/ORCL_ora_${
        g.int(1000, 99999)
      }.trc  (incident=${
        g.int(10000, 999999)
      }):\nORA-00600: internal error code, arguments: [kdsgrp1], [], [], [], [], [], [], [], [], [], [], []\nSQL_ID: ${
        g.chars("0123456789abcdfghjkmnpqrstuvwxyz", 13)
      } plan hash value: ${g.int(100000000, 4294967295)}`,
  },
  {
    name: "sqlserver-errorlog",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()}.${g.p2(g.int(0, 99))} Server      Microsoft SQL Server 2022 (RTM-CU${
        g.int(1, 16)
      }) (KB${g.int(5000000, 5999999)}) - 16.0.${g.int(4000, 4200)}.${
        g.int(1, 9)
      } (X64)\n${g.date()} ${g.time()}.${g.p2(g.int(0, 99))} spid${
        g.int(10, 99)
      }s     Starting up database 'orders'.\n${g.date()} ${g.time()}.${g.p2(g.int(0, 99))} spid${
        g.int(10, 99)
      }s     CHECKDB for database 'orders' finished without errors on ${g.date()} ${g.time()}.${
        g.chars(DIGITS, 3)
      } (local time). This is an informational message only; no user action is required.\n${g.date()} ${g.time()}.${
        g.p2(g.int(0, 99))
      } Backup      Log was backed up. Database: orders, creation date(time): 2024/${
        g.p2(g.int(1, 12))
      }/${g.p2(g.int(1, 28))}(${g.time()}), first LSN: ${g.int(10000, 99999)}:${
        g.int(1000, 99999)
      }:1, last LSN: ${g.int(10000, 99999)}:${
        g.int(1000, 99999)
      }:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'/var/opt/mssql/backup/orders_${
        g.hex(8)
      }.trn'}).`,
  },
  {
    name: "sqlite-duckdb-plan",
    n: 10,
    make: (g) =>
      g.pick([
        `QUERY PLAN\n|--SEARCH users USING INDEX idx_users_email (email=?)\n|--SCAN orders USING COVERING INDEX idx_orders_user_created\n\`--USE TEMP B-TREE FOR ORDER BY\nRun Time: real ${
          g.float(0, 2, 3)
        } user ${g.float(0, 2, 6)} sys ${g.float(0, 2, 6)}`,
        `┌───────────────────────────┐\n│         HASH_JOIN         │\n│    ────────────────────   │\n│      Join Type: INNER     │\n│ Conditions: user_id = id  │\n│          ~${
          g.int(1000, 999999)
        } Rows         │\n└─────────────┬─────────────┘\nTotal Time: ${g.float(0, 9, 4)}s`,
      ]),
  },
  {
    name: "cockroachdb-log",
    n: 10,
    make: (g) =>
      `I${g.date().slice(2).replace(/-/g, "")} ${g.time()}.${g.chars(DIGITS, 6)} ${
        g.int(100, 99999)
      } kv/kvserver/replica_raft.go:${g.int(100, 2000)} ⋮ [T1,Vsystem,n${g.int(1, 9)},s${
        g.int(1, 9)
      },r${g.int(1, 9999)}/${g.int(1, 5)}:‹/Table/${g.int(50, 200)}/{1-2}›] ${
        g.int(100, 9999)
      }  proposal ${g.hex(16)} applied at index ${g.int(10000, 999999)}; raft term ${
        g.int(1, 99)
      }\nclusterID: ${g.uuid()} nodeID: ${g.int(1, 9)} build: CCL v24.${g.int(1, 3)}.${
        g.int(0, 9)
      } @ ${g.date()} ${g.time()} (go1.22.${g.int(0, 9)})`,
  },
  {
    name: "etcd-zookeeper",
    n: 12,
    make: (g) =>
      g.pick([
        JSON.stringify({
          level: "info",
          ts: g.iso(),
          caller: "etcdserver/server.go:2068",
          msg: "published local member to cluster through raft",
          "local-member-id": g.hex(16),
          "local-member-attributes": `{Name:etcd-${g.int(0, 2)} ClientURLs:[https://etcd-${
            g.int(0, 2)
          }.etcd:2379]}`,
          "cluster-id": g.hex(16),
          "publish-timeout": "7s",
        }),
        `${g.date()} ${g.time()},${g.chars(DIGITS, 3)} [main-SendThread(zk-${
          g.int(0, 2)
        }.zk-hs:2181)] INFO  org.apache.zookeeper.ClientCnxn - Session establishment complete on server zk-${
          g.int(0, 2)
        }.zk-hs/zk-${g.int(0, 2)}.zk-hs:2181, session id = 0x${g.hex(15)}, negotiated timeout = ${
          g.int(4000, 40000)
        }, zxid 0x${g.hex(9)}`,
      ]),
  },
  {
    name: "clickhouse-server",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()}.${g.chars(DIGITS, 6)} [ ${
        g.int(100, 9999)
      } ] {${g.uuid()}} <Information> executeQuery: Read ${g.int(1000, 99999999)} rows, ${
        g.float(1, 900, 2)
      } MiB in ${g.float(0, 9, 6)} sec., ${g.int(1000, 99999999)} rows/sec., ${
        g.float(1, 900, 2)
      } MiB/sec.\n${g.date()} ${g.time()}.${g.chars(DIGITS, 6)} [ ${
        g.int(100, 9999)
      } ] {} <Debug> analytics.events (${g.uuid()}): Removing ${
        g.int(1, 40)
      } parts from filesystem (serially): Parts: [all_${g.int(1, 9999)}_${g.int(1, 9999)}_${
        g.int(1, 5)
      }]\n<Debug> MergeTreeDataMergerMutator: Selected ${g.int(2, 9)} parts from 202612_${
        g.int(1, 9999)
      }_${g.int(1, 9999)}_${g.int(1, 5)} to 202612_${g.int(1, 9999)}_${g.int(1, 9999)}_${
        g.int(1, 5)
      }`,
  },
  {
    name: "hbase-regions",
    n: 8,
    make: (g) =>
      `INFO  [RS_OPEN_REGION-regionserver/rs${g.int(1, 9)}:16020-${
        g.int(0, 9)
      }] regionserver.HRegion: Opened ${g.hex(32)}; next sequenceid=${
        g.int(100, 9999999)
      }; SteppingSplitPolicysuffix\nregion=events,${g.hex(8)},${
        g.int(1700000000000, 1767225599999)
      }.${g.hex(32)}., hostname=rs${g.int(1, 9)}.hbase.internal,16020,${
        g.int(1700000000000, 1767225599999)
      }, seqNum=${g.int(1, 99999)}`,
  },
  // ------------------------------------------------------------------- storage
  {
    name: "s3-server-access-log",
    n: 12,
    make: (g) => {
      const owner = g.hex(64);
      return `${owner} assets-prod-${g.int(1, 9)} [${g.p2(g.int(1, 28))}/${
        g.pick(MONTHS)
      }/2026:${g.time()} +0000] - arn:aws:sts::${g.digits(12)}:assumed-role/cdn-origin/${
        g.digits(19)
      } ${g.uhex(16)} REST.GET.OBJECT img/${g.hex(16)}.webp "GET /img/${g.hex(16)}.webp HTTP/1.1" ${
        g.pick([200, 304, 404])
      } - ${g.int(1000, 900000)} ${g.int(1000, 900000)} ${g.int(1, 90)} ${
        g.int(1, 40)
      } "-" "Amazon CloudFront" - ${
        g.b64(57).slice(0, 76)
      } SigV4 TLS_AES_128_GCM_SHA256 AuthHeader assets-prod.s3.eu-west-1.amazonaws.com TLSv1.3 - -`;
    },
  },
  {
    name: "smartctl",
    n: 12,
    make: (g) =>
      `=== START OF INFORMATION SECTION ===\nModel Family:     Samsung based SSDs\nDevice Model:     SAMSUNG MZ7L3${
        g.int(240, 960)
      }HCHQ-00A07\nSerial Number:    S${g.int(4, 6)}${g.chars(UPPER, 3)}NX0${
        g.chars(UPPER + DIGITS, 6)
      }\nLU WWN Device Id: 5 002538 ${g.hex(9)}\nFirmware Version: ${
        g.chars(UPPER + DIGITS, 8)
      }\nUser Capacity:    ${g.int(240, 960)},${g.int(100, 999)},${g.int(100, 999)},${
        g.int(100, 999)
      } bytes [${
        g.int(240, 960)
      } GB]\nID# ATTRIBUTE_NAME          FLAG     VALUE WORST THRESH TYPE      UPDATED  WHEN_FAILED RAW_VALUE\n  9 Power_On_Hours          0x0032   0${
        g.int(90, 99)
      }   0${g.int(90, 99)}   000    Old_age   Always       -       ${
        g.int(1000, 60000)
      }\n241 Total_LBAs_Written      0x0032   099   099   000    Old_age   Always       -       ${
        g.digits(11)
      }`,
  },
  {
    name: "zfs-zpool",
    n: 12,
    make: (g) =>
      g.pick([
        `  pool: tank\n state: ONLINE\n  scan: scrub repaired 0B in ${g.p2(g.int(0, 23))}:${
          g.p2(g.int(0, 59))
        }:${g.p2(g.int(0, 59))} with 0 errors on Sun ${g.pick(MONTHS)} ${
          g.int(1, 28)
        } ${g.time()} 2026\nconfig:\n\tNAME                                   STATE     READ WRITE CKSUM\n\ttank                                   ONLINE       0     0     0\n\t  raidz2-0                             ONLINE       0     0     0\n\t    ata-WDC_WD120EFBX-68B0EN0_${
          g.chars(UPPER + DIGITS, 8)
        }  ONLINE       0     0     0\n\t    wwn-0x5000c500${
          g.hex(8)
        }          ONLINE       0     0     0`,
        `NAME  PROPERTY  VALUE  SOURCE\ntank  guid      ${g.digits(19)}  -\ntank  load_guid ${
          g.digits(19)
        }  -\n    children[0]:\n        type: 'disk'\n        id: 0\n        guid: ${
          g.digits(20).slice(0, g.int(18, 20))
        }\n        path: '/dev/disk/by-id/ata-ST12000NM0008-2H3101_${
          g.chars(UPPER + DIGITS, 8)
        }-part1'\n        txg: ${g.int(4, 9999999)}`,
        `NAME                         USED  AVAIL     REFER  MOUNTPOINT\ntank/data@autosnap_${g.date()}_${
          g.time().replace(/:/g, "")
        }_daily  ${g.float(0, 90, 1)}M      -     ${
          g.float(1, 900, 1)
        }G  -\nzfs send -w tank/data@${g.hex(8)} | resume token 1-${g.hex(10)}-${g.hex(3)}-${
          g.hex(60)
        }`,
      ]),
  },
  {
    name: "btrfs",
    n: 10,
    make: (g) =>
      `Label: 'data'  uuid: ${g.uuid()}\n\tTotal devices 2 FS bytes used ${
        g.float(0, 9, 2)
      }TiB\n\tdevid    1 size ${g.float(1, 18, 2)}TiB used ${
        g.float(0, 9, 2)
      }TiB path /dev/sdb\nUUID:             ${g.uuid()}\nScrub started:    ${
        g.pick(["Mon", "Sun"])
      } ${g.pick(MONTHS)} ${
        g.int(1, 28)
      } ${g.time()} 2026\nStatus:           finished\nDuration:         ${g.int(0, 9)}:${
        g.p2(g.int(0, 59))
      }:${g.p2(g.int(0, 59))}\nTotal to scrub:   ${
        g.float(0, 9, 2)
      }TiB\nError summary:    no errors found\n[${g.int(10, 99999)}.${
        g.chars(DIGITS, 6)
      }] BTRFS info (device sdb): bdev /dev/sdb errs: wr 0, rd 0, flush 0, corrupt 0, gen 0\n[${
        g.int(10, 99999)
      }.${g.chars(DIGITS, 6)}] BTRFS info (device sdb): first mount of filesystem ${g.uuid()}`,
  },
  {
    name: "raid-mdadm-storcli",
    n: 12,
    make: (g) =>
      g.pick([
        `/dev/md0:\n           Version : 1.2\n     Creation Time : ${g.pick(["Mon", "Tue"])} ${
          g.pick(MONTHS)
        } ${g.int(1, 28)} ${g.time()} 2024\n        Raid Level : raid1\n        Array Size : ${
          g.int(100000000, 999999999)
        } (${g.float(100, 999, 2)} GiB ${g.float(100, 999, 2)} GB)\n              UUID : ${
          g.hex(8)
        }:${g.hex(8)}:${g.hex(8)}:${g.hex(8)}\n            Events : ${g.int(100, 999999)}`,
        `Controller = 0\nStatus = Success\nDescription = Show Drive Information Succeeded.\nSAS Address = 0x${
          g.hex(16)
        }\nDG/VD TYPE  State Access Consist Cache Cac sCC       Size Name\n0/0   RAID1 Optl  RW     Yes     RWBD  -   ON  ${
          g.float(100, 999, 3)
        } GB ${
          g.pick(["os", "data"])
        }\nEID:Slt DID State DG       Size Intf Med SED PI SeSz Model            Sp\n${
          g.int(60, 252)
        }:${g.int(0, 23)}    ${g.int(0, 99)} Onln   0 ${
          g.float(100, 999, 3)
        } GB SATA SSD N   N  512B ${g.pick(["MZ7LH480HAHQ0D3", "INTEL SSDSC2KB48"])} U\nWWN = ${
          g.uhex(16)
        }`,
      ]),
  },
  {
    name: "multipath-iscsi",
    n: 10,
    make: (g) =>
      `mpath${g.pick(["a", "b", "c"])} (36${g.hex(31)}) dm-${g.int(0, 9)} ${
        g.pick(["PURE,FlashArray", "NETAPP,LUN C-Mode", "HP,HSV210"])
      }\nsize=${
        g.int(10, 9000)
      }G features='0' hwhandler='1 alua' wp=rw\n\`-+- policy='service-time 0' prio=50 status=active\n  |- ${
        g.int(1, 9)
      }:0:0:${g.int(1, 9)} sd${g.pick(["b", "c", "d"])} 8:${
        g.int(16, 64)
      } active ready running\ntcp: [${
        g.int(1, 9)
      }] portal-a.storage.lan:3260,1 iqn.2010-06.com.purestorage:flasharray.${
        g.hex(16)
      } (non-flash)\nnaa.${g.hex(32)}: ${g.pick(["VMware", "PURE"])} Fibre Channel Disk (naa.${
        g.hex(32)
      })`,
  },
  {
    name: "esxi-vmkernel",
    n: 10,
    make: (g) =>
      `${g.iso()} cpu${g.int(0, 63)}:${g.int(2000000, 2999999)})NMP: nmp_ThrottleLogForDevice:${
        g.int(3000, 3999)
      }: Cmd 0x2a (0x45${g.hex(10)}, ${g.int(2000000, 2999999)}) to dev "naa.${
        g.hex(32)
      }" on path "vmhba${g.int(0, 4)}:C0:T${g.int(0, 9)}:L${g.int(0, 99)}" Failed:\n${g.iso()} cpu${
        g.int(0, 63)
      }:${g.int(2000000, 2999999)})ScsiDeviceIO: ${g.int(3000, 4999)}: Cmd(0x45${
        g.hex(10)
      }) 0x89, CmdSN 0x${g.hex(6)} from world ${g.int(2000000, 2999999)} to dev "naa.${
        g.hex(32)
      }" failed H:0x0 D:0x2 P:0x0 Valid sense data: 0x6 0x29 0x0.\nvm uuid: 42 ${
        Array.from({ length: 7 }, () => g.hex(2)).join(" ")
      }-${Array.from({ length: 8 }, () => g.hex(2)).join(" ")}`,
  },
  {
    name: "proxmox-tasks",
    n: 10,
    make: (g) =>
      `${g.pick(MONTHS)} ${g.p2(g.int(1, 28))} ${g.time()} pve${g.int(1, 9)} pvedaemon[${
        g.int(1000, 99999)
      }]: <root@pam> starting task UPID:pve${g.int(1, 9)}:${g.uhex(8)}:${g.uhex(8)}:${
        g.uhex(8)
      }:qmstart:${g.int(100, 999)}:root@pam:\n${g.pick(MONTHS)} ${
        g.p2(g.int(1, 28))
      } ${g.time()} pve${g.int(1, 9)} pvedaemon[${
        g.int(1000, 99999)
      }]: <root@pam> end task UPID:pve${g.int(1, 9)}:${g.uhex(8)}:${g.uhex(8)}:${
        g.uhex(8)
      }:qmstart:${g.int(100, 999)}:root@pam: OK`,
  },
  {
    name: "qemu-libvirt",
    n: 8,
    make: (g) =>
      `${g.iso()}: starting up libvirt version: 10.${
        g.int(0, 9)
      }.0, package: 1.el9 (builder, ${g.date()}-${g.time()}, ), qemu version: 8.${
        g.int(0, 2)
      }.0qemu-kvm-8.${g.int(0, 2)}.0-${
        g.int(1, 20)
      }.el9\nLC_ALL=C /usr/libexec/qemu-kvm -name guest=vm-${
        g.int(100, 999)
      },debug-threads=on -S -object '{"qom-type":"secret","id":"masterKey0","format":"raw","file":"/var/lib/libvirt/qemu/domain-${
        g.int(1, 99)
      }-vm-${
        g.int(100, 999)
      }/master-key.aes"}' -machine pc-q35-rhel9.4.0 -uuid ${g.uuid()} -smbios type=1,serial=${g.uuid()}`,
  },
  // ------------------------------------------------------------------- DNS, NTP, UPS
  {
    name: "unbound-resolver",
    n: 12,
    make: (g) =>
      `[${g.epoch()}] unbound[${g.int(100, 9999)}:${g.int(0, 3)}] info: server stats for thread ${
        g.int(0, 3)
      }: ${g.int(1000, 999999)} queries, ${g.int(1000, 99999)} answers from cache, ${
        g.int(100, 99999)
      } recursions, ${
        g.int(0, 999)
      } prefetch, 0 rejected by ip ratelimiting\n[${g.epoch()}] unbound[${
        g.int(100, 9999)
      }:0] info: validation success ${
        g.pick(["example.org.", "ietf.org.", "debian.org."])
      } DNSKEY IN\n[${g.epoch()}] unbound[${
        g.int(100, 9999)
      }:0] info: generate keytag query _ta-4f66. NULL IN`,
  },
  {
    name: "dig-dnssec",
    n: 12,
    make: (g) => {
      const zone = g.pick(["example.org.", "ietf.org.", "nic.cz."]);
      return `; <<>> DiG 9.18.${
        g.int(10, 30)
      } <<>> +dnssec ${zone} SOA\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ${
        g.int(1, 65535)
      }\n;; flags: qr rd ra ad; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1\n; COOKIE: ${
        g.hex(48)
      } (good)\n${zone}\t\t${g.int(60, 3600)}\tIN\tSOA\tns1.${zone} hostmaster.${zone} ${
        g.int(2026010100, 2026123199)
      } 10800 3600 604800 3600\n${zone}\t\t${g.int(60, 3600)}\tIN\tRRSIG\tSOA 13 2 3600 ${
        g.date().replace(/-/g, "")
      }000000 ${g.date().replace(/-/g, "")}000000 ${g.int(1000, 65535)} ${zone} ${
        g.b64(64)
      }\n${zone}\t\t${g.int(60, 3600)}\tIN\tDS\t${g.int(1000, 65535)} 13 2 ${
        g.uhex(64)
      }\n;; Query time: ${g.int(1, 90)} msec\n;; MSG SIZE  rcvd: ${g.int(100, 1200)}`;
    },
  },
  {
    name: "bind-named",
    n: 10,
    make: (g) =>
      `${g.p2(g.int(1, 28))}-${g.pick(MONTHS)}-2026 ${g.time()}.${g.chars(DIGITS, 3)} zone ${
        g.pick(["corp.example.com", "int.example.net"])
      }/IN: loaded serial ${g.int(2026010100, 2026123199)}\n${g.p2(g.int(1, 28))}-${
        g.pick(MONTHS)
      }-2026 ${g.time()}.${
        g.chars(DIGITS, 3)
      } dnssec: info: zone corp.example.com/IN (signed): reconfiguring zone keys\n${
        g.p2(g.int(1, 28))
      }-${g.pick(MONTHS)}-2026 ${g.time()}.${
        g.chars(DIGITS, 3)
      } dnssec: info: DNSKEY corp.example.com/ECDSAP256SHA256/${
        g.int(1000, 65535)
      } (ZSK) is now published\nmanaged-keys-zone: Key ${
        g.int(1000, 65535)
      } for zone . is now trusted (acceptance timer complete)`,
  },
  {
    name: "chrony-ntp",
    n: 12,
    make: (g) =>
      g.pick([
        `MS Name/IP address         Stratum Poll Reach LastRx Last sample\n===============================================================================\n^* time.cloudflare.com           3   6   377    ${
          g.int(1, 64)
        }   +${g.int(1, 999)}us[ +${g.int(1, 999)}us] +/-   ${g.int(1, 40)}ms\n^- ntp${
          g.int(1, 4)
        }.example.net              2  10   377   ${g.int(100, 999)}  -${g.float(0, 9, 3)}ms[-${
          g.float(0, 9, 3)
        }ms] +/-   ${g.int(1, 90)}ms`,
        `Reference ID    : ${
          g.uhex(8)
        } (time.cloudflare.com)\nStratum         : 4\nRef time (UTC)  : ${g.pick(["Mon", "Tue"])} ${
          g.pick(MONTHS)
        } ${g.p2(g.int(1, 28))} ${g.time()} 2026\nSystem time     : 0.${
          g.chars(DIGITS, 9)
        } seconds ${g.pick(["fast", "slow"])} of NTP time\nLast offset     : +0.${
          g.chars(DIGITS, 9)
        } seconds\nFrequency       : ${g.float(0, 30, 3)} ppm ${
          g.pick(["fast", "slow"])
        }\nRoot delay      : 0.${g.chars(DIGITS, 9)} seconds\nLeap status     : Normal`,
      ]),
  },
  {
    name: "ups-nut-apcupsd",
    n: 10,
    make: (g) =>
      g.pick([
        `battery.charge: ${g.int(10, 100)}\nbattery.runtime: ${
          g.int(100, 9000)
        }\nbattery.voltage: ${
          g.float(12, 28, 1)
        }\ndevice.mfr: American Power Conversion\ndevice.model: Smart-UPS ${
          g.pick([750, 1500, 3000])
        }\ndevice.serial: AS${g.digits(10)}\ninput.voltage: ${
          g.float(220, 240, 1)
        }\nups.firmware: UPS ${g.int(9, 15)}.${g.int(0, 9)} (ID${g.int(10, 99)})\nups.load: ${
          g.int(0, 100)
        }\nups.status: OL`,
        `APC      : 001,036,0${
          g.int(800, 999)
        }\nDATE     : ${g.date()} ${g.time()} +0000\nVERSION  : 3.14.14 (31 May 2016) debian\nUPSMODE  : Stand Alone\nSTATUS   : ONLINE\nLINEV    : ${
          g.float(220, 240, 1)
        } Volts\nLOADPCT  : ${g.float(0, 99, 1)} Percent\nTIMELEFT : ${
          g.float(1, 90, 1)
        } Minutes\nSERIALNO : ${g.int(3, 5)}B${g.digits(4)}X${g.digits(5)}\nFIRMWARE : ${
          g.int(900, 999)
        }.${g.chars("abcdefghijklmnopqrstuvwxyz", 1)}${g.int(1, 9)} .I USB FW:${
          g.chars("abcdefghij", 1)
        }${g.int(1, 9)}`,
      ]),
  },
  // ------------------------------------------------------------------- firmware, boot
  {
    name: "u-boot-fit",
    n: 10,
    make: (g) =>
      `U-Boot 2024.${g.p2(g.int(1, 10))} (${g.pick(MONTHS)} ${
        g.p2(g.int(1, 28))
      } 2026 - ${g.time()} +0000)\n\nDRAM:  ${
        g.pick([1, 2, 4])
      } GiB\n## Loading kernel from FIT Image at ${
        g.hex(8)
      } ...\n   Using 'conf-1' configuration\n   Verifying Hash Integrity ... OK\n   Trying 'kernel-1' kernel subimage\n     Hash algo:    sha256\n     Hash value:   ${
        g.hex(64)
      }\n   Verifying Hash Integrity ... sha256+ OK\n## Flattened Device Tree blob at ${
        g.hex(8)
      }\n   Loading Device Tree to ${g.hex(8)}, end ${g.hex(8)} ... OK`,
  },
  {
    name: "esptool-platformio",
    n: 10,
    make: (g) =>
      `RAM:   [==        ]  ${g.pct()}% (used ${
        g.int(10000, 300000)
      } bytes from 327680 bytes)\nFlash: [=====     ]  ${g.pct()}% (used ${
        g.int(100000, 1300000)
      } bytes from 1310720 bytes)\nesptool.py v4.${
        g.int(5, 8)
      }.1\nChip is ESP32-D0WD-V3 (revision v3.${
        g.int(0, 1)
      })\nFeatures: WiFi, BT, Dual Core, 240MHz, VRef calibration in efuse, Coding Scheme None\nCompressed ${
        g.int(100000, 1300000)
      } bytes to ${g.int(50000, 900000)}...\nWrote ${g.int(100000, 1300000)} bytes (${
        g.int(50000, 900000)
      } compressed) at 0x00010000 in ${g.float(1, 30, 1)} seconds (effective ${
        g.float(100, 900, 1)
      } kbit/s)...\nHash of data verified.\nfirmware.elf sha256=${g.hex(64)}`,
  },
  {
    name: "tpm-secureboot-fwupd",
    n: 10,
    make: (g) =>
      g.pick([
        `sha256:\n  0 : 0x${g.uhex(64)}\n  1 : 0x${g.uhex(64)}\n  7 : 0x${
          g.uhex(64)
        }\nSecureBoot enabled\nmokutil: SHA1 Fingerprint: ${
          Array.from({ length: 20 }, () => g.hex(2)).join(":")
        }`,
        `fwupdmgr get-devices\n├─System Firmware:\n│     Device ID:          ${
          g.hex(40)
        }\n│     Current version:    0.1.${
          g.int(10, 40)
        }\n│     Vendor:             LENOVO (DMI:LENOVO)\n│     GUIDs:              ${g.uuid()}\n│                         ${g.uuid()} ← main-system-firmware\n│     Device Flags:       • Internal device\n│                         • Updatable`,
      ]),
  },
  {
    name: "ipxe-pxe",
    n: 8,
    make: (g) =>
      `iPXE ${g.int(1, 2)}.${g.int(20, 21)}.${g.int(1, 9)}+ (g${
        g.hex(5)
      }) -- Open Source Network Boot Firmware -- https://ipxe.org\nFeatures: DNS HTTP HTTPS iSCSI NFS TFTP VLAN AoE ELF MBOOT PXE bzImage Menu PXEXT\nhttp://boot.lan/images/fedora-41/vmlinuz... ok\nhttp://boot.lan/images/fedora-41/initrd.img... ok\nimgverify vmlinuz vmlinuz.sig ... ok\nboot.ipxe sha256sum ${
        g.hex(64)
      }`,
  },
  // ------------------------------------------------------------------- data pipelines
  {
    name: "spark-driver",
    n: 12,
    make: (g) =>
      `${
        g.date().slice(2).replace(/-/g, "/")
      } ${g.time()} INFO SparkContext: Submitted application: etl_${g.word()}\n${
        g.date().slice(2).replace(/-/g, "/")
      } ${g.time()} INFO Client: Application report for application_${
        g.int(1700000000000, 1767225599999)
      }_${g.p2(g.int(1, 99)).padStart(4, "0")} (state: RUNNING)\n${
        g.date().slice(2).replace(/-/g, "/")
      } ${g.time()} INFO BlockManagerInfo: Added broadcast_${
        g.int(0, 99)
      }_piece0 in memory on executor-${g.int(1, 40)}.spark.svc:${g.int(30000, 60000)} (size: ${
        g.float(1, 90, 1)
      } KiB, free: ${g.float(1, 9, 1)} GiB)\n${
        g.date().slice(2).replace(/-/g, "/")
      } ${g.time()} INFO DAGScheduler: Job ${g.int(0, 999)} finished: save at DeltaWriter.scala:${
        g.int(40, 400)
      }, took ${g.float(0, 900, 6)} s`,
  },
  {
    name: "flink-jobmanager",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()},${
        g.chars(DIGITS, 3)
      } INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator [] - Completed checkpoint ${
        g.int(1, 99999)
      } for job ${g.hex(32)} (${g.int(1000, 999999999)} bytes, checkpointDuration=${
        g.int(10, 99999)
      } ms, finalizationTime=${g.int(0, 99)} ms).\n${g.date()} ${g.time()},${
        g.chars(DIGITS, 3)
      } INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph [] - Source: kafka-orders (${
        g.int(1, 8)
      }/8) (${g.hex(32)}_${g.hex(32)}_${
        g.int(0, 7)
      }_0) switched from DEPLOYING to INITIALIZING.\ncontainer_e${g.p2(g.int(1, 99))}_${
        g.int(1700000000000, 1767225599999)
      }_${g.p2(g.int(1, 99)).padStart(4, "0")}_01_0000${g.p2(g.int(1, 99))}`,
  },
  {
    name: "airflow-task",
    n: 12,
    make: (g) =>
      `[${g.date()}, ${g.time()} UTC] {taskinstance.py:${
        g.int(1000, 3000)
      }} INFO - Marking task as SUCCESS. dag_id=etl_${g.word()}, task_id=load_${g.word()}, run_id=scheduled__${g.date()}T00:00:00+00:00, execution_date=${
        g.date().replace(/-/g, "")
      }T000000, start_date=${g.date().replace(/-/g, "")}T${g.time().replace(/:/g, "")}, end_date=${
        g.date().replace(/-/g, "")
      }T${g.time().replace(/:/g, "")}\n[${g.date()}, ${g.time()} UTC] {local_task_job_runner.py:${
        g.int(200, 300)
      }} INFO - Task exited with return code 0\nexternal_executor_id=${g.uuid()} pid=${
        g.int(100, 99999)
      } try_number=${g.int(1, 3)} queued_by_job_id=${g.int(1000, 999999)}`,
  },
  {
    name: "dbt-run",
    n: 10,
    make: (g) =>
      `${g.time()}  Running with dbt=1.${g.int(6, 9)}.${
        g.int(0, 9)
      }\n${g.time()}  Registered adapter: snowflake=1.${g.int(6, 9)}.${g.int(0, 9)}\n${g.time()}  ${
        g.int(1, 90)
      } of ${
        g.int(90, 200)
      } OK created sql incremental model analytics.fct_${g.word()} ......... [SUCCESS ${
        g.int(1, 999999)
      } in ${g.float(0, 90, 2)}s]\n${g.time()}  Finished running ${
        g.int(90, 200)
      } models in 0 hours ${g.int(0, 59)} minutes and ${g.float(0, 59, 2)} seconds (${
        g.float(60, 3600, 2)
      }s).\ninvocation_id: ${g.uuid()}  query_id: 01b${g.hex(5)}-0${g.int(100, 999)}-${
        g.hex(4)
      }-0000-${g.hex(12)}`,
  },
  {
    name: "logstash-fluentbit",
    n: 12,
    make: (g) =>
      g.pick([
        `[${g.date()}T${g.time()},${
          g.chars(DIGITS, 3)
        }][INFO ][logstash.javapipeline    ][main] Pipeline started {"pipeline.id"=>"main"}\n[${g.date()}T${g.time()},${
          g.chars(DIGITS, 3)
        }][WARN ][logstash.outputs.elasticsearch][main][${
          g.hex(64)
        }] Restored connection to ES instance {:url=>"https://es-logs:9200/"}`,
        `[${g.date().replace(/-/g, "/")} ${g.time()}] [ warn] [engine] failed to flush chunk '${
          g.int(1, 99)
        }-${g.epoch()}.${g.chars(DIGITS, 9)}.flb', retry in ${g.int(6, 60)} seconds: task_id=${
          g.int(0, 99)
        }, input=tail.${g.int(0, 4)} > output=es.${g.int(0, 4)} (out_id=${g.int(0, 4)})`,
      ]),
  },
  {
    name: "telegraf-influx-line",
    n: 10,
    make: (g) =>
      `${
        g.iso().slice(0, 19)
      }Z I! Loaded inputs: cpu disk diskio mem net processes system\ncpu,cpu=cpu${
        g.int(0, 63)
      },host=worker-${g.int(1, 99)} usage_idle=${g.float(0, 100, 6)},usage_system=${
        g.float(0, 10, 6)
      },usage_user=${g.float(0, 30, 6)} ${g.epoch()}${g.chars(DIGITS, 9)}\ndiskio,host=worker-${
        g.int(1, 99)
      },name=nvme0n1,serial=S${g.chars(UPPER + DIGITS, 14)} reads=${
        g.int(1000, 999999999)
      }i,writes=${g.int(1000, 999999999)}i,io_time=${g.int(1000, 99999999)}i ${g.epoch()}${
        g.chars(DIGITS, 9)
      }`,
  },
  {
    name: "nagios-zabbix",
    n: 10,
    make: (g) =>
      g.pick([
        `[${g.epoch()}] SERVICE ALERT: web${g.p2(g.int(1, 40))};HTTPS;${
          g.pick(["CRITICAL", "OK", "WARNING"])
        };SOFT;${g.int(1, 3)};HTTP ${g.pick(["CRITICAL", "OK"])}: HTTP/1.1 ${
          g.pick([200, 503])
        } - ${g.int(100, 99999)} bytes in ${
          g.float(0, 2, 3)
        } second response time\n[${g.epoch()}] SERVICE NOTIFICATION: oncall-team;web${
          g.p2(g.int(1, 40))
        };SSL_CERT;WARNING;notify-by-slack;SSL WARNING - Certificate '*.example.com' expires in ${
          g.int(1, 30)
        } day(s) (${g.date()} ${g.time()} +0000).`,
        `  ${g.int(100, 99999)}:${g.date().replace(/-/g, "")}:${g.time().replace(/:/g, "")}.${
          g.chars(DIGITS, 3)
        } active check "vfs.fs.size[/var,pfree]" is not supported: Cannot obtain filesystem information: [2] No such file or directory\n  ${
          g.int(100, 99999)
        }:${g.date().replace(/-/g, "")}:${g.time().replace(/:/g, "")}.${
          g.chars(DIGITS, 3)
        } Zabbix Agent 2 [${g.pick(["db01", "web03"])}]. Zabbix 7.0.${g.int(0, 9)} (revision ${
          g.hex(8)
        }).`,
      ]),
  },
  {
    name: "puppet-salt-chef",
    n: 12,
    make: (g) =>
      g.pick([
        `Notice: /Stage[main]/Nginx::Config/File[/etc/nginx/nginx.conf]/content: \n--- /etc/nginx/nginx.conf\t${g.date()} ${g.time()}.${
          g.chars(DIGITS, 9)
        } +0000\nNotice: /Stage[main]/Nginx::Config/File[/etc/nginx/nginx.conf]/content: content changed '{sha256}${
          g.hex(64)
        }' to '{sha256}${g.hex(64)}'\nNotice: Applied catalog in ${
          g.float(1, 90, 2)
        } seconds\nInfo: Caching catalog for web${
          g.p2(g.int(1, 40))
        }.example.com\nInfo: Applying configuration version '${g.epoch()}'`,
        `jid: ${g.date().replace(/-/g, "")}${g.time().replace(/:/g, "")}${
          g.chars(DIGITS, 6)
        }\n----------\n          ID: sshd_config\n    Function: file.managed\n        Name: /etc/ssh/sshd_config\n      Result: True\n     Comment: File /etc/ssh/sshd_config updated\n     Started: ${g.time()}.${
          g.chars(DIGITS, 6)
        }\n    Duration: ${
          g.float(1, 900, 3)
        } ms\n     Changes:\n              ----------\n              diff:\n                  --- \n                  +++ \n                  @@ -${
          g.int(1, 90)
        } +${
          g.int(1, 90)
        } @@\n                  -PasswordAuthentication yes\n                  +PasswordAuthentication no`,
        `  * template[/etc/app/app.conf] action create\n    - update content in file /etc/app/app.conf from ${
          g.hex(6)
        } to ${
          g.hex(6)
        }\n    - suppressed sensitive resource\nRunning handlers complete\nInfra Phase complete, ${
          g.int(1, 40)
        }/${g.int(40, 400)} resources updated in ${g.int(1, 59)} seconds`,
      ]),
  },
  {
    name: "packer-vagrant-pulumi",
    n: 12,
    make: (g) =>
      g.pick([
        `==> amazon-ebs.ubuntu: Prevalidating AMI Name: golden-ubuntu-${g.epoch()}\n==> amazon-ebs.ubuntu: Creating temporary keypair: packer_${g.uuid()}\n==> amazon-ebs.ubuntu: Launching a source AWS instance...\n    amazon-ebs.ubuntu: Instance ID: i-0${
          g.hex(16)
        }\n==> amazon-ebs.ubuntu: Waiting for AMI to become ready...\n--> amazon-ebs.ubuntu: AMIs were created:\neu-west-1: ami-0${
          g.hex(16)
        }`,
        `==> default: Box 'ubuntu/jammy64' version '${
          g.date().replace(/-/g, "")
        }.0.0' is up to date...\n    default: SSH auth method: private key\n    default: Vagrant insecure key detected. Vagrant will automatically replace\n    default: this with a newly generated keypair for better security.\n    default: Inserting generated public key within guest...\n    default: Removing insecure key from the guest if it's present...\n    default: Key inserted! Disconnecting and reconnecting using new SSH key...`,
        `     Type                 Name          Status\n +   pulumi:pulumi:Stack  site-dev      created (${
          g.int(1, 90)
        }s)\n +   aws:s3:Bucket        site          created (${
          g.int(1, 9)
        }s)\nOutputs:\n    bucketName: "site-${g.hex(7)}"\nResources:\n    + ${
          g.int(2, 40)
        } created\nDuration: ${
          g.int(5, 90)
        }s\nurn:pulumi:dev::site::aws:s3/bucket:Bucket::site\nPermalink: https://app.pulumi.com/example-org/site/dev/updates/${
          g.int(1, 400)
        }`,
      ]),
  },
  {
    name: "nomad-linkerd",
    n: 10,
    make: (g) =>
      g.pick([
        `    ${g.iso()} [INFO]  client.alloc_runner.task_runner: Task event: alloc_id=${g.uuid()} task=web type=Started msg="Task started by client" failed=false\n    ${g.iso()} [INFO]  client.gc: marking allocation for GC: alloc_id=${g.uuid()}\nEvaluation ID: ${
          g.hex(8)
        }\nDeployment "${g.hex(8)}" successful`,
        `[ ${
          g.float(0, 9000, 6)
        }s]  INFO ThreadId(01) linkerd2_proxy::rt: Using single-threaded proxy runtime\n[ ${
          g.float(0, 9000, 6)
        }s]  INFO ThreadId(02) daemon:identity: linkerd_app: Certified identity id=${g.word()}.prod.serviceaccount.identity.linkerd.cluster.local\n[ ${
          g.float(0, 9000, 6)
        }s]  INFO ThreadId(01) outbound:proxy{addr=${g.word()}.prod.svc.cluster.local:8080}: linkerd_app_core::serve: Connection closed error=connection closed before message completed`,
      ]),
  },
  // ------------------------------------------------------------------- application servers
  {
    name: "tomcat-catalina",
    n: 10,
    make: (g) =>
      `${g.p2(g.int(1, 28))}-${g.pick(MONTHS)}-2026 ${g.time()}.${
        g.chars(DIGITS, 3)
      } INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.1.${
        g.int(10, 40)
      }\n${g.p2(g.int(1, 28))}-${g.pick(MONTHS)}-2026 ${g.time()}.${
        g.chars(DIGITS, 3)
      } INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/opt/tomcat/webapps/ROOT.war] has finished in [${
        g.int(100, 99999)
      }] ms\n${g.p2(g.int(1, 28))}-${g.pick(MONTHS)}-2026 ${g.time()}.${
        g.chars(DIGITS, 3)
      } WARNING [main] org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [${
        g.int(100, 9999)
      }] milliseconds.`,
  },
  {
    name: "uwsgi-phpfpm",
    n: 10,
    make: (g) =>
      g.pick([
        `*** Operational MODE: preforking ***\nWSGI app 0 (mountpoint='') ready in ${
          g.int(1, 9)
        } seconds on interpreter 0x${g.hex(12)} pid: ${
          g.int(100, 99999)
        } (default app)\nspawned uWSGI worker ${g.int(1, 16)} (pid: ${
          g.int(100, 99999)
        }, cores: 1)\n[pid: ${g.int(100, 99999)}|app: 0|req: ${g.int(1, 9999)}/${
          g.int(1, 99999)
        }] () {${g.int(30, 60)} vars in ${g.int(400, 900)} bytes} [${g.pick(["Mon", "Tue"])} ${
          g.pick(MONTHS)
        } ${g.int(1, 28)} ${g.time()} 2026] GET /healthz => generated ${g.int(2, 99)} bytes in ${
          g.int(0, 99)
        } msecs (HTTP/1.1 200) 2 headers in 79 bytes (1 switches on core 0)`,
        `[${g.p2(g.int(1, 28))}-${g.pick(MONTHS)}-2026 ${g.time()}]  [pool www] pid ${
          g.int(100, 99999)
        }\nscript_filename = /var/www/html/index.php\n[0x00007f${
          g.hex(10)
        }] curl_exec() /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlHandler.php:${
          g.int(10, 99)
        }\n[0x00007f${
          g.hex(10)
        }] __invoke() /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/Proxy.php:${
          g.int(10, 99)
        }`,
      ]),
  },
  {
    name: "exim-queue",
    n: 10,
    make: (g) => {
      const id = `1t${g.chars(B62, 4)}-00${g.chars(B62, 4)}-${g.chars(B62, 2)}`;
      return `${g.date()} ${g.time()} Start queue run: pid=${
        g.int(100, 99999)
      }\n${g.date()} ${g.time()} ${id} SMTP error from remote mail server after end of data: 451 4.7.1 Greylisted, please try again later\n${g.date()} ${g.time()} ${id} Completed QT=${
        g.int(1, 900)
      }s\n${g.date()} ${g.time()} End queue run: pid=${g.int(100, 99999)}\nMessage-ID: <${
        g.hex(16)
      }.${g.epoch()}@mailer.example.com>`;
    },
  },
  {
    name: "matrix-synapse",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()},${g.chars(DIGITS, 3)} - synapse.handlers.federation_event - ${
        g.int(1000, 2000)
      } - INFO - PUT-${g.int(1, 99999)} - Processing pulled event $${
        g.b64url(43)
      }\n${g.date()} ${g.time()},${g.chars(DIGITS, 3)} - synapse.storage.databases.main.events - ${
        g.int(100, 999)
      } - INFO - persist_events-${g.int(1, 999)} - room !${
        g.chars(B62, 18)
      }:matrix.org stream_ordering=${g.int(1000000, 99999999)} depth=${
        g.int(1, 99999)
      } prev_events=[$${g.b64url(43)}]`,
  },
  {
    name: "jupyter-kernel",
    n: 8,
    make: (g) =>
      `[I ${g.date()} ${g.time()}.${
        g.chars(DIGITS, 3)
      } ServerApp] Kernel started: ${g.uuid()}\n[I ${g.date()} ${g.time()}.${
        g.chars(DIGITS, 3)
      } ServerApp] Connecting to kernel ${g.uuid()}.\n[I ${g.date()} ${g.time()}.${
        g.chars(DIGITS, 3)
      } ServerApp] Saving file at /notebooks/analysis_${
        g.int(1, 99)
      }.ipynb\n[I ${g.date()} ${g.time()}.${
        g.chars(DIGITS, 3)
      } ServerApp] Starting buffering for ${g.uuid()}:${g.uuid()}`,
  },
  // ------------------------------------------------------------------- science files
  {
    name: "fastq-samtools",
    n: 12,
    make: (g) => {
      const len = 36;
      const read = g.chars("ACGT", len);
      const qual = g.chars("!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJ", len);
      return `@SRR${g.int(1000000, 29999999)}.${g.int(1, 9999999)} ${
        g.int(1, 9999999)
      }/1\n${read}\n+\n${qual}\n@RG\tID:${g.hex(8)}.${g.int(1, 8)}\tSM:sample_${
        g.int(1, 999)
      }\tPL:ILLUMINA\tPU:${g.chars(UPPER + DIGITS, 9)}.${
        g.int(1, 8)
      }\n[M::mem_process_seqs] Processed ${g.int(10000, 999999)} reads in ${
        g.float(1, 900, 3)
      } CPU sec, ${g.float(1, 90, 3)} real sec`;
    },
  },
  {
    name: "vcf-variants",
    n: 8,
    make: (g) =>
      `##fileformat=VCFv4.2\n##reference=GRCh38\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSAMPLE_${
        g.int(1, 999)
      }\nchr${g.int(1, 22)}\t${g.int(10000, 240000000)}\trs${g.int(1000, 999999999)}\t${
        g.chars("ACGT", 1)
      }\t${g.chars("ACGT", 1)}\t${g.float(10, 999, 2)}\tPASS\tDP=${g.int(10, 900)};AF=${
        g.float(0, 1, 3)
      };MQ=60\tGT:AD:DP:GQ\t0/1:${g.int(5, 90)},${g.int(5, 90)}:${g.int(10, 180)}:${g.int(10, 99)}`,
  },
  {
    name: "fits-header",
    n: 10,
    make: (g) =>
      `SIMPLE  =                    T / conforms to FITS standard\nBITPIX  =                  -32 / array data type\nNAXIS1  =                 ${
        g.int(1000, 9999)
      }\nDATE-OBS= '${g.date()}T${g.time()}.${
        g.chars(DIGITS, 3)
      }' / UTC start of exposure\nEXPTIME =                ${
        g.float(1, 900, 1)
      } / [s]\nRA      =          ${g.float(0, 360, 6)} / [deg]\nDEC     =          ${
        g.float(-90, 90, 6)
      } / [deg]\nCHECKSUM= '${
        g.chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 16)
      }'   / HDU checksum updated ${g.date()}T${g.time()}\nDATASUM = '${
        g.int(100000000, 4294967295)
      }'         / data unit checksum updated ${g.date()}T${g.time()}`,
  },
  {
    name: "latex-build",
    n: 8,
    make: (g) =>
      `(/usr/share/texlive/texmf-dist/tex/latex/base/article.cls\nDocument Class: article 2024/06/29 v1.4n Standard LaTeX document class\nLaTeX Warning: Reference \`sec:results' on page ${
        g.int(1, 40)
      } undefined on input line ${g.int(10, 900)}.\nOverfull \\hbox (${
        g.float(0, 40, 5)
      }pt too wide) in paragraph at lines ${g.int(10, 400)}--${
        g.int(400, 900)
      }\nOutput written on main.pdf (${g.int(1, 90)} pages, ${
        g.int(10000, 9999999)
      } bytes).\nTranscript written on main.log.`,
  },
  {
    name: "r-sessioninfo",
    n: 8,
    make: (g) =>
      `R version 4.${g.int(2, 4)}.${
        g.int(0, 3)
      } (${g.date()})\nPlatform: x86_64-pc-linux-gnu (64-bit)\nRunning under: Ubuntu 22.04.${
        g.int(1, 5)
      } LTS\nMatrix products: default\nBLAS:   /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3\nattached base packages:\n[1] stats     graphics  grDevices utils     datasets  methods   base\nother attached packages:\n[1] data.table_1.15.${
        g.int(0, 4)
      } ggplot2_3.5.${g.int(0, 1)}\n> set.seed(${
        g.int(1, 99999)
      }); summary(fit)\nResidual standard error: ${g.float(0, 9, 3)} on ${
        g.int(10, 9999)
      } degrees of freedom\nMultiple R-squared:  ${g.float(0, 1, 4)}`,
  },
  // ------------------------------------------------------------------- misc. stores
  {
    name: "git-lfs",
    n: 10,
    make: (g) =>
      `version https://git-lfs.github.com/spec/v1\noid sha256:${g.hex(64)}\nsize ${
        g.int(1000, 9999999999)
      }\n${g.hex(10)} * assets/models/weights_${g.int(1, 99)}.bin\nUploading LFS objects: 100% (${
        g.int(1, 90)
      }/${g.int(1, 90)}), ${g.float(1, 900, 1)} MB | ${g.float(1, 90, 1)} MB/s, done.`,
  },
  {
    name: "chromium-electron-crash",
    n: 8,
    make: (g) =>
      `[${g.int(1000, 99999)}:${g.int(1000, 99999)}:${g.p2(g.int(1, 12))}${g.p2(g.int(1, 28))}/${
        g.time().replace(/:/g, "")
      }.${g.chars(DIGITS, 6)}:ERROR:${
        g.pick([
          "bus.cc(407)",
          "gl_surface_presentation_helper.cc(260)",
          "ssl_client_socket_impl.cc(878)",
        ])
      }] ${
        g.pick([
          "Failed to connect to the bus: Could not parse server address: Unknown address type",
          "GetVSyncParametersIfAvailable() failed for 3 times!",
          "handshake failed; returned -1, SSL error code 1, net_error -101",
        ])
      }\nElectron ${g.int(28, 33)}.${g.int(0, 9)}.${g.int(0, 9)} Chromium ${g.int(120, 134)}.0.${
        g.int(6000, 6999)
      }.${g.int(10, 250)} crashpad report ${g.hex(16)} uploaded as ${g.hex(16)}`,
  },
  {
    name: "wine-proton",
    n: 8,
    make: (g) =>
      `fsync: up and running.\nwine: Unhandled page fault on read access to 0000000000000000 at address 0000${
        g.uhex(12)
      } (thread 0${g.hex(3)}), starting debugger...\n0${
        g.hex(3)
      }:err:module:import_dll Library d3dcompiler_47.dll (which is needed by L"Z:\\\\home\\\\steam\\\\Game\\\\Game.exe") not found\nProton: ${
        g.int(7, 9)
      }.0-${g.int(1, 9)} ProtonFixes[${g.int(100, 99999)}] INFO: Running checks\nSteamGameId=${
        g.int(10000, 2999999)
      } STEAM_COMPAT_APP_ID=${g.int(10000, 2999999)}`,
  },
  // ------------------------------------------- key, token and password machinery, no secret
  {
    name: "vllm-inference",
    n: 12,
    make: (g) =>
      `INFO ${g.p2(g.int(1, 12))}-${g.p2(g.int(1, 28))} ${g.time()} metrics.py:${
        g.int(300, 400)
      }] Avg prompt throughput: ${g.float(0, 9000, 1)} tokens/s, Avg generation throughput: ${
        g.float(0, 900, 1)
      } tokens/s, Running: ${g.int(0, 64)} reqs, Swapped: 0 reqs, Pending: ${
        g.int(0, 9)
      } reqs, GPU KV cache usage: ${g.pct()}%, CPU KV cache usage: 0.0%.\nINFO ${
        g.p2(g.int(1, 12))
      }-${g.p2(g.int(1, 28))} ${g.time()} logger.py:${g.int(30, 40)}] Received request cmpl-${
        g.hex(32)
      }-0: params: SamplingParams(n=1, temperature=${g.float(0, 1, 1)}, top_p=1.0, max_tokens=${
        g.pick([256, 512, 4096])
      }, stop_token_ids=[${g.int(1, 200000)}], skip_special_tokens=True), prompt_token_ids: [${
        Array.from({ length: 8 }, () => g.int(1, 128000)).join(", ")
      }, ...], lora_request: None.`,
  },
  {
    name: "llm-api-usage",
    n: 12,
    make: (g) =>
      JSON.stringify({
        id: `chatcmpl-${g.chars(B62, 29)}`,
        object: "chat.completion",
        created: g.epoch(),
        model: g.pick(["gpt-4o-2024-08-06", "gpt-4.1-mini", "o3-mini-2025-01-31"]),
        system_fingerprint: `fp_${g.hex(10)}`,
        usage: {
          prompt_tokens: g.int(10, 90000),
          completion_tokens: g.int(1, 4000),
          total_tokens: g.int(10, 94000),
          prompt_tokens_details: { cached_tokens: g.int(0, 9000) },
        },
        request_id: `req_${g.hex(32)}`,
      }),
  },
  {
    name: "tokenizer-special-tokens",
    n: 8,
    make: (g) =>
      `Special tokens have been added in the vocabulary, make sure the associated word embeddings are fine-tuned or trained.\ntokenizer_config: {'bos_token': '<s>', 'eos_token': '</s>', 'unk_token': '<unk>', 'pad_token': '<pad>', 'mask_token': '<mask>', 'model_max_length': ${
        g.pick([512, 2048, 8192])
      }}\n{'input_ids': [${
        Array.from({ length: 6 }, () => g.int(1, 50000)).join(", ")
      }], 'attention_mask': [1, 1, 1, 1, 1, 1], 'token_type_ids': [0, 0, 0, 0, 0, 0]}`,
  },
  {
    name: "oidc-discovery-jwks",
    n: 12,
    make: (g) =>
      g.pick([
        JSON.stringify({
          issuer: "https://login.example.com/realms/corp",
          authorization_endpoint:
            "https://login.example.com/realms/corp/protocol/openid-connect/auth",
          token_endpoint: "https://login.example.com/realms/corp/protocol/openid-connect/token",
          jwks_uri: "https://login.example.com/realms/corp/protocol/openid-connect/certs",
          token_endpoint_auth_methods_supported: [
            "client_secret_basic",
            "client_secret_post",
            "private_key_jwt",
          ],
          id_token_signing_alg_values_supported: ["RS256", "ES256"],
          code_challenge_methods_supported: ["plain", "S256"],
        }),
        JSON.stringify({
          keys: [{
            kid: g.b64url(43),
            kty: "RSA",
            alg: "RS256",
            use: "sig",
            n: g.b64url(342),
            e: "AQAB",
            "x5t#S256": g.b64url(43),
          }],
        }),
      ]),
  },
  {
    name: "saml-idp-metadata",
    n: 8,
    make: (g) =>
      `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml/metadata/${g.uuid()}"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>MIIC${
        g.b64(600).slice(0, 796)
      }==</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso/saml"/></md:IDPSSODescriptor></md:EntityDescriptor>`,
  },
  {
    name: "passwd-group-getent",
    n: 10,
    make: (g) =>
      `$ getent passwd svc_${g.word()}\nsvc_${g.word()}:x:${g.int(900, 1999)}:${
        g.int(900, 1999)
      }:${g.word()} service account,,,:/var/lib/${g.word()}:/usr/sbin/nologin\n$ getent group docker\ndocker:x:${
        g.int(900, 999)
      }:ci-runner,deploy\n$ grep -c '' /etc/passwd /etc/shadow\n/etc/passwd:${
        g.int(20, 60)
      }\n/etc/shadow:${g.int(20, 60)}`,
  },
  {
    name: "pam-login-defs",
    n: 10,
    make: (g) =>
      `PASS_MAX_DAYS\t${g.pick([90, 99999, 365])}\nPASS_MIN_DAYS\t${g.int(0, 7)}\nPASS_WARN_AGE\t${
        g.int(7, 14)
      }\nENCRYPT_METHOD YESCRYPT\npassword\trequisite\t\t\tpam_pwquality.so retry=3 minlen=${
        g.int(8, 16)
      } dcredit=-1 ucredit=-1\npassword\t[success=1 default=ignore]\tpam_unix.so obscure use_authtok try_first_pass yescrypt\nLast password change\t\t\t\t\t: ${
        g.pick(MONTHS)
      } ${
        g.p2(g.int(1, 28))
      }, 2026\nPassword expires\t\t\t\t\t: never\nPassword inactive\t\t\t\t\t: never\nMaximum number of days between password change\t\t: ${
        g.pick([90, 99999])
      }`,
  },
  {
    name: "rate-limiter-tokens",
    n: 10,
    make: (g) =>
      `${g.iso()} DEBUG ratelimit.bucket key=tenant:${
        g.int(1000, 99999)
      }:route:/v1/${g.word()} tokens=${g.int(0, 100)} capacity=${
        g.pick([100, 500, 1000])
      } refill_rate=${g.int(1, 50)}/s last_refill=${g.epoch()}.${g.chars(DIGITS, 6)} allowed=${
        g.pick(["true", "false"])
      } retry_after_ms=${g.int(0, 9000)}`,
  },
  {
    name: "parser-unexpected-token",
    n: 10,
    make: (g) =>
      g.pick([
        `SyntaxError: Unexpected token '<', "<!DOCTYPE "... is not valid JSON\n    at JSON.parse (<anonymous>)\n    at parseResponse (api.${
          g.hex(8)
        }.js:1:${g.int(100, 99999)})`,
        `error: unexpected token "}" at line ${g.int(1, 900)}, column ${
          g.int(1, 120)
        } in /etc/${g.word()}/config.hcl\nexpected one of: IDENT, STRING, NUMBER, "[", "{"`,
        `jq: error (at <stdin>:${
          g.int(1, 900)
        }): Cannot index string with "token"\nparse error: Invalid numeric literal at line ${
          g.int(1, 90)
        }, column ${g.int(1, 90)}`,
      ]),
  },
  {
    name: "pkcs11-smartcard",
    n: 8,
    make: (g) =>
      `Available slots:\nSlot 0 (0x0): Yubico YubiKey OTP+FIDO+CCID 00 00\n  token label        : PIV_II\n  token manufacturer : piv_II\n  token model        : PKCS#15 emulated\n  token flags        : login required, rng, token initialized, PIN initialized\n  hardware version   : 0.0\n  firmware version   : 5.${
        g.int(2, 7)
      }\n  serial num         : ${
        g.hex(16)
      }\n  pin min/max        : 4/8\nPrivate Key Object; RSA\n  label:      PIV AUTH key\n  ID:         01\n  Usage:      decrypt, sign, signRecover, unwrap\n  Access:     sensitive, always sensitive, never extractable, local`,
  },
  {
    name: "luks-dump",
    n: 8,
    make: (g) => {
      const spaced = () => Array.from({ length: 16 }, () => g.hex(2)).join(" ");
      return `LUKS header information\nVersion:       \t2\nEpoch:         \t${
        g.int(3, 9)
      }\nUUID:          \t${g.uuid()}\nKeyslots:\n  0: luks2\n\tKey:        512 bits\n\tPriority:   normal\n\tCipher:     aes-xts-plain64\n\tPBKDF:      argon2id\n\tTime cost:  ${
        g.int(4, 12)
      }\n\tMemory:     1048576\n\tThreads:    4\n\tSalt:       ${spaced()} \n\t            ${spaced()} \n\tAF stripes: 4000\nDigests:\n  0: pbkdf2\n\tHash:       sha256\n\tIterations: ${
        g.int(50000, 400000)
      }\n\tSalt:       ${spaced()} \n\tDigest:     ${spaced()}`;
    },
  },
  {
    name: "git-config-signing",
    n: 10,
    make: (g) =>
      `$ git config --list --show-origin\nfile:/etc/gitconfig\tcredential.helper=${
        g.pick(["store", "osxkeychain", "manager", "cache --timeout=3600"])
      }\nfile:/home/ci/.gitconfig\tuser.signingkey=${
        g.uhex(16)
      }\nfile:/home/ci/.gitconfig\tcommit.gpgsign=true\nfile:/home/ci/.gitconfig\tgpg.format=${
        g.pick(["openpgp", "x509"])
      }\nfile:.git/config\tremote.origin.url=https://github.com/example-org/${g.word()}.git\nfile:.git/config\tbranch.main.merge=refs/heads/main`,
  },
  {
    name: "gpg-list-keys",
    n: 10,
    make: (g) =>
      `/home/ci/.gnupg/pubring.kbx\n---------------------------\nsec#  rsa4096/${
        g.uhex(16)
      } ${g.date()} [SC] [expires: 2028-${g.p2(g.int(1, 12))}-${g.p2(g.int(1, 28))}]\n      ${
        g.uhex(40)
      }\nuid                 [ultimate] Example Project Release Signing Key\nssb>  ed25519/${
        g.uhex(16)
      } ${g.date()} [S] [expires: 2027-${g.p2(g.int(1, 12))}-${
        g.p2(g.int(1, 28))
      }]\n      Card serial no. = 0006 ${
        g.digits(8)
      }\ngpg: Good signature from "Example Project Release Signing Key" [ultimate]\nPrimary key fingerprint: ${
        Array.from({ length: 10 }, () => g.uhex(4)).join(" ")
      }`,
  },
  {
    name: "keytool-keystore-list",
    n: 8,
    make: (g) =>
      `Keystore type: PKCS12\nKeystore provider: SUN\n\nYour keystore contains ${
        g.int(1, 4)
      } entries\n\nserver, ${g.pick(MONTHS)} ${
        g.int(1, 28)
      }, 2026, PrivateKeyEntry, \nCertificate fingerprint (SHA-256): ${
        Array.from({ length: 32 }, () => g.uhex(2)).join(":")
      }\nca-root, ${g.pick(MONTHS)} ${
        g.int(1, 28)
      }, 2026, trustedCertEntry, \nCertificate fingerprint (SHA-256): ${
        Array.from({ length: 32 }, () => g.uhex(2)).join(":")
      }`,
  },
  {
    name: "dotnet-data-protection",
    n: 8,
    make: (g) => {
      const key = g.uuid();
      return `info: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[0]\n      Creating key {${key}} with creation date ${g.iso()}, activation date ${g.iso()}, and expiration date ${g.iso()}.\nwarn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]\n      No XML encryptor configured. Key {${key}} may be persisted to storage in unencrypted form.\ninfo: Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository[39]\n      Writing data to file '/root/.aspnet/DataProtection-Keys/key-${key}.xml'.`;
    },
  },
  {
    name: "ssh-verbose",
    n: 10,
    make: (g) =>
      `debug1: kex: algorithm: curve25519-sha256\ndebug1: kex: host key algorithm: ssh-ed25519\ndebug1: Server host key: ssh-ed25519 SHA256:${
        g.b64(32).slice(0, 43)
      }\ndebug1: Host 'git.example.com' is known and matches the ED25519 host key.\ndebug1: Will attempt key: /home/ci/.ssh/id_ed25519 ED25519 SHA256:${
        g.b64(32).slice(0, 43)
      } explicit\ndebug1: Authentications that can continue: publickey,password\ndebug1: Offering public key: /home/ci/.ssh/id_ed25519 ED25519 SHA256:${
        g.b64(32).slice(0, 43)
      } explicit\ndebug1: Server accepts key: /home/ci/.ssh/id_ed25519 ED25519 SHA256:${
        g.b64(32).slice(0, 43)
      } explicit\nAuthenticated to git.example.com ([${
        g.pick(["git.example.com", "bastion"])
      }]:22) using "publickey".`,
  },
  {
    name: "sigstore-cosign",
    n: 10,
    make: (g) =>
      `Pushing signature to: registry.example.com/app/${g.word()}:sha256-${
        g.hex(64)
      }.sig\ntlog entry created with index: ${g.int(10000000, 199999999)}\n${
        JSON.stringify({
          logID: g.hex(64),
          logIndex: g.int(10000000, 199999999),
          integratedTime: g.epoch(),
          critical: {
            identity: { "docker-reference": `registry.example.com/app/${g.word()}` },
            image: { "docker-manifest-digest": `sha256:${g.hex(64)}` },
            type: "cosign container image signature",
          },
        })
      }`,
  },
  {
    name: "terraform-lock-hashes",
    n: 10,
    make: (g) =>
      `provider "registry.terraform.io/hashicorp/${
        g.pick(["aws", "google", "azurerm", "random"])
      }" {\n  version     = "${g.semver()}"\n  constraints = "~> ${
        g.int(3, 6)
      }.0"\n  hashes = [\n    "h1:${g.b64(32)}",\n    "zh:${g.hex(64)}",\n    "zh:${
        g.hex(64)
      }",\n  ]\n}`,
  },
  {
    name: "webauthn-registration",
    n: 8,
    make: (g) =>
      `${g.iso()} INFO webauthn: registration verified ${
        JSON.stringify({
          credentialId: g.b64url(43),
          aaguid: g.uuid(),
          signCount: g.int(0, 999),
          credentialPublicKey: "pQECAyYgASFYI" + g.b64url(74),
          attestationFormat: g.pick(["packed", "none", "apple"]),
          transports: ["internal", "hybrid"],
          backedUp: true,
        })
      }`,
  },
  {
    name: "cloud-key-listings",
    n: 12,
    make: (g) =>
      g.pick([
        `KEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED\n${
          g.hex(40)
        }  ${g.date()}T${g.time()}Z  9999-12-31T23:59:59Z  False\n${
          g.hex(40)
        }  ${g.date()}T${g.time()}Z  ${g.date()}T${g.time()}Z  False`,
        JSON.stringify({
          KeyMetadata: {
            AWSAccountId: g.digits(12),
            KeyId: g.uuid(),
            Arn: `arn:aws:kms:eu-west-1:${g.digits(12)}:key/${g.uuid()}`,
            KeyState: "Enabled",
            KeyUsage: "ENCRYPT_DECRYPT",
            KeySpec: "SYMMETRIC_DEFAULT",
            Origin: "AWS_KMS",
            KeyManager: "CUSTOMER",
          },
        }),
        JSON.stringify({
          appId: g.uuid(),
          displayName: `${g.word()}-deployer`,
          keyCredentials: [{
            customKeyIdentifier: g.uhex(40),
            displayName: `CN=${g.word()}-deployer`,
            endDateTime: `${g.date()}T${g.time()}Z`,
            keyId: g.uuid(),
            type: "AsymmetricX509Cert",
            usage: "Verify",
          }],
          passwordCredentials: [],
        }),
      ]),
  },
  {
    name: "cli-auth-status",
    n: 10,
    make: (g) =>
      g.pick([
        `github.com\n  ✓ Logged in to github.com account ${g.word()}-bot (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'`,
        `┌────────┬─────────┬────────────┬──────────┬────────────────┐\n│ id     │ token   │ created    │ readonly │ CIDR whitelist │\n├────────┼─────────┼────────────┼──────────┼────────────────┤\n│ ${
          g.hex(6)
        } │ ${g.hex(6)}… │ ${g.date()} │ ${
          g.pick(["yes", "no "])
        }      │                │\n└────────┴─────────┴────────────┴──────────┴────────────────┘`,
        `{\n    "UserId": "AROA${
          g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17)
        }:botocore-session-${g.epoch()}",\n    "Account": "${
          g.digits(12)
        }",\n    "Arn": "arn:aws:sts::${
          g.digits(12)
        }:assumed-role/deploy/botocore-session-${g.epoch()}"\n}`,
      ]),
  },
  {
    name: "slack-platform-ids",
    n: 10,
    make: (g) =>
      `${g.iso()} [INFO] bolt-app ${
        JSON.stringify({
          type: "block_actions",
          team: { id: `T0${g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8)}` },
          user: { id: `U0${g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8)}` },
          api_app_id: `A0${g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8)}`,
          container: { type: "message", message_ts: `${g.epoch()}.${g.chars(DIGITS, 6)}` },
          trigger_id: `${g.digits(13)}.${g.digits(13)}.${g.hex(32)}`,
          channel: { id: `C0${g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8)}` },
          actions: [{
            action_id: "approve",
            block_id: g.b64url(5),
            action_ts: `${g.epoch()}.${g.chars(DIGITS, 6)}`,
          }],
        })
      }`,
  },
  {
    name: "stripe-object-ids",
    n: 10,
    make: (g) =>
      `${g.iso()} INFO webhooks.stripe received ${
        g.pick(["payment_intent.succeeded", "invoice.paid", "charge.refunded"])
      } id=evt_${g.chars(B62, 24)} object=pi_${g.chars(B62, 24)} customer=cus_${
        g.chars(B62, 14)
      } request=req_${
        g.chars(B62, 14)
      } livemode=true api_version=2024-06-20 idempotency_key=${g.uuid()}`,
  },
];

const CONTROLS: Control[] = [
  {
    name: "jupyter-token-url",
    n: 12,
    kind: "secret",
    make: (g) => {
      const tok = g.hex(48);
      return {
        text: `[I ${g.date()} ${g.time()}.${g.chars(DIGITS, 3)} ServerApp] Jupyter Server 2.14.${
          g.int(0, 2)
        } is running at:\n[I ${g.date()} ${g.time()}.${
          g.chars(DIGITS, 3)
        } ServerApp] http://localhost:8888/lab?token=${tok}\n    Or copy and paste one of these URLs:\n        http://127.0.0.1:8888/lab?token=${tok}`,
        values: [tok],
      };
    },
  },
  {
    name: "aws-keys-in-packer-env",
    n: 12,
    kind: "secret",
    make: (g) => {
      const id = "AKIA" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
      const secret = g.chars(B62 + "/+", 40);
      return {
        text:
          `==> amazon-ebs.ubuntu: Using environment: AWS_ACCESS_KEY_ID=${id} AWS_SECRET_ACCESS_KEY=${secret} AWS_REGION=eu-west-1\n==> amazon-ebs.ubuntu: Prevalidating any provided VPC information`,
        values: [id, secret],
      };
    },
  },
  {
    name: "db-password-in-airflow-conn",
    n: 12,
    kind: "secret",
    make: (g) => {
      const pw = g.chars(B62, 12) + g.pick(["!", "%21", "-"]) + g.chars(B62, 5);
      return {
        text: `[${g.date()}, ${g.time()} UTC] {base.py:${
          g.int(70, 90)
        }} INFO - Using connection ID 'warehouse' for task execution.\nAIRFLOW_CONN_WAREHOUSE=postgresql://etl_loader:${pw}@warehouse.db.internal:5432/analytics`,
        values: [pw],
      };
    },
  },
  {
    name: "email-in-cups-job",
    n: 10,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const email = `${g.pick(["hannah", "mateo", "yuki", "ines"])}.${
        g.pick(["schmidt", "garcia", "sato", "moreau"])
      }@${g.pick(["gmail.com", "outlook.com", "gmx.de", "proton.me"])}`;
      return {
        text: `D [${g.p2(g.int(1, 28))}/Dec/2026:${g.time()} +0000] [Job ${
          g.int(100, 9999)
        }] job-originating-user-name=${email} job-name=invoice_${g.int(1000, 9999)}.pdf copies=1`,
        values: [email],
      };
    },
  },
  {
    name: "client-ip-in-unbound-query",
    n: 10,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const ip = `${g.pick([82, 93, 151, 178, 217])}.${g.int(1, 254)}.${g.int(1, 254)}.${
        g.int(1, 254)
      }`;
      return {
        text: `[${g.epoch()}] unbound[${g.int(100, 9999)}:0] info: ${ip} ${
          g.pick(["shop.example.com.", "api.example.net."])
        } A IN NOERROR ${g.float(0, 1, 6)} 0 ${g.int(40, 400)}`,
        values: [ip],
      };
    },
  },
  {
    name: "card-in-fix-message",
    n: 10,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const body = "5" + g.int(1, 5) + g.chars(DIGITS, 13);
      let sum = 0;
      for (let i = 0; i < body.length; i++) {
        let d = Number(body[body.length - 1 - i]);
        if (i % 2 === 0) {
          d *= 2;
          if (d > 9) d -= 9;
        }
        sum += d;
      }
      const card = body + String((10 - (sum % 10)) % 10);
      return {
        text: `{"level":"warn","ts":"${g.iso()}","msg":"payment retry","order":"${
          g.uhex(16)
        }","card_number":"${card}","attempt":${g.int(1, 3)}}`,
        values: [card],
      };
    },
  },
  {
    name: "phone-in-logcat",
    n: 10,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const phone = `+49 15${g.int(1, 9)} ${g.chars(DIGITS, 8)}`;
      return {
        text: `${g.p2(g.int(1, 12))}-${g.p2(g.int(1, 28))} ${g.time()}.${g.chars(DIGITS, 3)}  ${
          g.int(1000, 32000)
        }  ${g.int(1000, 32000)} D SmsVerification: sending code to phone=${phone}`,
        values: [phone],
      };
    },
  },
  {
    name: "private-key-in-vagrant-debug",
    n: 8,
    kind: "secret",
    make: (g) => {
      const body = Array.from({ length: 5 }, () => g.b64(48)).join("\n");
      return {
        text:
          `DEBUG ssh: Private key contents:\n-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----`,
        values: [body.split("\n")[2]],
      };
    },
  },
  {
    name: "password-in-git-remote",
    n: 12,
    kind: "secret",
    make: (g) => {
      const pw = g.chars(B62, 14) + g.pick(["!", "#", "+"]) + g.chars(B62, 4);
      return {
        text: `file:.git/config\tremote.origin.url=https://ci-bot:${
          encodeURIComponent(pw)
        }@git.example.com/example-org/${g.word()}.git\nfile:.git/config\tbranch.main.remote=origin`,
        values: [encodeURIComponent(pw)],
      };
    },
  },
  {
    name: "slack-webhook-in-alert-config",
    n: 12,
    kind: "secret",
    make: (g) => {
      const url = `https://hooks.slack.com/services/T0${g.chars(UPPER + DIGITS, 8)}/B0${
        g.chars(UPPER + DIGITS, 8)
      }/${g.chars(B62, 24)}`;
      return {
        text:
          `[${g.epoch()}] SERVICE NOTIFICATION: oncall-team;web01;HTTPS;CRITICAL;notify-by-slack;webhook=${url}`,
        values: [url.slice(url.lastIndexOf("/") + 1)],
      };
    },
  },
];

/** Every case of the corpus, in a fixed order. */
export const generateBenign9 = (seed = BENIGN9_SEED): Benign9Case[] =>
  auditCases("benign9", new Gen(seed), BENIGN, CONTROLS);

/** The corpus as the stored JSON-lines file. */
export const benign9Text = auditText;

if (import.meta.main) {
  const cases = generateBenign9();
  await Deno.writeTextFile(BENIGN9_FILE, benign9Text(cases));
  console.log(`${cases.length} cases written to ${BENIGN9_FILE.pathname}`);
}
