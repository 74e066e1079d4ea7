/**
 * A corpus of personal names, street addresses and dates of birth in running text and log lines
 * (issue 10, all PII), written for the round that added names with no introducing word
 * (../detectors/pii_running_text.ts): sentences of support mail and chat, and log lines as
 * applications write them (`user "…" logged in`, `customer=…`, `assigned to …`, audit lines,
 * tickets, JSON), each holding a generated name (given and family names of several cultures,
 * some in the detectors' list of common given names and many not), a composed street address or
 * a date; and ~35 % benign lines of the same frames holding capitalised words that name no one
 * (services, products, teams, `Started Session`, `Connection Refused`).
 *
 *   deno run --allow-write core/scrub/corpus/gen_pii_names8.ts   # rewrites pii_names8.jsonl
 */
import type { LabelledCase } from "./case_shape.ts";
import { Rand } from "./pii_redteam_values.ts";

export const PII_NAMES8_FILE = new URL("./pii_names8.jsonl", import.meta.url);

export interface Names8Case extends LabelledCase {
  type: string;
}

/** Each case as one JSON line, in order. */
export function piiNames8Text(cases: readonly Names8Case[]): string {
  return cases.map((c) => JSON.stringify(c)).join("\n") + "\n";
}

// ---- values ----

/** Given names of several cultures (English, Spanish, German, Nordic, Slavic, Indian, East Asian, Arabic, African). */
const GIVEN = (
  "Jennifer Michael Sarah David Emily Robert Laura Thomas Maria Carlos " +
  "Siobhan Florian Ingrid Bogdan Radka Anjali Tariq Yasmin Chidi Folake Haruto Seo-yeon " +
  "Mateus Ilse Kaisa Rasmus Zofia Dariusz Nirmala Venkat Xiaoling Jun-ho Amara Kwabena Leilani"
).split(" ");
const FAMILY = (
  "Okafor Lindqvist Marchetti Nakagawa Brennan Castellanos Hoffmeister Kowalczyk Ramaswamy " +
  "Achterberg Oyelaran Fitzpatrick Delacroix Sorensen Villanueva Abernathy Takahashi Mbeki " +
  "Petrosyan Quintero Halvorsen Nwosu Chaudhry Vasquez Eriksson Gallagher Moreau Wojcik"
).split(" ");
const PARTICLES = ["van der", "de", "da", "al", "von"];

function personName(r: Rand): string {
  const given = r.pick(GIVEN);
  switch (r.int(6)) {
    case 0:
      return `${given} ${r.pick("BDKLMRST".split(""))}. ${r.pick(FAMILY)}`;
    case 1:
      return `${given} ${r.pick(PARTICLES)} ${r.pick(FAMILY)}`;
    case 2:
      return `${given} ${r.pick(FAMILY)}-${r.pick(FAMILY)}`;
    default:
      return `${given} ${r.pick(FAMILY)}`;
  }
}

const STREETS = "Alder Birchwood Cobblestone Dunmore Elmhurst Foxglove Garrison Hawthorn Ivy".split(
  " ",
);
const STREET_TYPES = [
  "Street",
  "St",
  "Avenue",
  "Ave",
  "Road",
  "Rd",
  "Lane",
  "Drive",
  "Way",
  "Court",
];
const TOWNS = ["Springfield, IL", "Fresno, CA", "Dayton, OH", "Tulsa, OK", "Reno, NV", "Akron, OH"];

function street(r: Rand): string {
  return `${r.range(1, 9899)}${r.int(8) === 0 ? "B" : ""} ${r.pick(STREETS)} ${
    r.pick(STREET_TYPES)
  }`;
}

function address(r: Rand): string {
  const unit = r.int(3) === 0 ? `, Apt ${r.range(1, 48)}` : "";
  return `${street(r)}${unit}, ${r.pick(TOWNS)} ${String(r.range(1001, 99899)).padStart(5, "0")}`;
}

const MONTHS =
  "January February March April May June July August September October November December"
    .split(" ");

function birthDate(r: Rand): string {
  const y = r.range(1941, 2006), m = r.range(1, 12), d = r.range(1, 28);
  const p = (n: number) => String(n).padStart(2, "0");
  return r.pick([`${y}-${p(m)}-${p(d)}`, `${p(m)}/${p(d)}/${y}`, `${d} ${MONTHS[m - 1]} ${y}`]);
}

