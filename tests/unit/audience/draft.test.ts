import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readComparedAccounts, type ComparedAccount } from '../../../src/lib/audience/draft';

const account = (name: string, imported?: ComparedAccount['imported']): ComparedAccount => ({
  name,
  fields: { followers: '12.4k', fakeShare: 'abc', interactions: '27', engagementRate: '', fee: '4OO' },
  fakeShareUnknown: true,
  engagementKind: 'interactions',
  ...(imported ? { imported } : {}),
});

describe('readComparedAccounts', () => {
  it('reads back both accounts exactly as typed, through JSON, valid numbers or not', () => {
    const text = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, text, text, (name, followers, fakeShare, engagementRate, fee) => {
        const accounts = [
          {
            name,
            fields: { followers, fakeShare, interactions: fee, engagementRate, fee },
            fakeShareUnknown: false,
            engagementKind: 'rate',
          },
          account('B', { text: '12', low: 0.08, high: 0.17, label: 'Sample audit' }),
        ];
        expect(readComparedAccounts(JSON.parse(JSON.stringify(accounts)))).toEqual(accounts);
      }),
    );
  });

  it('reads a draft kept before likes and comments, the fee and the choices existed, as a rate with a fake share', () => {
    const old = { name: 'A', fields: { followers: '2,400', fakeShare: '3', engagementRate: '1.2' } };
    expect(readComparedAccounts([old, old])?.[0]).toEqual({
      name: 'A',
      fields: { followers: '2,400', fakeShare: '3', interactions: '', engagementRate: '1.2', fee: '' },
      fakeShareUnknown: false,
      engagementKind: 'rate',
      imported: undefined,
    });
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
      'a fee that is not text',
      [{ ...account('A'), fields: { ...account('A').fields, fee: 400 } }, account('B')],
    ],
    ['an unknown engagement choice', [{ ...account('A'), engagementKind: 'reach' }, account('B')]],
    ['a “don’t know” that is not a yes or no', [{ ...account('A'), fakeShareUnknown: 'yes' }, account('B')]],
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
