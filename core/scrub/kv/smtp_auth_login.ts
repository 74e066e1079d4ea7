/**
 * SMTP's `AUTH LOGIN` (the LOGIN SASL mechanism, as RFC 4954 dialogues carry it): the client
 * sends the user name and then the password, each base64 on a line of its own, each right after
 * the server's `334` prompt (`334 VXNlcm5hbWU6`, `334 UGFzc3dvcmQ6`: "Username:", "Password:");
 * with an initial response (`AUTH LOGIN <base64 user>`) only the password follows. Transcripts
 * print the lines with `C: ` / `S: ` (or a logger's prefix) or bare.
 */
import type { Candidate, Continuation } from "../detector.ts";
import { trimmedFrom } from "./continuations.ts";

/** Lines read below `AUTH LOGIN`: two prompts and two answers (a bound on the work). */
const MAX_DIALOGUE_LINES = 4;
/** The client's command ending its line, maybe with the user name (not the server's `250-AUTH LOGIN`). */
const AUTH_LOGIN =
  /(?:^|[\s:>])AUTH[ \t]{1,4}LOGIN(?:[ \t]{1,4}[A-Za-z0-9+/]{1,1024}={0,2})?[ \t]*$/i;
/** The server's prompt for the next answer ending its line: `334` and its base64 text. */
const PROMPT = /(?:^|[\s:>])334(?:[ \t]{1,4}[A-Za-z0-9+/]{0,1024}={0,2})?[ \t]*$/;
/**
 * The client's answer: a base64 word ending its line, after blanks, a prefix's `:` or `>`, or
 * nothing; the group holds the word and the blanks after it.
 */
const ANSWER = /(?:^|[\s:>])([A-Za-z0-9+/]{4,1024}={0,2}[ \t]*)$/;

/**
 * Below a line whose client command is `AUTH LOGIN`: each base64 answer on the line right after a
 * `334` prompt; any other line ends the reading (so does the server's verdict after the password).
 */
export const smtpAuthLoginBelow = (line: string): Continuation | null => {
  if (line.length > 2048 || !AUTH_LOGIN.test(line)) return null;
  let lines = 0;
  let prompted = false;
  return {
    next(below): readonly Candidate[] | null {
      if (++lines > MAX_DIALOGUE_LINES || below.length > 2048) return null;
      if (!prompted) {
        prompted = PROMPT.test(below);
        return prompted ? [] : null;
      }
      prompted = false;
      const answer = ANSWER.exec(below);
      if (answer === null) return null;
      return trimmedFrom(below, below.length - answer[1].length);
    },
  };
};
