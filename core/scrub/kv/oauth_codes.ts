import { charsBefore } from "./syntax.ts";
/**
 * Whether a `code` query parameter is the authorization code of an OAuth 2.0 authorization
 * response (RFC 6749 4.1.2), the redirect back to the client (`GET /auth/callback?state=…&
 * code=…`). `code` alone names nothing secret (`?code=200`, `error_code=`, a promo code), so the
 * URL holding it must be such a response: its query also holds `state=` (which the client sends
 * and the server echoes with the code), or its path names a callback, OAuth, authorize or
 * redirect step. An Azure Functions HTTP trigger's `code` (`….azurewebsites.net/api/fn?code=…`)
 * is the function's access key. The URL is read at most MAX_URL characters each side of the value.
 */

const MAX_URL = 2048;
/** The URL's text before the value (back to a blank, quote or angle bracket). */
const URL_BEFORE = new RegExp(`[^\\s"'<>\`]{0,${MAX_URL}}$`);
/** The URL's text from the value on. */
const URL_FROM = new RegExp(`^[^\\s"'<>\`]{0,${MAX_URL}}`);
const STATE_PARAMETER = /[?&;]state=/;
const OAUTH_PATH = /callback|oauth|authori[sz]e|redirect|\.azurewebsites\.net\/api\//i;

/** Whether the value at `index` of `line` is in an OAuth authorization response's URL. */
export function inAuthorizationResponse(line: string, index: number): boolean {
  const before = URL_BEFORE.exec(charsBefore(line, index, MAX_URL))![0];
  const query = before.indexOf("?");
  return STATE_PARAMETER.test(before + URL_FROM.exec(line.slice(index, index + MAX_URL))![0]) ||
    (query > 0 && OAUTH_PATH.test(before.slice(0, query)));
}
