/**
 * ncpdp-patient reads the segment heads in the 2,000 characters before a field (one search, not
 * one from every segment): a field further on than that from any segment head is masked, as a
 * limit on the scrubbing path fails closed; one whose last segment head is read and is no patient
 * or insurance segment stays.
 */
import { ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
/** Fields of a segment with no code the detector reads, `count` characters in all. */
const filler = (count: number) => "<FS>ZZ0123456789".repeat(Math.ceil(count / 16)).slice(0, count);

Deno.test("ncpdp-patient: a field further than its window from every segment head is masked", () => {
  for (const gap of [2100, 5000, 60000]) {
    const line = `AM01<FS>CATEODORA${filler(gap)}<FS>CBVLAHOS`;
    const out = scrub(line);
    ok(!out.includes("VLAHOS"), `gap ${gap}: ${out.slice(-80)}`);
  }
});

Deno.test("ncpdp-patient: a segment head read before the field still decides", () => {
  // A claim segment's head (AM07) read last: no patient's field, masked neither near nor far.
  for (const gap of [100, 1900]) {
    const line = `AM01<FS>CATEODORA${filler(3000)}AM07${filler(gap)}<FS>CBVLAHOS`;
    ok(scrub(line).includes("<FS>CBVLAHOS"), `gap ${gap}`);
    const patient = `AM07${filler(3000)}AM01${filler(gap)}<FS>CBVLAHOS`;
    ok(!scrub(patient).includes("VLAHOS"), `patient, gap ${gap}`);
  }
});