function stamp(r: Rand): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `2025-${p(r.range(1, 12))}-${p(r.range(1, 28))}T${p(r.range(0, 23))}:${
    p(r.range(0, 59))
  }:${p(r.range(0, 59))}Z`;
}

const LEVEL = ["INFO", "WARN", "DEBUG", "ERROR"];

// ---- frames: a name, an address or a date in text ----

type Frame = (r: Rand, value: string) => string;

/** Sentences and log lines that hold a person's name. */
const NAME_FRAMES: Frame[] = [
  (_, n) => `Please forward the signed contract to ${n} before Friday.`,
  (_, n) => `${n} called the helpdesk twice about the refund.`,
  (_, n) => `Spoke with ${n} from accounts; a confirmation follows tomorrow.`,
  (_, n) => `The onboarding call with ${n} moved to 3pm.`,
  (_, n) => `${n} will cover the on-call shift this weekend.`,
  (_, n) => `Thanks ${n} for the quick reply!`,
  (r, n) => `${stamp(r)} ${r.pick(LEVEL)} auth: user "${n}" logged in from web`,
  (r, n) => `${stamp(r)} INFO billing customer=${n} plan=pro amount=49.00`,
  (r, n) => `{"ts":"${stamp(r)}","event":"signup","full_name":"${n}","plan":"free"}`,
  (r, n) => `${stamp(r)} audit: ${n} changed the role of user ${r.range(100, 9999)} to admin`,
  (r, n) => `${stamp(r)} INFO ticket #${r.range(1000, 9999)} assigned to ${n}`,
  (r, n) => `${stamp(r)} INFO expense report ${r.range(100, 999)} approved by ${n}`,
  (r, n) => `${stamp(r)} WARN incident INC-${r.range(1000, 9999)} reported by ${n}: checkout slow`,
  (r, n) => `${stamp(r)} INFO order ${r.range(10000, 99999)} shipped to ${n}`,
  (r, n) => `support ticket ${r.range(10000, 99999)}: "Hi, this is ${n}, my parcel never came"`,
  (r, n) => `${stamp(r)} INFO Created account for ${n} (id=${r.range(1000, 99999)})`,
  (r, n) => `${stamp(r)} DEBUG patient ${n} admitted to ward ${r.range(1, 9)}B`,
  (r, n) => `${stamp(r)} INFO password reset requested by ${n}`,
  (r, n) => `${stamp(r)} INFO Welcome back, ${n}!`,
  (r, n) => `${stamp(r)} ERROR payment declined for ${n}: insufficient funds`,
];

/** Sentences and log lines that hold a street address. */
const ADDRESS_FRAMES: Frame[] = [
  (_, a) => `Please deliver the replacement to ${a} before noon.`,
  (_, a) => `Our customer moved to ${a} last month.`,
  (r, a) => `${stamp(r)} INFO shipping to ${a}`,
  (r, a) => `{"event":"address_changed","address":"${a}","user_id":${r.range(1, 9999)}}`,
  (r, a) => `${stamp(r)} WARN address validation failed for ${a}`,
  (r, a) => `${stamp(r)} INFO courier waiting at ${a}`,
];

/** Sentences and log lines that hold a date of birth. */
const BIRTH_FRAMES: Frame[] = [
  (r, d) => `${stamp(r)} INFO kyc check: DOB ${d} matched`,
  (_, d) => `The applicant was born on ${d} according to the form.`,
  (r, d) => `${stamp(r)} INFO verified identity, date of birth ${d}`,
];

// ---- benign: the same frames and log lines with capitalised words that name no one ----

/** Capitalised words that name no one, put where a name would go. */
const NOT_PEOPLE = [
  "Legal Ops",
  "Platform Team",
  "Finance Bot",
  "Health Check",
  "Payment Gateway",
  "Order Service",
  "Change Advisory Board",
  "Warehouse East",
  "Build Agent",
  "Code Owners",
  "Data Platform",
  "Tier Two",
];

