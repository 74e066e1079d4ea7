/**
 * A latitude or longitude under a key naming it (a person's position: a rider's pickup, a
 * courier's fix), in the syntaxes logs write keys in: generated decimals of four to seven places
 * are masked; coarse ones (a region's) and other keys' decimals stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(3107);
const decimal = (whole: number, places: number) =>
  `${random() < 0.5 ? "-" : ""}${Math.floor(random() * whole)}.${
    Array.from({ length: places }, () => Math.floor(random() * 10)).join("")
  }`;
const KEYS = ["lat", "lng", "lon", "latitude", "longitude", "home_lat", "geo_lng"];
const FORMS = [
  (k: string, v: string) => `{"ride":"r_81","${k}":${v},"fare":12.5}`,
  (k: string, v: string) => `{"body":"{\\"${k}\\":\\"${v}\\"}"}`,
  (k: string, v: string) => `tracker: fix ${k}=${v} accuracy=9m`,
  (k: string, v: string) => `<${k}>${v}</${k}>`,
  (k: string, v: string) => `GET /nearby?${k}=${v}&radius=500`,
  (k: string, v: string) => `${k}: ${v}`,
];

Deno.test("a coordinate of four places or more under a key naming it is masked", () => {
  const leaks: string[] = [];
  for (const form of FORMS) {
    for (const key of KEYS) {
      const v = decimal(key.includes("lat") ? 80 : 170, 4 + Math.floor(random() * 4));
      const out = scrubber.scrub(form(key, v)).text;
      if (out.includes(v)) leaks.push(out);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("coarse coordinates and other keys' decimals stay", () => {
  const benign = [
    '{"region":"eu","lat":48.9,"lng":2.35}',
    "latency=48.8566ms p99=120.4411",
    "translate=12.3456 salon=1.2345",
    '{"long_running":12.34567,"lateness":0.12345}',
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});
