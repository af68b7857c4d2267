import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('the JS reader', () => {
  it('reads X’s JavaScript files and refuses other scripts', () => {
    const file = { platform: 'x', format: 'js', list: 'followers' } as const;
    const text =
      'window.YTD.follower.part0 = [ { "follower" : { "accountId" : "1252851", "userLink" : "https://twitter.com/intent/user?user_id=1252851" } } ]';
    expect(read(file, text).entries).toEqual([{ list: 'followers', name: '1252851', time: Number.NaN }]);
    expect(() => read(file, 'alert(1); window.YTD.follower.part0 = []')).toThrow(/X archive/);
  });
});
