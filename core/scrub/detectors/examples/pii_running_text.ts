/**
 * The examples of ../pii_running_text.ts's detectors, by detector id: the positives each must
 * find (and mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "person-name-in-prose": {
    positive: [
      {
        text: "ticket 8812: customer says my name is Ilse Vantongeren",
        secret: "Ilse Vantongeren",
      },
      { text: "please correct it to Dr. Tadeusz W. Mroczek?", secret: "Tadeusz W. Mroczek" },
      { text: "join the accounts with Ms. Oyelaran", secret: "Oyelaran" },
      { text: "What's your last name? Quispe", secret: "Quispe" },
      { text: "her maiden name is Fitzgibbon-Lowe", secret: "Fitzgibbon-Lowe" },
      { text: "everyone calls me Bartholomew", secret: "Bartholomew" },
      { text: "He was called Ruairí McCandless", secret: "Ruairí McCandless" },
      { text: "Thanks, Mrs Annelies van den Bosch", secret: "Annelies van den Bosch" },
      { text: "Thanks to Prof Dr. Wilhelmus Aalbers", secret: "Wilhelmus Aalbers" },
      { text: "It's under my partner's name Kofi O'Donovan", secret: "Kofi O'Donovan" },
    ],
    negative: [
      "my name is not important",
      "queue name is orders-v2",
      "The name Mesa stays",
      "method called GetUser returned 404",
      "p99 was 200 ms. Retrying in 5 ms",
      "a little language called Tcl",
      "msg=Mr.Robot_v2 loaded",
      "hostname: Build-Agent",
      "Dr. The Stream restarted",
    ],
  },
};
