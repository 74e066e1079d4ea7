/** Payment-provider credentials: Stripe (and Stripe-style keys), Square, PayPal/Braintree, Razorpay, Flutterwave, Plaid, GoCardless. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { UUID } from "./provider_shapes.ts";
import { assignedValue } from "./assigned_values.ts";
import { compactToken, prefixedToken } from "./prefixed_tokens.ts";

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * Stripe secret key: sk_live_, sk_test_ or sk_prod_ and 24+ base62 characters (the same shape is
   * used by Paystack and Clerk secret keys). Publishable pk_ keys are public by design and not
   * matched.
   */
  compactToken("stripe-secret-key", "sk_(?:live|test|prod)_[A-Za-z0-9]{24,247}", 3, undefined, [
    "sk_live_",
    "sk_test_",
    "sk_prod_",
  ]),
  /** Stripe restricted API key: rk_live_, rk_test_ or rk_prod_ and 24+ base62 characters. */
  compactToken("stripe-restricted-key", "rk_(?:live|test|prod)_[A-Za-z0-9]{24,247}", 3, undefined, [
    "rk_live_",
    "rk_test_",
    "rk_prod_",
  ]),
  /** Stripe webhook signing secret: whsec_ and 32+ base64 characters. */
  compactToken("stripe-webhook-secret", "whsec_[A-Za-z0-9+/]{32,88}={0,2}", 3.5, "A-Za-z0-9_+/="),
  /**
   * Square access token: EAAA (60 URL-safe characters when issued) or the legacy sq0atp- (22), with
   * 22–60 characters.
   */
  compactToken("square-access-token", "(?:EAAA|sq0atp-)[A-Za-z0-9_-]{22,60}", 3.5, "A-Za-z0-9_-"),
  /**
   * Square OAuth application secret: sq0csp- and 43 characters (detect-secrets' published alphabet
   * also allows a backslash).
   */
  compactToken(
    "square-oauth-secret",
    "sq0csp-[A-Za-z0-9_\\\\-]{43}",
    3.5,
    // A backslash after the 43 characters escapes a quote (`\"` in JSON inside JSON).
    "A-Za-z0-9_-",
  ),
  /** PayPal Braintree access token: access_token$production|sandbox$<16 chars>$<32 hex>. */
  compactToken(
    "braintree-access-token",
    "access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}",
  ),
  /** PayPal REST client secret: 80 URL-safe characters assigned to a paypal secret name. */
  assignedValue("paypal-client-secret", "paypal[a-z_-]{0,20}?secret", "[A-Za-z0-9_-]{80}", 4),
  /** Razorpay API key id: rzp_live_ or rzp_test_ and 14 base62 characters. */
  compactToken("razorpay-key-id", "rzp_(?:live|test)_[A-Za-z0-9]{14}", 3, undefined, [
    "rzp_live_",
    "rzp_test_",
  ]),
  /** Razorpay API key secret: 24 base62 characters assigned to a razorpay secret name. */
  assignedValue("razorpay-key-secret", "razorpay[a-z_-]{0,20}?secret", "[A-Za-z0-9]{24}", 3.5),
  /** Flutterwave secret key: FLWSECK- or FLWSECK_TEST-, 32 hex characters and -X. */
  compactToken("flutterwave-secret-key", "FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X"),
  /** Flutterwave test encryption key: FLWSECK_TEST and 12 hex characters. */
  compactToken("flutterwave-encryption-key", "FLWSECK_TEST[a-hA-H0-9]{12}"),
  /** Plaid access token: access-sandbox|development|production- and a UUID. */
  compactToken(
    "plaid-access-token",
    `access-(?:sandbox|development|production)-${UUID}`,
    undefined,
    "A-Za-z0-9_-",
    ["access-sandbox-", "access-development-", "access-production-"],
  ),
  /** Plaid API secret: 30 hex characters assigned to a plaid secret name. */
  assignedValue("plaid-secret", "plaid[a-z_-]{0,20}?secret", "[a-f0-9]{30}", 3),
  /**
   * GoCardless access token: live_ or sandbox_ and 40 URL-safe characters, assigned to a gocardless
   * name.
   */
  assignedValue(
    "gocardless-access-token",
    "gocardless[a-z_-]{0,20}?(?:token|key|secret)",
    "(?:live|sandbox)_[A-Za-z0-9_=-]{40}",
    3.5,
  ),
  /**
   * Mercado Pago access token (its developer docs): APP_USR- (production) or TEST-, 16 digits, 6
   * digits, 32 hex and the user id, separated by dashes.
   */
  prefixedToken(
    "mercadopago-access-token",
    ["APP_USR-", "TEST-"],
    "\\d{16}-\\d{6}-[a-f0-9]{32}-\\d{6,12}",
  ),
  /** WooCommerce REST API consumer key or secret (WooCommerce's docs): ck_/cs_ and 40 hex. */
  prefixedToken("woocommerce-api-key", ["ck_", "cs_"], "[a-f0-9]{40}"),
  /**
   * Heartland (Global Payments) Portico secret API key (its SDKs: skapi_cert_ for certification,
   * skapi_prod_ for production) and a URL-safe body; the public key (pkapi_) is not a secret.
   */
  prefixedToken(
    "heartland-secret-api-key",
    ["skapi_cert_", "skapi_prod_"],
    "[A-Za-z0-9_-]{30,48}",
    { minEntropy: 3.5 },
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
