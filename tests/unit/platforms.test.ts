import { describe, expect, it } from 'vitest';
import { accountOf } from '../../src/lib/history/formats';
import { PLATFORM_NAMES, profileUrl, SHORT_PLATFORM_NAMES, type Platform } from '../../src/lib/platforms';

describe('profileUrl', () => {
  it.each([
    ['x', { handle: 'maple_crumb' }, 'https://x.com/maple_crumb'],
    ['x', { accountId: '1252851' }, 'https://x.com/intent/user?user_id=1252851'],
    ['instagram', { handle: 'lena.rides' }, 'https://www.instagram.com/lena.rides/'],
    ['instagram', { handle: 'fern.bakes42' }, 'https://www.instagram.com/fern.bakes42/'],
    ['tiktok', { handle: 'oat_rides' }, 'https://www.tiktok.com/@oat_rides'],
  ] as const)('links a %s account %j to its profile', (platform, account, url) => {
    expect(profileUrl(platform, account)).toBe(url);
  });

  it.each([
    ['x', { handle: 'javascript:alert(1)' }],
    ['x', { handle: 'a'.repeat(16) }],
    ['x', { accountId: 'jack' }],
    ['instagram', { accountId: '1252851' }],
    ['instagram', { handle: '../../settings' }],
    ['instagram', { handle: 'a'.repeat(31) }],
    ['facebook', { handle: 'Maple Knits' }],
    ['linkedin', { handle: 'maple' }],
  ] as const)('makes no link for %s account %j', (platform, account) => {
    expect(profileUrl(platform, account)).toBeUndefined();
  });

  it('builds links on the platform’s own domain from nothing but a valid name', () => {
    for (const hostile of [
      'javascript:alert(1)',
      'evil.com/x',
      'a b',
      '../admin',
      '<img>',
      'https://evil.example/',
    ])
      for (const platform of Object.keys(PLATFORM_NAMES) as Platform[])
        expect(profileUrl(platform, { handle: hostile }), `${platform} ${hostile}`).toBeUndefined();
  });

  it('reads the names in X’s archive as account numbers and the others as user names', () => {
    expect(profileUrl('x', accountOf('x', '1252851'))).toBe('https://x.com/intent/user?user_id=1252851');
    expect(profileUrl('x', accountOf('x', 'jack'))).toBeUndefined();
    expect(profileUrl('tiktok', accountOf('tiktok', 'oat_rides'))).toBe('https://www.tiktok.com/@oat_rides');
  });
});

describe('platform names', () => {
  it('gives X its old name in full and alone where space is short', () => {
    expect(PLATFORM_NAMES.x).toBe('X (Twitter)');
    expect(SHORT_PLATFORM_NAMES.x).toBe('X');
    expect(SHORT_PLATFORM_NAMES.instagram).toBe(PLATFORM_NAMES.instagram);
  });
});
