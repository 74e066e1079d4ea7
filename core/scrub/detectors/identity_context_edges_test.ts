/**
 * Identity numbers decided by rule and context: every ITIN group (50–65, 70–88, 90–92, 94–99)
 * after ITIN, TIN or taxpayer as whole words (not inside itinerary, justin or tinder); a DNI
 * within 20 characters of its word; a CPF without its dash after the word CPF in any case.
 */
import { strictEqual } from "@node/assert";
import { matchDetector } from "../match.ts";
import { detectors } from "./pii_identity.ts";

const detector = (id: string) => detectors.find((d) => d.id === id)!;
const masked = (id: string, line: string, value: string) =>
  matchDetector(detector(id), line).some((s) => line.slice(s.start, s.end) === value);
const ITIN_GROUPS = (g: number) =>
  (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);

Deno.test("ITIN: every group 00–99, dashed, spaced or plain, after each context word", () => {
  for (let group = 0; group <= 99; group++) {
    const g = String(group).padStart(2, "0");
    for (const value of [`912-${g}-3456`, `912 ${g} 3456`, `912${g}3456`]) {
      for (const word of ["ITIN", "tin:", "Taxpayer id"]) {
        const line = `payee ${word} ${value} on W-7`;
        strictEqual(masked("us-itin", line, value), ITIN_GROUPS(group), line);
      }
    }
  }
  for (const word of ["itinerary", "justin", "tinder", "xitin", "martin:", "tins"]) {
    strictEqual(masked("us-itin", `${word} 912-70-3456`, "912-70-3456"), false, word);
  }
});

Deno.test("DNI: its word within the 20 characters before it", () => {
  for (const gap of [1, 10, 17]) {
    const line = `dni${" ".repeat(gap)}12345678Z`;
    strictEqual(masked("es-dni-nie", line, "12345678Z"), true, `${gap}`);
  }
  for (const gap of [18, 19, 30]) {
    const line = `dni${" ".repeat(gap)}12345678Z`;
    strictEqual(masked("es-dni-nie", line, "12345678Z"), false, `${gap}`);
  }
});

Deno.test("CPF without its dash: after the word CPF in any case", () => {
  for (const word of ["cpf", "CPF", "Cpf"]) {
    strictEqual(masked("br-cpf", `${word} 11144477735 ok`, "11144477735"), true, word);
  }
  strictEqual(masked("br-cpf", "order 11144477735 ok", "11144477735"), false);
  strictEqual(masked("br-cpf", "order 111.444.777-35 ok", "111.444.777-35"), true);
});
