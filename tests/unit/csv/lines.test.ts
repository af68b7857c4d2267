import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineBreaksIn } from '../../../src/lib/csv/lines';

describe('lineBreaksIn', () => {
  it.each<[string, string[], number]>([
    ['no cells', [], 0],
    ['cells without breaks', ['a', 'b c', ''], 0],
    ['a line feed', ['Bike commuter.\nFixes wheels.'], 1],
    ['a carriage return and line feed as one', ['one\r\ntwo'], 1],
    ['a lone carriage return', ['one\rtwo'], 1],
    ['breaks in several cells', ['a\nb\nc', 'x', 'y\r\nz\r'], 4],
    ['a carriage return ending one cell and a line feed starting the next', ['a\r', '\nb'], 2],
  ])('counts %s', (_, cells, breaks) => {
    expect(lineBreaksIn(cells)).toBe(breaks);
  });

  it('agrees with counting \\r\\n, \\r and \\n matches in each cell', () => {
    const cell = fc
      .array(fc.constantFrom('a', ' ', '\r', '\n', '\r\n', '"'), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 6 }), (cells) => {
        const expected = cells.reduce((sum, c) => sum + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
        return lineBreaksIn(cells) === expected;
      }),
    );
  });
});
