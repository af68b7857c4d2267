import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readComparedAccounts, tameAccount, type ComparedAccount } from '../../../src/lib/audience/draft';

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

describe('tameAccount', () => {
  it('reads back a name and figures past their bounds, tamed as typing tames them, and says what it cut', () => {
    const stored = {
      ...account(`Z${'\u0301'.repeat(199_999)}`, {
        text: '9'.repeat(1_000),
        low: 0.1,
        high: 0.2,
        label: 'L'.repeat(500),
      }),
      fields: {
        followers: '9'.repeat(1_000_000),
        fakeShare: '9'.repeat(1_000),
        interactions: '27',
        engagementRate: '',
        fee: '',
      },
    };
    const [read] = readComparedAccounts([stored, account('B')])!;
    const { account: tamed, tamed: what } = tameAccount(read!);
    expect(tamed.name).toBe(`Z${'\u0301'.repeat(30)}`);
    expect(tamed.fields.followers).toBe('9'.repeat(200));
    expect(tamed.fields.interactions).toBe('27');
    // The imported share still belongs to its field, tamed alike.
    expect(tamed.imported?.text).toBe(tamed.fields.fakeShare);
    expect(tamed.imported?.label).toHaveLength(100);
    expect(Object.keys(what.cut).sort()).toEqual(['fakeShare', 'followers', 'name']);
    expect(what.cut.name?.marksDropped).toBe(199_969);
    expect(what.cut.followers?.charsDropped).toBe(999_800);
  });

  it('changes nothing in an account that keeps to its bounds', () => {
    const read = account('Bakery', { text: '12', low: 0.08, high: 0.17, label: 'Sample audit' });
    expect(tameAccount(read)).toEqual({ account: read, tamed: { fields: expect.any(Object), cut: {} } });
  });
});
