/**
 * Docker Swarm unlock keys (SWMKEY-1- and 32 bytes in base64, unpadded) are masked where Docker
 * prints them: alone on an indented line below `docker swarm init --autolock`'s advice, after
 * `--key`, after `Unlock key:`. Keys are drawn with a seed; a short body or a placeholder is kept.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x5a7e1);
const scrubber = createScrubber();
const unlockKey = () => {
  const bytes = Array.from({ length: 32 }, () => String.fromCharCode(random.int(256))).join("");
  return "SWMKEY-1-" + btoa(bytes).replace(/=+$/, "");
};

Deno.test("a swarm unlock key is masked alone on its line, after --key and after its label", () => {
  for (let k = 0; k < 80; k++) {
    const key = unlockKey();
    for (
      const text of [
        `To unlock a swarm manager after it restarts, run the \`docker swarm unlock\`\ncommand and provide the following key:\n\n    ${key}\n`,
        `$ docker swarm unlock --key ${key}`,
        `Swarm unlock key: ${key}`,
        key,
      ]
    ) {
      strictEqual(scrubber.scrub(text).text.includes(key), false, text);
    }
  }
});

Deno.test("a short SWMKEY-1- body or a placeholder is kept", () => {
  for (const line of ["SWMKEY-1-<unlock-key>", "SWMKEY-1-duXKEdJX+PxvffGcAdrbiPa9dYo"]) {
    strictEqual(scrubber.scrub(line).text, line);
  }
});
