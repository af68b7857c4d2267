import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('the TXT reader', () => {
  it('reads TikTok’s TXT blocks, and its “no data” file as an empty list', () => {
    const file = { platform: 'tiktok', format: 'txt', list: 'followers' } as const;
    const { entries } = read(
      file,
      'Date: 2023-08-10 06:18:18\r\nUsername: alice.m\r\n\r\nDate: 2023-08-11 07:00:00\nUsername: bo\n',
    );
    expect(entries.map((entry) => entry.name)).toEqual(['alice.m', 'bo']);
    expect(read(file, 'You have no data in this section\n').entries).toEqual([]);
    expect(() => read(file, 'just some words')).toThrow(/no “Username:” lines/);
  });
});
