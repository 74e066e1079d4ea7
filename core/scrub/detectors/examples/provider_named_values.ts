/**
 * The examples of ../provider_named_values.ts's detector: the positives it must find (and mask),
 * the negatives it may not. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "provider-named-value": {
    positive: [
      {
        text: "assemblyai = 4c7e1a90d2b8f3657e0a1c9d8b2f4e61",
        secret: "4c7e1a90d2b8f3657e0a1c9d8b2f4e61",
      },
      {
        text: "deepgram-api: 9b1f0c7e2a8d4b63f05e7c1a9d2b8e4f6a0c3d71",
        secret: "9b1f0c7e2a8d4b63f05e7c1a9d2b8e4f6a0c3d71",
      },
      { text: "asana :'7Qm2vX9kPz4rLw8tNc3bHy6d'", secret: "7Qm2vX9kPz4rLw8tNc3bHy6d" },
      { text: "mailgun 'Hx4pQ8zRm2Kt7vWc9Ln3Yb6s'", secret: "Hx4pQ8zRm2Kt7vWc9Ln3Yb6s" },
    ],
    negative: [
      "mailgun delivered message 20260112 to 3 recipients",
      "see https://api.mailgun.net/v3/domains for the list",
      "twilio eastus2-prod-cluster-0001 ready",
      "okta-groups: 00000000-0000-0000-0000-000000000000",
      "sentry release: v1.24.3-build.20260112",
      "mailgun '=Hx4pQ8zRm2Kt7vWc9Ln3Yb6s'",
      "heroku apps/web-4f3c2a1b9d7e/releases",
    ],
  },
};
