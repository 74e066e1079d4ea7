/**
 * A batch scheduler's place on a host is no mailbox though written `name@host.domain`: HTCondor's
 * slots (`slot1@…`, `slot1_15@…` in `condor_status` and the job log's `Job executing on host:`)
 * and Grid Engine's queue instances (`all.q@…`, `gpu.q@…` in `qstat`), whose cluster queues end in
 * `.q`. A person's address on the same line, or one whose local part only starts like them
 * (`slotkin@…`, `q.ng@…`), is still masked. Host names generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x51a7);
const scrubber = createScrubber();
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: T[]) => xs[int(xs.length)];

Deno.test("HTCondor slots and Grid Engine queue instances stay; mailboxes beside them are masked", () => {
  const wrong: string[] = [];
  for (let k = 0; k < 30; k++) {
    const host = `${pick(["wn", "node", "compute-0", "gpu"])}-${int(400)}.${
      pick(["grid", "hpc", "cluster"])
    }.example.${pick(["edu", "org", "ac.uk", "de"])}`;
    const slot = pick([`slot${1 + int(4)}`, `slot${1 + int(2)}_${1 + int(64)}`]) + "@" + host;
    const queue = `${pick(["all", "gpu", "long", "short", "himem"])}.q@${host}`;
    const mail = `${pick(["slotkin", "q.ng", "jane.q.doe", "allq"])}${int(99)}@example.com`;
    for (
      const [line, kept] of [
        [
          `001 (${int(9999)}.000.000) Job executing on host: <${slot}?sock=startd_${
            int(9999)
          }> notify ${mail}`,
          slot,
        ],
        [`${slot} LINUX X86_64 Claimed Busy 1.000 2048 0+02:11:47 owner ${mail}`, slot],
        [
          ` ${int(999999)} 0.50000 align  svc_hpc r 12/10/2026 19:25:29 ${queue}  8  mail ${mail}`,
          queue,
        ],
        [`${queue} BIP 0/16/64 3.92 lx-amd64 contact=${mail}`, queue],
      ]
    ) {
      const out = scrubber.scrub(line).text;
      if (!out.includes(kept) || out.includes(mail)) wrong.push(`${line} -> ${out}`);
    }
  }
  deepStrictEqual(wrong, []);
});

Deno.test("a person's mailbox ending in `.q` is masked: only a numbered host's queue stays", () => {
  for (const mail of ["mark.q@example.com", "ana.q@mail.example.org", "lee.q@hpc.example.edu"]) {
    const out = scrubber.scrub(`notify ${mail} when done`).text;
    deepStrictEqual(out.includes(mail), false, out);
  }
});
