// Small guards for reading untrusted input (addresses, stored state) into typed values, shared by the tools.

/** A plain object parsed from JSON: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a record has every one of `required`, and no key outside `required` and `optional`. */
export function hasKeys(
  value: Record<string, unknown>,
  required: readonly string[],
  optional: readonly string[] = [],
): boolean {
  return (
    required.every((key) => key in value) &&
    Object.keys(value).every((key) => required.includes(key) || optional.includes(key))
  );
}

/** A whole number from `min` to `max`, inclusive. */
export function isWholeBetween(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The value of `name` in an address, or `undefined` when it is missing or given more than once. */
export function singleParam(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  return values.length === 1 ? values[0] : undefined;
}

/**
 * A record keyed by whole numbers (positions in a sample, lines in a file), as stored: every key must be one of
 * `positions` and every value valid, or the whole is undefined.
 */
export function readByPosition<T>(
  value: unknown,
  positions: ReadonlySet<number>,
  readEntry: (entry: unknown) => T | undefined,
): Record<number, T> | undefined {
  if (!isRecord(value)) return undefined;
  const result: Record<number, T> = {};
  for (const [key, entry] of Object.entries(value)) {
    const position = /^[1-9]\d{0,9}$/.test(key) ? Number(key) : Number.NaN;
    const parsed = readEntry(entry);
    if (!positions.has(position) || parsed === undefined) return undefined;
    result[position] = parsed;
  }
  return result;
}
