/** What ./test_host.ts and ./host_client.ts agree on. Imports nothing: it is copied with the host. */

/** Starts each answer line the host writes on stdout (tests may print too). */
export const MARK = "\u0001mutation-host\u0001";
/** Between a test's name and its number in a test id, when a file has several of that name. */
export const DUPLICATE = "\u0001#";
