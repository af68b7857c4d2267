import { describe, expect, it } from 'vitest';
import { barsPath } from '../../../src/components/history/bars';

const x = (i: number) => i * 10;
const y = (v: number) => 100 - v;

describe('barsPath', () => {
  it('draws one rectangle a bar, skipping empty ones, upward and downward from the base', () => {
    expect(barsPath(3, (i) => [5, 0, -3][i]!, x, y, 8)).toBe(
      'M0.00 95.00h8.00v5.00h-8.00zM20.00 100.00h8.00v3.00h-8.00z',
    );
  });

  it('stacks a bar on another, and keeps a tiny bar a pixel tall', () => {
    expect(
      barsPath(
        1,
        () => 0.2,
        x,
        y,
        4,
        () => 10,
      ),
    ).toBe('M0.00 89.80h4.00v1.00h-4.00z');
  });
});
