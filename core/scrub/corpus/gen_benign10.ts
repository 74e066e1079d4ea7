/**
 * The tenth benign audit (./benign10.jsonl): what about 100 systems no earlier corpus wrote print
 * when nothing sensitive is in them: financial messaging and trading (SWIFT acknowledgements,
 * ISO 20022 headers, ITCH/OUCH, order books, kdb+), crypto nodes and exchanges (receipts,
 * Tendermint, Substrate, Lightning, exchanges' symbols and the zero address), e-commerce and
 * shipping (SKUs, carriers' tracking ids, HS codes, GS1 barcodes, X12 ship notices), telecom
 * network elements (CDR headers, cell ids, APNs, Diameter, SIGTRAN, 5G functions), healthcare
 * integration engines' routing (message control ids, DICOM associations, FHIR outcomes),
 * science (BAM headers, Nextflow, GROMACS, ncdump, BLAST, RINEX), CAD/PLM (STEP headers, part
 * revisions, G-code), ERP batch jobs (SAP job logs, IDocs, Oracle concurrent requests),
 * mainframes (JES2, CICS, SMF, DB2), broadcast (SCTE-35 cues, SRT statistics), automotive
 * (OBD-II, UDS, DLT, J1939), aviation (METAR/TAF, NOTAM, ACARS, ADS-B), maritime (AIS), satellites
 * (TLE lines, CCSDS), localisation (gettext, ICU, XLIFF, Fluent), search engines (Solr,
 * Elasticsearch explain, OpenSearch slow logs), BI tools, static site generators, and compilers'
 * and linters' diagnostics in ten languages. Lines full of hex, base64, ids, hashes, versions,
 * counters, dotted numbers, timestamps, paths, coordinates and UUIDs. About one case in fifteen
 * is a control holding a real secret or personal value in the same kind of text, so a scrubber
 * that masks nothing cannot pass. Written without reading the detectors. Deterministic: one seed,
 * the same file every run.
 *
 *   deno run --allow-write core/scrub/corpus/gen_benign10.ts    # rewrites ./benign10.jsonl
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
  gs1,
  luhn,
  UPPER,
} from "./audit_cases.ts";
import { Gen } from "./gen_benign9.ts";

/** Where the stored corpus lives. */
export const BENIGN10_FILE = new URL("./benign10.jsonl", import.meta.url);

/** The stored corpus's seed (seed 2 is held out: never read case by case). */
export const BENIGN10_SEED = 1;

/** A stored case: what the shared scorer reads, and where it came from. */
export type Benign10Case = AuditCase<"benign10">;

/** AIS's six-bit armour (ITU-R M.1371): `0`–`W` and `` ` ``–`w`. */
const AIS6 = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw";

type Template = AuditTemplate<Gen>;
type Control = AuditControl<Gen>;

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const BICS = ["DEUTDEFFXXX", "BNPAFRPPXXX", "CHASUS33XXX", "BARCGB22XXX", "UBSWCHZH80A"];
const TICKERS = ["AAPL", "MSFT", "NVDA", "TSLA", "AMZN", "GOOGL", "META", "JPM"];
const PAIRS = ["BTC-USDT", "ETH-USDT", "SOL-USDC", "BTC-USD", "ETH-BTC", "XRP-USDT"];
const ICAO = ["EGLL", "KJFK", "EDDF", "LFPG", "RJTT", "YSSY", "KSFO", "EHAM"];
const HOSTS = ["mirth01", "engine-a", "ie-prod-2", "rhapsody3", "cloverleaf"];
const PRODS = ["WIDGET", "BRKT", "HSG", "SHAFT", "GASKET", "PCB"];

/** A TLE line's checksum: its digits summed, each `-` counted as 1, modulo 10. */
function tle(line: string): string {
  let sum = 0;
  for (const c of line) sum += c === "-" ? 1 : /\d/.test(c) ? Number(c) : 0;
  return line + String(sum % 10);
}

/** An NMEA sentence's checksum: the XOR of its characters between `$`/`!` and `*`. */
function nmea(body: string): string {
  let x = 0;
  for (const c of body) x ^= c.charCodeAt(0);
  return `${body}*${x.toString(16).toUpperCase().padStart(2, "0")}`;
}

