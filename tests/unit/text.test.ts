import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, plainText } from '../../src/lib/markdown/plain-text';
import { excerptParts } from '../../src/lib/search/excerpt';
import { MAX_QUERY_LENGTH, normaliseQuery, queryFromSearchParams } from '../../src/lib/search/query';

describe('plainText', () => {
  it.each([
    ['Why <em>likes</em> lie', 'Why likes lie'],
    ['Fish &amp; chips &#8217;n&#x2019; more', 'Fish & chips ’n’ more'],
    ['  spread\n over   lines ', 'spread over lines'],
    ['&unknown; stays', '&unknown; stays'],
    ['&#99999999; stays', '&#99999999; stays'],
  ])('reads %j as %j', (html, text) => {
    expect(plainText(html)).toBe(text);
  });
});

describe('decodeEntities', () => {
  it('leaves text without entities unchanged', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('&')),
        (s) => decodeEntities(s) === s,
      ),
    );
  });
});

describe('excerptParts', () => {
  it('splits highlighted words from the text around them', () => {
    expect(excerptParts('a room of <mark>cardboard</mark> cut-outs')).toEqual([
      { text: 'a room of ', highlighted: false },
      { text: 'cardboard', highlighted: true },
      { text: ' cut-outs', highlighted: false },
    ]);
  });

  it('turns escaped markup into visible text and drops any other tag', () => {
    expect(excerptParts('&lt;script&gt; <b>bold</b> <img src=x onerror=alert(1)>')).toEqual([
      { text: '<script> bold ', highlighted: false },
    ]);
  });

  it('never throws and never returns a tag, whatever the excerpt', () => {
    fc.assert(
      fc.property(fc.string(), (excerpt) => {
        const parts = excerptParts(excerpt);
        return parts.every((part) => part.text.length > 0 && !/<\/?mark>/i.test(part.text));
      }),
    );
  });
});

describe('search query from a link', () => {
  it.each([
    ['?q=loyalty', 'loyalty'],
    ['?q=%20%20fake%0Afollowers%20', 'fake followers'],
    ['', ''],
    ['?other=1', ''],
  ])('reads %j as %j', (search, query) => {
    expect(queryFromSearchParams(search)).toBe(query);
  });

  it('reads a link with broken percent-encoding without failing', () => {
    expect(queryFromSearchParams('?q=%E0%A4%A&q=x')).toBe('\ufffd%A');
  });

  it('never returns control characters, edge spaces or more than the maximum length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (raw) => {
        const query = normaliseQuery(raw);
        return query.length <= MAX_QUERY_LENGTH && query === query.trim() && !/[\p{Cc}\p{Cf}]/u.test(query);
      }),
    );
  });
});
