import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readComparedAccounts, type ComparedAccount } from '../../../src/lib/audience/draft';

const account = (name: string, imported?: ComparedAccount['imported']): ComparedAccount => ({
  name,
  fields: { followers: '12.4k', fakeShare: 'abc', engagementRate: '' },
  ...(imported ? { imported } : {}),
});

describe('readComparedAccounts', () => {
  it('reads back both accounts exactly as typed, through JSON, valid numbers or not', () => {
    const text = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, text, (name, followers, fakeShare, engagementRate) => {
        const accounts = [
          { name, fields: { followers, fakeShare, engagementRate } },
          account('B', { text: '12', low: 0.08, high: 0.17, label: 'Sample audit' }),
        ];
        expect(readComparedAccounts(JSON.parse(JSON.stringify(accounts)))).toEqual(accounts);
      }),
    );
  });

  it.each([
    ['not a list', { a: 1 }],
    ['one account', [account('A')]],
    ['three accounts', [account('A'), account('B'), account('C')]],
    ['a name longer than the field allows', [account('A'.repeat(41)), account('B')]],
    [
      'a number where text belongs',
      [{ name: 'A', fields: { followers: 1, fakeShare: '', engagementRate: '' } }, account('B')],
    ],
    [
      'an imported range outside 0 to 1',
      [account('A', { text: '1', low: -1, high: 0.2, label: 'x' }), account('B')],
    ],
    [
      'an imported range the wrong way round',
      [account('A', { text: '1', low: 0.3, high: 0.2, label: 'x' }), account('B')],
    ],
  ])('ignores storage holding %s', (_, value) => {
    expect(readComparedAccounts(value)).toBeUndefined();
  });
});
