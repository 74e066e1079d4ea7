/** Payment-provider credentials: Stripe (and Stripe-style keys), Square, PayPal/Braintree, Razorpay, Flutterwave, Plaid, GoCardless. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { assigned, token, UUID } from "./provider_shapes.ts";

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  token({
    id: "stripe-secret-key",
    description:
      "Stripe secret key: sk_live_, sk_test_ or sk_prod_ and 24+ base62 characters (the same shape is used by Paystack and Clerk secret keys). Publishable pk_ keys are public by design and not matched.",
    prefilter: { keywords: ["sk_live_", "sk_test_", "sk_prod_"] },
    token: "sk_(?:live|test|prod)_[A-Za-z0-9]{24,247}",
    sample: "sk_live_Ff4TvADT9QLWMDbdyZhGAIr9",
    minEntropy: 3,
    negatives: [
      "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
      "sk_live_",
      "sk_live_Ff4TvADT9QLW",
      "pk_live_j5krY8XTgIcDaHDb3YrsAfCl",
    ],
  }),
  token({
    id: "stripe-restricted-key",
    description:
      "Stripe restricted API key: rk_live_, rk_test_ or rk_prod_ and 24+ base62 characters.",
    prefilter: { keywords: ["rk_live_", "rk_test_", "rk_prod_"] },
    token: "rk_(?:live|test|prod)_[A-Za-z0-9]{24,247}",
    sample:
      "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",
    minEntropy: 3,
    negatives: ["rk_live_0000000000000000000000000", "rk_live_qgTb3Bdl"],
  }),
  token({
    id: "stripe-webhook-secret",
    description: "Stripe webhook signing secret: whsec_ and 32+ base64 characters.",
    prefilter: { keywords: ["whsec_"] },
    token: "whsec_[A-Za-z0-9+/]{32,88}={0,2}",
    tail: "A-Za-z0-9_+/=",
    sample: "whsec_3Kj4v04i9jn3iMWSwtYyg7ajQ2H9FrFy",
    minEntropy: 3.5,
    negatives: ["whsec_...", "whsec_3Kj4v04i9jn3iMWS"],
  }),
  token({
    id: "square-access-token",
    description:
      "Square access token: EAAA (60 URL-safe characters when issued) or the legacy sq0atp- (22), with 22–60 characters.",
    prefilter: { keywords: ["eaaa", "sq0atp-"] },
    token: "(?:EAAA|sq0atp-)[A-Za-z0-9_-]{22,60}",
    tail: "A-Za-z0-9_-",
    sample: "EAAAVqx7GKeG5QgKz050I6NbGfYMDw45lvGdhIms-p5rkEVZT2JPLYaYYczu75Vl",
    minEntropy: 3.5,
    positives: [{
      text: "square_token: sq0atp-aqiJOb_PGojptDLbf1gbg6",
      secret: "sq0atp-aqiJOb_PGojptDLbf1gbg6",
    }],
    negatives: ["EAAAVqx7GKeG5QgKz050", "sq0atp-aqiJOb", "EAAA" + "x".repeat(40)],
  }),
  token({
    id: "square-oauth-secret",
    description:
      "Square OAuth application secret: sq0csp- and 43 characters (detect-secrets' published alphabet also allows a backslash).",
    prefilter: { keywords: ["sq0csp-"] },
    token: "sq0csp-[A-Za-z0-9_\\\\-]{43}",
    // A backslash after the 43 characters escapes a quote (`\"` in JSON inside JSON).
    tail: "A-Za-z0-9_-",
    sample: "sq0csp-E9phFZlaHV7O5GutPiX6DLKPWX0HwcjuDARDaYmAmIr",
    minEntropy: 3.5,
    negatives: ["sq0csp-E9phFZlaHV7O5Gut", "sq0csp-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
  }),
  token({
    id: "braintree-access-token",
    description:
      "PayPal Braintree access token: access_token$production|sandbox$<16 chars>$<32 hex>.",
    prefilter: { keywords: ["access_token$"] },
    token: "access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}",
    sample: "access_token$production$hgtruotaszxqe5em$650a0deb34bc3f924f5f9b77e0b133dc",
    negatives: ["access_token$production$hgtruotaszxqe5em", "access_token$staging$x$y"],
  }),
  assigned({
    id: "paypal-client-secret",
    description:
      "PayPal REST client secret: 80 URL-safe characters assigned to a paypal secret name.",
    prefilter: { keywords: ["paypal"] },
    names: "paypal[a-z_-]{0,20}?secret",
    value: "[A-Za-z0-9_-]{80}",
    sampleName: "PAYPAL_CLIENT_SECRET",
    sample: "EKVqx7GKeG5QgKz050I6NbGfYMDw45lvGdhIms-p5rkEVZT2JPLYaYYczu75VlE9phFZlaHV7O5GutQz",
    minEntropy: 4,
    negatives: ["PAYPAL_CLIENT_SECRET=${PAYPAL_SECRET}", "paypal_secret=EKVqx7GKeG5Q"],
  }),
  token({
    id: "razorpay-key-id",
    description: "Razorpay API key id: rzp_live_ or rzp_test_ and 14 base62 characters.",
    prefilter: { keywords: ["rzp_live_", "rzp_test_"] },
    token: "rzp_(?:live|test)_[A-Za-z0-9]{14}",
    sample: "rzp_live_lfeM28027lYXtC",
    minEntropy: 3,
    negatives: ["rzp_live_lfeM2802", "rzp_live_xxxxxxxxxxxxxx"],
  }),
  assigned({
    id: "razorpay-key-secret",
    description:
      "Razorpay API key secret: 24 base62 characters assigned to a razorpay secret name.",
    prefilter: { keywords: ["razorpay"] },
    names: "razorpay[a-z_-]{0,20}?secret",
    value: "[A-Za-z0-9]{24}",
    sampleName: "RAZORPAY_KEY_SECRET",
    sample: "qgTb3BdlMg6vaDJnOC7hUFNZ",
    minEntropy: 3.5,
    negatives: ["RAZORPAY_KEY_SECRET=${SECRET}", "razorpay_secret=qgTb3BdlMg6v"],
  }),
  token({
    id: "flutterwave-secret-key",
    description: "Flutterwave secret key: FLWSECK- or FLWSECK_TEST-, 32 hex characters and -X.",
    prefilter: { keywords: ["flwseck"] },
    token: "FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X",
    sample: "FLWSECK-e7e082be4eb30847bfea0f0310a487e3-X",
    negatives: ["FLWSECK-e7e082be4eb3-X", "FLWPUBK-e7e082be4eb30847bfea0f0310a487e3-X"],
  }),
  token({
    id: "flutterwave-encryption-key",
    description: "Flutterwave test encryption key: FLWSECK_TEST and 12 hex characters.",
    prefilter: { keywords: ["flwseck_test"] },
    token: "FLWSECK_TEST[a-hA-H0-9]{12}",
    sample: "FLWSECK_TEST394366635dfb",
    negatives: ["FLWSECK_TEST394366", "FLWSECK_TESTING_MODE"],
  }),
  token({
    id: "plaid-access-token",
    description: "Plaid access token: access-sandbox|development|production- and a UUID.",
    prefilter: { keywords: ["access-sandbox-", "access-development-", "access-production-"] },
    token: `access-(?:sandbox|development|production)-${UUID}`,
    tail: "A-Za-z0-9_-",
    sample: "access-production-24d54699-dd2d-4fb7-9f5a-c45e8b38553b",
    negatives: ["access-production-24d54699", "access-production-environment"],
  }),
  assigned({
    id: "plaid-secret",
    description: "Plaid API secret: 30 hex characters assigned to a plaid secret name.",
    prefilter: { keywords: ["plaid"] },
    names: "plaid[a-z_-]{0,20}?secret",
    value: "[a-f0-9]{30}",
    sampleName: "PLAID_SECRET",
    sample: "eb103432049c2ec5f4baef70b8b1fb",
    minEntropy: 3,
    negatives: ["PLAID_SECRET=${PLAID_SECRET}", "plaid_secret=eb103432"],
  }),
  assigned({
    id: "gocardless-access-token",
    description:
      "GoCardless access token: live_ or sandbox_ and 40 URL-safe characters, assigned to a gocardless name.",
    prefilter: { keywords: ["gocardless"] },
    names: "gocardless[a-z_-]{0,20}?(?:token|key|secret)",
    value: "(?:live|sandbox)_[A-Za-z0-9_=-]{40}",
    sampleName: "GOCARDLESS_ACCESS_TOKEN",
    sample: "live_lsHD3HrSPAa3lp_tN6YYxrpHaTP8yHOwaUGwrgvp",
    minEntropy: 3.5,
    negatives: ["GOCARDLESS_ACCESS_TOKEN=live_", "gocardless_token=${GC_TOKEN}"],
  }),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
