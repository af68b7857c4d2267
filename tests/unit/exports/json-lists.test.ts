import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonListReader, JsonListError } from '../../../src/lib/exports/json-lists';

function readAll(text: string, wanted: string[], pieces: number[] = []) {
  const found: [string, unknown][] = [];
  const reader = createJsonListReader(new Set(wanted), (value, list) => found.push([list, value]));
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
  it('gives the elements of the arrays asked for, by their path, and skips the rest', () => {
    const text = JSON.stringify({
      Activity: {
        'Follower List': { FansList: [{ UserName: 'a' }, { UserName: 'b' }] },
        Other: { FansList: [{ UserName: 'not this' }] },
      },
      'Key with \\"quote"': [1],
    });
    expect(readAll(text, ['Activity/Follower List/FansList'])).toEqual([
      ['Activity/Follower List/FansList', { UserName: 'a' }],
      ['Activity/Follower List/FansList', { UserName: 'b' }],
    ]);
    expect(readAll('[{"x":1}, {"x":[2,3]}]', [''])).toEqual([
      ['', { x: 1 }],
      ['', { x: [2, 3] }],
    ]);
    expect(readAll('[]', [''])).toEqual([]);
  });

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
          );
          expect(found.map(([, value]) => value)).toEqual(entries);
        },
      ),
    );
  });

  it('refuses text that is not JSON, is cut short, or has an entry too long', () => {
    const fails = (text: string) => expect(() => readAll(text, [''])).toThrow(JsonListError);
    fails('');
    fails('<html><body>Followers</body></html>');
    fails('[{"a": 1}, {"a": 2}');
    fails('[{"a": 1}, {"a": "unfinished');
    fails('[{"a": 1},, {"a": 2}]');
    fails('[{"a": 1}, {"a": nope}]');
    fails('[{"a": 1}]]');
    fails('[{"a": 1}] extra');
    fails('{"a": [1}');
    expect(() =>
      createJsonListReader(new Set(['']), () => {}, { maxElementChars: 100, maxDepth: 64 }).push(
        `[${JSON.stringify({ name: 'x'.repeat(200) })}]`,
      ),
    ).toThrow(/too long/);
    expect(() => readAll('['.repeat(100) + ']'.repeat(100), ['nothing'])).toThrow(/nested too deeply/);
  });
});
