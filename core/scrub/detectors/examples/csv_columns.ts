/**
 * The examples of ../csv_columns.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "csv-secret-column": {
    positive: [
      // A table in one record, its lines joined by escaped line breaks.
      {
        text: '{"export":"id,email,password\\n1,ann@example.com,Tr0ub4dor&3x"}',
        secret: "Tr0ub4dor&3x",
      },
    ],
    negative: [
      '{"export":"id,email,password\\n1,ann@example.com,"}',
      "id,email,password",
      "password,token",
      "user_id,token_count,cache_key",
    ],
  },
  "csv-personal-column": {
    positive: [
      { text: 'msg="user_id,ssn,status\\nu1,536904399,active"', secret: "536904399" },
    ],
    negative: ["id,ssn,name", "created_at,status", 'msg="user_id,ssn\\nu1,pending"'],
  },
};
