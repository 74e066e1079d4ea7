/**
 * A Vault (or OpenBao) unseal key share given to `operator unseal` on the command line is masked,
 * after the command's flags too, as its `Unseal Key N:` line from `operator init` is; the command
 * without a key, a placeholder and an all-one-letter stand-in stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const SHARE = "Cda7wATnF1xkPH3ssLWA7De8lxLdLmquuUuujS+fopxa";

Deno.test("an unseal key share after operator unseal is masked", () => {
  for (
    const text of [
      `vault operator unseal ${SHARE}`,
      `$ kubectl -n vault exec -ti vault-0 -- vault operator unseal ${SHARE}`,
      `bao operator unseal -migrate ${SHARE}`,
      `vault operator unseal -address=https://10.0.0.5:8200 ${SHARE}`,
      `2026-03-02T11:04:19Z INFO ran: vault operator unseal ${SHARE} (exit 0)`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(SHARE), `${text} -> ${out}`);
  }
});

Deno.test("operator unseal without a key, a placeholder and a stand-in stay", () => {
  for (
    const text of [
      "vault operator unseal",
      "vault operator unseal -reset",
      "vault operator unseal <unseal-key-1>",
      "vault operator unseal " + "A".repeat(44),
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
