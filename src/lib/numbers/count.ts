import { formatCount } from './format';

/** The most followers any account may have: the largest on any platform have under a billion. */
export const MOST_FOLLOWERS = 1_000_000_000;

export type CountParse = { ok: true; value: number } | { ok: false; message: string };

export interface CountOptions {
  /** The field in words, lower case, plural: "followers", "likes". Names the field in every message. */
  label: string;
  /** The largest believable value; anything above is a typo, not an account. */
  max: number;
  /** Accept 0 (likes can be 0; followers cannot). */
  allowZero?: boolean;
  /** Accept fractions such as "12.5", for averages like likes per post. */
  allowFraction?: boolean;
}

// Digits, optionally grouped in threes by commas or any space (people paste "12 000" with a no-break or
// narrow no-break space from spreadsheets and phones); then an optional decimal part and k/m suffix.
// Strict groups of three mean a European "1,5" is refused rather than silently read as 15.
const COUNT_PATTERN = /^(\d{1,3}(?:[,\s]\d{3})+|\d+)(?:\.(\d+))?\s*([km])?$/i;
const MINUS_SIGNS = /^[-\u2212]/;
const SUFFIX_POWER: Record<string, number> = { k: 3, m: 6 };

function capitalised(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * Moves the decimal point `power` places right on the digit string itself, so "12.3k" is exactly 12300
 * rather than 12.3 × 1000 = 12300.000000000002.
 */
function shiftDecimal(whole: string, fraction: string, power: number): { value: number; isWhole: boolean } {
  const digits = whole + fraction;
  const point = whole.length + power;
  if (point >= digits.length) return { value: Number(digits.padEnd(point, '0')), isWhole: true };
  const rest = digits.slice(point);
  return { value: Number(`${digits.slice(0, point)}.${rest}`), isWhole: /^0*$/.test(rest) };
}

/** Reads what a person typed into a count field; never throws, never returns NaN or Infinity. */
export function parseCount(text: string, options: CountOptions): CountParse {
  const { label, max, allowZero = false, allowFraction = false } = options;
  const fail = (message: string): CountParse => ({ ok: false, message });
  const trimmed = text.trim();
  if (trimmed === '') return fail(`Enter the number of ${label}.`);
  const negative = MINUS_SIGNS.test(trimmed);
  const match = COUNT_PATTERN.exec(negative ? trimmed.slice(1).trimStart() : trimmed);
  if (!match)
    return fail(`${capitalised(label)} must be a number, like ${allowFraction ? '12.5' : '12,000'}.`);
  const [, grouped = '', fraction = '', suffix = ''] = match;
  const { value, isWhole } = shiftDecimal(
    grouped.replace(/\D/g, ''),
    fraction,
    SUFFIX_POWER[suffix.toLowerCase()] ?? 0,
  );
  if (negative && value !== 0) return fail(`${capitalised(label)} can’t be negative.`);
  if (!isWhole && !allowFraction) return fail(`${capitalised(label)} must be a whole number.`);
  if (value === 0 && !allowZero) return fail(`${capitalised(label)} must be at least 1.`);
  if (!(value <= max)) {
    return fail(`That is more ${label} than any account has (the limit here is ${formatCount(max)}).`);
  }
  return { ok: true, value };
}

/** The message to show beside a field: none while it is still empty, so a fresh form is not an error. */
export function messageOnceTyped(text: string, parse: CountParse): string | undefined {
  return text.trim() === '' || parse.ok ? undefined : parse.message;
}
