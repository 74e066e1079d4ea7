/**
 * Only a problem of the policy is blamed on the policy's file: any other failure while it is
 * read (here: a value that throws when read, as a broken loader could hand over) is passed on
 * as it is, so the build hook never tells someone to fix a file that is not at fault.
 */
import { ok, throws } from "@node/assert";
import { loadAppPolicy } from "./app_policy.ts";
import { PolicyError } from "../core/scrub/errors.ts";

Deno.test("app policy: a failure that is not the policy's is passed on, never named as the file's problem", () => {
  const failures = [new TypeError("reader broke"), new RangeError("reader broke")];
  for (const failure of failures) {
    const broken = {
      get disabled(): unknown {
        throw failure;
      },
    };
    for (const file of [undefined, "team/policy.json"]) {
      throws(
        () => loadAppPolicy(broken, file),
        (error: unknown) => {
          ok(!(error instanceof PolicyError), String(error));
          ok(error === failure, String(error));
          return true;
        },
      );
    }
  }
});