const BENIGN_FRAMES: ((r: Rand) => string)[] = [
  ...NAME_FRAMES.slice(0, 6).map((f) => (r: Rand) => f(r, r.pick(NOT_PEOPLE))),
  (r) => `${stamp(r)} INFO ticket #${r.range(1000, 9999)} assigned to ${r.pick(NOT_PEOPLE)}`,
  (r) => `${stamp(r)} INFO expense report ${r.range(100, 999)} approved by ${r.pick(NOT_PEOPLE)}`,
  (r) => `${stamp(r)} INFO order ${r.range(10000, 99999)} shipped to ${r.pick(NOT_PEOPLE)}`,
  (r) => `${stamp(r)} INFO Started Session ${r.range(1, 999)} of user root.`,
  (r) => `${stamp(r)} ERROR Connection Refused by Upstream Server`,
  (r) => `${stamp(r)} INFO Kafka Consumer Group rebalanced, ${r.range(2, 12)} partitions assigned`,
  (r) =>
    `${stamp(r)} INFO Circuit Breaker opened for Payment Gateway after ${r.range(3, 9)} failures`,
  (r) => `${stamp(r)} INFO Google Chrome Helper exited with code 0`,
  (r) => `${stamp(r)} INFO Visual Studio Code Server listening on ${r.range(3000, 9000)}`,
  (r) => `${stamp(r)} WARN Disk Usage High on Node Pool ${r.range(1, 9)}`,
  (r) => `${stamp(r)} INFO moved ${r.range(2, 90)} items to Archive Storage`,
  (r) => `${stamp(r)} INFO Monitoring ${r.range(2, 90)} hosts in Region West`,
  (r) =>
    `During ${r.range(1990, 2024)}, the Data Platform team migrated ${r.range(2, 40)} clusters.`,
  (r) => `${stamp(r)} INFO flight SJC: San Jose Airport, gate ${r.range(1, 30)}`,
  (r) => `${stamp(r)} INFO bus ${r.range(1, 30)} via St. Paul Street to Santa Barbara Road`,
  (r) => `${stamp(r)} INFO loaded MariaDB driver ${r.range(2, 3)}.${r.range(0, 9)}`,
  (r) => `${stamp(r)} INFO user=john logged in from the console`,
  (r) => `${stamp(r)} INFO Thread Pool Executor rejected task (Queue Full)`,
  (r) => `${stamp(r)} INFO Grace Period expired for lease ${r.range(1000, 9999)}`,
  (r) => `${stamp(r)} INFO Max Retries reached for Mark Sweep phase`,
  (r) => `${stamp(r)} INFO Long Running Query detected on Price Index table`,
];

// ---- the corpus ----

/** The corpus: ~35 % benign, the rest names, addresses and dates of birth in their frames. */
export function generatePiiNames8(): Names8Case[] {
  const r = new Rand(20260805);
  const cases: Names8Case[] = [];
  const add = (type: string, text: string, secrets: string[]) =>
    cases.push({
      id: `names8-${String(cases.length).padStart(4, "0")}`,
      kind: "pii",
      type,
      text,
      secrets,
      expect_unchanged: false,
    });
  for (let i = 0; i < 300; i++) {
    const n = personName(r);
    add("person", NAME_FRAMES[i % NAME_FRAMES.length](r, n), [n]);
  }
  for (let i = 0; i < 90; i++) {
    const a = address(r);
    add("address", ADDRESS_FRAMES[i % ADDRESS_FRAMES.length](r, a), [a]);
  }
  for (let i = 0; i < 30; i++) {
    const d = birthDate(r);
    add("date_of_birth", BIRTH_FRAMES[i % BIRTH_FRAMES.length](r, d), [d]);
  }
  const seen = new Set<string>();
  for (let i = 0; seen.size < 230 && i < 2000; i++) {
    const text = BENIGN_FRAMES[i % BENIGN_FRAMES.length](r);
    if (seen.has(text)) continue;
    seen.add(text);
    cases.push({
      id: `names8-${String(cases.length).padStart(4, "0")}`,
      kind: "benign",
      type: "benign",
      text,
      secrets: [],
      expect_unchanged: true,
    });
  }
  return cases;
}

if (import.meta.main) {
  await Deno.writeTextFile(PII_NAMES8_FILE, piiNames8Text(generatePiiNames8()));
}
