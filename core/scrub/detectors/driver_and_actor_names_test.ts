/**
 * A person's name under a bare `name` key is masked on a line about a fleet's or a ride's
 * driver, or in an xAPI statement's actor (`"actor":{"objectType":"Agent","name":…}`); a
 * driver's or an actor's technical name (lower case, a version, a code) stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0xf1ee7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");

const GIVEN = ["Gwendolyn", "Marisol", "Oluwaseun", "Thaddeus", "Ottoline", "Radomir"];
const FAMILY = ["Vasquez-Ortega", "Wojciechowski", "Abernathy", "Lindqvist", "Iwuchukwu"];
const names = Array.from({ length: 12 }, () => `${pick(GIVEN)} ${pick(FAMILY)}`);

Deno.test("a name under a bare name key beside a driver or an xAPI actor is masked", () => {
  const cases = names.flatMap((name) => [
    [
      `{"type":"inspection","vehicle":{"id":"TRK-${
        digits(3)
      }"},"driver":{"name":"${name}","shift":"night"}}`,
      name,
    ],
    [`dispatch ride=${digits(8)} driver_id=${digits(5)} name="${name}" eta_s=240`, name],
    [
      `xAPI {"actor":{"objectType":"Agent","name":"${name}","account":{"name":"${
        digits(8)
      }"}},"verb":{"id":"completed"}}`,
      name,
    ],
  ]);
  deepStrictEqual(cases.filter(([line, v]) => scrubber.scrub(line).text.includes(v)), []);
});

Deno.test("a driver's or an actor's technical name stays", () => {
  const lines = [
    `{"driver":{"name":"overlay2","version":"${digits(2)}.0"}}`,
    `{"gpu":{"driver":"535.${digits(2)}","name":"Tesla T4"}}`,
    `akka actor=/user/router-${digits(2)} name=router-${digits(2)} state=started`,
    `jdbc driver=org.postgresql.Driver name=HikariPool-1 size=10`,
  ];
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
