/**
 * Slack tokens: the random tail after the last `-` decides, at an entropy of 3 bits per
 * character: a tail of 8 distinct characters each twice (exactly 3) is a token, one of 7 distinct
 * characters (2.75) is a stand-in, whatever the id segments before it hold.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { matchDetector } from "../match.ts";
import { detectors } from "./chat.ts";

const random = seededRandom(0x51ac);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** `counts.length` distinct letters or digits, each `counts[i]` times, shuffled. */
function tail(counts: number[]): string {
  const pool = [...ALNUM].sort(() => random.next() - 0.5).slice(0, counts.length);
  const chars = counts.flatMap((n, i) => Array(n).fill(pool[i]));
  return chars.sort(() => random.next() - 0.5).join("");
}

Deno.test("a Slack token's tail needs 3 bits of entropy per character, counted after the last dash", () => {
  for (const id of ["slack-bot-token", "slack-user-token"]) {
    const detector = detectors.find((d) => d.id === id)!;
    const prefix = id === "slack-bot-token" ? "xoxb" : "xoxp";
    for (let k = 0; k < 100; k++) {
      const ids = `${random.chars(10, "0123456789")}-${random.chars(13, "0123456789")}`;
      const exact = tail([2, 2, 2, 2, 2, 2, 2, 2]); // 3.0 bits
      const low = tail([2, 2, 2, 2, 2, 2, 4]); // 2.75 bits
      const near = tail([3, 2, 2, 2, 2, 2, 2, 1]); // 2.95 bits (3.1 with the dash before it)
      for (const [t, wanted] of [[exact, true], [low, false], [near, false]] as const) {
        const token = `${prefix}-${ids}-${t}`;
        strictEqual(matchDetector(detector, `token ${token} ok`).length > 0, wanted, token);
      }
    }
  }
});
