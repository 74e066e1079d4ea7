import { deepStrictEqual } from "@node/assert";
import { parameterProblems } from "./parameters.ts";

const parameters = {
  properties: {
    service: { type: "string" },
    minutes: { type: "integer" },
    ratio: { type: "number" },
    channel: { type: "slack#/types/channel_id" },
    when: { type: "slack#/types/timestamp" },
    level: { type: "string", enum: ["error", "warn"] },
    custom: { type: { name: "a custom type object" } },
  },
  required: ["service", "minutes"],
};

Deno.test("values that fit their parameters have no problems", () => {
  deepStrictEqual(
    parameterProblems(parameters, {
      service: "checkout",
      minutes: 15,
      ratio: 15,
      channel: "C1",
      when: 1_700_000_000,
      level: "warn",
      custom: [1, 2],
    }),
    [],
  );
});

Deno.test("missing required, undeclared, wrongly typed and off-enum values are named", () => {
  deepStrictEqual(
    parameterProblems(parameters, {
      minutes: 1.5,
      ratio: "1",
      channel: 7,
      level: "debug",
      token: "xoxb-secret-value",
    }),
    [
      'required "service" is missing',
      '"minutes" must be an integer, not number',
      '"ratio" must be a number, not string',
      '"channel" must be a string, not integer',
      '"level" must be one of its 2 declared choices',
      '"token" is not declared',
    ],
  );
});

Deno.test("null counts as missing and no parameters accept nothing extra", () => {
  deepStrictEqual(parameterProblems(parameters, { service: null, minutes: 1 }), [
    'required "service" is missing',
  ]);
  deepStrictEqual(parameterProblems(undefined, {}), []);
  deepStrictEqual(parameterProblems(undefined, { x: 1 }), ['"x" is not declared']);
});
