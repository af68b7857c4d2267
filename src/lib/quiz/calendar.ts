/*
 * The "Retest in a week" calendar file (iCalendar, RFC 5545), made in the browser. It carries the retest's day
 * and its link and nothing else about the player: no score, no answers, no time of play. The title is the
 * same fixed words for everyone, and the fields a calendar requires (UID, DTSTAMP) are made from the day and
 * the link too.
 */

export const RETEST_DAYS = 7;
export const RETEST_TITLE = 'Retest: Would you click it?';

const CRLF = '\r\n';
// RFC 5545 3.1: lines longer than 75 octets are folded, continuing after a CRLF and one space.
const MAX_LINE_OCTETS = 75;

/** Escapes TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** Folds one content line into pieces of at most 75 octets of UTF-8, never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts against their 75.
    const room = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > room) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(`${CRLF} `);
}

/**
 * The calendar file for a retest on `day` (YYYY-MM-DD, an all-day event) that opens `link`. Only an http(s)
 * link is accepted, so nothing else can be slipped into the file.
 */
export function retestCalendar(day: string, link: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`day must be YYYY-MM-DD, got ${day}`);
  const url = new URL(link);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new RangeError('The retest link must be a web address');
  const date = day.replaceAll('-', '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Real Reach//Would you click it//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:retest-${date}-${url.search.replace(/\W/g, '')}@${url.host}`,
    // DTSTAMP must be a UTC time: the retest day's midnight, so the file does not tell when she played.
    `DTSTAMP:${date}T000000Z`,
    `DTSTART;VALUE=DATE:${date}`,
    `SUMMARY:${escapeText(RETEST_TITLE)}`,
    `DESCRIPTION:${escapeText(url.href)}`,
    `URL:${url.href}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
