import { describe, expect, it } from 'vitest';
import { decodeEntities, parseMetaHtmlDate } from '../../../../src/lib/history/readers/html';
import { read } from './helpers';

describe('dates', () => {
  it('reads Meta’s English HTML dates in local time, and no other language', () => {
    expect(parseMetaHtmlDate('Nov 26, 2025 12:15 am')).toBe(new Date(2025, 10, 26, 0, 15).getTime());
    expect(parseMetaHtmlDate('Jul 25, 2026 1:28 pm')).toBe(new Date(2026, 6, 25, 13, 28).getTime());
    expect(parseMetaHtmlDate('6월 06, 2026 10:49 오전')).toBeNaN();
    expect(parseMetaHtmlDate('26 nov. 2025, 00:15')).toBeNaN();
    expect(parseMetaHtmlDate('Feb 30, 2025 1:00 pm')).toBeNaN();
  });
});

describe('the HTML reader', () => {
  it('reads names from HTML as text: markup in a name stays text, and scripts are skipped', () => {
    const html =
      '<html><head><script>var x = "<a href=\\"https://www.instagram.com/fake\\">fake</a>";</script></head><body>' +
      '<div><a target="_blank" href="https://www.instagram.com/river.sample">river.sample</a></div><div>Jul 25, 2026 1:28 pm</div>' +
      '<div><a href="https://www.instagram.com/x">&lt;img src=x onerror=alert(1)&gt;</a></div><div>Jul 25, 2026 1:29 pm</div>' +
      '<div><a href="https://evil.example/">not a profile</a></div></body></html>';
    const { entries } = read({ platform: 'instagram', format: 'html', list: 'followers' }, html);
    expect(entries.map((entry) => entry.name)).toEqual(['river.sample', '<img src=x onerror=alert(1)>']);
    expect(decodeEntities('&amp;&#39;&#x1F35E;&bogus;')).toBe("&'🍞&bogus;");
  });
});
