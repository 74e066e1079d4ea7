/**
 * Check-digit rules of Russian taxpayer and pension numbers (INN, SNILS) and the Korean business
 * registration number (사업자등록번호). Each function takes the number's digits only.
 */
import { countdown, digitValues, plausibleDigits, repeatedDigit, weightedSum } from "./digits.ts";

/** Σ weights × digits, mod 11, mod 10: the INN's check digit over the digits before it. */
const innDigit = (d: readonly number[], weights: readonly number[]) =>
  (weightedSum(d, weights) % 11) % 10;

/** The weights of the 12-digit INN's last check digit; each shorter check's are their tail. */
const INN_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_11 = INN_12.slice(1);
const INN_10 = INN_12.slice(2);

/**
 * Russian taxpayer number (ИНН): ten digits (an organisation), the last a weighted check digit;
 * or twelve (a person), the last two weighted check digits. Fillers (`0000000000`) are refused.
 */
export const russiaInnValid = (digits: string): boolean => {
  if (!/^(?:\d{10}|\d{12})$/.test(digits) || repeatedDigit(digits)) return false;
  const d = digitValues(digits);
  if (d.length === 10) return innDigit(d, INN_10) === d[9];
  return innDigit(d, INN_11) === d[10] && innDigit(d, INN_12) === d[11];
};

/**
 * Russian pension insurance number (СНИЛС): nine digits and a two-digit check number, Σ digit ×
 * (9 − position) taken mod 101, where 100 is written 00. Check numbers exist from 001-001-999 on.
 */
export const russiaSnilsValid = (digits: string): boolean => {
  if (!plausibleDigits(digits, 11)) return false;
  if (Number(digits.slice(0, 9)) <= 1001998) return false;
  const sum = weightedSum(digitValues(digits), countdown(9, 1)) % 101;
  return (sum === 100 ? 0 : sum) === Number(digits.slice(9));
};

/**
 * Korean business registration number (사업자등록번호, XXX-XX-XXXXX): Σ weights 1 3 7 1 3 7 1 3 5
 * over the first nine digits plus the tens of 5 × the ninth; the tenth digit is (10 − Σ mod 10)
 * mod 10.
 */
export const koreaBrnValid = (digits: string): boolean => {
  if (!plausibleDigits(digits, 10)) return false;
  const d = digitValues(digits);
  const sum = weightedSum(d, [1, 3, 7, 1, 3, 7, 1, 3, 5]) + Math.floor((d[8] * 5) / 10);
  return (10 - (sum % 10)) % 10 === d[9];
};
