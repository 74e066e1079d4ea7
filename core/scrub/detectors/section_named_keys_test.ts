/**
 * A bare `Key` named by the section holding it, written over lines (ASP.NET's `appsettings.json`,
 * Magento's `env.php`): the section's keys below its opening line are masked up to the bracket
 * closing it; another section's `Key` stays.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const V = "Zt6Qm1Wx8Ln3Bv5Kc7Hr";

Deno.test("a JWT section's and Magento's crypt key written below the section are masked", () => {
  for (
    const text of [
      `  "Jwt": {\n    "Issuer": "https://api.example.com",\n    "Key": "${V}"\n  },`,
      `    'crypt' => [\n        'key' => '${V}'\n    ],`,
      `  'crypt' => array (\n    'key' => '${V}',\n  ),`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(V), out);
  }
});

Deno.test("after the section's closing bracket, another section's Key stays", () => {
  const text =
    `  "Jwt": {\n    "Issuer": "https://api.example.com"\n  },\n  "Cache": {\n    "Key": "${V}"\n  }`;
  strictEqual(scrubber.scrub(text).text, text);
});
