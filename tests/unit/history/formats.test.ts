import { describe, expect, it } from 'vitest';
import { recogniseFile } from '../../../src/lib/history/formats';

describe('recogniseFile', () => {
  it('knows each platform’s follower files, in each generation of their exports', () => {
    const cases: [string, string | undefined][] = [
      ['connections/followers_and_following/followers_1.json', 'instagram json followers'],
      ['followers_and_following/followers_12.html', 'instagram html followers'],
      ['connections/followers_and_following/following.json', 'instagram json following'],
      ['user_data_tiktok.json', 'tiktok json both'],
      ['TikTok_Data_1657155605/user_data.json', 'tiktok json both'],
      ['Activity/Follower List.txt', 'tiktok txt followers'],
      ['Profile And Settings/Follower.txt', 'tiktok txt followers'],
      ['TikTok/Profiel en instellingen/Volger.txt', 'tiktok txt followers'],
      ['TikTok/Profiel en instellingen/Volgend.txt', 'tiktok txt following'],
      ['TikTok/Perfil/Seguidores.txt', undefined],
      ['data/follower.js', 'x js followers'],
      ['data/following.js', 'x js following'],
      ['connections/followers/people_who_followed_you.json', 'facebook json followers'],
      ['connections/followers/people_who_followed_you_1.json', 'facebook json followers'],
      ['friends_and_followers/followers.json', 'facebook json followers'],
      ['friends_and_followers/following.json', 'facebook json following'],
      ["connections/followers/who_you've_followed.json", 'facebook json following'],
      ['media/posts/202603/loaf.jpg', undefined],
      ['followers.csv', undefined],
    ];
    for (const [path, expected] of cases) {
      const known = recogniseFile(path);
      expect(known && `${known.platform} ${known.format} ${known.list}`, path).toBe(expected);
    }
  });
});
