/**
 * A value written with terminal colour codes in it is judged as a reader sees it
 * (./match.ts acceptedSecret, ./decoded_view.ts): a placeholder, a reference or a status word in
 * colours stays as it is, as it does without them; a password in colours is still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { defaultPolicy } from "./policy_defaults.ts";
import { scrubberFor } from "./scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(5) });
const scrub = (text: string) => scrubber.scrub(text).text;

const red = (s: string) => `\x1b[31m${s}\x1b[0m`;

Deno.test("coloured placeholders: references, stand-ins and status words stay", () => {
  for (
    const line of [
      `PASSWORD="${red("${DB_PASSWORD}")}"`,
      `{"level":"warn","Password":"${red("${DB_PASSWORD}")}","attempt":2}`,
      `{"event":"login","body":{"password":"${red("$PASSWORD")}"}}`,
      `<connection host="db01" Password="${red("null")}" timeout="30"/>`,
      `{:user=>"bob", :password=>"${red("[FILTERED]")}"}`,
      `[server]\nPassword = "${red("{{ .Values.password }}")}"`,
      `    value: "${red("<redacted>")}"  # password`,
      `api_token=${red("${API_TOKEN}")} user=bob`,
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("coloured placeholders: a password or token in colours is still masked", () => {
  const password = "Y8CvLb-wDlyDH8";
  const token = "XpuOKp98vB0sE6YX3AiKb9ywoqA3ZA2PeycBOskt";
  for (
    const [line, value] of [
      [`PASSWORD="${red(password)}"`, password],
      [`{"level":"warn","Password":"${red(password)}"}`, password],
      [`api_token=${red(token)} user=bob`, token],
      [`id,name,access_token,created\n11,bob,${red(token)},2026-01-02`, token],
    ]
  ) {
    const out = scrub(line);
    ok(!out.includes(value), out);
  }
});
