/**
 * The examples of ../payments.ts's detectors, by detector id: each one's fake sample value and
 * negatives (./provider_examples.ts writes the sample into log lines). Test data only (./mod.ts),
 * kept out of function bundles.
 */
import type { ProviderSample } from "./provider_examples.ts";

export const samples: Record<string, ProviderSample> = {
  "stripe-secret-key": {
    sample: "sk_live_Ff4TvADT9QLWMDbdyZhGAIr9",
    negatives: [
      "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
      "sk_live_",
      "sk_live_Ff4TvADT9QLW",
      "pk_live_lsuMAHGE9Hngi6Gezpq8UPkt",
    ],
  },
  "stripe-restricted-key": {
    sample:
      "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",
    negatives: ["rk_live_0000000000000000000000000", "rk_live_qgTb3Bdl"],
  },
  "stripe-webhook-secret": {
    sample: "whsec_3Kj4v04i9jn3iMWSwtYyg7ajQ2H9FrFy",
    negatives: ["whsec_...", "whsec_3Kj4v04i9jn3iMWS"],
  },
  "square-access-token": {
    sample: "EAAAVqx7GKeG5QgKz050I6NbGfYMDw45lvGdhIms-p5rkEVZT2JPLYaYYczu75Vl",
    positives: [{
      text: "square_token: sq0atp-aqiJOb_PGojptDLbf1gbg6",
      secret: "sq0atp-aqiJOb_PGojptDLbf1gbg6",
    }],
    negatives: ["EAAAVqx7GKeG5QgKz050", "sq0atp-aqiJOb", "EAAA" + "x".repeat(40)],
  },
  "square-oauth-secret": {
    sample: "sq0csp-E9phFZlaHV7O5GutPiX6DLKPWX0HwcjuDARDaYmAmIr",
    negatives: ["sq0csp-E9phFZlaHV7O5Gut", "sq0csp-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
  },
  "braintree-access-token": {
    sample: "access_token$production$hgtruotaszxqe5em$650a0deb34bc3f924f5f9b77e0b133dc",
    negatives: ["access_token$production$hgtruotaszxqe5em", "access_token$staging$x$y"],
  },
  "paypal-client-secret": {
    sample: "EKVqx7GKeG5QgKz050I6NbGfYMDw45lvGdhIms-p5rkEVZT2JPLYaYYczu75VlE9phFZlaHV7O5GutQz",
    negatives: ["PAYPAL_CLIENT_SECRET=${PAYPAL_SECRET}", "paypal_secret=EKVqx7GKeG5Q"],
  },
  "razorpay-key-id": {
    sample: "rzp_live_lfeM28027lYXtC",
    negatives: ["rzp_live_lfeM2802", "rzp_live_xxxxxxxxxxxxxx"],
  },
  "razorpay-key-secret": {
    sample: "qgTb3BdlMg6vaDJnOC7hUFNZ",
    negatives: ["RAZORPAY_KEY_SECRET=${SECRET}", "razorpay_secret=qgTb3BdlMg6v"],
  },
  "flutterwave-secret-key": {
    sample: "FLWSECK-e7e082be4eb30847bfea0f0310a487e3-X",
    negatives: ["FLWSECK-e7e082be4eb3-X", "FLWPUBK-e7e082be4eb30847bfea0f0310a487e3-X"],
  },
  "flutterwave-encryption-key": {
    sample: "FLWSECK_TEST394366635dfb",
    negatives: ["FLWSECK_TEST394366", "FLWSECK_TESTING_MODE"],
  },
  "plaid-access-token": {
    sample: "access-production-24d54699-dd2d-4fb7-9f5a-c45e8b38553b",
    negatives: ["access-production-24d54699", "access-production-environment"],
  },
  "plaid-secret": {
    sample: "eb103432049c2ec5f4baef70b8b1fb",
    negatives: ["PLAID_SECRET=${PLAID_SECRET}", "plaid_secret=eb103432"],
  },
  "gocardless-access-token": {
    sample: "live_lsHD3HrSPAa3lp_tN6YYxrpHaTP8yHOwaUGwrgvp",
    negatives: ["GOCARDLESS_ACCESS_TOKEN=live_", "gocardless_token=${GC_TOKEN}"],
  },
  "mercadopago-access-token": {
    sample: "APP_USR-4296659587099683-365644-326c50926fea005bed4c430a69b8fe3a-867447660",
    positives: [{
      text:
        "MP_ACCESS_TOKEN=TEST-4296659587099683-365644-326c50926fea005bed4c430a69b8fe3a-867447660",
      secret: "TEST-4296659587099683-365644-326c50926fea005bed4c430a69b8fe3a-867447660",
    }],
    negatives: [
      "APP_USR-4296659587099683-365644",
      "TEST-0000000000000000-000000-00000000000000000000000000000000-000000000",
    ],
  },
  "woocommerce-api-key": {
    sample: "ck_251ac6c4ca32eeafe030d10a5f67f918e021f7da",
    negatives: ["ck_251ac6c4ca32eeaf", "cs_" + "0".repeat(40), "ck_editor_config loaded"],
  },
  "heartland-secret-api-key": {
    sample: "skapi_cert_L5Io12lA2i70YfgpvhuZHVB3x2DqANT6FEeVsWCn-o",
    positives: [{
      text: "config.secretApiKey = 'skapi_prod_7sEnrOgiG7rxn02lwbBWjPTe_pqDVXP4maUn6IxygD';",
      secret: "skapi_prod_7sEnrOgiG7rxn02lwbBWjPTe_pqDVXP4maUn6IxygD",
    }],
    negatives: [
      "skapi_cert_L5Io12lA2i70",
      "SECRET_API_KEY=skapi_cert_your_key_here",
      "PUBLIC_API_KEY=pkapi_cert_UD5mePdqwvphaQA7xpWCUcz2VP0kAQWpjmPdD8",
    ],
  },
};
