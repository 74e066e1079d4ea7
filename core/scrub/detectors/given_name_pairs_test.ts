/**
 * A person's name with no word introducing it (issue 10, all PII): a common given name, alone or
 * before generated family names of several cultures (hyphenated, `Mc`/`O'`, particles, a middle
 * initial), in sentences and log lines, is masked with the words around it kept; the same given
 * names inside places, identifiers, lower-case user names and technical words stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam_values.ts";

const scrubber = createScrubber();
const GIVEN = ["Jennifer", "Mohammed", "Wei", "Maria", "Christopher", "Priya", "Ivan", "Susan"];
const SYLLABLES = ["ka", "lo", "ve", "mir", "dan", "os", "tu", "ren", "bi", "gha", "sel", "no"];
/** A family name made of syllables, so that no list of real ones is needed (`Kalomir`). */
const family = (r: Rand) => {
  const word = Array.from({ length: r.range(2, 3) }, () => r.pick(SYLLABLES)).join("");
  return word[0].toUpperCase() + word.slice(1);
};
const SHAPES = [
  (r: Rand) => r.pick(GIVEN),
  (r: Rand) => `${r.pick(GIVEN)} ${family(r)}`,
  (r: Rand) => `${r.pick(GIVEN)} ${family(r)}-${family(r)}`,
  (r: Rand) => `${r.pick(GIVEN)} ${r.pick("BDKLMT".split(""))}. ${family(r)}`,
  (r: Rand) => `${r.pick(GIVEN)} ${r.pick(["Mc", "O'", "Mac"])}${family(r)}`,
  (r: Rand) => `${r.pick(GIVEN)} ${r.pick(["van der", "da", "de", "al"])} ${family(r)}`,
];
const FORMS = [
  (n: string) => `In case of my child's account, we need to add ${n} as guardian`,
  (n: string) => `${n} from Pinewood Studios is the keynote speaker`,
  (n: string) => `Why is ${n} so impulsive?`,
  (n: string) => `2025-03-01T10:00:00Z INFO ticket #4471 assigned to ${n}`,
  (n: string) => `audit: ${n} changed role of user 4412 to admin`,
  (n: string) => `{"msg":"order 5521 shipped to ${n}","items":3}`,
  (n: string) => `the verses from ${n}'s Cautionary Tales`,
];

Deno.test("a common given name, alone or with family names, is masked without an introducing word", () => {
  const r = new Rand(4242);
  const leaks: string[] = [];
  for (const form of FORMS) {
    for (const shape of SHAPES) {
      const name = shape(r);
      const line = form(name);
      const out = scrubber.scrub(line).text;
      const [before, after] = line.split(name);
      const kept = name.split(/[ -]/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && out.includes(w));
      if (kept.length > 0 || !out.startsWith(before) || !out.endsWith(after)) leaks.push(out);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("the same given names in places, identifiers and technical words stay", () => {
  const benign = [
    "flight SJC: San Jose Airport, gate 4",
    "route via St. Paul Street and Santa Barbara Road",
    "Saint Thomas Hospital wing B",
    "loaded MariaDB driver 3.1",
    "user=john logged in from the console",
    "Wei Service restarted after 3 retries",
    "mailbox john_smith bounced",
    "Ericsson RAN node 7 up",
    "weight=0.42 maria-db-0 ready",
    "/home/david/projects/build.sh exited 1",
    "Started Session 42 of user root.",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});

Deno.test("given names of the US's most common, of older and newer generations, open a name", () => {
  const names = ["Joshua", "Edward", "Donald", "Dorothy", "Olivia", "Sophia"];
  names.push("Kenneth", "Ronald", "Timothy", "Jeffrey", "Stephen", "Patrick", "Rebecca");
  names.push("Kimberly", "Deborah", "Sandra", "Donna", "Muhammad");
  const lines = names.map((n) => `2025-03-01 INFO ticket 4471 assigned to ${n} Kalomir`);
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text.includes("Kalomir")), []);
});

Deno.test("common given names of several cultures open a name, front-coded ones too", () => {
  const names = [
    "Jason",
    "Samantha",
    "Alejandro",
    "Fernando",
    "Andrés",
    "María",
    "Rahul",
    "Deepak",
  ];
  names.push("Minh", "Jisoo", "Youssef", "Fatima", "Chinedu", "Thabo", "Jürgen", "Giuseppe");
  names.push("Aarav", "Aaron", "Abdullah", "Zachary", "Stefanie", "Stefano", "Luca", "Lucas");
  names.push("Mariana", "Daniela", "Shreya", "Haruka", "Zeynep", "Ngozi", "Agnieszka", "Tatiana");
  names.push("Simon", "Colin", "Nigel", "Tiffany", "Kieran", "Gemma", "Siobhan", "Thiago");
  const lines = names.map((n) => `2025-03-01 INFO ticket 4471 assigned to ${n} Kalomir`);
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text.includes("Kalomir")), []);
});

Deno.test("given names that are also a product, a town or a word stay out of the list", () => {
  const benign = [
    "Scarlett 2i2 Gen 3 audio interface attached",
    "Doris BE node 3 is alive",
    "Charles proxy listening on 8888",
    "Amanda backup run 42 finished",
    "Mark Sweep phase took 12 ms",
    "Grace Period expired for lease 9364",
    "deployed to Sofia region",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});

Deno.test("a common family name after any capitalised word makes a name", () => {
  const given = ["Kalomir", "Oskaro", "Tuvel"];
  const families = ["Nguyen", "Okafor", "Rodríguez", "Kumar", "Wang", "Müller", "Kowalski"];
  const lines = families.flatMap((f) =>
    given.map((g) => `2025-03-01 INFO ticket 4471 assigned to ${g} ${f}`)
  );
  deepStrictEqual(
    lines.filter((line) => /Kalomir|Oskaro|Tuvel/.test(scrubber.scrub(line).text)),
    [],
  );
  const benign = ["ecc: Support Edwards curves", "retry With Nguyen cache", "Default Kim profile"];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});
