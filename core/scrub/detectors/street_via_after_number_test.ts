/**
 * A number before `via`, `viale` or `piazza` is a count or a route in English (`retry 3 via
 * Kafka`, `sent 12 via Slack`), not an Italian street, whose number follows its name (`via Roma
 * 10`): it stays; French and Spanish streets after their number stay addresses.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a number, then `via` and a capitalised word, is no street address", () => {
  const benign = [
    "retry 3 via Kafka",
    "sent 12 via Slack to the on-call channel",
    "bus 25 via St. Paul Street",
    "notified 4, via Teams and Email",
    "moved 7 viale Settings entries",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});

Deno.test("Italian streets before their number, French and Spanish ones after it, stay masked", () => {
  const named = ["via Roma 10", "viale Monza 244", "12 rue de la Paix", "5 avenida de Mayo"];
  const lines = named.map((a) => `consegna a ${a}, ok`);
  deepStrictEqual(lines.filter((line, i) => scrubber.scrub(line).text.includes(named[i])), []);
});

Deno.test("each street word in the places it is written: after the number, before the name and number", () => {
  const afterNumber = ["rue", "avenue", "boulevard", "calle", "avenida", "rua"];
  const beforeNumber = [...afterNumber, "via", "viale", "piazza"];
  const problems: string[] = [];
  for (const word of new Set([...afterNumber, ...beforeNumber, "vial", "pizza", "route"])) {
    const forms: [string, boolean][] = [
      [`12 ${word} de la Paix`, afterNumber.includes(word)],
      [`12, ${word} Garibaldi`, afterNumber.includes(word)],
      [`${word} del Corso 7`, beforeNumber.includes(word)],
      [`${word} Roma 10`, beforeNumber.includes(word)],
    ];
    for (const [form, masked] of forms) {
      const line = `shipped to ${form} today`;
      if ((scrubber.scrub(line).text !== line) !== masked) problems.push(`${form}: ${!masked}`);
    }
  }
  deepStrictEqual(problems, []);
});
