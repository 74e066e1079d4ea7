/**
 * Conan's `conan remote login REMOTE USER -p PASS` (`--password`): the password of a package
 * remote (Artifactory, a Conan server), read only in the `login` subcommand, as a registry
 * client's `-p` (./commands.ts FLAGS); the remote's name and user are kept, and `-p` of another
 * subcommand, a variable and a password left for the prompt stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("conan remote login's -p password is masked, the remote and user kept", () => {
  const rnd = seededRandom(0xc04a);
  for (let i = 0; i < 20; i++) {
    const pw = secretFrom(rnd);
    for (
      const [line, kept] of [
        [`conan remote login artifactory ci-bot -p ${pw}`, "login artifactory ci-bot -p "],
        [`$ conan remote login conancenter svc_build${i} -p '${pw}'`, `svc_build${i} -p '`],
        [`conan remote login -p "${pw}" my-remote deploy`, "conan remote login -p "],
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(pw), out);
      ok(out.includes(kept), out);
    }
  }
});

Deno.test("conan's other -p, a variable and a login left to prompt stay", () => {
  for (
    const line of [
      "conan remote login artifactory ci-bot -p $CONAN_PASSWORD",
      "conan remote login artifactory ci-bot",
      "conan create . -pr:b default -pr:h armv8",
      "conan install . -s build_type=Release -p 4",
    ]
  ) strictEqual(scrub(line), line);
});
