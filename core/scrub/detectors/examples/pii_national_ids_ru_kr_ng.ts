/**
 * The examples of ../pii_national_ids_ru_kr_ng.ts's detectors, by detector id: the positives each
 * must find (and mask), the negatives none may. Test data only (./mod.ts), kept out of function
 * bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "ru-inn": {
    positive: [
      { text: "ИНН: 5027183946", secret: "5027183946" },
      { text: '{"inn":"770451926380","status":"ok"}', secret: "770451926380" },
      { text: "customer supplied inn 7707083893", secret: "7707083893" },
    ],
    // A wrong check digit; a number after a word that only holds `inn`; a twelve-digit number
    // whose second check digit fails.
    negative: ["ИНН: 5027183947", "beginning 5027183946", "inn=770451926381"],
  },
  "ru-snils": {
    positive: [
      { text: "СНИЛС 463-187-925 13", secret: "463-187-925 13" },
      { text: "snils=31408625749", secret: "31408625749" },
    ],
    negative: ["СНИЛС 463-187-925 14", "order 463-187-925 13"],
  },
  "kr-brn": {
    positive: [
      { text: "사업자등록번호 214-81-53968", secret: "214-81-53968" },
      { text: '{"business_registration_number":"1058627045"}', secret: "1058627045" },
      { text: "brn: 120-81-47521", secret: "120-81-47521" },
    ],
    negative: ["사업자등록번호 214-81-53969", "ticket 214-81-53968", "2brn: 120-81-47521"],
  },
  "ng-nin": {
    positive: [
      { text: "nin=55134820411", secret: "55134820411" },
      { text: "National Identification Number: 45907310635", secret: "45907310635" },
    ],
    // Not a NIN's name (`warning`), not eleven digits, a filler.
    negative: ["warning 55134820411", "nin=5513482041", "nin 00000000000"],
  },
};