const BENIGN: Template[] = [
  // ------------------------------------------------------------ financial messaging, trading
  {
    name: "swift-fin-ack",
    n: 10,
    make: (g) =>
      `{1:F21${g.pick(BICS).slice(0, 8)}AXXX${g.digits(4)}${g.digits(6)}}{4:{177:${
        g.date().slice(2).replace(/-/g, "")
      }${g.time().slice(0, 5).replace(":", "")}}{451:0}{108:${g.uhex(16)}}}`,
  },
  {
    name: "iso20022-group-header",
    n: 10,
    make: (g) =>
      `<GrpHdr><MsgId>${g.uhex(8)}-${
        g.digits(10)
      }</MsgId><CreDtTm>${g.date()}T${g.time()}</CreDtTm><NbOfTxs>${
        g.int(1, 400)
      }</NbOfTxs><SttlmInf><SttlmMtd>CLRG</SttlmMtd><ClrSys><Cd>${
        g.pick(["TGT", "EBA", "STG"])
      }</Cd></ClrSys></SttlmInf><InstgAgt><FinInstnId><BICFI>${
        g.pick(BICS)
      }</BICFI></FinInstnId></InstgAgt></GrpHdr>`,
  },
  {
    name: "itch-ouch-messages",
    n: 10,
    make: (g) =>
      g.pick([
        `ITCH A stock_locate=${g.int(1, 9000)} tracking=${g.int(0, 9)} ts=${
          g.digits(14)
        } order_ref=${g.digits(12)} side=${g.pick(["B", "S"])} shares=${g.int(1, 5000)} stock=${
          g.pick(TICKERS).padEnd(8)
        } price=${g.float(10, 900, 4)}`,
        `OUCH O token=${g.uhex(14)} side=${g.pick(["B", "S"])} qty=${g.int(1, 9000)} sym=${
          g.pick(TICKERS)
        } px=${g.int(100000, 9000000)} tif=${g.pick([0, 99999])} firm=${
          g.pick(["ABCD", "MMKR", "HFT1"])
        } display=Y cap=A`,
        `ITCH E order_ref=${g.digits(12)} executed=${g.int(1, 500)} match=${g.digits(11)} ts=${
          g.digits(14)
        }`,
      ]),
  },
  {
    name: "order-book-depth",
    n: 10,
    make: (g) => {
      const mid = g.int(20000, 90000);
      const lv = (s: number) =>
        Array.from(
          { length: 3 },
          (_, i) => `["${(mid + s * (i + 1) * 0.5).toFixed(1)}","${g.float(0, 4, 6)}"]`,
        ).join(",");
      return `{"stream":"${g.pick(["btcusdt", "ethusdt"])}@depth5@100ms","data":{"lastUpdateId":${
        g.digits(11)
      },"bids":[${lv(-1)}],"asks":[${lv(1)}]}}`;
    },
  },
  {
    name: "kdb-q-log",
    n: 8,
    make: (g) =>
      `${g.date().replace(/-/g, ".")}D${g.time()}.${g.chars(DIGITS, 9)} ### ${
        g.pick(["INF", "WRN"])
      } ### tp ### upd[\`trade;${g.int(1, 900)} rows] seq:${g.int(1, 9999999)} hdb:/data/hdb/${
        g.date().replace(/-/g, ".")
      } mem used:${g.int(100, 9000)}MB peak:${g.int(9000, 20000)}MB`,
  },
  {
    name: "risk-var-batch",
    n: 8,
    make: (g) =>
      `${g.iso()} RISK batch=${g.pick(["EOD", "INTRADAY"])}-${g.digits(8)} book=${
        g.pick(["EQ-DELTA1", "FX-OPT", "RATES-SWAP"])
      } scenarios=${g.pick([250, 500, 1000])} VaR99=${g.float(1e5, 9e6, 2)} ES97.5=${
        g.float(1e5, 9e6, 2)
      } ccy=${g.pick(["USD", "EUR", "GBP"])} runtime=${g.float(1, 300, 1)}s`,
  },
  // ------------------------------------------------------------ crypto nodes, exchanges
  {
    name: "eth-receipt",
    n: 10,
    make: (g) =>
      `{"blockHash":"0x${g.hex(64)}","blockNumber":"0x${g.hex(7)}","cumulativeGasUsed":"0x${
        g.hex(6)
      }","effectiveGasPrice":"0x${g.hex(9)}","gasUsed":"0x${g.hex(5)}","logsBloom":"0x${
        "0".repeat(40)
      }${g.hex(24)}","status":"0x1","transactionHash":"0x${g.hex(64)}","transactionIndex":"0x${
        g.hex(2)
      }","type":"0x2"}`,
  },
  {
    name: "zero-and-burn-address",
    n: 8,
    make: (g) =>
      `${g.iso()} indexer INFO Transfer block=${g.int(18000000, 21000000)} log_index=${
        g.int(0, 400)
      } from=0x${"0".repeat(40)} value=${g.digits(18)} tx=0x${g.hex(64)} (mint)`,
  },
  {
    name: "tendermint-consensus",
    n: 10,
    make: (g) =>
      `${g.time().replace(/:/g, "")[0]}${g.pick(["I", "D"])}[${g.date()}|${g.time()}.${
        g.chars(DIGITS, 3)
      }] ${
        g.pick([
          `finalizing commit of block module=consensus height=${g.int(1e6, 2e7)} hash=${
            g.uhex(64)
          } root=${g.uhex(64)} num_txs=${g.int(0, 300)}`,
          `executed block module=state height=${g.int(1e6, 2e7)} num_valid_txs=${
            g.int(0, 300)
          } num_invalid_txs=0`,
          `Added peer module=p2p peer=${g.hex(40)}@sentry-${g.int(1, 9)}.example.net:26656`,
        ])
      }`,
  },
  {
    name: "substrate-import",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()} ✨ Imported #${g.int(1e6, 2e7)} (0x${g.hex(4)}…${
        g.hex(4)
      })\n${g.date()} ${g.time()} 💤 Idle (${g.int(5, 40)} peers), best: #${g.int(1e6, 2e7)} (0x${
        g.hex(4)
      }…${g.hex(4)}), finalized #${g.int(1e6, 2e7)} (0x${g.hex(4)}…${g.hex(4)}), ⬇ ${
        g.float(1, 900, 1)
      }kiB/s ⬆ ${g.float(1, 900, 1)}kiB/s`,
  },
  {
    name: "lnd-channel",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()}.${g.chars(DIGITS, 3)} [INF] ${
        g.pick([
          `HSWC: ChannelLink(${g.hex(64)}:${g.int(0, 3)}): received add=${g.int(1, 900)} fee=${
            g.int(1, 9000)
          } msat`,
          `CRTR: Processed channels=${g.int(0, 40)} updates=${g.int(0, 300)} nodes=${
            g.int(0, 40)
          } in last 1m0s`,
          `PEER: Peer(02${g.hex(64)}): Loading ChannelPoint(${g.hex(64)}:${g.int(0, 3)})`,
        ])
      }`,
  },
  {
    name: "exchange-ticker-symbols",
    n: 10,
    make: (g) =>
      `{"ts":"${g.iso()}","svc":"marketdata","symbol":"${g.pick(PAIRS)}","token":"${
        g.pick(["USDT-TRC20", "USDC-ERC20", "USDT-BEP20", "BTC-LN"])
      }","bid":"${g.float(0.1, 90000, 2)}","ask":"${g.float(0.1, 90000, 2)}","seq":${
        g.digits(10)
      }}`,
  },
  {
    name: "bitcoin-utxo-scriptpubkey",
    n: 10,
    make: (g) =>
      `{"txid":"${g.hex(64)}","vout":${g.int(0, 9)},"scriptPubKey":"${
        g.pick(["0014", "0020", "5120"])
      }${g.hex(g.pick([40, 64]))}","amount":${g.float(0, 2, 8)},"confirmations":${
        g.int(1, 90000)
      },"spendable":true,"solvable":true}`,
  },
  {
    name: "electrs-mempool",
    n: 8,
    make: (g) =>
      `[${g.date()}T${g.time()}.${g.chars(DIGITS, 3)}Z INFO  electrs::index] indexing ${
        g.int(1, 2000)
      } blocks: [${g.int(800000, 900000)}..${g.int(800000, 900000)}] tip=${"0".repeat(8)}${
        g.hex(56)
      } mempool: ${g.int(1000, 90000)} txs, ${g.float(1, 300, 1)} MB`,
  },
  // ------------------------------------------------------------ e-commerce and shipping
  {
    name: "sku-inventory-sync",
    n: 10,
    make: (g) =>
      `${g.iso()} inventory-sync INFO sku=${g.pick(PRODS)}-${g.uhex(4)}-${
        g.pick(["S", "M", "L", "XL"])
      } gtin=${gs1("0" + g.digits(12))} location=WH${g.int(1, 9)}-${g.pick(["A", "B"])}${
        g.p2(g.int(1, 40))
      }-${g.p2(g.int(1, 9))} on_hand=${g.int(0, 900)} reserved=${g.int(0, 40)} batch=${g.uhex(10)}`,
  },
  {
    name: "carrier-tracking",
    n: 12,
    make: (g) =>
      g.pick([
        `UPS 1Z${g.chars(DIGITS + UPPER, 6)}${g.chars(DIGITS, 10)} ${
          g.pick(["ARRIVAL SCAN", "DEPARTURE SCAN", "OUT FOR DELIVERY"])
        } ${
          g.pick(["LOUISVILLE,KY,US", "KOELN,DE", "PHILADELPHIA,PA,US"])
        } ${g.date()} ${g.time()}`,
        `fedex tracking_number=${
          g.digits(12)
        } status=IT scan_location=MEMPHIS TN event_code=AR ts=${g.iso()}`,
        `dhl waybill=JJD${g.digits(18)} piece=${g.digits(10)} status=transit facility=LEJ hub=EU`,
        `usps tracking=9400${g.digits(18)} event="Arrived at USPS Regional Facility" zip5=DIST`,
      ]),
  },
  {
    name: "customs-hs-codes",
    n: 10,
    make: (g) =>
      `declaration=${g.pick(["26DE", "26NL", "26GB"])}${g.chars(DIGITS + UPPER, 14)} line=${
        g.int(1, 40)
      } hs=${g.digits(4)}.${g.chars(DIGITS, 2)}.${g.chars(DIGITS, 2)} taric=${
        g.digits(10)
      } origin=${g.pick(["CN", "VN", "US", "TR"])} cpc=4000000 net_kg=${g.float(0, 900, 3)} duty=${
        g.float(0, 12, 1)
      }%`,
  },
  {
    name: "gs1-sscc-labels",
    n: 10,
    make: (g) =>
      `label printed (00)${gs1("3" + g.digits(16))} (02)${gs1("0" + g.digits(12))} (37)${
        g.int(1, 96)
      } (10)${g.chars(UPPER + DIGITS, 8)} (15)${g.date().slice(2).replace(/-/g, "")} printer=ZT${
        g.int(200, 600)
      }-${g.int(1, 9)}`,
  },
  {
    name: "x12-856-asn",
    n: 10,
    make: (g) =>
      `ST*856*${g.digits(4)}~BSN*00*${g.digits(9)}*${g.date().replace(/-/g, "")}*${
        g.time().replace(/:/g, "").slice(0, 4)
      }*0001~HL*1**S~TD1*CTN25*${g.int(1, 90)}****G*${g.float(1, 900, 1)}*LB~REF*BM*${
        g.digits(10)
      }~HL*2*1*O~PRF*${g.digits(8)}~HL*3*2*I~LIN**UP*${gs1("0" + g.digits(10))}*VP*${
        g.pick(PRODS)
      }-${g.digits(4)}~SN1**${g.int(1, 900)}*EA~SE*${g.int(9, 40)}*${g.digits(4)}~`,
  },
  {
    name: "wms-pick-wave",
    n: 10,
    make: (g) =>
      `WAVE ${g.digits(7)} released: ${g.int(1, 400)} orders, ${g.int(1, 2000)} lines, zone ${
        g.pick(["A", "B", "C"])
      }${g.int(1, 9)}; tote LPN${g.digits(10)} -> pack station PS-${g.p2(g.int(1, 20))} (${
        g.float(0, 60, 1)
      } kg)`,
  },
  // ------------------------------------------------------------ telecom network elements
  {
    name: "cdr-file-header",
    n: 8,
    make: (g) =>
      `CDR file ${g.pick(["MSC01", "SGW02", "PGW03"])}_${g.date().replace(/-/g, "")}${
        g.time().replace(/:/g, "")
      }_${g.digits(6)}.asn1 header: version=${g.int(1, 9)}.${g.int(0, 9)} records=${
        g.int(1000, 90000)
      } first_seq=${g.digits(9)} last_seq=${g.digits(9)} crc32=${g.uhex(8)} node=${
        g.pick(["msc-fra-1", "pgw-ams-2"])
      }`,
  },
  {
    name: "enodeb-cell-ids",
    n: 10,
    make: (g) =>
      `${g.iso()} eNB-${g.int(10000, 99999)} cell=${g.int(1, 6)} ECGI=${
        g.pick(["262-01", "234-15", "310-260"])
      }-${g.int(100000, 999999)}-${g.int(1, 6)} TAC=${g.int(1000, 60000)} PCI=${
        g.int(0, 503)
      } EARFCN=${g.int(100, 9000)} RRC_CONN_ESTAB_SUCC=${g.int(100, 9000)} ERAB_DROP=${
        g.float(0, 2, 2)
      }%`,
  },
  {
    name: "apn-profiles",
    n: 8,
    make: (g) =>
      `apn-profile ${g.pick(["internet", "ims", "iot.m2m", "mms"])}.mnc${
        g.p2(g.int(1, 99)).padStart(3, "0")
      }.mcc${g.int(200, 700)}.gprs pdn-type=${g.pick(["ipv4v6", "ipv6"])} qci=${
        g.int(1, 9)
      } ambr-ul=${g.int(1, 900)}Mbps ambr-dl=${g.int(1, 900)}Mbps charging=${
        g.pick(["online", "offline"])
      }`,
  },
  {
    name: "diameter-peer",
    n: 10,
    make: (g) =>
      `${g.iso()} diameter: CER/CEA with peer ${g.pick(["hss01", "pcrf02", "ocs03"])}.epc.mnc${
        g.p2(g.int(1, 99)).padStart(3, "0")
      }.mcc${
        g.int(200, 700)
      }.3gppnetwork.org Origin-Realm=epc.mnc001.mcc262.3gppnetwork.org Auth-Application-Id=${
        g.pick([16777251, 16777238, 4])
      } Session-Id=pgw.example.net;${g.digits(10)};${g.digits(8)} Result-Code=2001`,
  },
  {
    name: "sigtran-m3ua",
    n: 8,
    make: (g) =>
      `M3UA ASP ${g.pick(["up", "active"])}: asp=${g.pick(["stp1", "stp2"])}-asp${g.int(1, 9)} rc=${
        g.int(1, 999)
      } opc=${g.int(1, 7)}-${g.int(1, 255)}-${g.int(1, 7)} dpc=${g.int(1, 7)}-${g.int(1, 255)}-${
        g.int(1, 7)
      } sctp_assoc=${g.int(1, 900)} streams=${g.pick([2, 8, 17])}`,
  },
  {
    name: "5gc-nf-registration",
    n: 10,
    make: (g) =>
      `{"level":"info","ts":"${g.iso()}","nf":"${
        g.pick(["AMF", "SMF", "UPF", "NRF"])
      }","msg":"NF registered","nfInstanceId":"${g.uuid()}","plmn":{"mcc":"${
        g.int(200, 700)
      }","mnc":"${g.p2(g.int(1, 99))}"},"snssai":{"sst":${g.int(1, 4)},"sd":"${
        g.uhex(6)
      }"},"heartBeatTimer":${g.pick([10, 30, 60])}}`,
  },
  // ------------------------------------------------------------ healthcare integration engines
  {
    name: "mirth-channel-routing",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()},${g.chars(DIGITS, 3)} INFO [${
        g.pick(["ADT_Inbound", "ORU_Router", "SIU_Feed"])
      }] Message ${g.int(1, 9999999)} routed to ${
        g.pick(["LAB_OUT", "EMR_IN", "ARCHIVE"])
      } (MSH-10=${g.digits(14)}${g.int(10, 99)}, MSH-9=${
        g.pick(["ADT^A08", "ORU^R01", "SIU^S12"])
      }, MSH-12=2.5.1) in ${g.int(1, 900)} ms on ${g.pick(HOSTS)}`,
  },
  {
    name: "hl7-msh-ack",
    n: 10,
    make: (g) =>
      `MSH|^~\\&|${g.pick(["EPIC", "CERNER", "LIS"])}|${g.pick(["MAINHOSP", "LAB01"])}|${
        g.pick(["ROUTER", "EMR"])
      }|${g.pick(["HUB", "CLINIC2"])}|${g.date().replace(/-/g, "")}${
        g.time().replace(/:/g, "")
      }||ACK^${g.pick(["A01", "R01", "O21"])}^ACK|${g.uhex(12)}|P|2.5.1\rMSA|AA|${
        g.digits(12)
      }|Message accepted`,
  },
  {
    name: "dicom-association",
    n: 10,
    make: (g) =>
      `${g.iso()} storescp: Association Received ${g.pick(["MODALITY_CT1", "US_ROOM3"])} -> ${
        g.pick(["PACS_ARCHIVE", "DCM4CHEE"])
      }; C-STORE RQ SOPClass=1.2.840.10008.5.1.4.1.1.${
        g.pick(["2", "4", "6.1", "128"])
      } SOPInstance=1.2.826.0.1.${g.digits(7)}.${g.int(1, 99)}.${g.digits(10)}.${
        g.digits(6)
      } TS=1.2.840.10008.1.2.${g.pick(["1", "4.70", "4.90"])} status=0x0000`,
  },
  {
    name: "fhir-operation-outcome",
    n: 8,
    make: (g) =>
      `{"resourceType":"OperationOutcome","id":"${g.uuid()}","meta":{"versionId":"${
        g.int(1, 9)
      }","lastUpdated":"${g.iso()}"},"issue":[{"severity":"${
        g.pick(["warning", "information"])
      }","code":"${
        g.pick(["processing", "informational"])
      }","diagnostics":"Bundle ${g.uuid()} processed: ${g.int(1, 90)} entries, ${
        g.int(0, 3)
      } skipped"}]}`,
  },
  {
    name: "x12-999-ack",
    n: 8,
    make: (g) =>
      `ISA*00*          *00*          *ZZ*${g.pick(["CLEARHOUSE", "PAYERSYS"]).padEnd(15)}*ZZ*${
        g.pick(["SUBMITTER01", "PROVGRP"]).padEnd(15)
      }*${g.date().slice(2).replace(/-/g, "")}*${g.time().replace(/:/g, "").slice(0, 4)}*^*00501*${
        g.digits(9)
      }*0*P*:~GS*FA*${g.digits(6)}*${g.digits(6)}*${g.date().replace(/-/g, "")}*1200*${
        g.int(1, 9999)
      }*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*${
        g.int(1, 9999)
      }*005010X222A1~IK5*A~AK9*A*1*1*1~SE*6*0001~`,
  },
  // ------------------------------------------------------------ science
  {
    name: "bam-header",
    n: 10,
    make: (g) =>
      `@HD\tVN:1.6\tSO:coordinate\n@SQ\tSN:chr${g.int(1, 22)}\tLN:${
        g.int(40000000, 250000000)
      }\tM5:${g.hex(32)}\tUR:file:/ref/GRCh38.fa\n@RG\tID:${g.uhex(5)}.${
        g.int(1, 8)
      }\tPL:ILLUMINA\tPU:${g.uhex(9)}.${g.int(1, 8)}.${g.chars("ACGT", 8)}\tLB:lib${
        g.int(1, 99)
      }\tSM:sample_${g.int(1, 900)}\n@PG\tID:bwa\tPN:bwa\tVN:0.7.${g.int(10, 18)}-r${
        g.int(1000, 1300)
      }\tCL:bwa mem -t 16 -R @RG\\tID:x ref.fa R1.fq.gz R2.fq.gz`,
  },
  {
    name: "nextflow-run",
    n: 10,
    make: (g) =>
      `[${g.hex(2)}/${g.hex(6)}] process > ${
        g.pick(["FASTQC", "TRIMGALORE", "STAR_ALIGN", "SALMON_QUANT"])
      } (sample_${g.int(1, 200)}) [${g.int(0, 100)}%] ${g.int(1, 90)} of ${
        g.int(90, 200)
      } ✔\nwork dir: /scratch/work/${g.hex(2)}/${g.hex(30)} session ${g.uuid()}`,
  },
  {
    name: "gromacs-md-log",
    n: 8,
    make: (g) =>
      `           Step           Time\n${String(g.int(0, 5e7)).padStart(15)}${
        g.float(0, 1e5, 5).padStart(15)
      }\n\n   Energies (kJ/mol)\n          Angle    Proper Dih.  Ryckaert-Bell.          LJ-14     Coulomb-14\n    ${
        g.float(1e3, 9e4, 5)
      }    ${g.float(1e2, 9e3, 5)}    ${g.float(1e2, 9e3, 5)}    ${g.float(1e2, 9e3, 5)}   ${
        g.float(1e4, 9e4, 5)
      }`,
  },
  {
    name: "ncdump-header",
    n: 8,
    make: (g) =>
      `netcdf ${g.pick(["tas", "pr", "sst"])}_day_${g.pick(["CESM2", "MPI-ESM1-2-HR"])}_ssp585_r${
        g.int(1, 9)
      }i1p1f1_gn_${g.int(2015, 2090)}0101-${
        g.int(2015, 2100)
      }1231 {\ndimensions:\n\ttime = UNLIMITED ; // (${g.int(300, 3700)} currently)\n\tlat = ${
        g.int(90, 800)
      } ;\n\tlon = ${g.int(90, 1600)} ;\n\t:tracking_id = "hdl:21.14100/${g.uuid()}" ;`,
  },
  {
    name: "blast-output",
    n: 8,
    make: (g) =>
      `Query= contig_${g.int(1, 90000)} length=${
        g.int(200, 9000)
      }\n\nSequences producing significant alignments:  Score (Bits)  E Value\n${
        g.pick(["XM", "NM", "XP"])
      }_${g.digits(9)}.${g.int(1, 3)}  ${g.pick(["hypothetical protein", "ABC transporter"])}  ${
        g.int(40, 900)
      }  ${g.int(1, 9)}e-${g.int(10, 180)}`,
  },
  {
    name: "rinex-header",
    n: 8,
    make: (g) =>
      `     3.04           OBSERVATION DATA    M                   RINEX VERSION / TYPE\n${
        g.pick(["WTZR", "ONSA", "ZIMM"])
      }00${
        g.pick(["DEU", "SWE", "CHE"])
      }                                               MARKER NAME\n${g.int(10000, 19999)}M${
        g.int(1, 9)
      }0${g.int(1, 9)}                                           MARKER NUMBER\n  ${
        g.float(4e6, 5e6, 4)
      }   ${g.float(8e5, 9e5, 4)}  ${g.float(4e6, 5e6, 4)}                  APPROX POSITION XYZ`,
  },
  // ------------------------------------------------------------ CAD / PLM
  {
    name: "step-file-header",
    n: 8,
    make: (g) =>
      `ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('${
        g.pick(["CATIA V5", "SolidWorks 2024", "NX 2306"])
      } STEP export'),'2;1');\nFILE_NAME('${g.pick(PRODS)}-${g.digits(6)}_rev${
        g.pick(["A", "B", "C"])
      }.stp','${g.date()}T${g.time()}',(''),(''),'ST-DEVELOPER v${
        g.int(16, 20)
      }','','');\nFILE_SCHEMA(('AUTOMOTIVE_DESIGN { 1 0 10303 214 3 1 1 }'));\nENDSEC;`,
  },
  {
    name: "plm-part-revisions",
    n: 10,
    make: (g) =>
      `${g.iso()} Windchill INFO WTPart ${g.digits(10)} ${g.pick(PRODS)}-${g.digits(5)} ${
        g.pick(["A", "B", "C"])
      }.${g.int(1, 9)} (Design) state ${g.pick(["INWORK", "RELEASED", "UNDERREVIEW"])} -> ${
        g.pick(["RELEASED", "OBSOLETE"])
      } oid=OR:wt.part.WTPart:${g.digits(9)} ECN-${g.digits(6)}`,
  },
  {
    name: "gcode-cnc",
    n: 8,
    make: (g) =>
      `; ${g.pick(["Cura", "PrusaSlicer", "Fusion 360"])} ${g.semver()}\nG21\nG90\nM104 S${
        g.int(180, 260)
      }\nG1 X${g.float(0, 250, 3)} Y${g.float(0, 250, 3)} Z${g.float(0, 5, 3)} E${
        g.float(0, 900, 5)
      } F${g.int(600, 9000)}\nM117 Layer ${g.int(1, 900)}/${g.int(900, 2000)}`,
  },
  // ------------------------------------------------------------ ERP batch jobs
  {
    name: "sap-job-log",
    n: 10,
    make: (g) =>
      `${g.date().replace(/-/g, ".")} ${g.time()} Job ${
        g.pick(["SAP_REORG_JOBS", "Z_FI_PAYRUN", "RSBTCDEL2"])
      } (job count ${g.digits(8)}) step 001 started (program ${
        g.pick(["RSBTCDEL2", "RFFOEDI1", "RBDAPP01"])
      }, variant &${g.digits(12).padStart(13, "0")}, client ${g.int(100, 800)})\n${
        g.date().replace(/-/g, ".")
      } ${g.time()} ${g.int(1, 9000)} IDocs processed, ${g.int(0, 9)} errors; spool ${g.digits(5)}`,
  },
  {
    name: "sap-idoc-status",
    n: 10,
    make: (g) =>
      `IDoc ${g.digits(9).padStart(16, "0")} ${
        g.pick(["ORDERS05", "DESADV01", "INVOIC02"])
      } status ${
        g.pick(["53 Application document posted", "03 Data passed to port OK", "64 IDoc ready"])
      } port SAP${g.pick(["PRD", "QAS"])} partner ${g.digits(10)} (LS) doc ${g.digits(10)}`,
  },
  {
    name: "oracle-concurrent-request",
    n: 8,
    make: (g) =>
      `+---------------------------------------------------------------------------+\nConcurrent request ${
        g.int(1e7, 9e7)
      } ${g.pick(["GLPPOS", "APXPAWKB", "INVTMRPB"])} module: ${
        g.pick(["General Ledger", "Payables", "Inventory"])
      }\nCurrent system time is ${g.p2(g.int(1, 28))}-${
        g.pick(MONTHS)
      }-2026 ${g.time()}\n+---------------------------------------------------------------------------+`,
  },
  {
    name: "dynamics-batch",
    n: 8,
    make: (g) =>
      `Batch job ${g.int(5e6, 9e6)} (${
        g.pick(["Post invoices", "Master planning", "Inventory close"])
      }) company ${g.pick(["USMF", "DEMF", "GBSI"])} task ${g.int(1, 90)} of ${
        g.int(90, 200)
      } ended ${g.pick(["Ended", "Error"])} session ${g.int(1, 9999)} RecId ${g.digits(10)}`,
  },
  // ------------------------------------------------------------ mainframe
  {
    name: "jes2-job-log",
    n: 10,
    make: (g) => {
      const jn = `PAYB${g.int(100, 999)}`;
      const id = `JOB${g.digits(5)}`;
      return `${g.time()} ${id}  $HASP373 ${jn} STARTED - INIT ${g.int(1, 40)}    - CLASS ${
        g.pick(["A", "B", "P"])
      } - SYS ${
        g.pick(["SYSA", "PRD1"])
      }\n${g.time()} ${id}  IEF403I ${jn} - STARTED - TIME=${g.time()}\n${g.time()} ${id}  -                                         --TIMINGS (MINS.)--\n${g.time()} ${id}  -STEPNAME PROCSTEP    RC   EXCP   CPU    SRB  CLOCK\n${g.time()} ${id}  -STEP010              00   ${
        g.int(10, 9999)
      }    .${g.p2(g.int(0, 99))}    .00     .${
        g.p2(g.int(0, 99))
      }\n${g.time()} ${id}  $HASP395 ${jn} ENDED - RC=0000`;
    },
  },
  {
    name: "cics-messages",
    n: 10,
    make: (g) =>
      `${g.pick(["DFHSI1517", "DFHZC3461", "DFHAC2236", "DFHSN1200"])} ${
        g.pick(["CICSPRD1", "CICSAOR2"])
      } ${g.date()} ${g.time()} ${
        g.pick([
          "Control is being given to CICS.",
          `Transaction ${g.pick(["PAYR", "INQ1"])} program ${
            g.pick(["PAYPGM01", "INQPGM"])
          } abend ASRA at term ${g.uhex(4)}.`,
          `Node ${g.uhex(8)} session terminated. ((2) Module name: DFHZRAC)`,
        ])
      }`,
  },
  {
    name: "smf-type30",
    n: 8,
    make: (g) =>
      `SMF30 SYSID=${g.pick(["SYSA", "PRD1"])} DATE=${
        g.int(26001, 26365)
      } TIME=${g.time()} JOBNAME=${g.pick(["BATCH", "PAYB", "DB2M"])}${g.int(100, 999)} JOBID=JOB${
        g.digits(5)
      } STEP=${g.int(1, 9)} CPUTCB=${g.float(0, 90, 2)} CPUSRB=${g.float(0, 9, 2)} EXCP=${
        g.int(10, 999999)
      } SU=${g.int(1000, 999999)} SRVCLASS=${g.pick(["BATLOW", "BATHI", "STCMD"])}`,
  },
  {
    name: "db2-zos-messages",
    n: 8,
    make: (g) =>
      `${g.pick(["DSNL027I", "DSNJ002I", "DSNB250E", "DSNR031I"])} -${g.pick(["DB2P", "DSNA"])} ${
        g.pick([
          `FULL ACTIVE LOG DATA SET DSN=DSNCAT.LOGCOPY1.DS0${g.int(1, 9)}, STARTRBA=${
            g.uhex(20)
          }, ENDRBA=${g.uhex(20)}`,
          `DSNRLI CHECKPOINT LRSN=${g.uhex(20)} LOGRBA=${g.uhex(20)}`,
          `SERVER DDF AGENT RECEIVED A THREAD ... LUWID=${g.pick(["NETA", "USIBMSY"])}.${
            g.uhex(8)
          }.${g.uhex(12)}=${g.int(1, 9999)}`,
        ])
      }`,
  },
  // ------------------------------------------------------------ broadcast and streaming
  {
    name: "scte35-cue",
    n: 10,
    make: (g) =>
      `#EXT-X-CUE-OUT:${g.int(15, 120)}.0\n#EXT-X-DATERANGE:ID="splice-${
        g.int(1, 99999)
      }",START-DATE="${g.iso()}",PLANNED-DURATION=${g.int(15, 120)}.000,SCTE35-OUT=0xFC30${
        g.uhex(g.pick([60, 76, 92]))
      }\n#EXT-OATCLS-SCTE35:/DA${g.b64(g.pick([36, 45, 51])).slice(3)}`,
  },
  {
    name: "srt-ingest-stats",
    n: 10,
    make: (g) =>
      `${g.iso()} srt-live-server stream=live/${g.pick(["ch1", "studio-b", "sports-hd"])} sid=${
        g.int(1e8, 9e8)
      } msRTT=${g.float(1, 200, 3)} mbpsBandwidth=${g.float(1, 900, 3)} pktSndLoss=${
        g.int(0, 90)
      } pktRetrans=${g.int(0, 900)} byteAvailSndBuf=${g.int(1e5, 9e6)} latency=${
        g.pick([120, 200, 500])
      }ms`,
  },
  {
    name: "wowza-access",
    n: 8,
    make: (g) =>
      `${g.date()}\t${g.time()}\tUTC\tplay\tstream\tINFO\t200\t${
        g.pick(["myStream", "cam01"])
      }\t-\t_defaultVHost_\tlive\t_definst_\t${
        g.float(0, 9000, 3)
      }\t[any]\t1935\trtmp://media.example.net:1935/live\t-\t-\t${g.int(1e3, 9e8)}\t${
        g.int(1e3, 9e8)
      }\t${g.digits(9)}`,
  },
  // ------------------------------------------------------------ automotive
  {
    name: "obd2-pids",
    n: 10,
    make: (g) =>
      `>01 0C\n41 0C ${g.uhex(2)} ${g.uhex(2)}\n>01 0D\n41 0D ${g.uhex(2)}\n>01 05\n41 05 ${
        g.uhex(2)
      }\n>03\n43 0${g.int(1, 3)} ${g.pick(["01 71", "03 00", "04 20"])} 00 00\nrpm=${
        g.int(700, 6000)
      } speed=${g.int(0, 200)}km/h coolant=${g.int(60, 110)}C`,
  },
  {
    name: "uds-diagnostics",
    n: 10,
    make: (g) =>
      `[UDS] 0x7E0 -> ${
        g.pick([
          `10 03 (DiagnosticSessionControl extended) <- 50 03 00 32 01 F4`,
          `22 F1 89 (ReadDataByIdentifier ECU SW version) <- 62 F1 89 ${
            Array.from({ length: 8 }, () => g.uhex(2)).join(" ")
          }`,
          `27 01 (SecurityAccess requestSeed) <- 67 01 ${
            Array.from({ length: 4 }, () => g.uhex(2)).join(" ")
          }`,
          `31 01 FF 00 (RoutineControl eraseMemory) <- 71 01 FF 00 00`,
        ])
      } t=${g.int(1, 900)}ms`,
  },
  {
    name: "autosar-dlt",
    n: 10,
    make: (g) =>
      `${g.date().replace(/-/g, "/")} ${g.time()}.${g.chars(DIGITS, 6)} ${g.int(1e6, 9e8)} ${
        g.int(0, 255)
      } ECU1 ${g.pick(["DIAG", "SOMW", "PERS"])} ${g.pick(["CTX1", "SOME", "NVM"])} ${
        g.int(100, 9999)
      } log ${g.pick(["info", "warn"])} verbose 3 service 0x${g.uhex(4)} instance 0x${
        g.uhex(4)
      } method 0x${g.uhex(4)} session ${g.int(1, 65535)}`,
  },
  {
    name: "j1939-frames",
    n: 8,
    make: (g) =>
      `can1  ${g.pick(["18FEF100", "0CF00400", "18FEEE00", "18FECA00"])}   [8]  ${
        Array.from({ length: 8 }, () => g.uhex(2)).join(" ")
      }   PGN ${g.pick([65265, 61444, 65262, 65226])} SA 0x${g.uhex(2)} spn190=${
        g.float(600, 2400, 1)
      }rpm`,
  },
  // ------------------------------------------------------------ aviation
  {
    name: "metar-taf",
    n: 12,
    make: (g) => {
      const st = g.pick(ICAO);
      const d = g.p2(g.int(1, 28));
      return g.pick([
        `METAR ${st} ${d}${g.p2(g.int(0, 23))}50Z ${g.p2(g.int(0, 36))}0${g.p2(g.int(2, 30))}KT ${
          g.pick(["9999", "CAVOK", "6000"])
        } ${g.pick(["FEW", "SCT", "BKN"])}0${g.int(10, 49)} ${g.p2(g.int(0, 30))}/${
          g.p2(g.int(0, 20))
        } Q${g.int(990, 1035)} NOSIG=`,
        `TAF ${st} ${d}1700Z ${d}18/${g.p2(g.int(1, 28))}24 ${g.p2(g.int(0, 36))}0${
          g.p2(g.int(2, 30))
        }KT 9999 SCT0${g.int(20, 49)} TEMPO ${d}20/${d}24 4000 -SHRA BKN0${g.int(10, 19)} BECMG ${
          g.p2(g.int(1, 28))
        }02/${g.p2(g.int(1, 28))}04 ${g.p2(g.int(0, 36))}010KT=`,
      ]);
    },
  },
  {
    name: "notam",
    n: 10,
    make: (g) =>
      `${g.pick(["A", "B", "C"])}${g.p2(g.int(1, 9)).padStart(4, "0")}/26 NOTAMN\nQ) ${
        g.pick(["EGTT", "EDGG", "LFFF"])
      }/QMRLC/IV/NBO/A/000/999/${g.int(4000, 5900)}N${g.p2(g.int(0, 9)).padStart(5, "0")}W005\nA) ${
        g.pick(ICAO)
      } B) 26${g.p2(g.int(1, 12))}${g.p2(g.int(1, 28))}2200 C) 26${g.p2(g.int(1, 12))}${
        g.p2(g.int(1, 28))
      }0500\nE) RWY ${g.p2(g.int(1, 36))}${g.pick(["L", "R", ""])}/${
        g.p2(g.int(1, 36))
      } CLSD DUE TO WIP`,
  },
  {
    name: "acars-messages",
    n: 10,
    make: (g) =>
      `[${g.date()} ${g.time()}] ACARS mode:2 label:${g.pick(["H1", "5Z", "QA", "SA"])} bid:${
        g.int(1, 9)
      } nb:${g.int(0, 9)} tail:.${g.pick(["N", "D-A", "G-E", "F-H"])}${g.chars(UPPER, 3)} flight:${
        g.pick(["BA", "LH", "UA", "AF"])
      }${g.int(10, 999)} msgno:${g.pick(["M", "D"])}${g.p2(g.int(1, 99))}A\n  #DFB/PER/${
        g.int(100, 450)
      }/FL${g.int(100, 410)}/ETA ${g.p2(g.int(0, 23))}${g.p2(g.int(0, 59))}`,
  },
  {
    name: "adsb-dump1090",
    n: 10,
    make: (g) =>
      `*8D${g.uhex(6)}${g.uhex(22)};\nCRC: ${
        g.uhex(6)
      }\nDF 17: ADS-B message.\n  ICAO Address   : ${
        g.hex(6)
      }\n  Extended Squitter  Airborne position (Baro Altitude) (${g.int(9, 18)})\n    F flag   : ${
        g.pick(["odd", "even"])
      }\n    Altitude : ${g.int(100, 410) * 100} feet\n    CPR latitude:  ${
        g.int(1, 131071)
      }\n    CPR longitude: ${g.int(1, 131071)}`,
  },
  // ------------------------------------------------------------ maritime, satellites
  {
    name: "ais-nmea",
    n: 10,
    make: (g) =>
      `${g.epoch()} ${
        nmea(
          `AIVDM,1,1,,${g.pick(["A", "B"])},${g.pick(["1", "3", "1", "B"])}${g.chars(AIS6, 27)},0`,
        ).replace(/^/, "!")
      } ${nmea(`AIVDO,1,1,,,${g.pick(["1", "B"])}${g.chars(AIS6, 27)},0`).replace(/^/, "!")}`,
  },
  {
    name: "tle-lines",
    n: 10,
    make: (g) => {
      const sat = g.int(10000, 59999);
      const l1 = `1 ${sat}U ${g.int(98, 99)}${g.digits(3)}${g.pick(["A", "B", "C"])}   26${
        String(g.int(1, 365)).padStart(3, "0")
      }.${g.chars(DIGITS, 8)}  .${g.chars(DIGITS, 8)}  00000-0  ${g.int(1, 9)}${
        g.chars(DIGITS, 4)
      }-${g.int(2, 4)} 0  ${g.int(100, 999)}`;
      const l2 = `2 ${sat}  ${g.float(0, 99, 4).padStart(8)} ${g.float(0, 359, 4).padStart(8)} ${
        g.chars(DIGITS, 7)
      } ${g.float(0, 359, 4).padStart(8)} ${g.float(0, 359, 4).padStart(8)} ${
        g.float(11, 16, 8).padStart(11)
      }${String(g.int(1, 99999)).padStart(5)}`;
      return `${g.pick(["ISS (ZARYA)", "STARLINK-3021", "NOAA 19", "SENTINEL-2B"])}\n${tle(l1)}\n${
        tle(l2)
      }`;
    },
  },
  {
    name: "ccsds-telemetry",
    n: 8,
    make: (g) =>
      `TM frame SCID=${g.int(1, 1023)} VCID=${g.int(0, 7)} MCFC=${g.int(0, 255)} VCFC=${
        g.int(0, 255)
      } APID=0x${g.uhex(3)} seq=${g.int(0, 16383)} len=${g.int(6, 1100)} CRC=0x${
        g.uhex(4)
      } OK data=${g.uhex(32)} pass=${g.pick(["SVALBARD", "KIRUNA", "MCMURDO"])}-${g.int(1, 9999)}`,
  },
  // ------------------------------------------------------------ localisation
  {
    name: "gettext-po",
    n: 12,
    make: (g) =>
      `#: ${g.pick(["src/auth/login.py", "app/views/account.rb", "templates/reset.html"])}:${
        g.int(10, 900)
      }\n#, python-format\nmsgid "${
        g.pick([
          "Password",
          "Your password must contain at least %(min_length)d characters.",
          "API token",
          "Secret key",
          "Enter your password again",
        ])
      }"\nmsgstr "${
        g.pick([
          "Passwort",
          "Ihr Passwort muss mindestens %(min_length)d Zeichen enthalten.",
          "Clé secrète",
          "Jeton d’API",
          "Contraseña",
        ])
      }"`,
  },
  {
    name: "icu-messageformat",
    n: 10,
    make: (g) =>
      `"${
        g.pick(["token.expires", "password.reset.sent", "key.rotated"])
      }": "{count, plural, one {# key expires} other {# keys expire}} on {date, date, medium} ({days, number} days)", // hash ${
        g.hex(8)
      }`,
  },
  {
    name: "xliff-units",
    n: 8,
    make: (g) =>
      `<trans-unit id="${
        g.hex(40)
      }" datatype="html"><source>Reset token for <x id="INTERPOLATION" equiv-text="{{ name }}"/></source><target state="${
        g.pick(["translated", "needs-review-translation"])
      }">Jeton de réinitialisation pour <x id="INTERPOLATION"/></target><context-group purpose="location"><context context-type="linenumber">${
        g.int(1, 900)
      }</context></context-group></trans-unit>`,
  },
  {
    name: "fluent-ftl",
    n: 8,
    make: (g) =>
      `${g.pick(["login-password", "api-key-label", "secret-field"])} = ${
        g.pick(["Passwort", "Mot de passe", "Hasło"])
      }\n    .placeholder = ${g.pick(["Passwort eingeben", "Saisissez le mot de passe"])}\n${
        g.pick(["token-count", "keys-left"])
      } = { $count ->\n    [one] { $count } Schlüssel\n   *[other] { $count } Schlüssel\n}`,
  },
  // ------------------------------------------------------------ search engines
  {
    name: "solr-request-log",
    n: 10,
    make: (g) =>
      `${g.date()} ${g.time()}.${g.chars(DIGITS, 3)} INFO  (qtp${g.int(1e8, 9e8)}-${
        g.int(10, 999)
      }) [c:${g.pick(["products", "docs"])} s:shard${g.int(1, 4)} r:core_node${g.int(1, 20)} x:${
        g.pick(["products", "docs"])
      }_shard${g.int(1, 4)}_replica_n${
        g.int(1, 20)
      }] o.a.s.c.S.Request webapp=/solr path=/select params={q=sku:${
        g.uhex(8)
      }&fq=inStock:true&wt=json&rows=${g.int(10, 100)}} hits=${g.int(0, 9000)} status=0 QTime=${
        g.int(0, 300)
      }`,
  },
  {
    name: "es-explain",
    n: 10,
    make: (g) =>
      `{"_shard":"[${g.pick(["products", "logs-2026.12"])}][${g.int(0, 4)}]","_node":"${
        g.b64url(22)
      }","_id":"${g.b64url(20)}","_score":${g.float(0, 20, 6)},"_explanation":{"value":${
        g.float(0, 20, 6)
      },"description":"weight(title:${g.pick(["token", "key", "secret", "password"])} in ${
        g.int(0, 9000)
      }) [PerFieldSimilarity], result of:","details":[{"value":${
        g.float(0, 9, 6)
      },"description":"idf, computed as log(1 + (N - n + 0.5) / (n + 0.5)) from:"}]}}`,
  },
  {
    name: "opensearch-slowlog",
    n: 8,
    make: (g) =>
      `[${g.date()}T${g.time()},${g.chars(DIGITS, 3)}][WARN ][i.s.s.query] [${
        g.pick(["data-0", "data-1"])
      }] [${g.pick(["orders", "catalog"])}][${g.int(0, 4)}] took[${
        g.float(0, 9, 1)
      }s], took_millis[${g.int(500, 9000)}], total_hits[${
        g.int(0, 90000)
      } hits], search_type[QUERY_THEN_FETCH], total_shards[${g.int(1, 20)}], source[{"size":${
        g.int(1, 100)
      },"query":{"term":{"sku":"${g.uhex(10)}"}}}], id[${g.uuid()}],`,
  },
  // ------------------------------------------------------------ BI tools
  {
    name: "tableau-vizql",
    n: 8,
    make: (g) =>
      `{"ts":"${g.date()}T${g.time()}.${g.chars(DIGITS, 3)}","pid":${g.int(1000, 9999)},"tid":"${
        g.hex(4)
      }","sev":"info","req":"${g.b64url(24)}","sess":"${g.uhex(32)}-0:0","site":"${
        g.pick(["Finance", "Ops"])
      }","k":"end-query","v":{"query-hash":${g.int(1e8, 4e9)},"elapsed":${
        g.float(0, 9, 3)
      },"cols":${g.int(1, 40)},"rows":${g.int(0, 90000)},"protocol-id":${g.int(1, 900)}}}`,
  },
  {
    name: "powerbi-refresh",
    n: 8,
    make: (g) =>
      `Refresh ${g.uuid()} dataset ${g.uuid()} (${
        g.pick(["Sales Model", "Ops KPIs"])
      }) type=Scheduled status=${g.pick(["Completed", "Failed"])} start=${g.iso()} duration=${
        g.int(10, 3600)
      }s gateway=${g.uuid()} requestId=${g.uuid()}`,
  },
  {
    name: "looker-metabase-sql",
    n: 8,
    make: (g) =>
      `-- Looker Query Context '{"user_id":${g.int(1, 900)},"history_slug":"${
        g.hex(32)
      }","instance_slug":"${
        g.hex(32)
      }"}'\nSELECT orders.status AS "orders.status", COUNT(*) AS "orders.count" FROM analytics.orders AS orders WHERE orders.created_at >= TIMESTAMP '${g.date()}' GROUP BY 1 LIMIT ${
        g.int(500, 5000)
      }`,
  },
  // ------------------------------------------------------------ static site generators
  {
    name: "hugo-build",
    n: 8,
    make: (g) =>
      `Start building sites … \nhugo v0.${g.int(120, 140)}.${g.int(0, 3)}-${
        g.hex(40)
      }+extended linux/amd64 BuildDate=${g.date()}T${g.time()}Z VendorInfo=gohugoio\n\n                   | EN  | DE\n-------------------+-----+------\n  Pages            | ${
        g.int(10, 900)
      } | ${g.int(10, 900)}\n  Processed images | ${g.int(0, 400)} | ${g.int(0, 400)}\nTotal in ${
        g.int(100, 9000)
      } ms`,
  },
  {
    name: "jekyll-gatsby-next",
    n: 10,
    make: (g) =>
      g.pick([
        `      Generating... \n       Jekyll Feed: Generating feed for posts\n                    done in ${
          g.float(0, 9, 3)
        } seconds.\n Auto-regeneration: enabled for '/srv/jekyll'`,
        `success Building static HTML for pages - ${g.float(0, 90, 3)}s - ${g.int(1, 900)}/${
          g.int(900, 2000)
        } ${g.float(1, 900, 2)}/s\ninfo Done building in ${g.float(10, 300, 3)} sec`,
        `Route (app)                              Size     First Load JS\n┌ ○ /                                    ${
          g.float(1, 9, 2)
        } kB        ${g.int(80, 200)} kB\n├ ● /blog/[slug]                         ${
          g.int(100, 900)
        } B         ${g.int(80, 200)} kB\n+ First Load JS shared by all            ${
          g.int(80, 100)
        } kB\n  ├ chunks/${g.int(100, 999)}-${g.hex(16)}.js  ${g.float(20, 60, 1)} kB`,
      ]),
  },
  {
    name: "mkdocs-sphinx",
    n: 8,
    make: (g) =>
      g.pick([
        `INFO    -  Building documentation to directory: /build/site\nINFO    -  Documentation built in ${
          g.float(0, 30, 2)
        } seconds\nWARNING -  Doc file 'api/tokens.md' contains a link 'keys.md#rotate', but the doc 'keys.md' does not contain an anchor '#rotate'.`,
        `reading sources... [${g.int(1, 100)}%] reference/secrets\nwriting output... [${
          g.int(1, 100)
        }%] api/auth\nbuild succeeded, ${
          g.int(0, 40)
        } warnings.\nThe HTML pages are in _build/html.`,
      ]),
  },
  // ------------------------------------------------------------ compilers and linters, 10 languages
  {
    name: "rustc-diagnostics",
    n: 8,
    make: (g) =>
      `error[E0382]: borrow of moved value: \`token\`\n  --> src/auth/session.rs:${
        g.int(10, 900)
      }:${g.int(1, 80)}\n   |\n${
        g.int(10, 90)
      } |     let token = read_token(&cfg)?;\n   |         ----- move occurs because \`token\` has type \`SecretString\`, which does not implement the \`Copy\` trait\nFor more information about this error, try \`rustc --explain E0382\`.`,
  },
  {
    name: "gcc-clang-diagnostics",
    n: 8,
    make: (g) =>
      `src/crypto/key_store.c:${g.int(10, 900)}:${
        g.int(1, 80)
      }: warning: unused variable 'key_len' [-Wunused-variable]\n  ${
        g.int(10, 900)
      } |     size_t key_len = sizeof(password) - 1;\n      |            ^~~~~~~\nsrc/crypto/key_store.c:${
        g.int(10, 900)
      }:${g.int(1, 80)}: error: 'secret' undeclared (first use in this function)`,
  },
  {
    name: "javac-kotlinc",
    n: 8,
    make: (g) =>
      g.pick([
        `[ERROR] /build/src/main/java/com/example/auth/TokenService.java:[${g.int(10, 900)},${
          g.int(1, 80)
        }] cannot find symbol\n[ERROR]   symbol:   method getApiKey()\n[ERROR]   location: variable credentials of type com.example.auth.Credentials`,
        `e: file:///build/app/src/main/kotlin/com/example/KeyStore.kt:${g.int(10, 900)}:${
          g.int(1, 80)
        } Type mismatch: inferred type is String? but String was expected\nw: KeyStore.kt:${
          g.int(10, 900)
        }:${g.int(1, 80)} Parameter 'password' is never used`,
      ]),
  },
  {
    name: "tsc-eslint",
    n: 8,
    make: (g) =>
      g.pick([
        `src/auth/token.ts(${g.int(10, 900)},${
          g.int(1, 80)
        }): error TS2339: Property 'secret' does not exist on type 'Config'.\nsrc/auth/token.ts(${
          g.int(10, 900)
        },${
          g.int(1, 80)
        }): error TS2322: Type 'string | undefined' is not assignable to type 'string'.`,
        `/app/src/api/keys.js\n  ${g.int(1, 900)}:${
          g.int(1, 80)
        }  error  'apiKey' is assigned a value but never used  no-unused-vars\n  ${g.int(1, 900)}:${
          g.int(1, 80)
        }  warning  Unexpected console statement  no-console\n\n✖ 2 problems (1 error, 1 warning)`,
      ]),
  },
  {
    name: "pylint-mypy",
    n: 8,
    make: (g) =>
      g.pick([
        `app/auth.py:${g.int(10, 900)}:${
          g.int(0, 80)
        }: W0612: Unused variable 'password' (unused-variable)\napp/auth.py:${g.int(10, 900)}:${
          g.int(0, 80)
        }: C0103: Constant name "secret_key" doesn't conform to UPPER_CASE naming style (invalid-name)`,
        `app/tokens.py:${
          g.int(10, 900)
        }: error: Argument 1 to "sign" has incompatible type "str | None"; expected "str"  [arg-type]\nFound 1 error in 1 file (checked ${
          g.int(10, 400)
        } source files)`,
      ]),
  },
  {
    name: "go-vet-staticcheck",
    n: 8,
    make: (g) =>
      `# example.com/svc/auth\n./token.go:${g.int(10, 900)}:${
        g.int(1, 80)
      }: printf: fmt.Sprintf format %s has arg key of wrong type [32]byte\n./session.go:${
        g.int(10, 900)
      }:${g.int(1, 80)}: SA4006: this value of secret is never used (staticcheck)`,
  },
  {
    name: "swiftc-diagnostics",
    n: 8,
    make: (g) =>
      `/Users/runner/work/App/Sources/Keychain/KeychainStore.swift:${g.int(10, 900)}:${
        g.int(1, 80)
      }: warning: initialization of immutable value 'passwordData' was never used; consider replacing with assignment to '_' or removing it\n        let passwordData = try read(account: account)\n            ~~~~^~~~~~~~~~~~`,
  },
  {
    name: "ghc-diagnostics",
    n: 8,
    make: (g) =>
      `src/Auth/Token.hs:${g.int(10, 900)}:${
        g.int(1, 80)
      }: error: [GHC-83865]\n    • Couldn't match type ‘ByteString’ with ‘Text’\n      Expected: Text\n        Actual: ByteString\n    • In the first argument of ‘mkSecret’, namely ‘rawKey’`,
  },
  {
    name: "dotnet-build",
    n: 8,
    make: (g) =>
      `/src/Api/Services/TokenService.cs(${g.int(10, 900)},${
        g.int(1, 80)
      }): warning CS8618: Non-nullable property 'SigningKey' must contain a non-null value when exiting constructor. [/src/Api/Api.csproj]\n    ${
        g.int(1, 40)
      } Warning(s)\n    0 Error(s)\n\nTime Elapsed 00:00:${g.p2(g.int(1, 59))}.${
        g.p2(g.int(0, 99))
      }`,
  },
  {
    name: "rubocop-phpstan-shellcheck",
    n: 10,
    make: (g) =>
      g.pick([
        `app/models/api_key.rb:${g.int(1, 900)}:${
          g.int(1, 80)
        }: C: Style/GuardClause: Use a guard clause (return unless token) instead of wrapping the code inside a conditional expression.`,
        ` ------ -----------------------------------------------------------\n  Line   src/Security/PasswordHasher.php\n ------ -----------------------------------------------------------\n  ${
          g.int(10, 900)
        }     Parameter #1 $password of function password_hash expects string, string|null given.`,
        `In deploy.sh line ${
          g.int(1, 200)
        }:\nexport TOKEN=$(vault kv get -field=token secret/ci)\n       ^---^ SC2155 (warning): Declare and assign separately to avoid masking return values.`,
      ]),
  },
];

