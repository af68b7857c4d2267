import type { Source } from '../lib/guides/schema';

/** What the draft checker's rules rest on, cited on its page as [1], [2]... in this order. */
export const DRAFT_SOURCES: readonly Source[] = [
  {
    title: 'News Feed FYI: Fighting Engagement Bait on Facebook',
    publisher: 'Facebook Newsroom (Meta)',
    year: 2017,
    url: 'https://about.fb.com/news/2017/12/news-feed-fyi-fighting-engagement-bait-on-facebook/',
  },
  {
    title: 'Content Distribution Guidelines: Engagement bait',
    publisher: 'Meta Transparency Center',
    year: 2024,
    url: 'https://transparency.meta.com/features/approach-to-ranking/content-distribution-guidelines/engagement-bait/',
  },
  {
    title: 'News Feed FYI: Further Reducing Clickbait in Feed',
    publisher: 'Facebook Newsroom (Meta)',
    year: 2016,
    url: 'https://about.fb.com/news/2016/08/news-feed-fyi-further-reducing-clickbait-in-feed/',
  },
  {
    title: 'News Feed FYI: New Updates to Reduce Clickbait Headlines',
    publisher: 'Facebook Newsroom (Meta)',
    year: 2017,
    url: 'https://about.fb.com/news/2017/05/news-feed-fyi-new-updates-to-reduce-clickbait-headlines/',
  },
  {
    title: 'Counting characters',
    publisher: 'X Developer Platform',
    year: 2024,
    url: 'https://docs.x.com/fundamentals/counting-characters',
  },
  {
    title: 'How to use hashtags',
    publisher: 'X Help Center',
    year: 2024,
    url: 'https://help.x.com/en/using-x/how-to-use-hashtags',
  },
  {
    title: 'Instagram’s Implementing New Limits on Hashtag Use',
    publisher: 'Social Media Today',
    year: 2025,
    url: 'https://www.socialmediatoday.com/news/instagrams-implementing-new-limits-on-hashtag-use/808309/',
  },
  {
    title: 'Media requirements (Instagram caption length)',
    publisher: 'Meta for Developers',
    year: 2025,
    url: 'https://developers.facebook.com/docs/instagram/ads-api/reference/media-requirements/',
  },
  {
    title: 'Post and share updates (character limit)',
    publisher: 'LinkedIn Help',
    year: 2024,
    url: 'https://www.linkedin.com/help/linkedin/answer/a528176',
  },
  {
    title: 'Content Posting API: direct post reference',
    publisher: 'TikTok for Developers',
    year: 2024,
    url: 'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post',
  },
  {
    title: 'Content Posting API: photo post reference',
    publisher: 'TikTok for Developers',
    year: 2024,
    url: 'https://developers.tiktok.com/doc/content-posting-api-reference-photo-post',
  },
];
