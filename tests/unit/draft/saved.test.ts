import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/lib/platforms';
import { DEFAULT_DRAFT_PLATFORM, MAX_SAVED_CHARS, readSavedDraft } from '../../../src/lib/draft/saved';

describe('the stored draft and its platform', () => {
  it('starts on Instagram until a platform has been chosen', () => {
    expect(DEFAULT_DRAFT_PLATFORM).toBe('instagram');
  });

  it.each(PLATFORMS)('keeps %s as the platform chosen last, with or without a draft', (platform) => {
    expect(readSavedDraft({ text: '', platform })).toEqual({ text: '', platform });
    expect(readSavedDraft({ text: 'Buns on Saturday.', platform })).toEqual({
      text: 'Buns on Saturday.',
      platform,
    });
  });

  it('reads back a text longer than is ever saved, for the checker to tame and say so', () => {
    const text = 'a'.repeat(MAX_SAVED_CHARS + 1);
    expect(readSavedDraft({ text, platform: 'x' })).toEqual({ text, platform: 'x' });
  });

  it.each([
    ['a platform the site does not know', { text: '', platform: 'myspace' }],
    ['a platform in other case', { text: '', platform: 'Instagram' }],
    ['a name from the object prototype', { text: '', platform: 'toString' }],
    ['a platform that is not a string', { text: '', platform: ['x'] }],
    ['no platform', { text: 'Buns.' }],
    ['no text', { platform: 'x' }],
    ['a text that is not a string', { text: 12, platform: 'x' }],
    ['an extra field', { text: '', platform: 'x', html: '<img>' }],
    ['a bare platform name', 'x'],
    ['null', null],
    ['a list', ['', 'x']],
  ])('ignores an entry with %s', (_name, value) => {
    expect(readSavedDraft(value)).toBeUndefined();
  });
});
