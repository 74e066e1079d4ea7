/**
 * E-mail addresses in other scripts (RFC 6531 internationalized mailboxes, IDNA domains written
 * in Unicode): `jürgen@müller.de`, `用户@例子.广告`, `δοκιμή@παράδειγμα.δοκιμή`. The ASCII
 * e-mail detector finds the rest, punycode domains (`xn--mller-kva.de`) included; this one
 * takes only addresses with a character past ASCII in them.
 */
import type { Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { remoteAfter, URL_USERINFO_BEFORE } from "./pii_contact.ts";
import { once } from "../../once.ts";
import { charsBefore } from "../kv/syntax.ts";

/** A code unit past ASCII (one of a surrogate pair too). */
const PAST_ASCII = /[\u0080-\uffff]/;

/** File extensions after `@` (`图标@2x.png`): a resource name, not a domain. */
const FILE_EXTENSION =
  /\.(?:png|jpe?g|gif|svg|webp|ico|js|mjs|ts|css|json|ya?ml|xml|html?|txt|log|md)$/i;

const plausibleInternationalEmail = (email: string, line: string, index: number): boolean => {
  return PAST_ASCII.test(email) && !FILE_EXTENSION.test(email) &&
    !remoteAfter(line, index + email.length) &&
    !URL_USERINFO_BEFORE.test(charsBefore(line, index, 300));
};

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * E-mail address with characters past ASCII in its local part or domain (RFC 6531, IDNA domains
   * in Unicode): letters and digits of any script, `@`, a dotted domain ending in a letters-only
   * label or a punycode one (`王伟@例子.xn--p1ai`).
   */
  pii(
    "email-address-international",
    "email-at",
    // The lookahead finds a character past ASCII before the address ends, so that ASCII
    // addresses (the e-mail detector's) are no candidates here at all.
    /(?<![\p{L}\p{N}\p{M}._%+-])(?=[A-Za-z0-9._%+@-]{0,330}[\u0080-\uffff])[\p{L}\p{N}][\p{L}\p{N}\p{M}._%+-]{0,63}@(?:[\p{L}\p{N}\p{M}-]{1,63}\.){1,8}(?:[\p{L}\p{M}]{2,24}|xn--[A-Za-z0-9-]{1,59})(?![\p{L}\p{N}\p{M}-]|\.[\p{L}\p{N}])/gu,
    plausibleInternationalEmail,
    // The lookahead, which every match passes at its start, needs a character past ASCII: a line
    // of ASCII only (most long lines) is not searched, where the search read every position.
    { gate: (line) => PAST_ASCII.test(line) },
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