const CONTROLS: Control[] = [
  {
    name: "iban-in-iso20022-party",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const iban = `DE${g.int(10, 99)}${g.digits(8)}${g.chars(DIGITS, 10)}`;
      return {
        text: `<CdtrAcct><Id><IBAN>${iban}</IBAN></Id></CdtrAcct><CdtrAgt><FinInstnId><BICFI>${
          g.pick(BICS)
        }</BICFI></FinInstnId></CdtrAgt>`,
        values: [iban],
      };
    },
  },
  {
    name: "exchange-api-secret",
    n: 10,
    kind: "secret",
    make: (g) => {
      const secret = g.chars(B62, 64);
      return {
        text: `{"ts":"${g.iso()}","svc":"marketdata","symbol":"${g.pick(PAIRS)}","api_key":"${
          g.chars(B62, 64)
        }","api_secret":"${secret}"}`,
        values: [secret],
      };
    },
  },
  {
    name: "solana-keypair-in-node-log",
    n: 8,
    kind: "secret",
    make: (g) => {
      const key = g.chars(B58, 88);
      return {
        text: `${g.iso()} WARN validator: loaded identity from env SOLANA_PRIVATE_KEY=${key}`,
        values: [key],
      };
    },
  },
  {
    name: "email-in-mirth-error",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const email = `${g.pick(["amara", "jonas", "mei", "lucia"])}.${
        g.pick(["okafor", "berg", "chen", "rossi"])
      }${g.int(1, 99)}@${g.pick(["gmail.com", "web.de", "yahoo.fr"])}`;
      return {
        text: `${g.date()} ${g.time()},${g.chars(DIGITS, 3)} ERROR [ADT_Inbound] Message ${
          g.int(1, 9999999)
        } failed: PID-13 email ${email} rejected by EMR_IN`,
        values: [email],
      };
    },
  },
  {
    name: "client-ip-in-solr-log",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const ip = `${g.pick([81, 92, 176, 213])}.${g.int(1, 254)}.${g.int(1, 254)}.${g.int(1, 254)}`;
      return {
        text:
          `${g.date()} ${g.time()} INFO  o.a.s.c.S.Request remote=${ip} webapp=/solr path=/select params={q=*:*} hits=${
            g.int(0, 900)
          } status=0`,
        values: [ip],
      };
    },
  },
  {
    name: "card-in-order-webhook",
    n: 8,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const card = luhn("4" + g.chars(DIGITS, 14));
      return {
        text: `${g.iso()} inventory-sync WARN order=${g.digits(8)} sku=${g.pick(PRODS)}-${
          g.uhex(4)
        } payment card_number=${card} declined`,
        values: [card],
      };
    },
  },
  {
    name: "sap-rfc-password",
    n: 8,
    kind: "secret",
    make: (g) => {
      const pw = g.chars(B62, 10) + g.pick(["#", "!", "$"]) + g.chars(B62, 4);
      return {
        text: `${g.date().replace(/-/g, ".")} ${g.time()} RFC destination Z_PI_PRD client=${
          g.int(100, 800)
        } user=RFC_PI passwd=${pw} lang=EN`,
        values: [pw],
      };
    },
  },
  {
    name: "phone-in-acars-free-text",
    n: 6,
    kind: "pii",
    tier: "core",
    make: (g) => {
      const phone = `+44 7${g.int(100, 999)} ${g.chars(DIGITS, 6)}`;
      return {
        text: `ACARS label:SA flight:BA${
          g.int(10, 999)
        } /FREE TEXT PAX MEDICAL CALL FAMILY ON ${phone}`,
        values: [phone],
      };
    },
  },
];

/** Every case of the corpus, in a fixed order. */
export const generateBenign10 = (seed = BENIGN10_SEED): Benign10Case[] =>
  auditCases("benign10", new Gen(seed), BENIGN, CONTROLS);

/** The corpus as the stored JSON-lines file. */
export const benign10Text = auditText;

if (import.meta.main) {
  const cases = generateBenign10();
  await Deno.writeTextFile(BENIGN10_FILE, benign10Text(cases));
  console.log(`${cases.length} cases written to ${BENIGN10_FILE.pathname}`);
}
