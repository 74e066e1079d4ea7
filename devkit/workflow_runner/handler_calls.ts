/**
 * How the runner waits for app code and words what went wrong in it: a deadline that stands in
 * for Slack's (60 s for a function run, 10 s for an interactivity handler, when deployed), and
 * a thrown error described by its name and capped message, for the developer.
 */

export class HandlerTimeout extends Error {
  override name = "HandlerTimeout";
}

/** Resolves with `work`, or rejects with HandlerTimeout after `ms` (the work keeps running). */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new HandlerTimeout(`${what} did not return within ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const MAX_MESSAGE_CHARS = 300;

/** The thrown error's name and (capped) message: the handler's own words, for the developer. */
export function describeThrown(thrown: unknown): string {
  if (!(thrown instanceof Error)) return "a non-Error value";
  const message = thrown.message.length > MAX_MESSAGE_CHARS
    ? `${thrown.message.slice(0, MAX_MESSAGE_CHARS)}…`
    : thrown.message;
  return `${thrown.name}: ${message}`;
}
