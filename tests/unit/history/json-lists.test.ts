import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonListReader, JSON_LIST_LIMITS } from '../../../src/lib/history/json-lists';

const STREAMING = { ...JSON_LIST_LIMITS, wholeChars: 0 };

function readAll(text: string, wanted: string[], pieces: number[] = [], limits = JSON_LIST_LIMITS) {
  const found: [string, unknown][] = [];
  const reader = createJsonListReader(new Set(wanted), (value, list) => found.push([list, value]), limits);
  let at = 0;
  for (const cut of [...pieces].sort((a, b) => a - b)) {
    reader.push(text.slice(at, cut));
    at = cut;
  }
  reader.push(text.slice(at));
  reader.finish();
  return found;
}

describe('createJsonListReader', () => {
  for (const [mode, limits] of [
    ['parsed whole', JSON_LIST_LIMITS],
    ['scanned', STREAMING],
  ] as const) {
    it(`gives the elements of the arrays asked for, by their path, and skips the rest (${mode})`, () => {
      const text = JSON.stringify({
        Activity: {
          'Follower List': { FansList: [{ UserName: 'a' }, { UserName: 'b' }] },
          Other: { FansList: [{ UserName: 'not this' }] },
        },
        'Key with \\"quote"': [1],
      });
      expect(readAll(text, ['Activity/Follower List/FansList'], [], limits)).toEqual([
        ['Activity/Follower List/FansList', { UserName: 'a' }],
        ['Activity/Follower List/FansList', { UserName: 'b' }],
      ]);
      expect(readAll('[{"x":1}, {"x":[2,3]}]', [''], [], limits)).toEqual([
        ['', { x: 1 }],
        ['', { x: [2, 3] }],
      ]);
      expect(readAll('[]', [''], [], limits)).toEqual([]);
    });

    it(`refuses text that is not JSON, or is cut short (${mode})`, () => {
      const fails = (text: string, why: RegExp) =>
        expect(() => readAll(text, [''], [], limits), text).toThrow(why);
      fails('', /empty/);
      fails('<html><body>Followers</body></html>', /does not start like a JSON file/);
      fails('[{"a": 1}, {"a": 2}', /ends before its JSON does/);
      fails('[{"a": 1}, {"a": "unfinished', /ends before its JSON does/);
      fails('[{"a": 1},, {"a": 2}]', /empty entry|not valid JSON/);
      fails('[{"a": 1}, {"a": nope}]', /not valid JSON|name was expected/);
      fails('[{"a": 1}]]', /brackets|text after|not valid JSON/);
      fails('[{"a": 1}] extra', /text after|not valid JSON/);
      fails('{"a": [1}', /brackets|not valid JSON/);
    });
  }

  it('gives the same elements however the text is cut into pieces', () => {
    const entry = fc.record({
      title: fc.string(),
      string_list_data: fc.array(fc.record({ value: fc.string(), timestamp: fc.integer() }), {
        maxLength: 2,
      }),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        (entries, cuts, wrapped) => {
          const text = JSON.stringify(
            wrapped ? { relationships_followers: entries, other: 'x' } : entries,
            null,
            1,
          );
          const found = readAll(
            text,
            [wrapped ? 'relationships_followers' : ''],
            cuts.map((cut) => cut % (text.length + 1)),
            STREAMING,
          );
          expect(found.map(([, value]) => value)).toEqual(entries);
        },
      ),
    );
  });

  it('scanning a large file, refuses an entry too long or nesting too deep', () => {
    expect(() =>
      createJsonListReader(new Set(['']), () => {}, { ...STREAMING, maxElementChars: 100 }).push(
        `[${JSON.stringify({ name: 'x'.repeat(200) })}]`,
      ),
    ).toThrow(/too long/);
    expect(() => readAll('['.repeat(100) + ']'.repeat(100), ['nothing'], [], STREAMING)).toThrow(
      /nested too deeply/,
    );
  });
});
