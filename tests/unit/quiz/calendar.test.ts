import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETEST_TITLE, foldLine, retestCalendar } from '../../../src/lib/quiz/calendar';

const link = 'https://realreach.example/tools/would-you-click/?form=b';

/** The calendar's content lines, unfolded (RFC 5545 3.1). */
function unfolded(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

describe('retestCalendar', () => {
  it('makes one all-day event on the retest day that opens the retest link', () => {
    const lines = unfolded(retestCalendar('2026-12-13', link));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261213');
    expect(lines).toContain(`URL:${link}`);
    expect(lines).toContain(`SUMMARY:${RETEST_TITLE}`);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('ends every line with CRLF and folds none past 75 octets', () => {
    const ics = retestCalendar('2026-12-13', `${link}&x=${'é'.repeat(80)}`);
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('carries nothing but the day and the link: the same file for any two players on the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.constantFrom('a', 'b'), (offset, form) => {
        const day = new Date(Date.UTC(2026, 11, 6 + offset)).toISOString().slice(0, 10);
        const retest = `https://realreach.example/tools/would-you-click/?form=${form}`;
        const ics = retestCalendar(day, retest);
        // Take out the day and the link; what is left is the same fixed text for every player.
        const rest = ics
          .replaceAll(day.replaceAll('-', ''), 'DAY')
          .replaceAll(retest, 'LINK')
          .replace(`form${form}`, 'FORM');
        expect(rest).toBe(
          retestCalendar('2026-12-06', 'https://realreach.example/tools/would-you-click/?form=a')
            .replaceAll('20261206', 'DAY')
            .replaceAll('https://realreach.example/tools/would-you-click/?form=a', 'LINK')
            .replace('forma', 'FORM'),
        );
      }),
    );
  });

  it('refuses anything but a web address, so nothing else can be slipped into the file', () => {
    expect(() => retestCalendar('2026-12-13', 'javascript:alert(1)')).toThrow(RangeError);
    expect(() => retestCalendar('2026-12-13\r\nATTACH:x', link)).toThrow(RangeError);
  });
});

describe('foldLine', () => {
  it('never splits a character across lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${text}`);
        expect(folded).not.toContain('\uFFFD');
      }),
    );
  });
});
