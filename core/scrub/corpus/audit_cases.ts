/**
 * A benign audit's stored cases (./gen_benign8.ts … ./gen_benign11.ts): each
 * kind of benign text made as many times as it says, then each control (a real secret or personal
 * value in the same kind of text), with one generator of seeded values, in a fixed order; and the
 * JSON-lines file they make.
 */
import type { LabelledCase } from "./case_shape.ts";

/** One kind of benign text: a name, how many cases of it, and a maker of one case's text. */
export interface AuditTemplate<G> {
  name: string;
  n: number;
  make: (g: G) => string;
}

/** One kind of control: its kind of value, and a maker of one case's text and values. */
export interface AuditControl<G> {
  name: string;
  n: number;
  kind: "secret" | "pii";
  tier?: "core" | "other";
  make: (g: G) => { text: string; values: string[] };
}

/** A stored case: what the shared scorer reads, and where it came from (`origin`, the audit). */
export interface AuditCase<O extends string> extends LabelledCase {
  source: string;
  type: string;
  origin: O;
}

/** The cases of the audit `origin` (its file `gen_<origin>.ts`), made with `g`. */
export function auditCases<G, O extends string>(
  origin: O,
  g: G,
  benign: readonly AuditTemplate<G>[],
  controls: readonly AuditControl<G>[],
): AuditCase<O>[] {
  const cases: AuditCase<O>[] = [];
  for (const t of benign) {
    for (let i = 0; i < t.n; i++) {
      cases.push({
        id: `${origin}-${t.name}-${i}`,
        source: `gen_${origin}.ts:${t.name}`,
        kind: "benign",
        type: `${origin}:${t.name}`,
        text: t.make(g),
        secrets: [],
        expect_unchanged: true,
        origin,
      });
    }
  }
  for (const c of controls) {
    for (let i = 0; i < c.n; i++) {
      const { text, values } = c.make(g);
      cases.push({
        id: `${origin}-control-${c.name}-${i}`,
        source: `gen_${origin}.ts:control:${c.name}`,
        kind: c.kind,
        type: `${origin}:control:${c.name}`,
        text,
        secrets: values,
        expect_unchanged: false,
        origin,
        ...(c.tier ? { tier: c.tier } : {}),
      });
    }
  }
  return cases;
}

/** The alphabets the audits draw values from. */
export const DIGITS = "0123456789";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const B62 = DIGITS + UPPER + "abcdefghijklmnopqrstuvwxyz";
export const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/** A GS1 check digit (GTIN, SSCC, GLN, also an EAN-13 ISBN): weights 3 and 1 from the right. */
export function gs1(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** A Luhn check digit after `body`. */
export function luhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** The cases as a stored JSON-lines file. */
export const auditText = (cases: readonly LabelledCase[]): string =>
  cases.map((c) => JSON.stringify(c)).join("\n") + "\n";
