/**
 * The examples of ../email_international.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "email-address-international": {
    positive: [
      { text: "mail to jürgen@müller.de now", secret: "jürgen@müller.de" },
      { text: "notify 用户@例子.广告 failed", secret: "用户@例子.广告" },
      { text: '{"to":"δοκιμή@παράδειγμα.δοκιμή"}', secret: "δοκιμή@παράδειγμα.δοκιμή" },
      { text: "from: anna@bücher.example.org", secret: "anna@bücher.example.org" },
    ],
    negative: [
      "mail to jane.doe@example.com now", // ASCII: the e-mail detector's
      "加载 图标@2x.png 完成",
      "Zürich office: build@ci started",
      "git clone git@gitlab.例子.com:acme/app.git",
    ],
  },
};
